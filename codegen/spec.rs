//! Reading the spec: parsing `openapi.yaml` and walking its operations.

use openapiv3::OpenAPI;

/// The HTTP methods progenitor generates, with their lowercase names.
pub fn operations(item: &openapiv3::PathItem) -> impl Iterator<Item = (&'static str, &openapiv3::Operation)> {
    [
        ("get", &item.get),
        ("put", &item.put),
        ("post", &item.post),
        ("delete", &item.delete),
        ("options", &item.options),
        ("head", &item.head),
        ("patch", &item.patch),
        ("trace", &item.trace),
    ]
    .into_iter()
    .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
}

/// Parses the YAML text of the spec.
pub fn parse_spec(text: &str) -> Result<OpenAPI, String> {
    serde_norway::from_str(text).map_err(|e| format!("openapi.yaml is not a valid OpenAPI 3.0 document: {e}"))
}
