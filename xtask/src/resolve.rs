//! `$ref` resolution against `components`, and the direct subschemas of a
//! schema.
//!
//! Resolution never panics: a missing target, a reference into the wrong
//! component kind and a reference cycle are all [`RefError`]s.

use openapiv3::{
    AdditionalProperties, Components, Example, Parameter, ReferenceOr, RequestBody, Response, Schema, SchemaKind, Type,
};

/// Longest chain of component-to-component references followed before
/// calling it a cycle.
const MAX_REF_CHAIN: usize = 32;

/// Why a `$ref` could not be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefError {
    /// The target does not exist. The raw-document walk reports these once,
    /// so typed walks skip them.
    Missing(String),
    /// The reference does not point into the expected component kind.
    WrongKind(String),
    /// Components refer to each other in a loop.
    Cycle(String),
}

impl RefError {
    /// A one-line description.
    pub fn message(&self) -> String {
        match self {
            RefError::Missing(r) => format!("`$ref` `{r}` does not resolve"),
            RefError::WrongKind(m) | RefError::Cycle(m) => m.clone(),
        }
    }
}

/// A schema position: a reference or an inline schema. Covers both
/// `ReferenceOr<Schema>` and the boxed form used by properties and items.
#[derive(Clone, Copy, Debug)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Schema>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Item(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Box<Schema>>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Item(schema),
        }
    }
}

/// The component name of `reference` if it has the form
/// `#/components/<kind>/<name>`.
pub fn ref_name<'r>(reference: &'r str, kind: &str) -> Result<&'r str, RefError> {
    reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.strip_prefix(kind))
        .and_then(|rest| rest.strip_prefix('/'))
        .filter(|name| !name.is_empty() && !name.contains('/'))
        .ok_or_else(|| {
            RefError::WrongKind(format!("`$ref` `{reference}` must have the form `#/components/{kind}/<name>`"))
        })
}

/// A component kind that operations refer to with `$ref`.
pub trait Component: Sized {
    /// The key under `components`.
    const KIND: &'static str;
    /// The named entry, if present.
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>>;
}

impl Component for Parameter {
    const KIND: &'static str = "parameters";
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
        components.parameters.get(name)
    }
}

impl Component for Response {
    const KIND: &'static str = "responses";
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
        components.responses.get(name)
    }
}

impl Component for RequestBody {
    const KIND: &'static str = "requestBodies";
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
        components.request_bodies.get(name)
    }
}

impl Component for Example {
    const KIND: &'static str = "examples";
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
        components.examples.get(name)
    }
}

/// Resolves references against one document's components.
#[derive(Clone, Copy)]
pub struct Resolver<'a> {
    components: Option<&'a Components>,
}

impl<'a> Resolver<'a> {
    pub fn new(components: Option<&'a Components>) -> Self {
        Resolver { components }
    }

    /// Follows `item` (and any component that is itself a reference) to the
    /// object it stands for.
    pub fn component<T: Component>(&self, item: &'a ReferenceOr<T>) -> Result<&'a T, RefError> {
        let mut current = item;
        for _ in 0..MAX_REF_CHAIN {
            match current {
                ReferenceOr::Item(value) => return Ok(value),
                ReferenceOr::Reference { reference } => {
                    let name = ref_name(reference, T::KIND)?;
                    current = self
                        .components
                        .and_then(|c| T::lookup(c, name))
                        .ok_or_else(|| RefError::Missing(reference.clone()))?;
                }
            }
        }
        Err(RefError::Cycle(format!("`{}` references form a cycle", T::KIND)))
    }

    /// The named component schema, unresolved.
    pub fn named_schema(&self, name: &str) -> Option<&'a ReferenceOr<Schema>> {
        self.components.and_then(|c| c.schemas.get(name))
    }
}

/// The direct subschemas of `schema`, each with a label for locations
/// (`properties.id`, `items`, `oneOf[1]`, ...).
pub fn children(schema: &Schema) -> Vec<(String, SchemaRef<'_>)> {
    let mut out = Vec::new();
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            out.extend(o.properties.iter().map(|(k, s)| (format!("properties.{k}"), SchemaRef::from(s))));
            push_additional(&mut out, o.additional_properties.as_ref());
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(items) = &a.items {
                out.push(("items".to_owned(), SchemaRef::from(items)));
            }
        }
        SchemaKind::Type(_) => {}
        SchemaKind::OneOf { one_of } => push_list(&mut out, "oneOf", one_of),
        SchemaKind::AllOf { all_of } => push_list(&mut out, "allOf", all_of),
        SchemaKind::AnyOf { any_of } => push_list(&mut out, "anyOf", any_of),
        SchemaKind::Not { not } => out.push(("not".to_owned(), SchemaRef::from(not.as_ref()))),
        SchemaKind::Any(a) => {
            out.extend(a.properties.iter().map(|(k, s)| (format!("properties.{k}"), SchemaRef::from(s))));
            push_additional(&mut out, a.additional_properties.as_ref());
            if let Some(items) = &a.items {
                out.push(("items".to_owned(), SchemaRef::from(items)));
            }
            push_list(&mut out, "oneOf", &a.one_of);
            push_list(&mut out, "allOf", &a.all_of);
            push_list(&mut out, "anyOf", &a.any_of);
            if let Some(not) = &a.not {
                out.push(("not".to_owned(), SchemaRef::from(not.as_ref())));
            }
        }
    }
    out
}

fn push_additional<'a>(out: &mut Vec<(String, SchemaRef<'a>)>, additional: Option<&'a AdditionalProperties>) {
    if let Some(AdditionalProperties::Schema(s)) = additional {
        out.push(("additionalProperties".to_owned(), SchemaRef::from(s.as_ref())));
    }
}

fn push_list<'a>(out: &mut Vec<(String, SchemaRef<'a>)>, key: &str, items: &'a [ReferenceOr<Schema>]) {
    out.extend(items.iter().enumerate().map(|(i, s)| (format!("{key}[{i}]"), SchemaRef::from(s))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ref_names_need_the_right_kind() {
        assert_eq!(ref_name("#/components/schemas/Chat", "schemas"), Ok("Chat"));
        assert!(matches!(ref_name("#/components/parameters/Chat", "schemas"), Err(RefError::WrongKind(_))));
        assert!(ref_name("#/components/schemas/", "schemas").is_err());
        assert!(ref_name("#/components/schemas/A/B", "schemas").is_err());
        assert!(ref_name("other.yaml#/components/schemas/A", "schemas").is_err());
    }
    #[test]
    fn component_cycles_are_errors() {
        let components: Components = serde_json::from_value(serde_json::json!({
            "parameters": {"A": {"$ref": "#/components/parameters/B"}, "B": {"$ref": "#/components/parameters/A"}}
        }))
        .unwrap();
        let resolver = Resolver::new(Some(&components));
        let start = ReferenceOr::<Parameter>::Reference { reference: "#/components/parameters/A".into() };
        assert!(matches!(resolver.component(&start), Err(RefError::Cycle(_))));
        let missing = ReferenceOr::<Parameter>::Reference { reference: "#/components/parameters/C".into() };
        assert!(matches!(resolver.component(&missing), Err(RefError::Missing(_))));
    }
}
