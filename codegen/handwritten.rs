//! The hand-written parts: operations progenitor cannot generate are taken
//! out of the spec, and schemas implemented in `src/` replace generated types.

use openapiv3::{OpenAPI, ReferenceOr};

use super::spec::slots_mut;

/// Extension marking an operation that progenitor cannot generate (multipart);
/// it stays documented in the spec and is implemented in `src/`.
pub const HANDWRITTEN_EXT: &str = "x-handwritten";

/// Named schemas implemented by hand in `src/` (wire shapes serde derives
/// cannot express). Each entry is `(schema name, Rust path)`.
pub const HANDWRITTEN_SCHEMAS: &[(&str, &str)] = &[
    ("NumericString", "crate::model::lenient::NumericString"),
    ("PatchString", "crate::model::patch::Patch<String>"),
    ("PatchInteger", "crate::model::patch::Patch<i64>"),
    ("PatchDraft", "crate::model::patch::Patch<crate::types::DraftInput>"),
    // Only a variant of `PatchDraft` (its `null`); `Patch::Clear` stands for it.
    ("ClearDraft", "()"),
    ("LoginStep", "crate::model::unions::LoginStep"),
    ("LoginDisplay", "crate::model::unions::LoginDisplay"),
    ("SetupResponse", "crate::model::unions::SetupResponse"),
    ("SecretString", "crate::secret::SecretString"),
];

/// Whether an operation is marked `x-handwritten: true`.
pub fn is_handwritten(op: &openapiv3::Operation) -> bool {
    op.extensions.get(HANDWRITTEN_EXT) == Some(&serde_json::Value::Bool(true))
}

/// Takes the `x-handwritten` operations out of the spec progenitor sees:
/// progenitor cannot generate multipart bodies; those operations are
/// documented in the spec and implemented in `src/`.
pub(super) fn drop_operations(spec: &mut OpenAPI) {
    for (_, item) in spec.paths.paths.iter_mut() {
        if let ReferenceOr::Item(item) = item {
            for (_, op) in slots_mut(item) {
                if op.as_ref().is_some_and(is_handwritten) {
                    *op = None;
                }
            }
        }
    }
}

/// Hand-written replacements that are plain paths are re-exported, so
/// `types::LoginStep` works like any generated type.
pub(super) fn reexport(types: &mut Vec<syn::Item>) -> Result<(), String> {
    for (_, path) in HANDWRITTEN_SCHEMAS.iter().filter(|(_, path)| path.starts_with("crate::") && !path.contains('<')) {
        let path: syn::Path = syn::parse_str(path).map_err(|e| format!("bad hand-written path {path}: {e}"))?;
        types.push(syn::parse_quote!(pub use #path;));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::{operations, parse_spec};

    #[test]
    fn handwritten_operations_are_taken_out_and_the_others_stay() {
        let mut spec = parse_spec(
            "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1/assets/upload:
    post: {operationId: uploadAsset, x-handwritten: true, responses: {'200': {description: ok}}}
    get: {operationId: listUploads, responses: {'200': {description: ok}}}
",
        )
        .unwrap();
        drop_operations(&mut spec);
        let left: Vec<(&str, Option<&str>)> = spec
            .paths
            .paths
            .values()
            .filter_map(|item| item.as_item())
            .flat_map(operations)
            .map(|(method, op)| (method, op.operation_id.as_deref()))
            .collect();
        assert_eq!(left, [("get", Some("listUploads"))]);
    }

    #[test]
    fn plain_handwritten_paths_are_reexported() {
        let mut types = Vec::new();
        reexport(&mut types).unwrap();
        let uses: Vec<String> = types.iter().map(|i| quote::quote!(#i).to_string().replace(' ', "")).collect();
        assert!(uses.contains(&"pubusecrate::model::unions::LoginStep;".to_owned()), "{uses:?}");
        // Generic replacements (`Patch<String>`) and `()` are not paths to re-export.
        assert!(uses.iter().all(|u| !u.contains('<') && !u.contains("()")), "{uses:?}");
    }
}
