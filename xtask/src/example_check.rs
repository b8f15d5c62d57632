//! Checks the examples in `openapi.yaml` against their schemas with the
//! `jsonschema` crate, after turning OpenAPI 3.0 schemas into JSON Schema.
//!
//! The conversion ([`Converter`]) handles the 3.0-isms: `nullable`,
//! `example`, `discriminator`, `x-` extensions, boolean
//! `exclusiveMinimum`/`exclusiveMaximum` and `format: int32` (as a range).
//! Two project rules go beyond plain JSON Schema:
//!
//! * `oneOf` means "at least one variant", as for the generated untagged
//!   enums, so it becomes `anyOf`.
//! * An object property that no schema declares is reported unless the
//!   schema allows extra properties or declares none at all (a free-form
//!   object): that catches misspelt field names. It becomes a
//!   `propertyNames` list on every schema a value is checked against
//!   directly, with the names of all its `allOf` parts; the parts
//!   themselves refer to open copies of the components.
//!
//! `date-time` and `date` formats are checked with chrono, which the
//! generated client decodes with.

use std::collections::BTreeSet;

use jsonschema::{Validator, error::ValidationErrorKind};
use openapiv3::Components;
use serde_json::{Map, Value, json};

use crate::resolve::SchemaRef;

/// Where component schemas live in the converted document.
const CLOSED_PREFIX: &str = "#/components/schemas/";
/// Where the open copies (for `allOf` parts) live.
const OPEN_PREFIX: &str = "#/components/open/";
/// Deepest `$ref`/`allOf` nesting followed when collecting property names.
const MAX_DEPTH: usize = 64;

/// Checks example values against schemas of one document.
pub struct ExampleChecker {
    /// `{"schemas": {..closed..}, "open": {..open..}}`, placed under
    /// `components` of every root schema so `$ref`s resolve.
    components: Value,
    /// The component schemas as written.
    raw: Map<String, Value>,
}

impl ExampleChecker {
    pub fn new(components: Option<&Components>) -> Self {
        let raw = components.and_then(|c| serde_json::to_value(&c.schemas).ok()).unwrap_or_else(|| json!({}));
        let raw = raw.as_object().cloned().unwrap_or_default();
        let converter = Converter { schemas: &raw };
        let closed: Map<String, Value> = raw.iter().map(|(k, v)| (k.clone(), converter.convert(v, true))).collect();
        let open: Map<String, Value> = raw.iter().map(|(k, v)| (k.clone(), converter.convert(v, false))).collect();
        ExampleChecker { components: json!({"schemas": closed, "open": open}), raw }
    }

    /// Problems with `value` as an instance of `schema`, each as
    /// `$.path.to.value: what is wrong`. Empty when the value is valid.
    pub fn check(&self, schema: SchemaRef<'_>, value: &Value) -> Vec<String> {
        let mut root = match schema {
            SchemaRef::Ref(reference) => json!({"$ref": reference}),
            SchemaRef::Item(item) => match serde_json::to_value(item) {
                Ok(raw) => Converter { schemas: &self.raw }.convert(&raw, true),
                Err(e) => return vec![format!("$: the schema cannot be read: {e}")],
            },
        };
        let Some(map) = root.as_object_mut() else { return Vec::new() };
        map.insert("components".to_owned(), self.components.clone());
        match validator(&root) {
            Ok(validator) => validator.iter_errors(value).map(|error| describe(&error)).collect(),
            // A `$ref` that does not resolve is the `refs` rule's to report.
            Err(e) if matches!(e.kind(), ValidationErrorKind::Referencing(_)) => Vec::new(),
            Err(e) => vec![format!("$: the schema cannot be checked: {e}")],
        }
    }
}

/// `$.path: what is wrong` for one validation error.
fn describe(error: &jsonschema::ValidationError<'_>) -> String {
    let path = json_path(&error.instance_path().to_string());
    match error.kind() {
        ValidationErrorKind::PropertyNames { error: name } => {
            let name = name.instance().as_str().unwrap_or_default().to_owned();
            format!("{}: property is not declared by the schema", child_path(&path, &name))
        }
        // Converted from `oneOf`: say why each variant did not match.
        ValidationErrorKind::AnyOf { context } => {
            let why_not: Vec<String> = context
                .iter()
                .enumerate()
                .map(|(i, errors)| format!("variant {i}: {}", errors.first().map(describe).unwrap_or_default()))
                .collect();
            format!("{path}: matches no `oneOf` variant ({})", why_not.join("; "))
        }
        _ => format!("{path}: {error}"),
    }
}

fn validator(schema: &Value) -> Result<Validator, jsonschema::ValidationError<'static>> {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .with_format("date-time", |s: &str| chrono::DateTime::parse_from_rfc3339(s).is_ok())
        .with_format("date", |s: &str| s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
        .build(schema)
}

/// Converts the schemas of one document; `schemas` are its raw component
/// schemas, for following `$ref`s when collecting declared property names.
struct Converter<'r> {
    schemas: &'r Map<String, Value>,
}

impl Converter<'_> {
    /// The JSON Schema 2020-12 form of an OpenAPI 3.0 schema. `closed`: the
    /// schema is checked against a value directly (not as an `allOf` part), so
    /// undeclared properties are rejected at this level.
    fn convert(&self, schema: &Value, closed: bool) -> Value {
        let Value::Object(input) = schema else { return schema.clone() };
        let mut out = Map::new();
        for (key, value) in input {
            let converted = match key.as_str() {
                "example" | "discriminator" | "nullable" | "xml" | "externalDocs" => continue,
                k if k.starts_with("x-") => continue,
                "$ref" if !closed => match value.as_str().and_then(|r| r.strip_prefix(CLOSED_PREFIX)) {
                    Some(name) => Value::from(format!("{OPEN_PREFIX}{name}")),
                    None => value.clone(),
                },
                "properties" => map_values(value, |v| self.convert(v, true)),
                "items" | "not" => self.convert(value, true),
                "additionalProperties" if value.is_object() => self.convert(value, true),
                "oneOf" | "anyOf" => map_items(value, |v| self.convert(v, true)),
                "allOf" => map_items(value, |v| self.convert(v, false)),
                _ => value.clone(),
            };
            let key = if key == "oneOf" { "anyOf" } else { key.as_str() };
            out.insert(key.to_owned(), converted);
        }
        for (flag, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
            if let Some(Value::Bool(exclusive)) = out.remove(flag)
                && exclusive
                && let Some(limit) = out.remove(bound)
            {
                out.insert(flag.to_owned(), limit);
            }
        }
        if input.get("format").and_then(Value::as_str) == Some("int32") {
            out.insert("minimum".to_owned(), Value::from(i32::MIN));
            out.insert("maximum".to_owned(), Value::from(i32::MAX));
        }
        // A `$ref` target carries its own list.
        if closed
            && !input.contains_key("$ref")
            && let Some(names) = self.declared(schema, false, 0)
        {
            let names = if names.is_empty() { json!({"not": {}}) } else { json!({"enum": names}) };
            out.insert("propertyNames".to_owned(), names);
        }
        if input.get("nullable") == Some(&Value::Bool(true)) {
            return nullable(out);
        }
        Value::Object(out)
    }

    /// The property names an object value may carry under `schema`, or
    /// `None` when any name is acceptable. `as_part` is set for `allOf`
    /// parts, where a schema without properties adds no names instead of
    /// meaning "free-form". Static, so a part that fails for another reason
    /// does not make its properties look undeclared.
    fn declared(&self, schema: &Value, as_part: bool, depth: usize) -> Option<BTreeSet<String>> {
        if depth > MAX_DEPTH || ["additionalProperties", "oneOf", "anyOf"].iter().any(|k| schema.get(k).is_some()) {
            return None;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = self.schemas.get(reference.strip_prefix(CLOSED_PREFIX)?)?;
            return self.declared(target, as_part, depth + 1);
        }
        let mut names: BTreeSet<String> =
            schema.get("properties").and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k.clone()).collect();
        let parts = schema.get("allOf").and_then(Value::as_array);
        if names.is_empty() && parts.is_none() && !as_part {
            return None;
        }
        for part in parts.into_iter().flatten() {
            names.extend(self.declared(part, true, depth + 1)?);
        }
        Some(names)
    }
}

/// `schema` that also accepts `null`. Beside `allOf` (the 3.0 way to make
/// a reference nullable) the null must get past the parts too, so it skips
/// the whole schema.
fn nullable(mut schema: Map<String, Value>) -> Value {
    let composed = ["allOf", "anyOf", "$ref"].iter().any(|k| schema.contains_key(*k));
    match schema.get("type").cloned() {
        Some(Value::String(typ)) if !composed => {
            schema.insert("type".to_owned(), json!([typ, "null"]));
            if let Some(Value::Array(values)) = schema.get_mut("enum")
                && !values.contains(&Value::Null)
            {
                values.push(Value::Null);
            }
            Value::Object(schema)
        }
        // Not `anyOf`, so the reasons a non-null value fails are kept.
        _ => json!({"if": {"type": "null"}, "else": schema}),
    }
}

fn map_values(value: &Value, f: impl Fn(&Value) -> Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), f(v))).collect()),
        other => other.clone(),
    }
}

fn map_items(value: &Value, f: impl Fn(&Value) -> Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(f).collect()),
        other => other.clone(),
    }
}

/// `$.a.b[0]` for the JSON pointer `/a/b/0`.
fn json_path(pointer: &str) -> String {
    pointer.split('/').skip(1).fold(String::from("$"), |path, raw| {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.chars().all(|c| c.is_ascii_digit()) {
            format!("{path}[{segment}]")
        } else {
            child_path(&path, &segment)
        }
    })
}

/// `$.a.b` for plain keys, `$.a["odd key"]` otherwise.
fn child_path(path: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain { format!("{path}.{key}") } else { format!("{path}[{}]", Value::from(key)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn components() -> Components {
        let yaml = r#"
schemas:
  Kind: {type: string, enum: [a, b]}
  Base:
    type: object
    required: [id]
    properties:
      id: {type: string}
      n: {type: integer, format: int32}
      at: {type: string, format: date-time}
      kind: {$ref: '#/components/schemas/Kind'}
      note: {type: string, nullable: true}
      tags: {type: array, items: {type: string}}
      extra: {type: object, additionalProperties: {type: boolean}}
      free: {type: object}
      wrapped:
        nullable: true
        allOf: [{$ref: '#/components/schemas/Kind'}]
      typed:
        type: object
        nullable: true
        allOf: [{$ref: '#/components/schemas/Base'}]
  Full:
    allOf:
      - {$ref: '#/components/schemas/Base'}
      - type: object
        required: [more]
        properties:
          more: {type: boolean}
  Either:
    oneOf:
      - {type: boolean, title: Flag}
      - {type: object, title: Map, additionalProperties: {type: string}}
  Loop:
    allOf: [{$ref: '#/components/schemas/Loop'}]
  HasLoop:
    type: object
    properties:
      inner: {$ref: '#/components/schemas/Loop'}
      n: {type: integer}
"#;
        serde_norway::from_str(yaml).unwrap()
    }

    fn check(name: &str, value: Value) -> Vec<String> {
        let components = components();
        let checker = ExampleChecker::new(Some(&components));
        let reference = format!("#/components/schemas/{name}");
        checker.check(SchemaRef::Ref(&reference), &value)
    }

    #[test]
    fn valid_values_pass() {
        let value = json!({
            "id": "x", "n": 5, "at": "2025-08-31T19:41:41.000Z", "kind": "a", "note": null,
            "tags": ["t"], "extra": {"k": true}, "free": {"anything": [1]}, "wrapped": null, "typed": null, "more": false
        });
        assert_eq!(check("Full", value), Vec::<String>::new());
        assert!(check("Either", json!(true)).is_empty());
        assert!(check("Either", json!({"k": "v"})).is_empty());
    }

    #[test]
    fn reports_each_problem_with_its_path() {
        let value = json!({
            "n": "5", "at": "yesterday", "kind": "c", "note": 1, "tags": ["t", 2],
            "extra": {"k": "yes"}, "wrapped": "z", "typed": {"id": 1}, "mroe": true
        });
        let mut problems = check("Full", value);
        let mut expected = [
            "$.mroe: property is not declared by the schema",
            "$: \"id\" is a required property",
            "$.n: \"5\" is not of type \"integer\"",
            "$.at: \"yesterday\" is not a \"date-time\"",
            "$.kind: \"c\" is not one of \"a\" or \"b\"",
            "$.note: 1 is not of types \"null\", \"string\"",
            "$.tags[1]: 2 is not of type \"string\"",
            "$.extra.k: \"yes\" is not of type \"boolean\"",
            "$.wrapped: \"z\" is not one of \"a\" or \"b\"",
            "$.typed.id: 1 is not of type \"string\"",
            "$: \"more\" is a required property",
        ];
        problems.sort();
        expected.sort();
        assert_eq!(problems, expected);
    }

    #[test]
    fn null_needs_nullable() {
        assert_eq!(check("Base", json!({"id": null})), ["$.id: null is not of type \"string\""]);
    }

    #[test]
    fn int32_range_and_odd_keys() {
        assert_eq!(
            check("Base", json!({"id": "x", "n": 4_000_000_000u64})),
            ["$.n: 4000000000 is greater than the maximum of 2147483647"]
        );
        assert_eq!(
            check("Base", json!({"id": "x", "extra": {"m.image": 1}})),
            ["$.extra[\"m.image\"]: 1 is not of type \"boolean\""]
        );
    }

    #[test]
    fn one_of_needs_a_matching_variant() {
        assert_eq!(
            check("Either", json!(3)),
            ["$: matches no `oneOf` variant (variant 0: $: 3 is not of type \"boolean\"; \
                 variant 1: $: 3 is not of type \"object\")"]
        );
    }

    #[test]
    fn free_form_objects_and_all_of_parts_stay_open() {
        assert!(check("Base", json!({"id": "x", "free": {"any": 1}})).is_empty());
        // `more` is declared by Full's second part, not by Base: fine in Full.
        assert!(check("Full", json!({"id": "x", "more": true})).is_empty());
        assert_eq!(check("Base", json!({"id": "x", "more": true})), ["$.more: property is not declared by the schema"]);
    }

    #[test]
    fn self_containing_schemas_end() {
        // `Loop` is `allOf: [Loop]`: jsonschema stops at the recursion, and
        // the rest of the value is still checked.
        assert_eq!(check("HasLoop", json!({"inner": {}, "n": "x"})), ["$.n: \"x\" is not of type \"integer\""]);
        // Unresolved references are the `$ref` rule's to report.
        assert!(check("Nope", json!(1)).is_empty());
    }

    #[test]
    fn date_formats_follow_chrono() {
        let components = components();
        let checker = ExampleChecker::new(Some(&components));
        let date_time: openapiv3::Schema =
            serde_json::from_value(json!({"type": "string", "format": "date-time"})).unwrap();
        for good in ["2025-08-31T19:41:41.000Z", "2025-08-31T21:41:41+02:00", "2024-02-29T00:00:00.123456789-05:30"] {
            assert!(checker.check(SchemaRef::Item(&date_time), &json!(good)).is_empty(), "{good}");
        }
        for bad in ["2025-08-31", "2025-08-31T19:41:41", "2025-02-29T00:00:00Z", "2025-08-31T19:41Z", "1725489123456"] {
            assert_eq!(checker.check(SchemaRef::Item(&date_time), &json!(bad)).len(), 1, "{bad}");
        }
        let date: openapiv3::Schema = serde_json::from_value(json!({"type": "string", "format": "date"})).unwrap();
        assert!(checker.check(SchemaRef::Item(&date), &json!("2000-02-29")).is_empty());
        for bad in ["1900-02-29", "2025-00-10", "2025-1-10"] {
            assert_eq!(checker.check(SchemaRef::Item(&date), &json!(bad)).len(), 1, "{bad}");
        }
    }
}
