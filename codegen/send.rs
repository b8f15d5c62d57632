//! Send wrappers: every operation builder's `send` returns the crate's own
//! error type, after the path-id and body checks.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use quote::{format_ident, quote};

use super::bounds::{Bound, ParamBound};
use super::names::{global_rename, snake_case};
use super::operation_table::row_name;
use super::spec::operations;
use super::syntax::last_ident;

/// Request bodies checked before sending: `(operation id, check)`; the
/// check gets the builder's body and returns `Result<(), crate::Error>`.
const BODY_CHECKS: &[(&str, &str)] = &[("send_message", "crate::transport::checks::send_message")];

/// Path parameter names of each operation (snake_case id → wire names, in
/// template order).
pub(super) fn path_parameters(spec: &OpenAPI) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        let names: Vec<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_owned)
            .collect();
        for (_, op) in operations(item) {
            if let Some(id) = &op.operation_id {
                out.insert(snake_case(id), names.clone());
            }
        }
    }
    out
}

/// Object schemas with a string `error` property: a 2xx answer of that
/// type whose `error` is set is a failure (asset download and upload). An
/// `error` object (a failed login session or verification) is state the
/// caller reads, not a failed request.
pub(super) fn schemas_reporting_errors(spec: &OpenAPI) -> Vec<String> {
    let Some(components) = &spec.components else { return vec![] };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| {
            match schema {
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Object(obj)), .. })
                if obj.properties.get("error").is_some_and(|error| {
                    matches!(error, ReferenceOr::Item(e) if matches!(e.schema_kind, SchemaKind::Type(Type::String(_))))
                }) =>
            {
                Some(name.clone())
            }
            _ => None,
        }
        })
        .collect()
}

/// Gives every generated request builder a `send` that is one future:
/// `crate::transport::operation::call` with the operation's row, how its
/// success decodes (`crate::transport::answer`) and a closure that runs
/// the checks before sending and builds the request.
///
/// progenitor's `send()` is an `async fn` that sends and decodes in nested
/// futures and returns `progenitor_client::Error`, which loses the status
/// of undecodable bodies and is not `#[non_exhaustive]`. It is renamed to
/// a crate-private `send_raw`, which `codegen::slim` cuts down to the
/// request it builds (`into_request`); the new `send` returns the crate's
/// own error (JSON answers name the failing JSON path on decode errors;
/// answers with an `error` field are checked).
/// Builder fields become `pub(crate)` so the pagination layer can read the
/// caller's `direction` and swap in cursors.
pub(super) fn wrap_send_methods(
    items: &mut [syn::Item],
    reporting: &[String],
    path_params: &BTreeMap<String, Vec<String>>,
    param_bounds: &BTreeMap<String, Vec<ParamBound>>,
) -> Result<(), String> {
    let mut wrapped = 0;
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(item) => {
                for field in item.fields.iter_mut() {
                    field.vis = syn::parse_quote!(pub(crate));
                }
            }
            syn::Item::Impl(imp) => {
                let mut added = Vec::new();
                for member in &mut imp.items {
                    let syn::ImplItem::Fn(f) = member else { continue };
                    if f.sig.ident != "send" {
                        continue;
                    }
                    let ok_type = success_type(&f.sig.output)
                        .ok_or_else(|| format!("unexpected `send` signature: {}", quote!(#f.sig)))?;
                    let docs: Vec<_> = f.attrs.iter().filter(|a| a.path().is_ident("doc")).cloned().collect();
                    // progenitor's `send` keeps building the request; `codegen::slim`
                    // turns the rest of it into `into_request`.
                    f.sig.ident = format_ident!("send_raw");
                    f.vis = syn::parse_quote!(pub(crate));
                    let type_name = match &ok_type {
                        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
                        _ => String::new(),
                    };
                    // How a success decodes (`crate::transport::answer`).
                    let success = match &ok_type {
                        syn::Type::Tuple(_) => quote!(crate::transport::answer::Empty),
                        _ if type_name == "ByteStream" => quote!(crate::transport::answer::Stream),
                        _ if reporting.contains(&type_name) => quote!(crate::transport::answer::Reported<#ok_type>),
                        _ => quote!(crate::transport::answer::Json<#ok_type>),
                    };
                    let op = snake_case(&last_ident(&imp.self_ty));
                    let row = row_name(&op);
                    let ids = path_params.get(&op).map(Vec::as_slice).unwrap_or_default();
                    let id_checks = ids.iter().map(|wire| {
                        let field =
                            format_ident!("{}", global_rename(&snake_case(wire)).unwrap_or_else(|| snake_case(wire)));
                        quote!((#wire, self.#field.as_deref().ok()))
                    });
                    let id_check = (!ids.is_empty())
                        .then(|| quote!(crate::transport::checks::path_ids(#op, &[#(#id_checks),*])?;));
                    let bound_checks = param_bounds.get(&op).map(Vec::as_slice).unwrap_or_default().iter().map(|b| {
                        let wire = &b.wire;
                        let field = format_ident!(
                            "{}",
                            global_rename(&snake_case(wire)).unwrap_or_else(|| snake_case(wire))
                        );
                        match (&b.bound, b.required) {
                            (Bound::Range(min, max), required) => {
                                let value = if required {
                                    quote!(self.#field.as_ref().ok().map(|v| i64::from(*v)))
                                } else {
                                    quote!(self.#field.as_ref().ok().and_then(|v| v.map(i64::from)))
                                };
                                let min = bound_tokens(*min);
                                let max = bound_tokens(*max);
                                quote!(crate::transport::checks::in_range(#op, #wire, #value, #min, #max)?;)
                            }
                            (Bound::NonEmpty, true) => {
                                quote!(crate::transport::checks::non_empty(#op, #wire, self.#field.as_deref().ok())?;)
                            }
                            (Bound::NonEmpty, false) => quote!(
                                crate::transport::checks::non_empty(#op, #wire, self.#field.as_ref().ok().and_then(|v| v.as_deref()))?;
                            ),
                        }
                    });
                    let body_check = BODY_CHECKS.iter().find(|(id, _)| *id == op).map(|(_, check)| {
                        let check: syn::Path = syn::parse_str(check).expect("BODY_CHECKS paths parse");
                        quote!(#check(&self.body)?;)
                    });
                    added.push(syn::parse_quote! {
                        #(#docs)*
                        ///
                        /// Errors are [`crate::Error`]: the API's error body with its status,
                        /// an unexpected status with its body, a decode error naming the
                        /// JSON path, a transport error, or an input rejected before sending.
                        pub fn send(self) -> impl ::std::future::Future<Output = ::std::result::Result<ResponseValue<#ok_type>, crate::Error>> + Send {
                            crate::transport::operation::call::<#success, _>(crate::generated::spec::#row, move || {
                                #id_check
                                #(#bound_checks)*
                                #body_check
                                crate::transport::operation::built(self.into_request())
                            })
                        }
                    });
                    wrapped += 1;
                }
                imp.items.extend(added);
            }
            _ => {}
        }
    }
    if wrapped == 0 {
        return Err("found no builder `send` methods; update codegen::wrap_send_methods".into());
    }
    Ok(())
}

/// `Some(n)` / `None` as tokens of an `Option<i64>`.
fn bound_tokens(bound: Option<i64>) -> proc_macro2::TokenStream {
    match bound {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    }
}

/// `T` of `Result<ResponseValue<T>, _>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    fn first_arg(ty: &syn::Type, name: &str) -> Option<syn::Type> {
        let syn::Type::Path(p) = ty else { return None };
        let seg = p.path.segments.last()?;
        if seg.ident != name {
            return None;
        }
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else { return None };
        match args.args.first()? {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }
    }
    let syn::ReturnType::Type(_, ty) = output else { return None };
    first_arg(&first_arg(ty, "Result")?, "ResponseValue")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::parse_spec;

    #[test]
    fn the_success_type_is_read_from_send() {
        let output: syn::ReturnType =
            syn::parse_quote!(-> Result<ResponseValue<types::Chat>, Error<types::ApiErrorBody>>);
        assert_eq!(success_type(&output).map(|t| quote!(#t).to_string()).as_deref(), Some("types :: Chat"));
        let output: syn::ReturnType = syn::parse_quote!(-> Result<types::Chat, Error>);
        assert!(success_type(&output).is_none());
    }

    #[test]
    fn only_a_string_error_reports_a_failure() {
        let spec = parse_spec(
            "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1/chats/{chatID}/messages/{messageID}:
    get: {operationId: getMessage, responses: {'200': {description: ok}}}
components:
  schemas:
    Upload: {type: object, properties: {error: {type: string}}}
    Login: {type: object, properties: {error: {type: object}}}
    Plain: {type: object, properties: {id: {type: string}}}
",
        )
        .unwrap();
        assert_eq!(schemas_reporting_errors(&spec), ["Upload"]);
        assert_eq!(path_parameters(&spec)["get_message"], ["chatID", "messageID"]);
    }

    #[test]
    fn send_returns_the_crate_error_after_checking_path_ids() {
        let mut items: Vec<syn::Item> = vec![
            syn::parse_quote! {
                pub struct GetMessage<'a> {
                    client: &'a super::Client,
                    chat_id: Result<String, String>,
                }
            },
            syn::parse_quote! {
                impl<'a> GetMessage<'a> {
                    ///Sends a `GET` request.
                    pub async fn send(self) -> Result<ResponseValue<types::Message>, Error<types::ApiErrorBody>> {
                        todo!()
                    }
                }
            },
        ];
        let ids = [("get_message".to_owned(), vec!["chatID".to_owned()])].into_iter().collect();
        let bounds = [(
            "get_message".to_owned(),
            vec![
                ParamBound { wire: "limit".into(), required: false, bound: Bound::Range(Some(1), Some(20)) },
                ParamBound { wire: "query".into(), required: true, bound: Bound::NonEmpty },
            ],
        )]
        .into_iter()
        .collect();
        wrap_send_methods(&mut items, &[], &ids, &bounds).unwrap();
        let out: String = items.iter().map(|i| quote!(#i).to_string().replace(' ', "")).collect();
        assert!(out.contains("pub(crate)chat_id:"), "{out}");
        assert!(out.contains("pub(crate)asyncfnsend_raw(self)"), "{out}");
        assert!(
            out.contains(
                "crate::transport::checks::path_ids(\"get_message\",&[(\"chatID\",self.chat_id.as_deref().ok())])?;"
            ),
            "{out}"
        );
        assert!(out.contains("pubfnsend(self)->impl::std::future::Future<Output=::std::result::Result<ResponseValue<types::Message>,crate::Error>>+Send"), "{out}");
        assert!(
            out.contains("crate::transport::operation::call::<crate::transport::answer::Json<types::Message>,_>(crate::generated::spec::GET_MESSAGE,move||{"),
            "{out}"
        );
        assert!(out.contains("crate::transport::operation::built(self.into_request())"), "{out}");
        assert!(
            out.contains("crate::transport::checks::in_range(\"get_message\",\"limit\",self.limit.as_ref().ok().and_then(|v|v.map(i64::from)),Some(1i64),Some(20i64))?;"),
            "{out}"
        );
        assert!(
            out.contains("crate::transport::checks::non_empty(\"get_message\",\"query\",self.query.as_deref().ok())?;"),
            "{out}"
        );
        assert!(wrap_send_methods(&mut [], &[], &ids, &bounds).is_err(), "no `send` at all is an error");
    }
}
