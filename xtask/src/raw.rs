//! Checks on the document as plain YAML data, before (and independently of)
//! the typed OpenAPI parse: the `openapi` version and every `$ref`.

use serde_json::Value;

use crate::findings::{Findings, Rule};

/// Component kinds a `$ref` may point into.
const COMPONENT_KINDS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];

/// Parses the YAML text into a JSON value (aliases expanded).
pub fn parse(text: &str) -> Result<Value, String> {
    serde_norway::from_str(text).map_err(|e| format!("not valid YAML: {e}"))
}

/// `openapi` must be a 3.0.x version string.
pub fn check_version(doc: &Value, findings: &mut Findings) {
    match doc.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") => {}
        Some(Value::String(v)) => findings.add(
            "openapi",
            format!("version is `{v}`; progenitor only reads 3.0.x (write `3.0.3`)"),
            Rule::OpenapiVersion,
        ),
        Some(other) => findings.add(
            "openapi",
            format!("must be a version string like `3.0.3`, found `{other}`"),
            Rule::OpenapiVersion,
        ),
        None => findings.add("openapi", "the `openapi: 3.0.x` field is missing", Rule::OpenapiVersion),
    }
}

/// Every `$ref` string anywhere in the document (outside example values)
/// must have the form `#/components/<kind>/<name>` and point at something.
pub fn check_refs(doc: &Value, findings: &mut Findings) {
    let mut path = Vec::new();
    walk(doc, doc, &mut path, findings);
}

fn walk(root: &Value, node: &Value, path: &mut Vec<String>, findings: &mut Findings) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                if key == "$ref" {
                    check_one_ref(root, value, path, findings);
                    continue;
                }
                // Example payloads are data, not document structure; a
                // property that happens to be called `example` is not.
                let is_data =
                    (key == "example" || key == "default") && path.last().map(String::as_str) != Some("properties");
                if is_data {
                    continue;
                }
                path.push(key.clone());
                walk(root, value, path, findings);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(format!("[{i}]"));
                walk(root, item, path, findings);
                path.pop();
            }
        }
        _ => {}
    }
}

fn check_one_ref(root: &Value, value: &Value, path: &[String], findings: &mut Findings) {
    let location = format!("$ref at {}", display_path(path));
    let Value::String(reference) = value else {
        findings.add(location, format!("`$ref` must be a string, found `{value}`"), Rule::Refs);
        return;
    };
    let well_formed = reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(kind, name)| COMPONENT_KINDS.contains(&kind) && !name.is_empty() && !name.contains('/'));
    if !well_formed {
        findings.add(location, format!("`{reference}` must have the form `#/components/<kind>/<name>`"), Rule::Refs);
        return;
    }
    if root.pointer(&reference[1..]).is_none() {
        findings.add(location, format!("`{reference}` does not resolve"), Rule::Refs);
    }
}

/// `paths./v1/chats.get.responses.2XX` style location.
fn display_path(path: &[String]) -> String {
    let mut out = String::new();
    for segment in path {
        if !segment.starts_with('[') && !out.is_empty() {
            out.push('.');
        }
        out.push_str(segment);
    }
    if out.is_empty() { "document root".to_owned() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs_of(yaml: &str) -> Vec<String> {
        let doc = parse(yaml).unwrap();
        let mut findings = Findings::default();
        check_refs(&doc, &mut findings);
        findings.lines().to_vec()
    }

    #[test]
    fn finds_unresolved_refs_at_any_depth() {
        let lines = refs_of(
            "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          type: array\n          items: {$ref: '#/components/schemas/Nope'}\n",
        );
        assert_eq!(
            lines,
            ["$ref at components.schemas.A.properties.b.items: `#/components/schemas/Nope` does not resolve [refs]"]
        );
    }

    #[test]
    fn checks_refs_inside_lists_and_rejects_foreign_forms() {
        let lines = refs_of(
            "components:\n  schemas:\n    A: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: 'other.yaml#/A'}, {$ref: '#/components/widgets/A'}]}\n",
        );
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("$ref at components.schemas.A.oneOf[1]: `other.yaml#/A`"));
        assert!(lines[1].contains("`#/components/widgets/A` must have the form"));
    }

    #[test]
    fn example_payloads_are_not_structure() {
        assert!(refs_of("x:\n  example: {$ref: nothing}\n").is_empty());
        assert_eq!(refs_of("properties:\n  example: {$ref: nothing}\n").len(), 1);
    }

    #[test]
    fn version_must_be_3_0() {
        for (yaml, ok) in
            [("openapi: 3.0.3", true), ("openapi: 3.1.0", false), ("openapi: 3", false), ("info: {}", false)]
        {
            let mut findings = Findings::default();
            check_version(&parse(yaml).unwrap(), &mut findings);
            assert_eq!(findings.is_empty(), ok, "{yaml}: {:?}", findings.lines());
        }
    }
}
