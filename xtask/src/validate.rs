//! `cargo xtask validate`: checks `openapi.yaml` against the rules the
//! generated client relies on, then runs the real generator on it.
//!
//! Every failure is collected (the run does not stop at the first) and
//! printed as `<location>: <message> [<rule>]`; see [`Rule`] for the rules.
//! Progenitor panics on several kinds of bad input, so most rules exist to
//! turn those panics, and silent mis-generation, into a line that names the
//! operation or schema at fault.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use openapiv3::OpenAPI;

use crate::codegen;
use crate::example_check::ExampleChecker;
use crate::findings::{Findings, Rule};
use crate::operations::Checker;
use crate::raw;
use crate::resolve::Resolver;
use crate::schema_rules;

/// The crate's default base URL; `servers[0].url` must match it.
pub const DEFAULT_BASE_URL: &str = "http://localhost:23373";

/// Longest generator message printed; progenitor sometimes includes a
/// whole debug dump of the offending object.
const MAX_GENERATE_MESSAGE: usize = 300;

/// What a successful run counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub operations: usize,
    pub schemas: usize,
}

/// Validates the spec at `path`; `name` is how it is shown in messages.
pub fn run(path: &Path, name: &str) -> ExitCode {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (findings, summary) = check_text(&text);
    if findings.is_empty() {
        let summary = summary.unwrap_or(Summary { operations: 0, schemas: 0 });
        println!("{name}: {} operations, {} schemas, all rules pass", summary.operations, summary.schemas);
        return ExitCode::SUCCESS;
    }
    for line in findings.lines() {
        eprintln!("{line}");
    }
    let n = findings.lines().len();
    eprintln!("{name}: {n} rule failure{}", if n == 1 { "" } else { "s" });
    ExitCode::FAILURE
}

/// Runs every rule on the spec text. The summary is `None` when the text
/// is not an OpenAPI document at all.
pub fn check_text(text: &str) -> (Findings, Option<Summary>) {
    let mut findings = Findings::default();
    let raw = match raw::parse(text) {
        Ok(raw) => raw,
        Err(message) => {
            findings.add("document", message, Rule::Parse);
            return (findings, None);
        }
    };
    raw::check_version(&raw, &mut findings);
    raw::check_refs(&raw, &mut findings);

    let spec = match codegen::parse_spec(text) {
        Ok(spec) => spec,
        Err(message) => {
            findings.add("document", message, Rule::Parse);
            return (findings, None);
        }
    };
    check_document(&spec, &mut findings);

    let resolver = Resolver::new(spec.components.as_ref());
    let examples = ExampleChecker::new(spec.components.as_ref());
    let mut checker = Checker { spec: &spec, resolver, examples: &examples, response_roots: Vec::new() };
    let operations = checker.check_paths(&mut findings);
    checker.check_components(&mut findings);
    schema_rules::check_components(&spec, &examples, &mut findings);
    schema_rules::check_response_enums(&spec, &checker.response_roots, &mut findings);

    if let Err(message) = codegen::generate(text) {
        findings.add("generate", one_line(&message, MAX_GENERATE_MESSAGE), Rule::Generate);
    }

    let schemas = spec.components.as_ref().map_or(0, |c| c.schemas.len());
    (findings, Some(Summary { operations, schemas }))
}

/// `message` on one line with runs of whitespace collapsed, cut to `max`
/// characters.
fn one_line(message: &str, max: usize) -> String {
    let joined = message.split_whitespace().collect::<Vec<_>>().join(" ");
    match joined.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    }
}

/// Document-level rules: `info.version` and the server URL.
fn check_document(spec: &OpenAPI, findings: &mut Findings) {
    if spec.info.version.trim().is_empty() {
        findings.add("info.version", "must be set (it is sent as the `api-version` header)", Rule::Info);
    }
    match spec.servers.first() {
        Some(server) if server.url == DEFAULT_BASE_URL => {}
        Some(server) => findings.add(
            "servers[0].url",
            format!("is `{}`, expected the crate's default base URL `{DEFAULT_BASE_URL}`", server.url),
            Rule::Servers,
        ),
        None => findings.add("servers", format!("must list `{DEFAULT_BASE_URL}` first"), Rule::Servers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_messages_fit_on_one_line() {
        assert_eq!(one_line("a\n  b   c", 10), "a b c");
        assert_eq!(one_line("abcdef", 3), "abc…");
        assert_eq!(one_line("ééé", 2), "éé…");
    }
}
