//! Rules on schemas: no `anyOf`, no `additionalProperties: false`, named
//! `oneOf` variants, exclusive tagged unions, named string enums, tolerant
//! enums wherever a response can carry them, and valid schema-level examples.

use std::collections::{HashMap, HashSet, VecDeque};

use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use crate::codegen::{self, TOLERANT_EXT, UnionTag};
use crate::example_check::ExampleChecker;
use crate::findings::{Findings, Rule};
use crate::resolve::{Resolver, SchemaRef, children, ref_name};

/// A schema a response body is decoded with, and where it was found.
pub struct ResponseRoot<'a> {
    pub location: String,
    pub schema: SchemaRef<'a>,
}

/// Where the per-schema rules look, and what they let pass.
struct Walk<'a> {
    checker: &'a ExampleChecker,
    /// Locations of union tags (one-value inline enums allowed there).
    tag_sites: HashSet<String>,
}

/// Walks every component schema, and everything inline inside it, and
/// checks the tagged unions.
pub fn check_components(spec: &OpenAPI, checker: &ExampleChecker, findings: &mut Findings) {
    let Some(components) = &spec.components else { return };
    let tags = match codegen::union_tags(spec) {
        Ok(tags) => {
            check_union_tags(spec, &tags, findings);
            tags
        }
        // One bad mapping target is reported alone; the union rules would
        // only repeat it.
        Err(message) => {
            findings.add("components", message, Rule::Discriminator);
            Vec::new()
        }
    };
    let tag_sites = tags.iter().map(|t| format!("schema {}.properties.{}", t.variant, t.property)).collect();
    let walk = Walk { checker, tag_sites };
    for (name, schema) in &components.schemas {
        walk.walk(&format!("schema {name}"), schema.into(), true, findings);
    }
}

/// Walks a schema written inline outside `components.schemas` (in a
/// parameter, body or response). `location` names the position.
pub fn check_inline(location: &str, schema: SchemaRef<'_>, checker: &ExampleChecker, findings: &mut Findings) {
    Walk { checker, tag_sites: HashSet::new() }.walk(location, schema, false, findings);
}

impl Walk<'_> {
    /// Applies the per-schema rules to `schema` and its inline subschemas;
    /// references are not followed (their targets are walked as components).
    fn walk(&self, location: &str, schema: SchemaRef<'_>, named: bool, findings: &mut Findings) {
        let SchemaRef::Item(item) = schema else { return };
        let is_tag = self.tag_sites.contains(location);
        node_rules(location, item, named || is_tag, findings);
        if let Some(example) = &item.schema_data.example {
            for problem in self.checker.check(schema, example) {
                findings.add(format!("example of {location}"), problem, Rule::Example);
            }
        }
        for (label, child) in children(item) {
            self.walk(&format!("{location}.{label}"), child, false, findings);
        }
    }
}

/// A `discriminator` is only a hint to generators; JSON Schema validators
/// (schemathesis among them) apply `oneOf` alone. So the mapping must name
/// exactly the `oneOf` variants, and each variant must require its tag and
/// pin it with a one-value `enum`, or one object could match two variants.
fn check_union_tags(spec: &OpenAPI, tags: &[UnionTag], findings: &mut Findings) {
    let Some(components) = &spec.components else { return };
    for (union, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        if schema.schema_data.discriminator.is_none() {
            continue;
        }
        let mapped: Vec<&str> = tags.iter().filter(|t| t.union == *union).map(|t| t.variant.as_str()).collect();
        let one_of: &[ReferenceOr<Schema>] = match &schema.schema_kind {
            SchemaKind::OneOf { one_of } => one_of,
            SchemaKind::Any(a) => &a.one_of,
            _ => &[],
        };
        let variants: Vec<&str> = one_of
            .iter()
            .filter_map(|v| match v {
                ReferenceOr::Reference { reference } => ref_name(reference, "schemas").ok(),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        if variants.len() != one_of.len() {
            findings.add(
                format!("schema {union}"),
                "every `oneOf` variant of a tagged union is a `$ref`",
                Rule::Discriminator,
            );
        }
        for variant in variants.iter().filter(|v| !mapped.contains(v)) {
            findings.add(
                format!("schema {union}"),
                format!("`oneOf` variant {variant} has no `discriminator.mapping` entry"),
                Rule::Discriminator,
            );
        }
        for variant in mapped.iter().filter(|v| !variants.contains(v)) {
            findings.add(
                format!("schema {union}"),
                format!("`discriminator.mapping` names {variant}, which is not a `oneOf` variant"),
                Rule::Discriminator,
            );
        }
    }
    for tag in tags {
        let location = format!("schema {}", tag.variant);
        let Some(ReferenceOr::Item(variant)) = components.schemas.get(&tag.variant) else { continue };
        let SchemaKind::Type(Type::Object(object)) = &variant.schema_kind else {
            findings.add(location, format!("a variant of {} must be `type: object`", tag.union), Rule::Discriminator);
            continue;
        };
        let pinned = object.properties.get(&tag.property).is_some_and(|p| match p {
            ReferenceOr::Item(p) => string_enum(p).is_some_and(|values| values == [tag.value.as_str()]),
            ReferenceOr::Reference { .. } => false,
        });
        if !pinned || !object.required.contains(&tag.property) {
            findings.add(
                location,
                format!(
                    "the tag of {} must be required and declared `{}: {{type: string, enum: [{}]}}`",
                    tag.union, tag.property, tag.value
                ),
                Rule::Discriminator,
            );
        }
    }
}

/// The values of a string enum, or `None` for any other schema.
fn string_enum(schema: &Schema) -> Option<Vec<String>> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
            Some(s.enumeration.iter().map(|v| v.clone().unwrap_or_else(|| "null".to_owned())).collect())
        }
        SchemaKind::Any(a)
            if !a.enumeration.is_empty()
                && (a.typ.as_deref() == Some("string")
                    || a.enumeration.iter().all(|v| v.is_string() || v.is_null())) =>
        {
            Some(a.enumeration.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned)).collect())
        }
        _ => None,
    }
}

fn is_tolerant(schema: &Schema) -> bool {
    schema.schema_data.extensions.get(TOLERANT_EXT) == Some(&Value::Bool(true))
}

fn node_rules(location: &str, schema: &Schema, named: bool, findings: &mut Findings) {
    let kind = &schema.schema_kind;

    let has_any_of = match kind {
        SchemaKind::AnyOf { .. } => true,
        SchemaKind::Any(a) => !a.any_of.is_empty(),
        _ => false,
    };
    if has_any_of {
        findings.add(location, "`anyOf` is not allowed (progenitor generates a broken type); use `oneOf`", Rule::AnyOf);
    }

    let additional = match kind {
        SchemaKind::Type(Type::Object(o)) => o.additional_properties.as_ref(),
        SchemaKind::Any(a) => a.additional_properties.as_ref(),
        _ => None,
    };
    if matches!(additional, Some(AdditionalProperties::Any(false))) {
        findings.add(
            location,
            "`additionalProperties: false` is not allowed (the client would reject any field a newer server adds)",
            Rule::AdditionalProperties,
        );
    }

    let one_of: &[ReferenceOr<Schema>] = match kind {
        SchemaKind::OneOf { one_of } => one_of,
        SchemaKind::Any(a) => &a.one_of,
        _ => &[],
    };
    for (i, variant) in one_of.iter().enumerate() {
        if let ReferenceOr::Item(v) = variant
            && v.schema_data.title.as_deref().is_none_or(|t| t.trim().is_empty())
        {
            findings.add(
                format!("{location}.oneOf[{i}]"),
                "an inline `oneOf` variant needs a `title` (it names the Rust variant), or make it a `$ref`",
                Rule::OneOf,
            );
        }
    }

    let values = string_enum(schema);
    if let (Some(values), false) = (&values, named) {
        findings.add(
            location,
            format!(
                "inline string `enum` [{}]; declare it as a named schema under `components.schemas` and `$ref` it",
                values.join(", ")
            ),
            Rule::InlineEnum,
        );
    }

    if let Some(marker) = schema.schema_data.extensions.get(TOLERANT_EXT) {
        if marker != &Value::Bool(true) {
            findings.add(location, format!("`{TOLERANT_EXT}` must be `true`, found `{marker}`"), Rule::TolerantEnum);
        }
        let plain_string_enum = matches!(kind, SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty());
        if !named || !plain_string_enum {
            findings.add(
                location,
                format!("`{TOLERANT_EXT}` is only allowed on a named `type: string` schema with an `enum`"),
                Rule::TolerantEnum,
            );
        } else if schema.schema_data.nullable || values.is_some_and(|v| v.iter().any(|x| x == "null")) {
            findings.add(
                location,
                "a tolerant enum cannot be nullable (it decodes from strings only); make the use site \
                 `nullable: true` with `allOf: [$ref]` instead",
                Rule::TolerantEnum,
            );
        }
    }
}

/// Every string enum a response body can contain must be tolerant, so a
/// value added by a newer server does not fail the whole response.
pub fn check_response_enums(spec: &OpenAPI, roots: &[ResponseRoot<'_>], findings: &mut Findings) {
    let Some(components) = &spec.components else { return };
    let resolver = Resolver::new(Some(components));
    // For each reached component: the root that reached it first and the
    // component it was reached from (`None` when directly from the root).
    let mut reached: HashMap<&str, (usize, Option<&str>)> = HashMap::new();
    let mut queue = VecDeque::new();
    for (index, root) in roots.iter().enumerate() {
        for name in referenced_names(root.schema) {
            if !reached.contains_key(name) {
                reached.insert(name, (index, None));
                queue.push_back(name);
            }
        }
    }
    while let Some(name) = queue.pop_front() {
        let Some(schema) = resolver.named_schema(name) else { continue };
        let root = reached[name].0;
        for next in referenced_names(schema.into()) {
            if !reached.contains_key(next) {
                reached.insert(next, (root, Some(name)));
                queue.push_back(next);
            }
        }
    }

    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        let Some(&(root, _)) = reached.get(name.as_str()) else { continue };
        if string_enum(schema).is_none() || is_tolerant(schema) {
            continue;
        }
        let mut chain = vec![name.as_str()];
        let mut current = name.as_str();
        while let Some(&(_, Some(parent))) = reached.get(current) {
            if chain.contains(&parent) {
                break;
            }
            chain.push(parent);
            current = parent;
        }
        chain.reverse();
        findings.add(
            format!("schema {name}"),
            format!(
                "string enum reachable from the response {} (via {}) must carry `{TOLERANT_EXT}: true`",
                roots[root].location,
                chain.join(" → ")
            ),
            Rule::TolerantEnum,
        );
    }
}

/// Names of the component schemas `schema` refers to, directly or through
/// inline subschemas.
fn referenced_names(schema: SchemaRef<'_>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut stack = vec![schema];
    while let Some(current) = stack.pop() {
        match current {
            SchemaRef::Ref(reference) => {
                if let Ok(name) = ref_name(reference, "schemas") {
                    out.push(name);
                }
            }
            SchemaRef::Item(item) => stack.extend(children(item).into_iter().map(|(_, child)| child)),
        }
    }
    out
}
