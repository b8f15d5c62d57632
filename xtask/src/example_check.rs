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

use std::collections::{BTreeSet, HashSet};

use jsonschema::{Validator, error::ValidationErrorKind};
use openapiv3::Components;
use serde_json::{Map, Value, json};

use crate::resolve::SchemaRef;

/// Where component schemas live in the converted document.
const CLOSED_PREFIX: &str = "#/components/schemas/";
/// Deepest `$ref`/`allOf` nesting followed when collecting property names.
const MAX_DEPTH: usize = 64;
/// Where the open copies (for `allOf` parts) live.
const OPEN_PREFIX: &str = "#/components/open/";

/// Checks example values against schemas of one document.
pub struct ExampleChecker {
    /// `{"schemas": {..closed..}, "open": {..open..}}`, placed under
    /// `components` of every root schema so `$ref`s resolve.
    components: Value,
    /// The component schemas as written.
    raw: Map<String, Value>,
    /// Component schemas that refer to themselves without consuming any of
    /// the value (validation would never end).
    looping: Vec<String>,
}

impl ExampleChecker {
    pub fn new(components: Option<&Components>) -> Self {
        let raw = components.and_then(|c| serde_json::to_value(&c.schemas).ok()).unwrap_or_else(|| json!({}));
        let raw = raw.as_object().cloned().unwrap_or_default();
        let converter = Converter { schemas: &raw };
        let closed: Map<String, Value> = raw.iter().map(|(k, v)| (k.clone(), converter.convert(v, true))).collect();
        let open: Map<String, Value> = raw.iter().map(|(k, v)| (k.clone(), converter.convert(v, false))).collect();
        let looping = raw.keys().filter(|name| loops_on_same_value(&raw, name)).cloned().collect();
        ExampleChecker { components: json!({"schemas": closed, "open": open}), raw, looping }
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
        let reachable = self.reachable(&root);
        if let Some(name) = self.looping.iter().find(|name| reachable.contains(name.as_str())) {
            return vec![format!("$: schema `{name}` contains itself without nesting (it can never be satisfied)")];
        }
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

impl ExampleChecker {
    /// Names of the component schemas `schema` refers to, directly or not.
    fn reachable<'s>(&'s self, schema: &'s Value) -> HashSet<&'s str> {
        let mut seen = HashSet::new();
        let mut pending = Vec::new();
        refs_in(schema, &mut pending);
        while let Some(reference) = pending.pop() {
            let name = reference.strip_prefix(CLOSED_PREFIX).or_else(|| reference.strip_prefix(OPEN_PREFIX));
            if let Some(name) = name
                && seen.insert(name)
                && let Some(target) = self.components["schemas"].get(name)
            {
                refs_in(target, &mut pending);
            }
        }
        seen
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

/// `schema` that also accepts `null`.
fn nullable(mut schema: Map<String, Value>) -> Value {
    match schema.get("type").cloned() {
        Some(Value::String(typ)) => {
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

/// Whether component `name` can reach itself through `$ref`, `allOf`,
/// `oneOf`, `anyOf` or `not` alone, i.e. without going into a property or
/// an array item.
fn loops_on_same_value(schemas: &Map<String, Value>, name: &str) -> bool {
    let mut stack = vec![name.to_owned()];
    let mut seen = HashSet::new();
    while let Some(current) = stack.pop() {
        let Some(schema) = schemas.get(&current) else { continue };
        for next in same_value_refs(schema) {
            if next == name {
                return true;
            }
            if seen.insert(next.clone()) {
                stack.push(next);
            }
        }
    }
    false
}

/// Component names referred to by `schema` for the same value.
fn same_value_refs(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(name) = schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix(CLOSED_PREFIX)) {
        out.push(name.to_owned());
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for part in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            out.extend(same_value_refs(part));
        }
    }
    if let Some(not) = schema.get("not") {
        out.extend(same_value_refs(not));
    }
    out
}

/// Every `$ref` string anywhere in `value`.
fn refs_in<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
    match value {
        Value::Object(map) => {
            out.extend(map.get("$ref").and_then(Value::as_str));
            map.values().for_each(|v| refs_in(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs_in(v, out)),
        _ => {}
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
            "tags": ["t"], "extra": {"k": true}, "free": {"anything": [1]}, "wrapped": null, "more": false
        });
        assert_eq!(check("Full", value), Vec::<String>::new());
        assert!(check("Either", json!(true)).is_empty());
        assert!(check("Either", json!({"k": "v"})).is_empty());
    }

    #[test]
    fn reports_each_problem_with_its_path() {
        let value = json!({
            "n": "5", "at": "yesterday", "kind": "c", "note": 1, "tags": ["t", 2],
            "extra": {"k": "yes"}, "wrapped": "z", "mroe": true
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
    fn self_containing_schemas_stop() {
        for name in ["Loop", "HasLoop"] {
            let problems = check(name, json!({"inner": {}}));
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(problems[0].contains("contains itself"), "{problems:?}");
        }
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
