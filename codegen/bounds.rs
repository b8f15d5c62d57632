//! Value bounds of the spec (`minimum`/`maximum`, `minLength`, `minItems`,
//! `default`, ...): kept out of the generated types, and turned into the
//! parameter checks `send` runs before anything is sent.
//!
//! typify turns a bounded schema into a constrained newtype (a `minLength`
//! string becomes its own struct, `minimum: 1` a `NonZero` integer) and a
//! `default` into a non-optional field. The client keeps plain types: the
//! facts stay in `openapi.yaml` for readers and tools, and progenitor sees
//! the spec without them. `minimum: 0` alone stays: it is what makes a
//! count `u64`.

use std::collections::BTreeMap;

use openapiv3::{
    AdditionalProperties, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, Type,
};

use super::names::snake_case;
use super::spec::{operations, slots_mut};

/// Takes value bounds and defaults out of every schema of the spec (see the
/// module docs); `minimum: 0` stays.
pub(super) fn strip_bounds(spec: &mut OpenAPI) {
    if let Some(components) = &mut spec.components {
        components.schemas.values_mut().for_each(strip_ref);
        components.parameters.values_mut().for_each(|p| {
            if let ReferenceOr::Item(p) = p {
                strip_parameter(p);
            }
        });
    }
    for (_, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        item.parameters.iter_mut().for_each(|p| {
            if let ReferenceOr::Item(p) = p {
                strip_parameter(p);
            }
        });
        for (_, op) in slots_mut(item) {
            let Some(op) = op else { continue };
            op.parameters.iter_mut().for_each(|p| {
                if let ReferenceOr::Item(p) = p {
                    strip_parameter(p);
                }
            });
            if let Some(ReferenceOr::Item(body)) = &mut op.request_body {
                body.content.values_mut().filter_map(|m| m.schema.as_mut()).for_each(strip_ref);
            }
            for response in op.responses.responses.values_mut().chain(op.responses.default.as_mut()) {
                if let ReferenceOr::Item(response) = response {
                    response.content.values_mut().filter_map(|m| m.schema.as_mut()).for_each(strip_ref);
                }
            }
        }
    }
}

fn strip_parameter(parameter: &mut Parameter) {
    let data = match parameter {
        Parameter::Query { parameter_data, .. }
        | Parameter::Header { parameter_data, .. }
        | Parameter::Path { parameter_data, .. }
        | Parameter::Cookie { parameter_data, .. } => parameter_data,
    };
    if let ParameterSchemaOrContent::Schema(schema) = &mut data.format {
        strip_ref(schema);
    }
}

fn strip_ref(schema: &mut ReferenceOr<Schema>) {
    if let ReferenceOr::Item(schema) = schema {
        strip(schema);
    }
}

fn strip_boxed(schema: &mut ReferenceOr<Box<Schema>>) {
    if let ReferenceOr::Item(schema) = schema {
        strip(schema);
    }
}

fn strip(schema: &mut Schema) {
    schema.schema_data.default = None;
    match &mut schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            s.min_length = None;
            s.max_length = None;
        }
        SchemaKind::Type(Type::Integer(i)) => {
            if i.minimum != Some(0) {
                i.minimum = None;
            }
            i.maximum = None;
            i.exclusive_minimum = false;
            i.exclusive_maximum = false;
        }
        SchemaKind::Type(Type::Number(n)) => {
            n.minimum = None;
            n.maximum = None;
            n.exclusive_minimum = false;
            n.exclusive_maximum = false;
        }
        SchemaKind::Type(Type::Array(a)) => {
            a.min_items = None;
            a.max_items = None;
            if let Some(items) = &mut a.items {
                strip_boxed(items);
            }
        }
        SchemaKind::Type(Type::Object(o)) => {
            o.properties.values_mut().for_each(strip_boxed);
            if let Some(AdditionalProperties::Schema(extra)) = &mut o.additional_properties {
                strip_ref(extra);
            }
        }
        SchemaKind::Type(Type::Boolean(_)) => {}
        SchemaKind::OneOf { one_of: all } | SchemaKind::AllOf { all_of: all } | SchemaKind::AnyOf { any_of: all } => {
            all.iter_mut().for_each(strip_ref);
        }
        SchemaKind::Not { not } => strip_ref(not),
        SchemaKind::Any(any) => {
            if any.minimum != Some(0.0) {
                any.minimum = None;
            }
            any.maximum = None;
            any.exclusive_minimum = None;
            any.exclusive_maximum = None;
            any.min_length = None;
            any.max_length = None;
            any.min_items = None;
            any.max_items = None;
            any.properties.values_mut().for_each(strip_boxed);
            if let Some(items) = &mut any.items {
                strip_boxed(items);
            }
            if let Some(AdditionalProperties::Schema(extra)) = &mut any.additional_properties {
                strip_ref(extra);
            }
            any.one_of.iter_mut().chain(&mut any.all_of).chain(&mut any.any_of).for_each(strip_ref);
            if let Some(not) = &mut any.not {
                strip_ref(not);
            }
        }
    }
}

/// A bound on one parameter that `send` checks.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Bound {
    /// An integer from `min` to `max` (either end may be open).
    Range(Option<i64>, Option<i64>),
    /// A string that may not be empty (`minLength: 1`).
    NonEmpty,
}

/// A bounded query or path parameter of one operation.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ParamBound {
    /// The name on the wire, e.g. `maxParticipantCount`.
    pub(super) wire: String,
    /// Whether the builder holds it as `Result<T, _>` (required) rather
    /// than `Result<Option<T>, _>`.
    pub(super) required: bool,
    /// What is checked.
    pub(super) bound: Bound,
}

/// The bounded parameters of every operation (snake_case id → bounds), read
/// from the spec with its bounds.
pub(super) fn parameter_bounds(spec: &OpenAPI) -> BTreeMap<String, Vec<ParamBound>> {
    let resolve = |p: &ReferenceOr<Parameter>| -> Option<Parameter> {
        match p {
            ReferenceOr::Item(p) => Some(p.clone()),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/parameters/")?;
                match spec.components.as_ref()?.parameters.get(name)? {
                    ReferenceOr::Item(p) => Some(p.clone()),
                    ReferenceOr::Reference { .. } => None,
                }
            }
        }
    };
    let mut out = BTreeMap::new();
    for (_, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (_, op) in operations(item) {
            let Some(id) = &op.operation_id else { continue };
            let mut bounds = Vec::new();
            for param in item.parameters.iter().chain(&op.parameters).filter_map(&resolve) {
                let (data, in_path) = match &param {
                    Parameter::Query { parameter_data, .. } => (parameter_data, false),
                    Parameter::Path { parameter_data, .. } => (parameter_data, true),
                    _ => continue,
                };
                let ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) = &data.format else { continue };
                let bound = match &schema.schema_kind {
                    SchemaKind::Type(Type::Integer(int)) if int.minimum.is_some() || int.maximum.is_some() => {
                        Bound::Range(int.minimum, int.maximum)
                    }
                    // Empty path IDs are refused by the path-ID check already.
                    SchemaKind::Type(Type::String(s)) if s.min_length.is_some_and(|n| n > 0) && !in_path => {
                        Bound::NonEmpty
                    }
                    _ => continue,
                };
                bounds.push(ParamBound { wire: data.name.clone(), required: data.required, bound });
            }
            if !bounds.is_empty() {
                out.insert(snake_case(id), bounds);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /f/{key}:
    parameters:
      - {name: key, in: path, required: true, schema: {type: string, minLength: 1}}
    get:
      operationId: getF
      parameters:
        - {name: limit, in: query, schema: {type: integer, format: int32, minimum: 1, maximum: 20, default: 20}}
        - {name: q, in: query, required: true, schema: {type: string, minLength: 1}}
        - {name: free, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  default: {type: integer, minimum: 0, maximum: 9}
                  names: {type: array, minItems: 1, items: {type: string, maxLength: 3}}
              example: {default: 1, maximum: 2}
"#;

    #[test]
    fn bounds_are_read_per_operation() {
        let spec = super::super::spec::parse_spec(SPEC).unwrap();
        let bounds = parameter_bounds(&spec);
        assert_eq!(
            bounds["get_f"],
            [
                ParamBound { wire: "limit".into(), required: false, bound: Bound::Range(Some(1), Some(20)) },
                ParamBound { wire: "q".into(), required: true, bound: Bound::NonEmpty },
            ]
        );
    }

    #[test]
    fn stripping_keeps_examples_and_a_zero_minimum() {
        let mut spec = super::super::spec::parse_spec(SPEC).unwrap();
        strip_bounds(&mut spec);
        let plain = serde_json::to_value(&spec).unwrap();
        let op = &plain["paths"]["/f/{key}"]["get"];
        assert_eq!(op["parameters"][0]["schema"], serde_json::json!({"type": "integer", "format": "int32"}));
        assert_eq!(op["parameters"][1]["schema"], serde_json::json!({"type": "string"}));
        let media = &op["responses"]["200"]["content"]["application/json"];
        let props = &media["schema"]["properties"];
        assert_eq!(props["default"], serde_json::json!({"type": "integer", "minimum": 0}));
        assert_eq!(props["names"], serde_json::json!({"type": "array", "items": {"type": "string"}}));
        assert_eq!(media["example"], serde_json::json!({"default": 1, "maximum": 2}));
        assert_eq!(plain["paths"]["/f/{key}"]["parameters"][0]["schema"], serde_json::json!({"type": "string"}));
    }
}
