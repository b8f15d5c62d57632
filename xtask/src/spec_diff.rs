//! `cargo xtask spec-diff <file-or-url>`: what differs between
//! `openapi.yaml` ("ours") and another OpenAPI document ("theirs"), grouped
//! by operation: operations, parameters (with their serialization), request
//! and response bodies (property by property, with bounds, lengths, item
//! counts, defaults and `deprecated`), response headers, enum values,
//! security, and schemas no operation refers to. A status range (`4XX`)
//! compares with each explicit code inside it by body and headers.
//!
//! `+` marks what only theirs has, `-` what only ours has, `~` a change from
//! ours to theirs. Differences matched by the reviewed file
//! (`spec-diff-reviewed.yaml`, see [`crate::reviewed`]) are counted, not
//! shown. Exit status 0 when no unreviewed difference and no stale entry
//! remains, 1 otherwise, 2 when a document cannot be read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::ExitCode;

use serde_json::Value;

use crate::reviewed::{Entry, Reviewed};
use crate::schema_diff::{Change, Doc, SchemaDiff, summary};
use crate::spec_source;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Stands in for a missing schema: it says nothing, like `{}`.
const EMPTY_SCHEMA: Value = Value::Null;

/// The differences under one heading (an operation, or the security schemes).
#[derive(Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub changes: Vec<Change>,
}

/// Where the reviewed differences come from.
pub struct ReviewedFile<'p> {
    pub path: &'p Path,
    /// How the path is shown.
    pub name: &'p str,
    /// Given on the command line: it must exist. The default file may not.
    pub required: bool,
    /// List the reviewed differences too, with their reasons.
    pub show: bool,
}

/// Compares `ours` (a file) with `source` (a file or URL) and prints the
/// differences no entry of the reviewed file covers.
pub fn run(ours: &Path, ours_name: &str, source: &str, reviewed_file: &ReviewedFile<'_>) -> ExitCode {
    let documents = std::fs::read_to_string(ours)
        .map_err(|e| format!("cannot read {ours_name}: {e}"))
        .and_then(|text| spec_source::parse(&text).map_err(|e| format!("{ours_name}: {e}")))
        .and_then(|ours| Ok((ours, spec_source::load(source)?)))
        .and_then(|(ours, theirs)| {
            let reviewed = if reviewed_file.required || reviewed_file.path.exists() {
                Some(Reviewed::load(reviewed_file.path)?)
            } else {
                None
            };
            Ok((ours, theirs, reviewed))
        });
    let (ours, theirs, reviewed) = match documents {
        Ok(documents) => documents,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let sections = diff(&ours, &theirs);
    let Some(reviewed) = reviewed else {
        return print_plain(ours_name, source, &sections);
    };
    let outcome = reviewed.apply(sections);
    // Entries that match nothing are stale only against the document they
    // were reviewed for; another document may simply lack that difference.
    let stale: Vec<&Entry> = if reviewed.reviewed_against(&theirs) {
        outcome.unmatched.iter().map(|&i| &reviewed.entries[i]).collect()
    } else {
        Vec::new()
    };
    if outcome.unreviewed.is_empty() && outcome.reviewed.is_empty() && stale.is_empty() {
        println!("no differences");
        return ExitCode::SUCCESS;
    }
    println!("--- {ours_name} (ours)\n+++ {source} (theirs)");
    print!("{}", render(&outcome.unreviewed));
    if reviewed_file.show && !outcome.reviewed.is_empty() {
        println!("reviewed in {}:", reviewed_file.name);
        let mut title = None;
        for matched in &outcome.reviewed {
            if title != Some(&matched.section) {
                println!("{}", matched.section);
                title = Some(&matched.section);
            }
            let why = &reviewed.entries[matched.entry].why;
            println!("  {} {}  [{why}]", matched.change.sign, matched.change.text);
        }
    }
    if !stale.is_empty() {
        println!("stale entries in {} (they match no difference; remove them):", reviewed_file.name);
        for entry in &stale {
            println!("  - {{at: {:?}, change: {:?}}}", entry.at, entry.change);
        }
    }
    let n: usize = outcome.unreviewed.iter().map(|s| s.changes.len()).sum();
    let k = outcome.reviewed.len();
    let listed = if reviewed_file.show { "listed above" } else { "--show-reviewed lists them" };
    match n {
        0 => println!("no unreviewed differences"),
        _ => println!(
            "{n} unreviewed difference{} in {} section{}",
            plural(n),
            outcome.unreviewed.len(),
            plural(outcome.unreviewed.len())
        ),
    }
    println!("{k} reviewed difference{} ({}; {listed})", plural(k), reviewed_file.name);
    if !stale.is_empty() {
        println!("{} stale entr{}", stale.len(), if stale.len() == 1 { "y" } else { "ies" });
    }
    if n == 0 && stale.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// Output without a reviewed file: every difference.
fn print_plain(ours_name: &str, source: &str, sections: &[Section]) -> ExitCode {
    if sections.is_empty() {
        println!("no differences");
        return ExitCode::SUCCESS;
    }
    println!("--- {ours_name} (ours)\n+++ {source} (theirs)");
    print!("{}", render(sections));
    let n: usize = sections.iter().map(|s| s.changes.len()).sum();
    println!("{n} difference{} in {} section{}", plural(n), sections.len(), plural(sections.len()));
    ExitCode::from(1)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The sections as printed: a title line, then one indented line per change.
pub fn render(sections: &[Section]) -> String {
    let mut out = String::new();
    for section in sections {
        out.push_str(&section.title);
        out.push('\n');
        for change in &section.changes {
            out.push_str(&format!("  {} {}\n", change.sign, change.text));
        }
    }
    out
}

/// Every difference between two OpenAPI documents; empty when they agree.
pub fn diff(ours: &Value, theirs: &Value) -> Vec<Section> {
    let (a, b) = (Doc { root: ours }, Doc { root: theirs });
    let (ours_ops, theirs_ops) = (operations(a), operations(b));
    let keys: BTreeSet<&(String, usize)> = ours_ops.keys().chain(theirs_ops.keys()).collect();
    let mut sections = Vec::new();
    for key in keys {
        match (ours_ops.get(key), theirs_ops.get(key)) {
            (Some(x), Some(y)) => {
                let changes = compare_operations(a, b, x, y);
                if !changes.is_empty() {
                    sections.push(Section { title: x.label(), changes });
                }
            }
            (None, Some(y)) => {
                sections.push(Section { title: y.label(), changes: vec![Change::added("operation added")] })
            }
            (Some(x), None) => {
                sections.push(Section { title: x.label(), changes: vec![Change::removed("operation removed")] })
            }
            (None, None) => {}
        }
    }
    let unused = compare_unused_schemas(a, b);
    if !unused.is_empty() {
        sections.push(Section { title: "schemas no operation refers to".into(), changes: unused });
    }
    let schemes = compare_security_schemes(a, b);
    if !schemes.is_empty() {
        sections.push(Section { title: "security schemes".into(), changes: schemes });
    }
    sections
}

/// One operation of a document.
struct Operation<'a> {
    method: &'static str,
    path: &'a str,
    path_item: &'a Value,
    operation: &'a Value,
}

impl Operation<'_> {
    fn id(&self) -> Option<&str> {
        self.operation.get("operationId").and_then(Value::as_str)
    }

    /// `GET /v1/chats (listChats)`.
    fn label(&self) -> String {
        let method = self.method.to_uppercase();
        match self.id() {
            Some(id) => format!("{method} {} ({id})", self.path),
            None => format!("{method} {}", self.path),
        }
    }
}

/// Operations by path template (parameter names left out, so a renamed
/// path parameter is a parameter change) and method.
fn operations(doc: Doc<'_>) -> BTreeMap<(String, usize), Operation<'_>> {
    let mut out = BTreeMap::new();
    for (path, item) in doc.root.get("paths").and_then(Value::as_object).into_iter().flatten() {
        let (item, _) = doc.resolve(item);
        for (index, method) in METHODS.iter().enumerate() {
            if let Some(operation) = item.get(*method).filter(|o| o.is_object()) {
                out.insert((template(path), index), Operation { method, path, path_item: item, operation });
            }
        }
    }
    out
}

/// `/v1/chats/{}/messages` for `/v1/chats/{chatID}/messages`.
fn template(path: &str) -> String {
    let mut out = String::new();
    let mut in_braces = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_braces = true;
                out.push_str("{}");
            }
            '}' => in_braces = false,
            _ if !in_braces => out.push(c),
            _ => {}
        }
    }
    out
}

fn compare_operations<'a>(a: Doc<'a>, b: Doc<'a>, x: &Operation<'a>, y: &Operation<'a>) -> Vec<Change> {
    let mut out = Vec::new();
    if x.id() != y.id() {
        let show = |id: Option<&str>| id.map_or_else(|| "(none)".to_owned(), |id| format!("`{id}`"));
        out.push(Change::changed(format!("operationId {} → {}", show(x.id()), show(y.id()))));
    }
    compare_deprecated("operation", x.operation, y.operation, &mut out);
    compare_parameters(a, b, x, y, &mut out);
    compare_request_bodies(a, b, x.operation.get("requestBody"), y.operation.get("requestBody"), &mut out);
    compare_responses(a, b, x, y, &mut out);
    let (before, after) = (security(a, x), security(b, y));
    for requirement in after.difference(&before) {
        out.push(Change::added(format!("security requirement {requirement} added")));
    }
    for requirement in before.difference(&after) {
        out.push(Change::removed(format!("security requirement {requirement} removed")));
    }
    out
}

/// Path-level and operation-level parameters (the latter win) by location
/// and name; header names compare case-insensitively.
fn parameters<'a>(doc: Doc<'a>, op: &Operation<'a>) -> BTreeMap<(String, String), &'a Value> {
    let mut out = BTreeMap::new();
    for list in [op.path_item.get("parameters"), op.operation.get("parameters")] {
        for parameter in list.and_then(Value::as_array).into_iter().flatten() {
            let (parameter, _) = doc.resolve(parameter);
            let location = parameter.get("in").and_then(Value::as_str).unwrap_or("?").to_owned();
            let mut name = parameter.get("name").and_then(Value::as_str).unwrap_or("?").to_owned();
            if location == "header" {
                name = name.to_ascii_lowercase();
            }
            out.insert((location, name), parameter);
        }
    }
    out
}

/// How a parameter is written into the request: its `style` and whether
/// it is exploded, with the defaults of its location filled in.
fn serialization(parameter: &Value) -> String {
    let location = parameter.get("in").and_then(Value::as_str).unwrap_or("query");
    let default_style = match location {
        "query" | "cookie" => "form",
        _ => "simple",
    };
    let style = parameter.get("style").and_then(Value::as_str).unwrap_or(default_style);
    let explode = parameter.get("explode").and_then(Value::as_bool).unwrap_or(style == "form");
    format!("style {style}{}", if explode { ", exploded" } else { "" })
}

/// The schema of a parameter: `schema`, or the one of its `content`.
fn parameter_schema(parameter: &Value) -> Option<&Value> {
    parameter.get("schema").or_else(|| {
        parameter
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.values().next())
            .and_then(|m| m.get("schema"))
    })
}

fn is_required(value: &Value) -> bool {
    value.get("required") == Some(&Value::Bool(true)) || value.get("in").and_then(Value::as_str) == Some("path")
}

fn required_word(value: &Value) -> &'static str {
    if is_required(value) { "required" } else { "optional" }
}

fn compare_parameters<'a>(a: Doc<'a>, b: Doc<'a>, x: &Operation<'a>, y: &Operation<'a>, out: &mut Vec<Change>) {
    let (before, after) = (parameters(a, x), parameters(b, y));
    let keys: BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    for key in keys {
        let (location, name) = key;
        let label = format!("{location} parameter `{name}`");
        match (before.get(key), after.get(key)) {
            (None, Some(p)) => {
                let typ = parameter_schema(p).map_or_else(|| "any".to_owned(), |s| summary(b, s));
                out.push(Change::added(format!("{label} added ({typ}, {})", required_word(p))));
            }
            (Some(_), None) => out.push(Change::removed(format!("{label} removed"))),
            (Some(p), Some(q)) => {
                if is_required(p) != is_required(q) {
                    out.push(Change::changed(format!("{label}: {} → {}", required_word(p), required_word(q))));
                }
                compare_deprecated(&label, p, q, out);
                let (style_p, style_q) = (serialization(p), serialization(q));
                if style_p != style_q {
                    out.push(Change::changed(format!("{label}: serialized {style_p} → {style_q}")));
                }
                let (s, t) =
                    (parameter_schema(p).unwrap_or(&EMPTY_SCHEMA), parameter_schema(q).unwrap_or(&EMPTY_SCHEMA));
                SchemaDiff { ours: a, theirs: b, out }.compare(&label, s, t);
            }
            (None, None) => {}
        }
    }
}

/// Media types of a `content` map, without parameters, lower case.
fn media_types(content: Option<&Value>) -> BTreeMap<String, &Value> {
    content
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(media, item)| (media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase(), item))
        .collect()
}

/// Compares two `content` maps under `label` (`request body`, `response 200`).
fn compare_content<'a>(a: Doc<'a>, b: Doc<'a>, label: &str, x: &'a Value, y: &'a Value, out: &mut Vec<Change>) {
    let (before, after) = (media_types(x.get("content")), media_types(y.get("content")));
    let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for media in keys {
        let place = if media == "application/json" { label.to_owned() } else { format!("{label} ({media})") };
        match (before.get(media), after.get(media)) {
            (None, Some(_)) => out.push(Change::added(format!("{label}: media type {media} added"))),
            (Some(_), None) => out.push(Change::removed(format!("{label}: media type {media} removed"))),
            (Some(s), Some(t)) => {
                let (s, t) = (s.get("schema").unwrap_or(&EMPTY_SCHEMA), t.get("schema").unwrap_or(&EMPTY_SCHEMA));
                SchemaDiff { ours: a, theirs: b, out }.compare(&place, s, t);
            }
            (None, None) => {}
        }
    }
}

fn compare_request_bodies<'a>(
    a: Doc<'a>,
    b: Doc<'a>,
    x: Option<&'a Value>,
    y: Option<&'a Value>,
    out: &mut Vec<Change>,
) {
    match (x.map(|x| a.resolve(x).0), y.map(|y| b.resolve(y).0)) {
        (None, Some(body)) => out.push(Change::added(format!("request body added ({})", required_word(body)))),
        (Some(_), None) => out.push(Change::removed("request body removed")),
        (Some(x), Some(y)) => {
            if is_required(x) != is_required(y) {
                out.push(Change::changed(format!("request body: {} → {}", required_word(x), required_word(y))));
            }
            compare_content(a, b, "request body", x, y, out);
        }
        (None, None) => {}
    }
}

fn compare_responses<'a>(a: Doc<'a>, b: Doc<'a>, x: &Operation<'a>, y: &Operation<'a>, out: &mut Vec<Change>) {
    let codes = |op: &Operation<'a>| -> BTreeMap<String, &'a Value> {
        op.operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(code, response)| (code.to_ascii_uppercase(), response))
            .collect()
    };
    let (before, after) = (codes(x), codes(y));
    let mut paired_ours: BTreeSet<&String> = BTreeSet::new();
    let mut paired_theirs: BTreeSet<&String> = BTreeSet::new();
    for code in before.keys().filter(|c| after.contains_key(*c)) {
        let (r, s) = (a.resolve(before[code]).0, b.resolve(after[code]).0);
        compare_response(a, b, &format!("response {code}"), r, s, out);
        paired_ours.insert(code);
        paired_theirs.insert(code);
    }
    // A range (`4XX`) on one side and the explicit codes inside it (`400`,
    // `404`) on the other describe the same answers: each code compares
    // with the range, and codes that differ from it in the same way share
    // one line (`response 4XX/400,404`).
    for (ranges, explicit, ours_has_range) in [(&before, &after, true), (&after, &before, false)] {
        for (range, range_response) in ranges.iter().filter(|(c, _)| is_range(c)) {
            let mut groups: Vec<(Vec<Change>, Vec<&String>)> = Vec::new();
            for (code, response) in explicit.iter().filter(|(c, _)| !ranges.contains_key(*c) && in_range(range, c)) {
                let mut changes = Vec::new();
                let (r, s) = if ours_has_range { (range_response, response) } else { (response, range_response) };
                let (r, s) = (a.resolve(r).0, b.resolve(s).0);
                compare_response(a, b, CODES_MARK, r, s, &mut changes);
                match groups.iter_mut().find(|(c, _)| *c == changes) {
                    Some((_, codes)) => codes.push(code),
                    None => groups.push((changes, vec![code])),
                }
                if ours_has_range {
                    paired_ours.insert(range);
                    paired_theirs.insert(code);
                } else {
                    paired_ours.insert(code);
                    paired_theirs.insert(range);
                }
            }
            for (changes, codes) in groups {
                let codes = codes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",");
                let label = if ours_has_range {
                    format!("response {range}/{codes}")
                } else {
                    format!("response {codes}/{range}")
                };
                out.extend(
                    changes.into_iter().map(|c| Change { sign: c.sign, text: c.text.replacen(CODES_MARK, &label, 1) }),
                );
            }
        }
    }
    for code in before.keys().filter(|c| !paired_ours.contains(c)) {
        out.push(Change::removed(format!("response {code} removed")));
    }
    for code in after.keys().filter(|c| !paired_theirs.contains(c)) {
        out.push(Change::added(format!("response {code} added")));
    }
}

/// Stands in for the label of a range/code pair until the codes that share
/// the same changes are known.
const CODES_MARK: &str = "\u{0}codes\u{0}";

/// `2XX`, `4XX`: a status range.
fn is_range(code: &str) -> bool {
    code.len() == 3 && code.ends_with("XX")
}

/// `code` is an explicit status inside `range` (`404` in `4XX`).
fn in_range(range: &str, code: &str) -> bool {
    is_range(range) && code.len() == 3 && !is_range(code) && range[..1] == code[..1]
}

/// The body and the headers of one response (or of a range and a code).
fn compare_response<'a>(a: Doc<'a>, b: Doc<'a>, label: &str, x: &'a Value, y: &'a Value, out: &mut Vec<Change>) {
    compare_content(a, b, label, x, y, out);
    compare_headers(a, b, label, x, y, out);
}

/// Response headers by name (case-insensitive; `Content-Type` is not a
/// header definition in OpenAPI): presence, required, schema.
fn compare_headers<'a>(a: Doc<'a>, b: Doc<'a>, label: &str, x: &'a Value, y: &'a Value, out: &mut Vec<Change>) {
    let headers = |doc: Doc<'a>, response: &'a Value| -> BTreeMap<String, (&'a str, &'a Value)> {
        response
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(name, _)| !name.eq_ignore_ascii_case("content-type"))
            .map(|(name, header)| (name.to_ascii_lowercase(), (name.as_str(), doc.resolve(header).0)))
            .collect()
    };
    let (before, after) = (headers(a, x), headers(b, y));
    for key in before.keys().chain(after.keys()).collect::<BTreeSet<_>>() {
        match (before.get(key), after.get(key)) {
            (None, Some((name, header))) => {
                let typ = parameter_schema(header).map_or_else(|| "any".to_owned(), |s| summary(b, s));
                out.push(Change::added(format!("{label} header `{name}` added ({typ}, {})", required_word(header))));
            }
            (Some((name, _)), None) => out.push(Change::removed(format!("{label} header `{name}` removed"))),
            (Some((name, p)), Some((_, q))) => {
                let place = format!("{label} header `{name}`");
                if is_required(p) != is_required(q) {
                    out.push(Change::changed(format!("{place}: {} → {}", required_word(p), required_word(q))));
                }
                compare_deprecated(&place, p, q, out);
                let (s, t) =
                    (parameter_schema(p).unwrap_or(&EMPTY_SCHEMA), parameter_schema(q).unwrap_or(&EMPTY_SCHEMA));
                SchemaDiff { ours: a, theirs: b, out }.compare(&place, s, t);
            }
            (None, None) => {}
        }
    }
}

/// `deprecated: true` on a parameter, header or operation (not its schema).
fn compare_deprecated(place: &str, x: &Value, y: &Value, out: &mut Vec<Change>) {
    let deprecated = |v: &Value| v.get("deprecated") == Some(&Value::Bool(true));
    if deprecated(x) != deprecated(y) {
        let show = |d: bool| if d { "deprecated" } else { "not deprecated" };
        out.push(Change::changed(format!("{place}: {} → {}", show(deprecated(x)), show(deprecated(y)))));
    }
}

/// Every `$ref` reachable from `paths`, following references into
/// components and from there on.
fn reachable_refs(doc: Doc<'_>) -> BTreeSet<&str> {
    let mut seen = BTreeSet::new();
    let mut pending: Vec<&Value> = doc.root.get("paths").into_iter().collect();
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str)
                    && seen.insert(reference)
                    && let Some(target) = reference.strip_prefix('#').and_then(|p| doc.root.pointer(p))
                {
                    pending.push(target);
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    seen
}

/// Component schemas that no operation of one side or the other refers to
/// (event frames, say), compared by name with the other side's schema of
/// that name.
fn compare_unused_schemas<'a>(a: Doc<'a>, b: Doc<'a>) -> Vec<Change> {
    fn schemas<'a>(doc: Doc<'a>) -> Option<&'a serde_json::Map<String, Value>> {
        doc.root.pointer("/components/schemas").and_then(Value::as_object)
    }
    let unused = |doc: Doc<'a>| -> BTreeSet<String> {
        let used = reachable_refs(doc);
        schemas(doc)
            .into_iter()
            .flatten()
            .map(|(name, _)| name.clone())
            .filter(|name| !used.contains(format!("#/components/schemas/{name}").as_str()))
            .collect()
    };
    let names: BTreeSet<String> = unused(a).into_iter().chain(unused(b)).collect();
    let mut out = Vec::new();
    for name in names {
        let label = format!("schema `{name}`");
        match (schemas(a).and_then(|s| s.get(&name)), schemas(b).and_then(|s| s.get(&name))) {
            (None, Some(schema)) => out.push(Change::added(format!("{label} added ({})", summary(b, schema)))),
            (Some(_), None) => out.push(Change::removed(format!("{label} removed"))),
            (Some(x), Some(y)) => SchemaDiff { ours: a, theirs: b, out: &mut out }.compare(&label, x, y),
            (None, None) => {}
        }
    }
    out
}

/// The security requirements that apply to an operation, each as
/// `scheme[scope, ...] + scheme`, or `(none)` for the anonymous one.
fn security(doc: Doc<'_>, op: &Operation<'_>) -> BTreeSet<String> {
    let list = op.operation.get("security").or_else(|| doc.root.get("security"));
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|requirement| {
            let parts: Vec<String> = requirement
                .iter()
                .map(|(scheme, scopes)| {
                    let mut scopes: Vec<&str> =
                        scopes.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
                    scopes.sort_unstable();
                    if scopes.is_empty() { format!("`{scheme}`") } else { format!("`{scheme}[{}]`", scopes.join(", ")) }
                })
                .collect();
            if parts.is_empty() { "(none)".to_owned() } else { parts.join(" + ") }
        })
        .collect()
}

/// `components.securitySchemes` by name: type, scheme, location and flows.
fn compare_security_schemes(a: Doc<'_>, b: Doc<'_>) -> Vec<Change> {
    let schemes = |doc: Doc<'_>| -> BTreeMap<String, BTreeMap<String, String>> {
        let list = doc.root.pointer("/components/securitySchemes").and_then(Value::as_object);
        list.into_iter().flatten().map(|(name, scheme)| (name.clone(), scheme_fields(doc.resolve(scheme).0))).collect()
    };
    let (before, after) = (schemes(a), schemes(b));
    let mut out = Vec::new();
    for name in before.keys().chain(after.keys()).collect::<BTreeSet<_>>() {
        match (before.get(name), after.get(name)) {
            (None, Some(_)) => out.push(Change::added(format!("scheme `{name}` added"))),
            (Some(_), None) => out.push(Change::removed(format!("scheme `{name}` removed"))),
            (Some(x), Some(y)) => {
                for field in x.keys().chain(y.keys()).collect::<BTreeSet<_>>() {
                    let (s, t) = (x.get(field), y.get(field));
                    if s != t {
                        let show = |v: Option<&String>| v.map_or("(none)", String::as_str).to_owned();
                        out.push(Change::changed(format!("scheme `{name}` {field}: {} → {}", show(s), show(t))));
                    }
                }
            }
            (None, None) => {}
        }
    }
    out
}

/// The fields of a security scheme that change what a client sends.
fn scheme_fields(scheme: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for field in ["type", "scheme", "bearerFormat", "in", "name", "openIdConnectUrl"] {
        if let Some(value) = scheme.get(field).and_then(Value::as_str) {
            let value = if field == "scheme" { value.to_ascii_lowercase() } else { value.to_owned() };
            out.insert(field.to_owned(), value);
        }
    }
    for (flow, details) in scheme.get("flows").and_then(Value::as_object).into_iter().flatten() {
        for url in ["authorizationUrl", "tokenUrl", "refreshUrl"] {
            if let Some(value) = details.get(url).and_then(Value::as_str) {
                out.insert(format!("flows.{flow}.{url}"), value.to_owned());
            }
        }
        let scopes: Vec<&str> =
            details.get("scopes").and_then(Value::as_object).into_iter().flatten().map(|(s, _)| s.as_str()).collect();
        out.insert(format!("flows.{flow}.scopes"), scopes.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The differences of two YAML documents, as printed.
    fn differences(ours: &str, theirs: &str) -> String {
        let ours: Value = serde_norway::from_str(ours).expect("test document ours");
        let theirs: Value = serde_norway::from_str(theirs).expect("test document theirs");
        render(&diff(&ours, &theirs))
    }

    const BASE: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
security: [{bearerAuth: []}]
paths:
  /v1/chats/{chatID}:
    parameters:
      - {name: chatID, in: path, required: true, schema: {type: string}}
    get:
      operationId: getChat
      parameters:
        - {name: limit, in: query, schema: {type: integer, format: int32}}
        - {name: sort, in: query, schema: {$ref: '#/components/schemas/Sort'}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Chat'}
  /v1/info:
    get:
      operationId: getInfo
      security: []
      responses:
        '200': {description: ok}
  /v1/messages:
    post:
      operationId: sendMessage
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [text]
              properties:
                text: {type: string}
                replyTo: {type: string, nullable: true}
      responses:
        '200': {description: ok}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
  schemas:
    Sort: {type: string, enum: [asc, desc]}
    Base:
      type: object
      required: [id]
      properties:
        id: {type: string}
    Chat:
      allOf:
        - {$ref: '#/components/schemas/Base'}
        - type: object
          properties:
            title: {type: string}
            type: {type: string, enum: [single, group]}
            participants:
              type: array
              items:
                type: object
                properties:
                  name: {type: string}
"#;

    /// BASE with each `(from, to)` replaced once.
    fn edited(edits: &[(&str, &str)]) -> String {
        let mut text = BASE.to_owned();
        for (from, to) in edits {
            assert!(text.contains(from), "BASE lacks {from}");
            text = text.replacen(from, to, 1);
        }
        text
    }

    fn assert_diff(edits: &[(&str, &str)], expected: &str) {
        assert_eq!(differences(BASE, &edited(edits)), expected);
    }

    #[test]
    fn equal_documents_have_no_differences() {
        assert_eq!(differences(BASE, BASE), "");
    }

    #[test]
    fn operations_added_and_removed() {
        assert_diff(
            &[(
                "  /v1/info:\n    get:\n      operationId: getInfo",
                "  /v1/info:\n    put:\n      operationId: putInfo",
            )],
            "GET /v1/info (getInfo)\n  - operation removed\nPUT /v1/info (putInfo)\n  + operation added\n",
        );
    }

    #[test]
    fn parameters_added_removed_and_changed() {
        assert_diff(
            &[
                (
                    "{name: limit, in: query, schema: {type: integer, format: int32}}",
                    "{name: limit, in: query, required: true, schema: {type: string}}",
                ),
                (
                    "{name: sort, in: query, schema: {$ref: '#/components/schemas/Sort'}}",
                    "{name: sort, in: header, schema: {$ref: '#/components/schemas/Sort'}}",
                ),
                ("{name: chatID, in: path", "{name: chatId, in: path"),
            ],
            "GET /v1/chats/{chatID} (getChat)\n\
             \x20 + header parameter `sort` added (string, optional)\n\
             \x20 - path parameter `chatID` removed\n\
             \x20 + path parameter `chatId` added (string, required)\n\
             \x20 ~ query parameter `limit`: optional → required\n\
             \x20 ~ query parameter `limit`: type integer(int32) → string\n\
             \x20 - query parameter `sort` removed\n",
        );
    }

    #[test]
    fn enum_values_added_and_removed() {
        assert_diff(
            &[("Sort: {type: string, enum: [asc, desc]}", "Sort: {type: string, enum: [asc, newest]}")],
            "GET /v1/chats/{chatID} (getChat)\n\
             \x20 + query parameter `sort`: enum value \"newest\" added\n\
             \x20 - query parameter `sort`: enum value \"desc\" removed\n",
        );
        assert_diff(
            &[("type: {type: string, enum: [single, group]}", "type: {type: string, enum: [single, group, channel]}")],
            "GET /v1/chats/{chatID} (getChat)\n  + response 200 `type`: enum value \"channel\" added\n",
        );
        // An enum that goes away, or appears.
        assert_diff(
            &[("type: {type: string, enum: [single, group]}", "type: {type: string}")],
            "GET /v1/chats/{chatID} (getChat)\n  ~ response 200 `type`: enum [\"group\", \"single\"] → any value\n",
        );
        assert_diff(
            &[("title: {type: string}", "title: {type: string, enum: [Family]}")],
            "GET /v1/chats/{chatID} (getChat)\n  ~ response 200 `title`: any value → enum [\"Family\"]\n",
        );
    }

    #[test]
    fn response_properties_through_refs_all_of_and_arrays() {
        assert_diff(
            &[
                ("        id: {type: string}", "        id: {type: integer}\n        muted: {type: boolean}"),
                ("      required: [id]", "      required: []"),
                ("                  name: {type: string}", "                  fullName: {type: string}"),
                ("            title: {type: string}", "            title: {type: string, nullable: true}"),
            ],
            "GET /v1/chats/{chatID} (getChat)\n\
             \x20 ~ response 200 `id`: required → optional\n\
             \x20 ~ response 200 `id`: type string → integer\n\
             \x20 + response 200 `muted`: property added (boolean, optional)\n\
             \x20 + response 200 `participants[].fullName`: property added (string, optional)\n\
             \x20 - response 200 `participants[].name`: property removed\n\
             \x20 ~ response 200 `title`: type string → string|null\n",
        );
    }

    #[test]
    fn request_bodies_and_responses() {
        assert_diff(
            &[
                (
                    "                replyTo: {type: string, nullable: true}",
                    "                attachment: {type: string}",
                ),
                ("      requestBody:\n        required: true", "      requestBody:\n        required: false"),
                ("                text: {type: string}", "                text: {type: array, items: {type: string}}"),
                ("              required: [text]\n", "              required: [text, attachment]\n"),
                (
                    "      security: []\n      responses:\n        '200': {description: ok}",
                    "      security: []\n      responses:\n        '404': {description: gone}",
                ),
            ],
            "GET /v1/info (getInfo)\n\
             \x20 - response 200 removed\n\
             \x20 + response 404 added\n\
             POST /v1/messages (sendMessage)\n\
             \x20 ~ request body: required → optional\n\
             \x20 + request body `attachment`: property added (string, required)\n\
             \x20 - request body `replyTo`: property removed\n\
             \x20 ~ request body `text`: type string → array\n",
        );
    }

    #[test]
    fn security_changes() {
        assert_diff(
            &[
                ("      operationId: getInfo\n      security: []", "      operationId: getInfo"),
                (
                    "    bearerAuth: {type: http, scheme: bearer}",
                    "    bearerAuth: {type: apiKey, in: header, name: X-Key}",
                ),
            ],
            "GET /v1/info (getInfo)\n\
             \x20 + security requirement `bearerAuth` added\n\
             security schemes\n\
             \x20 ~ scheme `bearerAuth` in: (none) → header\n\
             \x20 ~ scheme `bearerAuth` name: (none) → X-Key\n\
             \x20 ~ scheme `bearerAuth` scheme: bearer → (none)\n\
             \x20 ~ scheme `bearerAuth` type: http → apiKey\n",
        );
        assert_diff(
            &[("security: [{bearerAuth: []}]", "security: [{bearerAuth: [read]}]")],
            "GET /v1/chats/{chatID} (getChat)\n\
             \x20 + security requirement `bearerAuth[read]` added\n\
             \x20 - security requirement `bearerAuth` removed\n\
             POST /v1/messages (sendMessage)\n\
             \x20 + security requirement `bearerAuth[read]` added\n\
             \x20 - security requirement `bearerAuth` removed\n",
        );
    }

    #[test]
    fn operation_ids_and_status_ranges() {
        assert_diff(
            &[
                ("operationId: getChat\n", "operationId: retrieveChat\n"),
                (
                    "        '200':\n          description: ok\n          content:",
                    "        '2XX':\n          description: ok\n          content:",
                ),
            ],
            "GET /v1/chats/{chatID} (getChat)\n  ~ operationId `getChat` → `retrieveChat`\n",
        );
    }

    #[test]
    fn a_3_1_json_document_equal_to_a_3_0_yaml_one() {
        let theirs = edited(&[
            ("openapi: 3.0.3", "openapi: 3.1.0"),
            ("replyTo: {type: string, nullable: true}", "replyTo: {type: [string, 'null']}"),
        ]);
        let theirs: Value = serde_norway::from_str(&theirs).unwrap();
        let json = serde_json::to_string_pretty(&theirs).unwrap();
        let theirs = spec_source::parse(&json).unwrap();
        let ours: Value = serde_norway::from_str(BASE).unwrap();
        assert_eq!(diff(&ours, &theirs), []);
    }

    #[test]
    fn openapi_yaml_against_itself() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi.yaml")).unwrap();
        let spec = spec_source::parse(&text).unwrap();
        assert_eq!(diff(&spec, &spec), []);
    }
}
