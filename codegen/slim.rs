//! Cuts progenitor's `send_raw` down to the request it builds
//! (`into_request`): no `api-version` header (the API defines none), and
//! no sending or decoding, which `crate::transport::operation` does for
//! every operation.

use proc_macro2::TokenTree;
use quote::ToTokens;

/// What [`slim_send_raw`] changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Slimmed {
    /// `api-version` headers removed.
    pub(super) api_version: usize,
    /// `send_raw`s cut down to `into_request`.
    pub(super) cut: usize,
}

/// Rewrites every `send_raw` of the builder module:
///
/// - progenitor appends its spec's `info.version` as an `api-version`
///   header to a fresh `HeaderMap` on every call, which the official SDKs
///   do not send; the append goes, and so does the map when nothing else
///   is put in it;
/// - what follows the request (progenitor's `pre`/`exec`/`post` hooks and
///   the decoding by status) goes: `send_raw` becomes `fn into_request(self)
///   -> Result<(&'a super::Client, reqwest::Request), E>`, and the
///   operation's `send` hands that request to
///   `crate::transport::operation::call`. The decoding by status must be
///   exactly what `crate::transport::operation` does (checked arm by arm),
///   or generation fails.
pub(super) fn slim_send_raw(items: &mut [syn::Item]) -> Result<Slimmed, String> {
    let mut out = Slimmed::default();
    for item in items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let op = imp.self_ty.to_token_stream().to_string().replace(' ', "");
        for member in &mut imp.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            if f.sig.ident != "send_raw" {
                continue;
            }
            out.api_version += drop_api_version(&mut f.block);
            into_request(f, &op)?;
            out.cut += 1;
        }
    }
    if out.api_version == 0 {
        return Err("found no `api-version` header in `send_raw`; update codegen::slim".into());
    }
    if out.cut == 0 {
        return Err("found no `send_raw` to cut down; update codegen::slim".into());
    }
    Ok(out)
}

/// progenitor's `ClientHooks` are not used (`send` goes straight to the
/// transport): its check that the client implements them goes too, so the
/// crate does not implement progenitor's trait for nothing.
pub(super) fn drop_hooks_assertion(file: &mut syn::File) -> Result<(), String> {
    let before = file.items.len();
    file.items.retain(|item| {
        !matches!(item, syn::Item::Const(c) if c.to_token_stream().to_string().replace(' ', "").contains("fnassert_client_hooks()"))
    });
    match before - file.items.len() {
        1 => Ok(()),
        n => Err(format!("found {n} `assert_client_hooks` items, expected 1; update codegen::slim")),
    }
}

/// The sending and decoding progenitor ends `send_raw` with:
///
/// ```text
/// let info = OperationInfo { operation_id: "get_info" };
/// client.pre(&mut request, &info).await?;
/// let result = client.exec(request, &info).await;
/// client.post(&result, &info).await?;
/// let response = result?;
/// match response.status().as_u16() { .. }
/// ```
///
/// goes, and `send_raw` returns the client and the request instead.
fn into_request(raw: &mut syn::ImplItemFn, op: &str) -> Result<(), String> {
    let text = |s: &syn::Stmt| s.to_token_stream().to_string().replace(' ', "");
    let stmts = &raw.block.stmts;
    let Some(start) = stmts.iter().position(|s| text(s).starts_with("letinfo=OperationInfo{operation_id:")) else {
        return Err(format!("`{op}::send_raw` has no hook sequence; update codegen::slim"));
    };
    let expected = [
        "client.pre(&mutrequest,&info).await?;",
        "letresult=client.exec(request,&info).await;",
        "client.post(&result,&info).await?;",
        "letresponse=result?;",
    ];
    let found: Vec<String> = stmts.iter().skip(start + 1).take(expected.len()).map(text).collect();
    if found != expected {
        return Err(format!("unexpected hook sequence in `{op}::send_raw`: {found:?}; update codegen::slim"));
    }
    let [syn::Stmt::Expr(syn::Expr::Match(by_status), None)] = &stmts[start + 1 + expected.len()..] else {
        return Err(format!("`{op}::send_raw` does not end in a match by status; update codegen::slim"));
    };
    let success = success_type(&raw.sig.output).ok_or_else(|| format!("unexpected `{op}::send_raw` signature"))?;
    check_arms(by_status, &success.to_token_stream().to_string().replace(' ', ""), op)?;

    raw.block.stmts.truncate(start);
    raw.block.stmts.push(syn::Stmt::Expr(syn::parse_quote!(Ok((client, request))), None));
    raw.sig.ident = syn::Ident::new("into_request", raw.sig.ident.span());
    raw.sig.asyncness = None;
    let syn::ReturnType::Type(_, ty) = &raw.sig.output else { return Err(format!("`{op}::send_raw` returns nothing")) };
    let error = result_args(ty)
        .and_then(|args| args.iter().nth(1).cloned())
        .ok_or_else(|| format!("unexpected `{op}::send_raw` signature"))?;
    raw.sig.output = syn::parse_quote!(-> Result<(&'a super::Client, ::reqwest::Request), #error>);
    raw.attrs.retain(|a| !a.path().is_ident("doc"));
    raw.attrs.push(syn::parse_quote!(#[doc = " The request of this call, or why it cannot be made."]));
    Ok(())
}

/// The decoding by status must be what `crate::transport::operation` does:
/// the success (JSON, nothing, or a stream for `200`/`206`), the API's
/// error body for 4xx and 5xx, an unexpected answer otherwise.
fn check_arms(by_status: &syn::ExprMatch, success: &str, op: &str) -> Result<(), String> {
    let arms: Vec<(String, String)> = by_status
        .arms
        .iter()
        .map(|arm| {
            let body = arm.body.to_token_stream().to_string().replace(' ', "");
            let body = body.strip_prefix('{').and_then(|b| b.strip_suffix('}')).map(str::to_owned).unwrap_or(body);
            (arm.pat.to_token_stream().to_string().replace(' ', ""), body)
        })
        .collect();
    let api_error = "Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))";
    let mut expected: Vec<(&str, &str)> = match success {
        "()" => vec![("200..=299", "Ok(ResponseValue::empty(response))")],
        "ByteStream" => {
            vec![("200u16", "Ok(ResponseValue::stream(response))"), ("206u16", "Ok(ResponseValue::stream(response))")]
        }
        _ => vec![("200..=299", "ResponseValue::from_response(response).await")],
    };
    expected.extend([
        ("400u16..=499u16", api_error),
        ("500u16..=599u16", api_error),
        ("_", "Err(Error::UnexpectedResponse(response))"),
    ]);
    let same = arms.len() == expected.len() && arms.iter().zip(&expected).all(|((p, b), (wp, wb))| p == wp && b == wb);
    if !same {
        return Err(format!(
            "`{op}::send_raw` decodes its answer unlike crate::transport::operation: {arms:?}; update codegen::slim"
        ));
    }
    Ok(())
}

/// `X` of `Result<ResponseValue<X>, _>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else { return None };
    let syn::GenericArgument::Type(value) = result_args(ty)?.first()? else { return None };
    match result_args(value)?.first()? {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    }
}

fn result_args(ty: &syn::Type) -> Option<&syn::punctuated::Punctuated<syn::GenericArgument, syn::Token![,]>> {
    let syn::Type::Path(p) = ty else { return None };
    match &p.path.segments.last()?.arguments {
        syn::PathArguments::AngleBracketed(a) => Some(&a.args),
        _ => None,
    }
}

/// Removes the `api-version` append (and the header map, when that was all
/// it held); answers how many appends went.
fn drop_api_version(block: &mut syn::Block) -> usize {
    let is_api_version = |stmt: &syn::Stmt| {
        let text = stmt.to_token_stream().to_string();
        text.starts_with("header_map . append") && text.contains("\"api-version\"")
    };
    let before = block.stmts.len();
    block.stmts.retain(|s| !is_api_version(s));
    let removed = before - block.stmts.len();
    if removed == 0 {
        return 0;
    }
    let mentions = |s: &syn::Stmt| s.to_token_stream().into_iter().any(|t| mentions_header_map(&t));
    let declares =
        |s: &syn::Stmt| matches!(s, syn::Stmt::Local(l) if l.pat.to_token_stream().to_string().ends_with("header_map"));
    let users = block.stmts.iter().filter(|s| mentions(s) && !declares(s)).count();
    // Only the `.headers(header_map)` of the request builder is left.
    if users == 1 {
        block.stmts.retain(|s| !declares(s));
        for stmt in &mut block.stmts {
            if let syn::Stmt::Local(local) = stmt
                && let Some(init) = &mut local.init
            {
                drop_headers_call(&mut init.expr);
            }
        }
    }
    removed
}

fn mentions_header_map(token: &TokenTree) -> bool {
    match token {
        TokenTree::Ident(i) => i == "header_map",
        TokenTree::Group(g) => g.stream().into_iter().any(|t| mentions_header_map(&t)),
        _ => false,
    }
}

/// `x.headers(header_map)` anywhere down a method chain becomes `x`.
fn drop_headers_call(expr: &mut syn::Expr) {
    match expr {
        syn::Expr::MethodCall(call)
            if call.method == "headers"
                && call.args.len() == 1
                && call.args.to_token_stream().to_string() == "header_map" =>
        {
            let receiver = (*call.receiver).clone();
            *expr = receiver;
            drop_headers_call(expr);
        }
        syn::Expr::MethodCall(call) => drop_headers_call(&mut call.receiver),
        syn::Expr::Try(t) => drop_headers_call(&mut t.expr),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builder(send_raw: syn::ImplItemFn) -> Vec<syn::Item> {
        vec![syn::parse_quote! { impl<'a> GetInfo<'a> { #send_raw } }]
    }

    /// progenitor's `send_raw` answering `ok`: `setup`, then its hook
    /// sequence and decoding by status with `success` for a 2xx.
    fn progenitor_send_raw(
        ok: proc_macro2::TokenStream,
        setup: proc_macro2::TokenStream,
        success: proc_macro2::TokenStream,
    ) -> syn::ImplItemFn {
        syn::parse_quote! {
            pub(crate) async fn send_raw(self) -> Result<ResponseValue<#ok>, Error<types::ApiErrorBody>> {
                #setup
                let info = OperationInfo { operation_id: "get_info" };
                client.pre(&mut request, &info).await?;
                let result = client.exec(request, &info).await;
                client.post(&result, &info).await?;
                let response = result?;
                match response.status().as_u16() {
                    200..=299 => #success,
                    400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                    500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        }
    }

    fn get_info() -> syn::ImplItemFn {
        progenitor_send_raw(
            quote::quote!(types::InfoResponse),
            quote::quote! {
                let Self { client } = self;
                let url = format!("{}/v1/info", client.baseurl,);
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                #[allow(unused_mut)]
                let mut request = client.client.get(url).header(::reqwest::header::ACCEPT, "application/json").headers(header_map).build()?;
            },
            quote::quote!(ResponseValue::from_response(response).await),
        )
    }

    #[test]
    fn send_raw_becomes_the_request_without_the_api_version_header() {
        let mut items = builder(get_info());
        assert_eq!(slim_send_raw(&mut items).unwrap(), Slimmed { api_version: 1, cut: 1 });
        let out = items[0].to_token_stream().to_string().replace(' ', "");
        assert!(!out.contains("api-version") && !out.contains("header_map"), "{out}");
        assert!(out.contains(".get(url).header(::reqwest::header::ACCEPT,\"application/json\").build()?;"), "{out}");
        assert!(
            out.contains(
                "fninto_request(self)->Result<(&'asuper::Client,::reqwest::Request),Error<types::ApiErrorBody>>"
            ),
            "{out}"
        );
        assert!(out.ends_with("Ok((client,request))}}"), "{out}");
        assert!(!out.contains("async") && !out.contains("OperationInfo") && !out.contains("match"), "{out}");
    }

    #[test]
    fn decoding_unlike_the_transport_is_an_error() {
        // A 404 answered as a success: the transport would map it to an API error.
        let mut raw = get_info();
        let text = raw.to_token_stream().to_string().replace("400u16 ..= 499u16", "404u16");
        raw = syn::parse_str(&text).unwrap();
        let err = slim_send_raw(&mut builder(raw)).unwrap_err();
        assert!(err.contains("decodes its answer unlike"), "{err}");
    }

    #[test]
    fn a_partial_hook_sequence_is_an_error() {
        let mut items = builder(syn::parse_quote! {
            pub(crate) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                let info = OperationInfo { operation_id: "get_info" };
                client.pre(&mut request, &info).await?;
                let response = client.exec(request, &info).await?;
                ResponseValue::from_response(response).await
            }
        });
        assert!(slim_send_raw(&mut items).unwrap_err().contains("unexpected hook sequence"));
    }

    /// progenitor's `send_raw` of a bodiless answer, after `setup`.
    fn bodiless_send_raw(setup: proc_macro2::TokenStream) -> syn::ImplItemFn {
        progenitor_send_raw(quote::quote!(()), setup, quote::quote!(Ok(ResponseValue::empty(response))))
    }

    #[test]
    fn a_map_with_other_headers_stays() {
        let mut items = builder(bodiless_send_raw(quote::quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            header_map.append("x-key", key.to_string().try_into()?);
            let request = client.client.get(url).headers(header_map).build()?;
        }));
        assert_eq!(slim_send_raw(&mut items).unwrap(), Slimmed { api_version: 1, cut: 1 });
        let out = items[0].to_token_stream().to_string().replace(' ', "");
        assert!(!out.contains("api-version"), "{out}");
        assert!(out.contains("header_map.append(\"x-key\""), "{out}");
        assert!(out.contains(".headers(header_map).build()?"), "{out}");
    }

    #[test]
    fn output_without_the_header_is_an_error() {
        let mut items = builder(bodiless_send_raw(quote::quote! {}));
        assert!(slim_send_raw(&mut items).unwrap_err().contains("api-version"));
    }
}
