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
