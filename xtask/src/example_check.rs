//! A small JSON Schema checker for the examples in `openapi.yaml`.
//!
//! It covers the OpenAPI 3.0 subset the spec uses: `type`, `nullable`,
//! `required`, `properties`, `additionalProperties`, `items`, `enum`,
//! `oneOf` (at least one variant must match), `allOf` (every part must
//! match), `anyOf`, and the `date-time`, `date` and `int32` formats. Enum
//! values must be known ones even for tolerant enums.
//!
//! One check goes beyond JSON Schema: an object property that no schema
//! declares is reported, unless the schema allows extra properties (with
//! `additionalProperties`) or declares none at all (a free-form object).
//! That catches misspelt field names in examples.

use std::collections::BTreeSet;

use openapiv3::{AdditionalProperties, AnySchema, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::{Map, Value};

use crate::resolve::{RefError, Resolver, SchemaRef};
use crate::rfc3339;

/// Deepest schema nesting followed while checking one value; deeper means a
/// schema that contains itself without consuming any of the value.
const MAX_DEPTH: usize = 128;

/// Checks example values against schemas of one document.
#[derive(Clone, Copy)]
pub struct ExampleChecker<'a> {
    resolver: Resolver<'a>,
}

/// Where the walk is.
#[derive(Clone, Copy)]
struct Ctx {
    /// Checking one part of an `allOf`: the parts only know some of the
    /// properties, so undeclared properties are judged at the `allOf` itself.
    in_all_of_part: bool,
    depth: usize,
}

impl Ctx {
    /// One level deeper, for a new value (a property or an array item).
    fn child_value(self) -> Ctx {
        Ctx { in_all_of_part: false, depth: self.depth + 1 }
    }

    /// One level deeper, same value.
    fn same_value(self) -> Ctx {
        Ctx { depth: self.depth + 1, ..self }
    }
}

/// Properties, `required` and `additionalProperties` of an object schema.
struct ObjectView<'a> {
    properties: Vec<(&'a str, SchemaRef<'a>)>,
    required: &'a [String],
    additional: Option<&'a AdditionalProperties>,
}

impl<'a> ExampleChecker<'a> {
    pub fn new(resolver: Resolver<'a>) -> Self {
        ExampleChecker { resolver }
    }

    /// Problems with `value` as an instance of `schema`, each as
    /// `$.path.to.value: what is wrong`. Empty when the value is valid.
    pub fn check(&self, schema: SchemaRef<'a>, value: &Value) -> Vec<String> {
        let mut out = Vec::new();
        self.check_at(schema, value, "$", Ctx { in_all_of_part: false, depth: 0 }, &mut out);
        out
    }

    fn check_at(&self, schema: SchemaRef<'a>, value: &Value, path: &str, ctx: Ctx, out: &mut Vec<String>) {
        if ctx.depth > MAX_DEPTH {
            out.push(format!("{path}: schemas nest too deeply (does a schema contain itself?)"));
            return;
        }
        let schema = match self.resolver.schema(schema) {
            Ok((schema, _)) => schema,
            // Reported once by the `$ref` rule.
            Err(RefError::Missing(_)) => return,
            Err(e) => {
                out.push(format!("{path}: {}", e.message()));
                return;
            }
        };
        if value.is_null() && schema.schema_data.nullable {
            return;
        }
        if let (false, Value::Object(map)) = (ctx.in_all_of_part, value)
            && let Some(declared) = self.declared(schema, false, ctx.depth)
        {
            for key in map.keys().filter(|k| !declared.contains(k.as_str())) {
                out.push(format!("{}: property is not declared by the schema", child_path(path, key)));
            }
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let Some(text) = value.as_str() else { return out.push(mismatch(path, "string", value)) };
                if !s.enumeration.is_empty() && !s.enumeration.iter().flatten().any(|e| e == text) {
                    out.push(not_in_enum(path, value, s.enumeration.iter().flatten()));
                }
                let format = match &s.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::DateTime) => Some("date-time"),
                    VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Date) => Some("date"),
                    _ => None,
                };
                if let Some(problem) = format.and_then(|f| format_problem(f, text)) {
                    out.push(format!("{path}: {problem}"));
                }
            }
            SchemaKind::Type(Type::Number(n)) => {
                let Some(x) = value.as_f64() else { return out.push(mismatch(path, "number", value)) };
                if !n.enumeration.is_empty() && !n.enumeration.iter().flatten().any(|e| *e == x) {
                    out.push(not_in_enum(path, value, n.enumeration.iter().flatten()));
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                if !is_integer(value) {
                    return out.push(mismatch(path, "integer", value));
                }
                let int32 = matches!(i.format, VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32));
                if int32 && value.as_i64().is_none_or(|x| i32::try_from(x).is_err()) {
                    out.push(format!("{path}: {value} does not fit `format: int32`"));
                }
                if !i.enumeration.is_empty() && !i.enumeration.iter().flatten().any(|e| value.as_i64() == Some(*e)) {
                    out.push(not_in_enum(path, value, i.enumeration.iter().flatten()));
                }
            }
            SchemaKind::Type(Type::Boolean(b)) => {
                let Some(x) = value.as_bool() else { return out.push(mismatch(path, "boolean", value)) };
                if !b.enumeration.is_empty() && !b.enumeration.iter().flatten().any(|e| *e == x) {
                    out.push(not_in_enum(path, value, b.enumeration.iter().flatten()));
                }
            }
            SchemaKind::Type(Type::Object(o)) => {
                let Some(map) = value.as_object() else { return out.push(mismatch(path, "object", value)) };
                let view = ObjectView {
                    properties: o.properties.iter().map(|(k, s)| (k.as_str(), SchemaRef::from(s))).collect(),
                    required: &o.required,
                    additional: o.additional_properties.as_ref(),
                };
                self.check_object(&view, map, path, ctx, out);
            }
            SchemaKind::Type(Type::Array(a)) => {
                let Some(items) = value.as_array() else { return out.push(mismatch(path, "array", value)) };
                if let Some(item_schema) = &a.items {
                    for (i, item) in items.iter().enumerate() {
                        self.check_at(item_schema.into(), item, &format!("{path}[{i}]"), ctx.child_value(), out);
                    }
                }
            }
            SchemaKind::OneOf { one_of } => self.check_variants("oneOf", one_of, value, path, ctx, out),
            SchemaKind::AnyOf { any_of } => self.check_variants("anyOf", any_of, value, path, ctx, out),
            SchemaKind::AllOf { all_of } => self.check_all_of(all_of, value, path, ctx, out),
            // Nothing in the spec uses `not`; accept rather than guess.
            SchemaKind::Not { .. } => {}
            SchemaKind::Any(any) => self.check_any(any, value, path, ctx, out),
        }
    }

    /// The catch-all schema form: any mix of keywords, possibly no `type`.
    fn check_any(&self, any: &'a AnySchema, value: &Value, path: &str, ctx: Ctx, out: &mut Vec<String>) {
        if let Some(typ) = any.typ.as_deref() {
            match type_matches(typ, value) {
                Some(true) => {}
                Some(false) => return out.push(mismatch(path, typ, value)),
                None => return out.push(format!("{path}: the schema has unknown type `{typ}`")),
            }
        }
        if !any.enumeration.is_empty() && !any.enumeration.contains(value) {
            out.push(not_in_enum(path, value, any.enumeration.iter()));
        }
        if let (Some(format), Some(text)) = (any.format.as_deref(), value.as_str())
            && let Some(problem) = format_problem(format, text)
        {
            out.push(format!("{path}: {problem}"));
        }
        if let Value::Object(map) = value {
            let view = ObjectView {
                properties: any.properties.iter().map(|(k, s)| (k.as_str(), SchemaRef::from(s))).collect(),
                required: &any.required,
                additional: any.additional_properties.as_ref(),
            };
            self.check_object(&view, map, path, ctx, out);
        }
        if let (Value::Array(items), Some(item_schema)) = (value, &any.items) {
            for (i, item) in items.iter().enumerate() {
                self.check_at(item_schema.into(), item, &format!("{path}[{i}]"), ctx.child_value(), out);
            }
        }
        if !any.one_of.is_empty() {
            self.check_variants("oneOf", &any.one_of, value, path, ctx, out);
        }
        if !any.any_of.is_empty() {
            self.check_variants("anyOf", &any.any_of, value, path, ctx, out);
        }
        self.check_all_of(&any.all_of, value, path, ctx, out);
    }

    fn check_object(
        &self,
        view: &ObjectView<'a>,
        map: &Map<String, Value>,
        path: &str,
        ctx: Ctx,
        out: &mut Vec<String>,
    ) {
        for name in view.required.iter().filter(|name| !map.contains_key(name.as_str())) {
            out.push(format!("{path}: missing required property `{name}`"));
        }
        for (key, item) in map {
            let declared = view.properties.iter().find(|(name, _)| name == key).map(|(_, s)| *s);
            let schema = declared.or(match view.additional {
                Some(AdditionalProperties::Schema(s)) => Some(SchemaRef::from(s.as_ref())),
                _ => None,
            });
            if let Some(schema) = schema {
                self.check_at(schema, item, &child_path(path, key), ctx.child_value(), out);
            }
        }
    }

    fn check_all_of(
        &self,
        parts: &'a [ReferenceOr<Schema>],
        value: &Value,
        path: &str,
        ctx: Ctx,
        out: &mut Vec<String>,
    ) {
        let part_ctx = Ctx { in_all_of_part: true, ..ctx.same_value() };
        for part in parts {
            self.check_at(part.into(), value, path, part_ctx, out);
        }
    }

    /// At least one variant must accept the value.
    fn check_variants(
        &self,
        keyword: &str,
        variants: &'a [ReferenceOr<Schema>],
        value: &Value,
        path: &str,
        ctx: Ctx,
        out: &mut Vec<String>,
    ) {
        let mut why_not = Vec::new();
        for (i, variant) in variants.iter().enumerate() {
            let mut problems = Vec::new();
            self.check_at(variant.into(), value, path, ctx.same_value(), &mut problems);
            if problems.is_empty() {
                return;
            }
            why_not.push(format!("{}: {}", variant_label(variant, i), problems[0]));
        }
        out.push(format!("{path}: matches no `{keyword}` variant ({})", why_not.join("; ")));
    }

    /// The property names an object value may carry under `schema`, or
    /// `None` when any name is acceptable. `as_part` is set for `allOf`
    /// parts, where an object schema without properties adds no names
    /// instead of meaning "free-form".
    fn declared(&self, schema: &'a Schema, as_part: bool, depth: usize) -> Option<BTreeSet<&'a str>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let open = |additional: Option<&AdditionalProperties>| {
            matches!(additional, Some(AdditionalProperties::Any(true) | AdditionalProperties::Schema(_)))
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                if open(o.additional_properties.as_ref()) || (o.properties.is_empty() && !as_part) {
                    return None;
                }
                Some(o.properties.keys().map(String::as_str).collect())
            }
            SchemaKind::AllOf { all_of } => self.declared_union(all_of, depth),
            SchemaKind::Any(any) => {
                if open(any.additional_properties.as_ref()) || !any.one_of.is_empty() || !any.any_of.is_empty() {
                    return None;
                }
                if any.properties.is_empty() && any.all_of.is_empty() && !as_part {
                    return None;
                }
                let mut names: BTreeSet<&str> = any.properties.keys().map(String::as_str).collect();
                if !any.all_of.is_empty() {
                    names.extend(self.declared_union(&any.all_of, depth)?);
                }
                Some(names)
            }
            _ => None,
        }
    }

    fn declared_union(&self, parts: &'a [ReferenceOr<Schema>], depth: usize) -> Option<BTreeSet<&'a str>> {
        let mut names = BTreeSet::new();
        for part in parts {
            let (schema, _) = self.resolver.schema(part.into()).ok()?;
            names.extend(self.declared(schema, true, depth + 1)?);
        }
        Some(names)
    }
}

/// How a `oneOf` variant is named in messages: its schema name or title.
fn variant_label(variant: &ReferenceOr<Schema>, index: usize) -> String {
    match variant {
        ReferenceOr::Reference { reference } => reference.rsplit('/').next().unwrap_or(reference).to_owned(),
        ReferenceOr::Item(schema) => schema.schema_data.title.clone().unwrap_or_else(|| format!("variant {index}")),
    }
}

/// `$.a.b` for plain keys, `$.a["odd key"]` otherwise.
fn child_path(path: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain { format!("{path}.{key}") } else { format!("{path}[{}]", Value::from(key)) }
}

fn is_integer(value: &Value) -> bool {
    value.is_i64() || value.is_u64()
}

/// Whether `value` has the JSON Schema type `typ`; `None` for unknown types.
fn type_matches(typ: &str, value: &Value) -> Option<bool> {
    Some(match typ {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => is_integer(value),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        _ => return None,
    })
}

/// The JSON type of a value, as named in messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) if is_integer(value) => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn mismatch(path: &str, expected: &str, value: &Value) -> String {
    format!("{path}: expected {expected}, got {}", kind_of(value))
}

fn not_in_enum<T: std::fmt::Display>(path: &str, value: &Value, allowed: impl Iterator<Item = T>) -> String {
    let allowed: Vec<String> = allowed.map(|v| v.to_string()).collect();
    format!("{path}: {value} is not one of the enum values ({})", allowed.join(", "))
}

/// Why `text` does not match a string `format`, for the formats the client
/// decodes into typed values.
fn format_problem(format: &str, text: &str) -> Option<String> {
    match format {
        "date-time" if !rfc3339::is_date_time(text) => {
            Some(format!("{} is not an RFC 3339 date-time", Value::from(text)))
        }
        "date" if !rfc3339::is_full_date(text) => {
            Some(format!("{} is not an RFC 3339 date (YYYY-MM-DD)", Value::from(text)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openapiv3::Components;
    use serde_json::json;

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
"#;
        serde_norway::from_str(yaml).unwrap()
    }

    fn check(name: &str, value: Value) -> Vec<String> {
        let components = components();
        let checker = ExampleChecker::new(Resolver::new(Some(&components)));
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
            "$: missing required property `id`",
            "$.n: expected integer, got string",
            "$.at: \"yesterday\" is not an RFC 3339 date-time",
            "$.kind: \"c\" is not one of the enum values (a, b)",
            "$.note: expected string, got integer",
            "$.tags[1]: expected string, got integer",
            "$.extra.k: expected boolean, got string",
            "$.wrapped: \"z\" is not one of the enum values (a, b)",
            "$: missing required property `more`",
        ];
        problems.sort();
        expected.sort();
        assert_eq!(problems, expected);
    }

    #[test]
    fn null_needs_nullable() {
        assert_eq!(check("Base", json!({"id": null})), ["$.id: expected string, got null"]);
    }

    #[test]
    fn int32_range_and_odd_keys() {
        assert_eq!(
            check("Base", json!({"id": "x", "n": 4_000_000_000u64})),
            ["$.n: 4000000000 does not fit `format: int32`"]
        );
        assert_eq!(
            check("Base", json!({"id": "x", "extra": {"m.image": 1}})),
            ["$.extra[\"m.image\"]: expected boolean, got integer"]
        );
    }

    #[test]
    fn one_of_needs_a_matching_variant() {
        let problems = check("Either", json!(3));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("$: matches no `oneOf` variant (Flag: $: expected boolean"), "{problems:?}");
    }

    #[test]
    fn self_containing_schemas_stop() {
        let problems = check("Loop", json!({}));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("nest too deeply"));
        // Unresolved references are the `$ref` rule's to report.
        assert!(check("Nope", json!(1)).is_empty());
    }
}
