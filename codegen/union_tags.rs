//! Tagged unions: the `discriminator` mappings of `oneOf` schemas, and the
//! tag property dropped from the variants of the hand-written unions.

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

use super::handwritten::HANDWRITTEN_SCHEMAS;

/// The tag of one variant of a `oneOf` with a `discriminator`: variant
/// `variant` of `union` is the one whose `property` is `value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnionTag {
    pub union: String,
    pub variant: String,
    pub property: String,
    pub value: String,
}

/// Every `discriminator.mapping` entry of the component schemas, in spec
/// order. A mapping target that is not a component schema is an error.
pub fn union_tags(spec: &OpenAPI) -> Result<Vec<UnionTag>, String> {
    let mut out = Vec::new();
    let Some(components) = &spec.components else { return Ok(out) };
    for (union, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        let Some(d) = &schema.schema_data.discriminator else { continue };
        for (value, target) in &d.mapping {
            let variant = target
                .strip_prefix("#/components/schemas/")
                .filter(|name| components.schemas.contains_key(*name))
                .ok_or_else(|| {
                    format!("schema {union}: discriminator maps `{value}` to `{target}`, not a component schema")
                })?;
            out.push(UnionTag {
                union: union.clone(),
                variant: variant.to_owned(),
                property: d.property_name.clone(),
                value: value.clone(),
            });
        }
    }
    Ok(out)
}

/// Drops the tag property from the variants of the hand-written tagged
/// unions: the union enum holds the tag (its `kind()`), and writes it when
/// serializing, so a `kind` field on the variant struct could only disagree.
pub(super) fn drop_union_tags(spec: &mut OpenAPI) -> Result<usize, String> {
    let tags = union_tags(spec)?;
    let schemas = spec.components.as_mut().map(|c| &mut c.schemas).ok_or("the spec has no components")?;
    let mut dropped = 0;
    let mut done = std::collections::BTreeSet::new();
    for tag in tags.iter().filter(|t| HANDWRITTEN_SCHEMAS.iter().any(|(name, _)| *name == t.union)) {
        // src/unions.rs reads the tag from `type`.
        if tag.property != "type" {
            return Err(format!(
                "schema {}: the hand-written union reads its tag from `type`, not `{}`",
                tag.union, tag.property
            ));
        }
        // Two mapping values may name one variant; drop its tag once.
        if !done.insert(tag.variant.as_str()) {
            continue;
        }
        let Some(ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Object(object)), .. })) =
            schemas.get_mut(&tag.variant)
        else {
            return Err(format!("schema {}: a variant of {} must be an inline `type: object`", tag.variant, tag.union));
        };
        if object.properties.shift_remove(&tag.property).is_none() {
            return Err(format!("schema {}: no `{}` property, the tag of {}", tag.variant, tag.property, tag.union));
        }
        object.required.retain(|name| *name != tag.property);
        dropped += 1;
    }
    Ok(dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::parse_spec;

    /// `LoginStep` (a hand-written union) with two variants; `done` and
    /// `finished` both map to `Done`.
    fn spec(property: &str, done_target: &str) -> OpenAPI {
        parse_spec(&format!(
            "openapi: 3.0.3
info: {{title: t, version: '1'}}
paths: {{}}
components:
  schemas:
    LoginStep:
      oneOf: [{{$ref: '#/components/schemas/Done'}}, {{$ref: '#/components/schemas/Ask'}}]
      discriminator:
        propertyName: {property}
        mapping: {{done: '{done_target}', finished: '{done_target}', ask: '#/components/schemas/Ask'}}
    Done:
      type: object
      required: [type, id]
      properties: {{type: {{type: string}}, id: {{type: string}}}}
    Ask:
      type: object
      properties: {{type: {{type: string}}, prompt: {{type: string}}}}
"
        ))
        .unwrap()
    }

    fn properties(spec: &OpenAPI, name: &str) -> (Vec<String>, Vec<String>) {
        let Some(ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Object(o)), .. })) =
            spec.components.as_ref().unwrap().schemas.get(name)
        else {
            panic!("{name} is not an object")
        };
        (o.properties.keys().cloned().collect(), o.required.clone())
    }

    #[test]
    fn mappings_are_listed_in_spec_order() {
        let tags = union_tags(&spec("type", "#/components/schemas/Done")).unwrap();
        let values: Vec<(&str, &str)> = tags.iter().map(|t| (t.value.as_str(), t.variant.as_str())).collect();
        assert_eq!(values, [("done", "Done"), ("finished", "Done"), ("ask", "Ask")]);
        assert!(tags.iter().all(|t| t.union == "LoginStep" && t.property == "type"));
    }

    #[test]
    fn the_tag_is_dropped_once_from_each_variant() {
        let mut spec = spec("type", "#/components/schemas/Done");
        assert_eq!(drop_union_tags(&mut spec).unwrap(), 2);
        assert_eq!(properties(&spec, "Done"), (vec!["id".to_owned()], vec!["id".to_owned()]));
        assert_eq!(properties(&spec, "Ask").0, ["prompt"]);
    }

    #[test]
    fn bad_unions_are_errors() {
        let err = union_tags(&spec("type", "#/components/schemas/Nowhere")).unwrap_err();
        assert!(err.contains("not a component schema"), "{err}");
        let err = drop_union_tags(&mut spec("kind", "#/components/schemas/Done")).unwrap_err();
        assert!(err.contains("reads its tag from `type`"), "{err}");
    }
}
