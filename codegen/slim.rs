//! Slims progenitor's `send_raw` bodies: no `api-version` header (the API
//! defines none), a decoded answer keeps its headers instead of a copy, and
//! the request goes straight to the transport with its operation's row.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::{ToTokens, quote};

use super::operation_table::row_name;

/// What [`slim_send_raw`] changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Slimmed {
    /// `api-version` headers removed.
    pub(super) api_version: usize,
    /// `ResponseValue::from_response` calls pointed at `crate::transport::decode::json`.
    pub(super) decoders: usize,
    /// `pre`/`exec`/`post` hook sequences replaced by `crate::transport::hooks::send`.
    pub(super) direct: usize,
}

/// Rewrites every `send_raw` of the builder module:
///
/// - progenitor appends its spec's `info.version` as an `api-version`
///   header to a fresh `HeaderMap` on every call, which the official SDKs
///   do not send; the append goes, and so does the map when nothing else
///   is put in it (one allocation and a header lookup less per call);
/// - `ResponseValue::from_response` copies the answer's headers before
///   reading the body; `crate::transport::decode::json` moves them;
/// - the `pre`, `exec` and `post` hooks find the operation's row of the
///   table by its id (a binary search each); the hook sequence becomes one
///   `crate::transport::hooks::send(client, request, spec::ROW)` with the
///   row named, and `post` (which does nothing) goes.
pub(super) fn slim_send_raw(items: &mut [syn::Item]) -> Result<Slimmed, String> {
    let mut out = Slimmed::default();
    for item in items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        for member in &mut imp.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            if f.sig.ident != "send_raw" {
                continue;
            }
            out.api_version += drop_api_version(&mut f.block);
            out.direct += direct_send(&mut f.block)?;
            let (tokens, n) = replace_decoder(f.block.to_token_stream());
            out.decoders += n;
            f.block = syn::parse2(tokens).map_err(|e| format!("slimmed `send_raw` does not parse: {e}"))?;
        }
    }
    if out.api_version == 0 {
        return Err("found no `api-version` header in `send_raw`; update codegen::slim".into());
    }
    if out.decoders == 0 {
        return Err("found no `ResponseValue::from_response` in `send_raw`; update codegen::slim".into());
    }
    if out.direct == 0 {
        return Err("found no `pre`/`exec`/`post` hook sequence in `send_raw`; update codegen::slim".into());
    }
    Ok(out)
}

/// Replaces progenitor's hook sequence
///
/// ```text
/// let info = OperationInfo { operation_id: "get_info" };
/// client.pre(&mut request, &info).await?;
/// let result = client.exec(request, &info).await;
/// client.post(&result, &info).await?;
/// let response = result?;
/// ```
///
/// with `let response = crate::transport::hooks::send(client, request,
/// crate::generated::spec::GET_INFO).await?;`. Answers how many went (0 or
/// 1); a sequence that is only partly there is an error.
fn direct_send(block: &mut syn::Block) -> Result<usize, String> {
    let text = |s: &syn::Stmt| s.to_token_stream().to_string().replace(' ', "");
    let Some(start) = block.stmts.iter().position(|s| text(s).starts_with("letinfo=OperationInfo{operation_id:"))
    else {
        return Ok(0);
    };
    let expected = [
        "client.pre(&mutrequest,&info).await?;",
        "letresult=client.exec(request,&info).await;",
        "client.post(&result,&info).await?;",
        "letresponse=result?;",
    ];
    let found: Vec<String> = block.stmts.iter().skip(start + 1).take(expected.len()).map(text).collect();
    if found != expected {
        return Err(format!("unexpected hook sequence in `send_raw`: {found:?}; update codegen::slim"));
    }
    let info = &block.stmts[start];
    let id = text(info)
        .split('"')
        .nth(1)
        .map(str::to_owned)
        .ok_or_else(|| format!("no operation id in `{}`", text(info)))?;
    let row = row_name(&id);
    let send: syn::Stmt = syn::parse_quote! {
        let response = crate::transport::hooks::send(client, request, crate::generated::spec::#row).await?;
    };
    block.stmts.splice(start..start + 1 + expected.len(), [send]);
    Ok(1)
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

/// `ResponseValue::from_response` → `crate::transport::decode::json`.
fn replace_decoder(tokens: TokenStream) -> (TokenStream, usize) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut n = 0;
    let mut i = 0;
    while i < tokens.len() {
        let is_call = matches!(&tokens[i], TokenTree::Ident(id) if id == "ResponseValue")
            && matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':')
            && matches!(tokens.get(i + 2), Some(TokenTree::Punct(p)) if p.as_char() == ':')
            && matches!(tokens.get(i + 3), Some(TokenTree::Ident(id)) if id == "from_response");
        if is_call {
            out.extend(quote!(crate::transport::decode::json));
            n += 1;
            i += 4;
            continue;
        }
        match &tokens[i] {
            TokenTree::Group(g) => {
                let (inner, m) = replace_decoder(g.stream());
                n += m;
                let mut group = Group::new(g.delimiter(), inner);
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builder(send_raw: syn::ImplItemFn) -> Vec<syn::Item> {
        vec![syn::parse_quote! { impl<'a> GetInfo<'a> { #send_raw } }]
    }

    #[test]
    fn the_api_version_header_and_its_map_go() {
        let mut items = builder(syn::parse_quote! {
            pub(crate) async fn send_raw(self) -> Result<ResponseValue<types::InfoResponse>, Error<types::ApiErrorBody>> {
                let Self { client } = self;
                let url = format!("{}/v1/info", client.baseurl,);
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                #[allow(unused_mut)]
                let mut request = client.client.get(url).header(::reqwest::header::ACCEPT, "application/json").headers(header_map).build()?;
                let info = OperationInfo { operation_id: "get_info" };
                client.pre(&mut request, &info).await?;
                let result = client.exec(request, &info).await;
                client.post(&result, &info).await?;
                let response = result?;
                match response.status().as_u16() {
                    200..=299 => ResponseValue::from_response(response).await,
                    400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        });
        assert_eq!(slim_send_raw(&mut items).unwrap(), Slimmed { api_version: 1, decoders: 2, direct: 1 });
        let out = items[0].to_token_stream().to_string().replace(' ', "");
        assert!(!out.contains("api-version") && !out.contains("header_map"), "{out}");
        assert!(out.contains(".get(url).header(::reqwest::header::ACCEPT,\"application/json\").build()?;"), "{out}");
        assert!(out.contains("200..=299=>crate::transport::decode::json(response).await,"), "{out}");
        assert!(out.contains("Error::ErrorResponse(crate::transport::decode::json(response).await?)"), "{out}");
        assert!(!out.contains("from_response"), "{out}");
        assert!(
            out.contains(
                "letresponse=crate::transport::hooks::send(client,request,crate::generated::spec::GET_INFO).await?;"
            ),
            "{out}"
        );
        assert!(!out.contains("OperationInfo") && !out.contains(".pre(") && !out.contains(".post("), "{out}");
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

    #[test]
    fn a_map_with_other_headers_stays() {
        let mut items = builder(syn::parse_quote! {
            pub(crate) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                header_map.append("x-key", key.to_string().try_into()?);
                let request = client.client.get(url).headers(header_map).build()?;
                let info = OperationInfo { operation_id: "get_info" };
                client.pre(&mut request, &info).await?;
                let result = client.exec(request, &info).await;
                client.post(&result, &info).await?;
                let response = result?;
                ResponseValue::from_response(response).await
            }
        });
        assert_eq!(slim_send_raw(&mut items).unwrap(), Slimmed { api_version: 1, decoders: 1, direct: 1 });
        let out = items[0].to_token_stream().to_string().replace(' ', "");
        assert!(!out.contains("api-version"), "{out}");
        assert!(out.contains("header_map.append(\"x-key\""), "{out}");
        assert!(out.contains(".headers(header_map).build()?"), "{out}");
    }

    #[test]
    fn output_without_the_header_is_an_error() {
        let mut items = builder(syn::parse_quote! {
            pub(crate) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
                ResponseValue::from_response(response).await
            }
        });
        assert!(slim_send_raw(&mut items).unwrap_err().contains("api-version"));
    }
}
