//! The operation table: per-operation facts read from the spec (method,
//! path, authentication, `Accept`) compiled into the client's `spec` module.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr};
use quote::quote;

use super::names::snake_case;
use super::spec::operations;

/// One row of the operation table compiled into the client.
pub struct OperationRow {
    pub method: String,
    pub path: String,
    /// False for operations declared with `security: []`.
    pub authenticated: bool,
    /// The token is sent when configured but not required: `security`
    /// lists the empty requirement `{}` next to the bearer one.
    pub token_optional: bool,
    /// `Accept` to send instead of progenitor's `application/json`: the
    /// media type of a non-JSON 2xx body, `*/*` when no 2xx has a body
    /// (what the official SDKs send), else "" (keep JSON).
    pub accept: String,
}

/// snake_case operation id → [`OperationRow`] for every operation, including
/// hand-written ones.
pub fn operation_table(spec: &OpenAPI) -> BTreeMap<String, OperationRow> {
    let global_auth = spec.security.as_ref().is_some_and(|s| !s.is_empty());
    let mut table = BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in operations(item) {
            let Some(id) = &op.operation_id else { continue };
            let authenticated = match &op.security {
                // `security: []` or only `{}` alternatives: no credentials needed.
                Some(reqs) => reqs.iter().any(|r| !r.is_empty()),
                None => global_auth,
            };
            let token_optional =
                authenticated && op.security.as_ref().is_some_and(|reqs| reqs.iter().any(|r| r.is_empty()));
            let success_media: Vec<&String> = op
                .responses
                .responses
                .iter()
                .filter(|(code, _)| {
                    matches!(code, openapiv3::StatusCode::Code(200..=299) | openapiv3::StatusCode::Range(2))
                })
                .filter_map(|(_, r)| r.as_item())
                .flat_map(|r| r.content.keys())
                .collect();
            let accept = if success_media.is_empty() {
                "*/*".to_owned()
            } else {
                success_media
                    .iter()
                    .find(|m| !m.starts_with("application/json"))
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            };
            table.insert(
                snake_case(id),
                OperationRow {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    authenticated,
                    token_optional,
                    accept,
                },
            );
        }
    }
    table
}

/// The name of an operation's row in the generated `spec` module
/// (`get_info` → `GET_INFO`).
pub(super) fn row_name(operation_id: &str) -> syn::Ident {
    quote::format_ident!("{}", operation_id.to_uppercase())
}

/// The `spec` module holding [`operation_table`] as `spec::OPERATIONS`, and
/// each row by name (`spec::GET_INFO`) for the generated code.
pub(super) fn spec_module(table: &BTreeMap<String, OperationRow>) -> Result<syn::Item, String> {
    let named = table.keys().enumerate().map(|(i, id)| {
        let name = row_name(id);
        let doc = format!("The row of `{id}`.");
        quote!(#[doc = #doc] pub const #name: &Operation = &OPERATIONS[#i];)
    });
    let rows = table.iter().map(|(id, row)| {
        let OperationRow { method, path, authenticated, token_optional, accept } = row;
        quote!(Operation {
            id: #id,
            method: #method,
            path: #path,
            authenticated: #authenticated,
            token_optional: #token_optional,
            accept: #accept
        })
    });
    syn::parse2(quote! {
        /// Facts about each operation read from `openapi.yaml`, used by the hooks.
        pub mod spec {
            /// One operation of the spec.
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct Operation {
                /// snake_case operation id, as in `OperationInfo::operation_id`.
                pub id: &'static str,
                /// HTTP method, upper case.
                pub method: &'static str,
                /// Path template, e.g. `/v1/chats/{chatID}`.
                pub path: &'static str,
                /// Whether the access token is sent.
                pub authenticated: bool,
                /// Whether the operation also works without a token (it is
                /// then sent only when one is configured).
                pub token_optional: bool,
                /// `Accept` replacing `application/json` (raw-bytes and void
                /// operations), else empty.
                pub accept: &'static str,
            }
            /// Every operation, sorted by id.
            pub const OPERATIONS: &[Operation] = &[#(#rows),*];
            #(#named)*
        }
    })
    .map_err(|e| format!("spec module does not parse: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::parse_spec;

    #[test]
    fn rows_say_who_needs_a_token_and_what_to_accept() {
        let spec = parse_spec(
            "openapi: 3.0.3
info: {title: t, version: '1'}
security: [{bearer: []}]
paths:
  /v1/info:
    get:
      operationId: getInfo
      security: []
      responses: {'200': {description: ok, content: {application/json: {schema: {type: object}}}}}
  /v1/assets/{id}:
    get:
      operationId: serveAsset
      security: [{bearer: []}, {}]
      responses: {'200': {description: ok, content: {application/octet-stream: {schema: {type: string}}}}}
    delete:
      operationId: deleteAsset
      responses: {'204': {description: gone}}
",
        )
        .unwrap();
        let table = operation_table(&spec);
        let row = |id: &str| {
            let r = &table[id];
            (r.method.as_str(), r.path.as_str(), r.authenticated, r.token_optional, r.accept.as_str())
        };
        assert_eq!(row("get_info"), ("GET", "/v1/info", false, false, ""));
        assert_eq!(row("serve_asset"), ("GET", "/v1/assets/{id}", true, true, "application/octet-stream"));
        assert_eq!(row("delete_asset"), ("DELETE", "/v1/assets/{id}", true, false, "*/*"));
        let module = spec_module(&table).unwrap();
        let code = quote!(#module).to_string();
        assert!(code.contains("id : \"serve_asset\""), "{code}");
        // Rows are named in table order (sorted by id).
        assert!(code.contains("pub const DELETE_ASSET : & Operation = & OPERATIONS [0usize] ;"), "{code}");
        assert!(code.contains("pub const SERVE_ASSET : & Operation = & OPERATIONS [2usize] ;"), "{code}");
    }
}
