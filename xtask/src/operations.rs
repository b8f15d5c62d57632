//! Rules on paths and operations: ids, tags, summaries, parameters, request
//! bodies and responses, plus the examples written inline in them.
//!
//! Parameters, bodies and responses declared under `components` are checked
//! for their own properties once, at the component ([`check_components`]);
//! what depends on the operation (path template, handwritten bodies, how the
//! responses combine) is checked per operation.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

use openapiv3::{
    MediaType, OpenAPI, Operation, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr, RequestBody, Response,
    StatusCode,
};
use serde_json::Value;

use crate::codegen::{self, HANDWRITTEN_EXT};
use crate::example_check::ExampleChecker;
use crate::findings::{Findings, Rule};
use crate::resolve::{RefError, Resolver, SchemaRef, ref_name};
use crate::schema_rules::{self, ResponseRoot};

/// Shared state of one validation run.
pub struct Checker<'a> {
    pub spec: &'a OpenAPI,
    pub resolver: Resolver<'a>,
    pub examples: &'a ExampleChecker,
    /// Response schemas seen so far, for the tolerant-enum reachability rule.
    pub response_roots: Vec<ResponseRoot<'a>>,
}

/// An operation as named in messages: `GET /v1/chats/{chatID} (getChat)`.
struct OpLocation<'a> {
    method: &'static str,
    path: &'a str,
    id: Option<&'a str>,
}

impl fmt::Display for OpLocation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method.to_uppercase(), self.path)?;
        if let Some(id) = self.id {
            write!(f, " ({id})")?;
        }
        Ok(())
    }
}

/// Where a parameter is written: `in` and name.
fn param_key(p: &Parameter) -> (&'static str, &str) {
    let location = match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    };
    (location, &p.parameter_data_ref().name)
}

/// Is this the JSON media type progenitor decodes into a typed value?
fn is_json(media: &str) -> bool {
    media == "application/json" || media.starts_with("application/json;")
}

/// The body a response decodes into, as progenitor classifies it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum BodyKind {
    None,
    Raw,
    /// The `$ref` target's name, or `None` for an inline schema.
    Json(Option<String>),
}

impl fmt::Display for BodyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyKind::None => f.write_str("no body"),
            BodyKind::Raw => f.write_str("raw bytes"),
            BodyKind::Json(Some(name)) => write!(f, "`{name}`"),
            BodyKind::Json(None) => f.write_str("an inline schema"),
        }
    }
}

fn body_kind(response: &Response) -> BodyKind {
    if let Some((_, media)) = response.content.iter().find(|(m, _)| is_json(m)) {
        return BodyKind::Json(match &media.schema {
            Some(ReferenceOr::Reference { reference }) => {
                Some(ref_name(reference, "schemas").unwrap_or(reference).to_owned())
            }
            _ => None,
        });
    }
    if response.content.is_empty() { BodyKind::None } else { BodyKind::Raw }
}

/// Splits a path template into its `{name}` parameters.
fn template_params(path: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find(['{', '}']) {
        if rest.as_bytes()[open] == b'}' {
            return Err("unbalanced `}` in the path template".into());
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("unbalanced `{` in the path template")?;
        let name = &after[..close];
        if name.is_empty() || name.contains('{') {
            return Err(format!("malformed `{{{name}}}` in the path template"));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

impl<'a> Checker<'a> {
    /// Reports a reference that points at the wrong kind of component or
    /// loops; missing targets are reported by the raw `$ref` walk.
    fn resolve<T: crate::resolve::Component>(
        &self,
        item: &'a ReferenceOr<T>,
        location: &dyn fmt::Display,
        findings: &mut Findings,
    ) -> Option<&'a T> {
        match self.resolver.component(item) {
            Ok(value) => Some(value),
            Err(RefError::Missing(_)) => None,
            Err(e) => {
                findings.add(location, e.message(), Rule::Refs);
                None
            }
        }
    }

    /// Checks every path and operation. Returns the number of operations.
    pub fn check_paths(&mut self, findings: &mut Findings) -> usize {
        let spec = self.spec;
        let declared_tags: HashSet<&str> = spec.tags.iter().map(|t| t.name.as_str()).collect();
        let mut ids: HashMap<&str, String> = HashMap::new();
        let mut snake_ids: HashMap<String, (&str, String)> = HashMap::new();
        let mut count = 0;

        for (path, item) in &spec.paths.paths {
            let ReferenceOr::Item(item) = item else {
                findings.add(format!("path {path}"), "path items must be written inline, not as `$ref`", Rule::Paths);
                continue;
            };
            let path_site = format!("path {path}");
            let path_params = self.declared_params(&item.parameters, &path_site, findings);
            for (method, op) in codegen::operations(item) {
                count += 1;
                let loc = OpLocation { method, path, id: op.operation_id.as_deref() };
                self.check_id(&loc, &mut ids, &mut snake_ids, findings);
                check_tags_and_summary(&loc, op, &declared_tags, findings);
                for ext in ["x-dropshot-pagination", "x-dropshot-websocket"] {
                    if op.extensions.contains_key(ext) {
                        findings.add(
                            &loc,
                            format!("`{ext}` is not allowed (Beeper's paging differs from Dropshot's)"),
                            Rule::Dropshot,
                        );
                    }
                }
                let op_params = self.declared_params(&op.parameters, &loc, findings);
                check_merged_params(&loc, path, &path_params, &op_params, findings);
                self.check_request_body(&loc, op, findings);
                self.check_responses(&loc, op, findings);
            }
        }
        count
    }

    fn check_id(
        &self,
        loc: &OpLocation<'a>,
        ids: &mut HashMap<&'a str, String>,
        snake_ids: &mut HashMap<String, (&'a str, String)>,
        findings: &mut Findings,
    ) {
        let Some(id) = loc.id else {
            findings.add(loc, "operation has no `operationId`", Rule::OperationId);
            return;
        };
        let camel = id.starts_with(|c: char| c.is_ascii_lowercase()) && id.chars().all(|c| c.is_ascii_alphanumeric());
        if !camel {
            findings.add(
                loc,
                format!("operationId `{id}` must be camelCase (ASCII letters and digits, starting lower case)"),
                Rule::OperationId,
            );
        }
        if let Some(first) = ids.get(id) {
            findings.add(loc, format!("operationId `{id}` is already used by {first}"), Rule::OperationId);
            return;
        }
        ids.insert(id, loc.to_string());
        let snake = codegen::snake_case(id);
        match snake_ids.get(&snake) {
            Some((other, first)) => findings.add(
                loc,
                format!("operationId `{id}` becomes `{snake}` in Rust, like `{other}` of {first}"),
                Rule::OperationId,
            ),
            None => {
                snake_ids.insert(snake, (id, loc.to_string()));
            }
        }
    }

    /// Resolves a parameter list, checking inline declarations (those from
    /// `components` are checked there) and duplicates within the list.
    fn declared_params(
        &self,
        list: &'a [ReferenceOr<Parameter>],
        site: &dyn fmt::Display,
        findings: &mut Findings,
    ) -> Vec<&'a Parameter> {
        let mut out: Vec<&'a Parameter> = Vec::new();
        for item in list {
            let Some(param) = self.resolve(item, site, findings) else { continue };
            if let ReferenceOr::Item(param) = item {
                self.check_param_declaration(&site.to_string(), param, findings);
            }
            let (location, name) = param_key(param);
            if out.iter().any(|p| param_key(p) == (location, name)) {
                findings.add(site, format!("{location} parameter `{name}` is declared twice"), Rule::Params);
                continue;
            }
            out.push(param);
        }
        out
    }

    /// Rules on one parameter declaration, wherever it is written.
    fn check_param_declaration(&self, site: &str, param: &'a Parameter, findings: &mut Findings) {
        let (location, name) = param_key(param);
        let data = param.parameter_data_ref();
        match param {
            Parameter::Cookie { .. } => {
                findings.add(site, format!("cookie parameter `{name}` is not supported by progenitor"), Rule::Params)
            }
            Parameter::Query { style, .. } => {
                let style_name = match style {
                    QueryStyle::Form => None,
                    QueryStyle::SpaceDelimited => Some("spaceDelimited"),
                    QueryStyle::PipeDelimited => Some("pipeDelimited"),
                    QueryStyle::DeepObject => Some("deepObject"),
                };
                if let Some(style_name) = style_name {
                    findings.add(
                        site,
                        format!("query parameter `{name}` has style `{style_name}`; only `form` is supported"),
                        Rule::Params,
                    );
                }
                if data.explode == Some(false) {
                    findings.add(
                        site,
                        format!(
                            "query parameter `{name}` sets `explode: false`, but the client always repeats the key"
                        ),
                        Rule::Params,
                    );
                }
            }
            Parameter::Header { .. } | Parameter::Path { .. } => {}
        }
        match &data.format {
            ParameterSchemaOrContent::Content(_) => findings.add(
                site,
                format!("{location} parameter `{name}` uses `content`; progenitor needs `schema`"),
                Rule::Params,
            ),
            ParameterSchemaOrContent::Schema(schema) => {
                let schema_site = format!("{site}: {location} parameter `{name}` schema");
                schema_rules::check_inline(&schema_site, schema.into(), self.examples, findings);
                if let Some(example) = &data.example {
                    for problem in self.examples.check(schema.into(), example) {
                        findings.add(
                            format!("example of {site} {location} parameter `{name}`"),
                            problem,
                            Rule::Example,
                        );
                    }
                }
            }
        }
    }

    fn check_request_body(&self, loc: &OpLocation<'a>, op: &'a Operation, findings: &mut Findings) {
        let Some(item) = &op.request_body else { return };
        let Some(body) = self.resolve(item, loc, findings) else { return };
        let handwritten = match op.extensions.get(HANDWRITTEN_EXT) {
            None => false,
            Some(Value::Bool(true)) => true,
            Some(other) => {
                findings.add(loc, format!("`{HANDWRITTEN_EXT}` must be `true`, found `{other}`"), Rule::RequestBody);
                true
            }
        };
        if !body.required {
            findings.add(loc, "request body must be `required: true` (the client always sends one)", Rule::RequestBody);
        }
        match body.content.len() {
            0 => findings.add(loc, "request body declares no media type", Rule::RequestBody),
            1 => {}
            n => findings.add(
                loc,
                format!(
                    "request body has {n} media types ({}); progenitor panics on more than one",
                    body.content.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                ),
                Rule::RequestBody,
            ),
        }
        for (media, content) in &body.content {
            if media == "multipart/form-data" && !handwritten {
                findings.add(
                    loc,
                    format!(
                        "`{media}` request bodies need `{HANDWRITTEN_EXT}: true` (progenitor cannot generate them)"
                    ),
                    Rule::RequestBody,
                );
            } else if media != "application/json" && media != "multipart/form-data" {
                findings.add(
                    loc,
                    format!("request body media type `{media}` is not supported; use `application/json`"),
                    Rule::RequestBody,
                );
            }
            if !content.encoding.is_empty() && !handwritten {
                findings.add(
                    loc,
                    format!("request body `{media}` sets `encoding`, which progenitor does not support"),
                    Rule::RequestBody,
                );
            }
            match &content.schema {
                None => findings.add(loc, format!("request body `{media}` has no schema"), Rule::RequestBody),
                Some(ReferenceOr::Item(_)) => findings.add(
                    loc,
                    format!("request body `{media}` schema must be a `$ref` to a named schema"),
                    Rule::RequestBody,
                ),
                Some(ReferenceOr::Reference { .. }) => {}
            }
        }
        if let ReferenceOr::Item(body) = item {
            self.check_body_content(&format!("{loc} request body"), body, findings);
        }
    }

    /// Inline schemas and examples of a request body, once per declaration.
    fn check_body_content(&self, site: &str, body: &'a RequestBody, findings: &mut Findings) {
        for (media, content) in &body.content {
            if let Some(schema) = &content.schema {
                schema_rules::check_inline(&format!("{site} `{media}` schema"), schema.into(), self.examples, findings);
            }
            if is_json(media) {
                self.check_media_examples(site, content, findings);
            }
        }
    }

    fn check_responses(&mut self, loc: &OpLocation<'a>, op: &'a Operation, findings: &mut Findings) {
        let mut entries: Vec<(String, Option<&StatusCode>, &'a ReferenceOr<Response>)> =
            op.responses.responses.iter().map(|(code, r)| (code.to_string(), Some(code), r)).collect();
        if let Some(default) = &op.responses.default {
            entries.push(("default".to_owned(), None, default));
        }
        let has_range_2xx = op.responses.responses.contains_key(&StatusCode::Range(2));
        let mut success: BTreeMap<BodyKind, Vec<String>> = BTreeMap::new();
        let mut errors: BTreeMap<BodyKind, Vec<String>> = BTreeMap::new();
        let mut has_2xx = false;

        for (label, code, item) in &entries {
            let site = format!("{loc} {label}");
            let Some(response) = self.resolve(*item, &site, findings) else { continue };
            let is_success = match code {
                Some(StatusCode::Code(c)) => (200..=299).contains(c) || *c == 101,
                Some(StatusCode::Range(r)) => *r == 2,
                None => !has_range_2xx,
            };
            let is_error = match code {
                Some(StatusCode::Code(c)) => (400..=599).contains(c),
                Some(StatusCode::Range(r)) => (4..=5).contains(r),
                None => true,
            };
            has_2xx |= matches!(code, Some(StatusCode::Code(200..=299) | StatusCode::Range(2)));
            let kind = body_kind(response);
            for (media, content) in response.content.iter().filter(|(m, _)| is_json(m)) {
                match &content.schema {
                    None => findings.add(&site, format!("JSON response `{media}` has no schema"), Rule::Responses),
                    Some(ReferenceOr::Item(_)) => findings.add(
                        &site,
                        format!("JSON response `{media}` schema must be a `$ref` to a named schema"),
                        Rule::Responses,
                    ),
                    Some(ReferenceOr::Reference { .. }) => {}
                }
                if !content.encoding.is_empty() {
                    findings.add(
                        &site,
                        format!("JSON response `{media}` sets `encoding`, which progenitor does not support"),
                        Rule::Responses,
                    );
                }
                if is_success && content.example.is_none() && content.examples.is_empty() {
                    findings.add(&site, format!("JSON success response `{media}` needs an `example`"), Rule::Responses);
                }
            }
            if is_success {
                success.entry(kind.clone()).or_default().push(label.clone());
            }
            // A bodiless error answer (`serveAsset`'s 416) is kept from
            // progenitor by codegen (`bodiless::drop_bodiless_statuses`) and
            // reaches callers as an unexpected status.
            if is_error && !response.content.is_empty() {
                errors.entry(kind).or_default().push(label.clone());
            }
            if let ReferenceOr::Item(response) = item {
                self.check_response_content(&site, response, findings);
            }
        }

        if !has_2xx {
            findings.add(loc, "no 2xx response (declare `2XX` or a 2xx code)", Rule::Responses);
        }
        for (group, kinds) in [("success", &success), ("error", &errors)] {
            if kinds.len() > 1 {
                let described: Vec<String> =
                    kinds.iter().map(|(kind, labels)| format!("{} → {kind}", labels.join(", "))).collect();
                findings.add(
                    loc,
                    format!("{group} responses must share one body, found {}", described.join("; ")),
                    Rule::Responses,
                );
            }
        }
    }

    /// Inline schemas, examples and reachability roots of a response, once
    /// per declaration.
    fn check_response_content(&mut self, site: &str, response: &'a Response, findings: &mut Findings) {
        for (media, content) in &response.content {
            let Some(schema) = &content.schema else { continue };
            schema_rules::check_inline(&format!("{site} `{media}` schema"), schema.into(), self.examples, findings);
            if is_json(media) {
                self.response_roots.push(ResponseRoot { location: site.to_owned(), schema: SchemaRef::from(schema) });
                self.check_media_examples(site, content, findings);
            }
        }
    }

    /// `example` and `examples` of a JSON media type against its schema.
    fn check_media_examples(&self, site: &str, content: &'a MediaType, findings: &mut Findings) {
        let Some(schema) = &content.schema else { return };
        if let Some(example) = &content.example {
            for problem in self.examples.check(schema.into(), example) {
                findings.add(format!("example of {site}"), problem, Rule::Example);
            }
        }
        for (name, item) in &content.examples {
            let label = format!("example `{name}` of {site}");
            let Some(example) = self.resolve(item, &label, findings) else { continue };
            let Some(value) = &example.value else { continue };
            for problem in self.examples.check(schema.into(), value) {
                findings.add(&label, problem, Rule::Example);
            }
        }
    }

    /// Parameters, request bodies and responses declared under `components`.
    pub fn check_components(&mut self, findings: &mut Findings) {
        let Some(components) = &self.spec.components else { return };
        for (name, item) in &components.parameters {
            let site = format!("components.parameters.{name}");
            if let ReferenceOr::Item(param) = item {
                self.check_param_declaration(&site, param, findings);
            }
        }
        for (name, item) in &components.request_bodies {
            if let ReferenceOr::Item(body) = item {
                self.check_body_content(&format!("components.requestBodies.{name}"), body, findings);
            }
        }
        for (name, item) in &components.responses {
            let site = format!("components.responses.{name}");
            if let ReferenceOr::Item(response) = item {
                for (media, content) in response.content.iter().filter(|(m, _)| is_json(m)) {
                    if !matches!(content.schema, Some(ReferenceOr::Reference { .. })) {
                        findings.add(
                            &site,
                            format!("JSON response `{media}` schema must be a `$ref` to a named schema"),
                            Rule::Responses,
                        );
                    }
                }
                self.check_response_content(&site, response, findings);
            }
        }
    }
}

fn check_tags_and_summary(loc: &OpLocation<'_>, op: &Operation, declared: &HashSet<&str>, findings: &mut Findings) {
    if op.tags.is_empty() {
        findings.add(loc, "operation has no tag", Rule::Tags);
    }
    for tag in op.tags.iter().filter(|t| !declared.contains(t.as_str())) {
        findings.add(loc, format!("tag `{tag}` is not declared in the top-level `tags`"), Rule::Tags);
    }
    if op.summary.as_deref().is_none_or(|s| s.trim().is_empty()) {
        findings.add(loc, "operation has no `summary`", Rule::Summary);
    }
}

/// The operation's effective parameters (operation-level ones override
/// path-level ones with the same name and location) against the path
/// template and each other.
fn check_merged_params(
    loc: &OpLocation<'_>,
    path: &str,
    path_level: &[&Parameter],
    op_level: &[&Parameter],
    findings: &mut Findings,
) {
    let mut merged: Vec<&Parameter> =
        path_level.iter().copied().filter(|p| !op_level.iter().any(|o| param_key(o) == param_key(p))).collect();
    merged.extend(op_level.iter().copied());

    match template_params(path) {
        Err(message) => findings.add(loc, message, Rule::PathParams),
        Ok(template) => {
            let mut seen = HashSet::new();
            for name in &template {
                if !seen.insert(*name) {
                    findings.add(loc, format!("`{{{name}}}` appears twice in the path"), Rule::PathParams);
                }
            }
            let declared: Vec<&Parameter> =
                merged.iter().copied().filter(|p| matches!(p, Parameter::Path { .. })).collect();
            for name in &seen {
                if !declared.iter().any(|p| p.parameter_data_ref().name == *name) {
                    findings.add(loc, format!("path parameter `{name}` is not declared"), Rule::PathParams);
                }
            }
            for param in &declared {
                let data = param.parameter_data_ref();
                if !seen.contains(data.name.as_str()) {
                    findings.add(
                        loc,
                        format!("path parameter `{}` is declared but not in the path template", data.name),
                        Rule::PathParams,
                    );
                }
                if !data.required {
                    findings.add(
                        loc,
                        format!("path parameter `{}` must be `required: true`", data.name),
                        Rule::PathParams,
                    );
                }
            }
        }
    }

    // The generated builder has one setter per parameter, named by the
    // snake_case of the parameter name, whatever its location.
    let mut by_rust_name: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for param in &merged {
        let (location, name) = param_key(param);
        by_rust_name.entry(codegen::snake_case(name)).or_default().insert(format!("{location} `{name}`"));
    }
    for (rust_name, params) in by_rust_name.iter().filter(|(_, p)| p.len() > 1) {
        let list: Vec<&str> = params.iter().map(String::as_str).collect();
        findings.add(loc, format!("parameters {} all become `{rust_name}` in Rust", list.join(" and ")), Rule::Params);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates() {
        assert_eq!(template_params("/v1/chats/{chatID}/messages/{messageID}"), Ok(vec!["chatID", "messageID"]));
        assert_eq!(template_params("/v1/info"), Ok(vec![]));
        assert!(template_params("/v1/{a").is_err());
        assert!(template_params("/v1/a}").is_err());
        assert!(template_params("/v1/{}").is_err());
        assert!(template_params("/v1/{a{b}}").is_err());
    }
}
