//! Collected rule failures, one line each: `<location>: <message> [<rule>]`.

use std::collections::HashSet;
use std::fmt;

/// The rules `cargo xtask validate` enforces. The name in brackets at the end
/// of each failure line is [`Rule::name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The document is YAML and an OpenAPI 3.0 document at all.
    Parse,
    /// `openapi` is 3.0.x (progenitor rejects 3.1).
    OpenapiVersion,
    /// `info.version` is set (it is sent as the `api-version` header).
    Info,
    /// `servers[0].url` is the crate's default base URL.
    Servers,
    /// Path items are inline (progenitor rejects `$ref` path items).
    Paths,
    /// Every operation has a camelCase `operationId`, unique as written and
    /// after snake_case conversion.
    OperationId,
    /// Every operation has a tag, and every tag is declared at the top level.
    Tags,
    /// Every operation has a summary.
    Summary,
    /// Every `$ref` points into `#/components/<kind>/` and resolves.
    Refs,
    /// `{x}` in the path template and the `in: path` parameters match, and
    /// path parameters are required.
    PathParams,
    /// No cookie parameters, form-style exploded query parameters, no
    /// duplicate parameters, schemas rather than `content`.
    Params,
    /// One `application/json` request body (multipart only on hand-written
    /// operations), required, with a `$ref` schema.
    RequestBody,
    /// A 2xx response exists; JSON schemas are `$ref`s; success responses
    /// agree on one body; error responses agree on one body; JSON success
    /// responses carry an example.
    Responses,
    /// No `anyOf` (progenitor mis-generates it).
    AnyOf,
    /// No `additionalProperties: false` (it would reject new server fields).
    AdditionalProperties,
    /// `oneOf` variants are `$ref`s or have a `title`.
    OneOf,
    /// A `discriminator` maps exactly its `oneOf` variants, and each variant
    /// pins its tag with a one-value `enum`, so the variants exclude each
    /// other for any JSON Schema validator.
    Discriminator,
    /// String enums are named component schemas (a variant's tag excepted).
    InlineEnum,
    /// Enums reachable from a response are tolerant; the extension is only
    /// used on string enums.
    TolerantEnum,
    /// No `x-dropshot-*` extensions (their conventions differ from Beeper's).
    Dropshot,
    /// Examples are valid against their schemas.
    Example,
    /// The client generates from the document.
    Generate,
}

impl Rule {
    /// The short name printed in brackets.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Parse => "parse",
            Rule::OpenapiVersion => "openapi-version",
            Rule::Info => "info",
            Rule::Servers => "servers",
            Rule::Paths => "paths",
            Rule::OperationId => "operation-id",
            Rule::Tags => "tags",
            Rule::Summary => "summary",
            Rule::Refs => "refs",
            Rule::PathParams => "path-params",
            Rule::Params => "params",
            Rule::RequestBody => "request-body",
            Rule::Responses => "responses",
            Rule::AnyOf => "any-of",
            Rule::AdditionalProperties => "additional-properties",
            Rule::OneOf => "one-of",
            Rule::Discriminator => "discriminator",
            Rule::InlineEnum => "inline-enum",
            Rule::TolerantEnum => "tolerant-enum",
            Rule::Dropshot => "dropshot",
            Rule::Example => "example",
            Rule::Generate => "generate",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Failures in the order they were found, without exact duplicates.
#[derive(Debug, Default)]
pub struct Findings {
    lines: Vec<String>,
    seen: HashSet<String>,
}

impl Findings {
    /// Records `<location>: <message> [<rule>]`.
    pub fn add(&mut self, location: impl fmt::Display, message: impl fmt::Display, rule: Rule) {
        let line = format!("{location}: {message} [{rule}]");
        if self.seen.insert(line.clone()) {
            self.lines.push(line);
        }
    }

    /// The failure lines.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// No failures so far.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_with_the_rule_and_are_deduplicated() {
        let mut findings = Findings::default();
        findings.add("schema A", "bad", Rule::AnyOf);
        findings.add("schema A", "bad", Rule::AnyOf);
        findings.add("schema B", "worse", Rule::Example);
        assert_eq!(findings.lines(), ["schema A: bad [any-of]", "schema B: worse [example]"]);
    }
}
