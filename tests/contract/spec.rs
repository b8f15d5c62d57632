//! What openapi.yaml declares for each operation's request: query and header
//! parameters and top-level body properties, each marked required or not.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, Type};

/// One request field the spec declares.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub required: bool,
}

/// The request side of one operation.
#[derive(Debug, Clone)]
pub struct Shape {
    pub operation_id: String,
    pub query: Vec<Field>,
    pub headers: Vec<Field>,
    /// Top-level body properties; `None` when the operation takes no body.
    pub body: Option<Vec<Field>>,
}

/// Every operation of openapi.yaml, keyed by `"METHOD /path"`.
pub fn shapes() -> BTreeMap<String, Shape> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).expect("openapi.yaml");
    let spec: OpenAPI = serde_norway::from_str(&text).expect("openapi.yaml parses");
    let mut out = BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let item = item.as_item().expect("path items are inline");
        for (method, op) in item.iter() {
            let mut query = Vec::new();
            let mut headers = Vec::new();
            for param in item.parameters.iter().chain(&op.parameters) {
                let param = resolve_parameter(&spec, param);
                let data = param.parameter_data_ref();
                let field = Field { name: data.name.clone(), required: data.required };
                assert!(matches!(data.format, ParameterSchemaOrContent::Schema(_)), "{} uses content", data.name);
                match param {
                    Parameter::Query { .. } => query.push(field),
                    Parameter::Header { .. } => headers.push(field),
                    Parameter::Path { .. } => {}
                    Parameter::Cookie { .. } => panic!("cookie parameter {}", data.name),
                }
            }
            let body = op.request_body.as_ref().map(|body| {
                let body = body.as_item().expect("request bodies are inline");
                let (_, media) = body.content.first().expect("a request body has a media type");
                let schema = media.schema.as_ref().expect("a request body has a schema");
                let mut fields = Vec::new();
                collect_properties(&spec, schema, &mut fields);
                fields
            });
            let method = method.to_uppercase();
            let shape = Shape {
                operation_id: op.operation_id.clone().expect("every operation has an id"),
                query,
                headers,
                body,
            };
            out.insert(format!("{method} {path}"), shape);
        }
    }
    out
}

fn resolve_parameter<'a>(spec: &'a OpenAPI, param: &'a ReferenceOr<Parameter>) -> &'a Parameter {
    match param {
        ReferenceOr::Item(param) => param,
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/").expect("local parameter reference");
            let components = spec.components.as_ref().expect("components");
            resolve_parameter(spec, &components.parameters[name])
        }
    }
}

fn resolve_schema<'a>(spec: &'a OpenAPI, schema: &'a ReferenceOr<Schema>) -> &'a Schema {
    match schema {
        ReferenceOr::Item(schema) => schema,
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/schemas/").expect("local schema reference");
            let components = spec.components.as_ref().expect("components");
            resolve_schema(spec, &components.schemas[name])
        }
    }
}

/// Properties of an object schema, following `$ref` and `allOf`.
fn collect_properties(spec: &OpenAPI, schema: &ReferenceOr<Schema>, out: &mut Vec<Field>) {
    match &resolve_schema(spec, schema).schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            for name in object.properties.keys() {
                out.push(Field { name: name.clone(), required: object.required.contains(name) });
            }
        }
        SchemaKind::AllOf { all_of } => {
            for part in all_of {
                collect_properties(spec, part, out);
            }
        }
        other => panic!("request body schema is not an object: {other:?}"),
    }
}
