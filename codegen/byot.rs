//! `send_as::<T>()`: an operation's answer decoded into the caller's own type.
//!
//! The generated models decode every field the API defines. A program that
//! reads three fields of each message pays for the other thirty (an
//! allocation per string, UTF-8 checks, timestamp parsing). For every
//! operation whose answer is plain JSON, this pass makes `send_raw`
//! generic over the decoded type and adds a `send_as::<T>()` next to
//! `send()`: the same request, checks, retries, hooks and errors, with the
//! body decoded as `T`. `send()` is `send_raw::<types::X>()`, so nothing
//! about it changes. Operations whose answer is checked for a reported
//! failure (`check_reported`), has no JSON body, or is a byte stream keep
//! only `send()`.

use quote::{ToTokens, quote};

/// Adds `send_as` to every builder whose `send` ends in a plain
/// `finish_json(self.send_raw()).await`; answers how many got one.
pub(super) fn add_send_as(items: &mut [syn::Item]) -> Result<usize, String> {
    let mut added = 0;
    for item in items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let Some(send) = imp.items.iter().position(is_plain_json_send) else { continue };
        let Some(raw) = imp.items.iter().position(|m| matches!(m, syn::ImplItem::Fn(f) if f.sig.ident == "send_raw"))
        else {
            continue;
        };
        let syn::ImplItem::Fn(send_fn) = &mut imp.items[send] else { unreachable!("checked above") };
        let ok_type = success_type(&send_fn.sig.output)
            .ok_or_else(|| format!("unexpected `send` signature: {}", send_fn.sig.to_token_stream()))?;
        let op = imp.self_ty.to_token_stream().to_string().replace(' ', "");

        // `send()` names its type; `send_as()` is the same body with `T`.
        let mut send_as = send_fn.clone();
        retarget_send_raw(&mut send_fn.block, &ok_type.to_token_stream())?;
        retarget_send_raw(&mut send_as.block, &quote!(T))?;
        send_as.sig.ident = syn::Ident::new("send_as", send_as.sig.ident.span());
        send_as.sig.generics = syn::parse_quote!(<T: ::serde::de::DeserializeOwned>);
        send_as.sig.output = syn::parse_quote!(-> ::std::result::Result<ResponseValue<T>, crate::Error>);
        send_as.attrs.retain(|a| !a.path().is_ident("doc"));
        let path = ok_type.to_token_stream().to_string().replace(' ', "");
        // Every answer type is reachable as `crate::types::Name` (hand-written ones are re-exported there).
        let name = path.rsplit("::").next().unwrap_or(&path);
        let link = format!("crate::types::{name}");
        let type_doc = format!(
            "Sends the request like [`send`](Self::send), and decodes a successful answer as \
             your own type `T` instead of [`{name}`]({link})."
        );
        let docs = [
            type_doc.as_str(),
            "",
            "Declare only the fields you read (a `#[derive(Deserialize)]` struct; the",
            "wire names are camelCase, so `#[serde(rename_all = \"camelCase\")]`):",
            "the parser skips the fields you leave out without building them, which",
            "is cheaper than decoding the whole model. Everything else is as with `send`: the",
            "same checks, retries and hooks, and a body that does not fit `T`",
            "is an [`Error::Decode`](crate::Error::Decode) naming the JSON path.",
            "Error answers still decode as the API's error body.",
        ];
        for line in docs.iter().rev() {
            let text = if line.is_empty() { String::new() } else { format!(" {line}") };
            send_as.attrs.insert(0, syn::parse_quote!(#[doc = #text]));
        }

        let syn::ImplItem::Fn(raw_fn) = &mut imp.items[raw] else { unreachable!("checked above") };
        make_generic(raw_fn, &op)?;
        imp.items.insert(send + 1, syn::ImplItem::Fn(send_as));
        added += 1;
    }
    Ok(added)
}

/// `send` whose last expression is `finish_json(self.send_raw()).await`.
fn is_plain_json_send(member: &syn::ImplItem) -> bool {
    let syn::ImplItem::Fn(f) = member else { return false };
    if f.sig.ident != "send" {
        return false;
    }
    let Some(syn::Stmt::Expr(last, None)) = f.block.stmts.last() else { return false };
    last.to_token_stream().to_string().replace(' ', "")
        == "crate::transport::finish::finish_json(self.send_raw()).await"
}

/// `X` of `Result<ResponseValue<X>, _>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else { return None };
    let result = last_segment_args(ty)?;
    let syn::GenericArgument::Type(value) = result.first()? else { return None };
    let inner = last_segment_args(value)?;
    match inner.first()? {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    }
}

fn last_segment_args(ty: &syn::Type) -> Option<&syn::punctuated::Punctuated<syn::GenericArgument, syn::Token![,]>> {
    let syn::Type::Path(p) = ty else { return None };
    match &p.path.segments.last()?.arguments {
        syn::PathArguments::AngleBracketed(a) => Some(&a.args),
        _ => None,
    }
}

/// `self.send_raw()` in the last expression becomes `self.send_raw::<ty>()`.
fn retarget_send_raw(block: &mut syn::Block, ty: &proc_macro2::TokenStream) -> Result<(), String> {
    let Some(syn::Stmt::Expr(last, None)) = block.stmts.last_mut() else {
        return Err("`send` has no final expression".into());
    };
    *last = syn::parse_quote!(crate::transport::finish::finish_json(self.send_raw::<#ty>()).await);
    Ok(())
}

/// `send_raw(self) -> Result<ResponseValue<X>, E>` becomes
/// `send_raw<T: DeserializeOwned>(self) -> Result<ResponseValue<T>, E>`;
/// its success arm decodes with `decode::json`, whose type is inferred.
fn make_generic(raw: &mut syn::ImplItemFn, op: &str) -> Result<(), String> {
    let body = raw.block.to_token_stream().to_string().replace(' ', "");
    if !body.contains("200..=299=>{crate::transport::decode::json(response).await}") {
        return Err(format!("`{op}::send_raw` has no plain JSON success arm; update codegen::byot"));
    }
    let syn::ReturnType::Type(_, ty) = &raw.sig.output else {
        return Err(format!("`{op}::send_raw` returns nothing"));
    };
    let error = last_segment_args(ty)
        .and_then(|args| args.iter().nth(1))
        .ok_or_else(|| format!("unexpected `{op}::send_raw` signature"))?
        .clone();
    raw.sig.generics = syn::parse_quote!(<T: ::serde::de::DeserializeOwned>);
    raw.sig.output = syn::parse_quote!(-> Result<ResponseValue<T>, #error>);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builder() -> Vec<syn::Item> {
        vec![
            syn::parse_quote! {
                impl<'a> GetMessage<'a> {
                    pub(crate) async fn send_raw(self) -> Result<ResponseValue<types::Message>, Error<types::ApiErrorBody>> {
                        let response = todo!();
                        match response.status().as_u16() {
                            200..=299 => { crate::transport::decode::json(response).await }
                            _ => Err(Error::UnexpectedResponse(response)),
                        }
                    }
                    /// Gets a message.
                    pub async fn send(self) -> ::std::result::Result<ResponseValue<types::Message>, crate::Error> {
                        crate::transport::checks::path_ids("get_message", &[])?;
                        crate::transport::finish::finish_json(self.send_raw()).await
                    }
                }
            },
            syn::parse_quote! {
                impl<'a> DownloadAsset<'a> {
                    pub(crate) async fn send_raw(self) -> Result<ResponseValue<types::AssetDownloadResponse>, Error<types::ApiErrorBody>> {
                        todo!()
                    }
                    pub async fn send(self) -> ::std::result::Result<ResponseValue<types::AssetDownloadResponse>, crate::Error> {
                        crate::transport::finish::finish_json(self.send_raw())
                            .await
                            .and_then(crate::transport::finish::check_reported)
                    }
                }
            },
        ]
    }

    #[test]
    fn plain_json_operations_get_send_as_with_the_same_checks() {
        let mut items = builder();
        assert_eq!(add_send_as(&mut items).unwrap(), 1);
        let text = |i: &syn::Item| i.to_token_stream().to_string().replace(' ', "");
        let get = text(&items[0]);
        assert!(get.contains("asyncfnsend_raw<T:::serde::de::DeserializeOwned>(self)->Result<ResponseValue<T>,Error<types::ApiErrorBody>>"), "{get}");
        assert!(get.contains("finish_json(self.send_raw::<types::Message>())"), "{get}");
        assert!(get.contains("pubasyncfnsend_as<T:::serde::de::DeserializeOwned>(self)->::std::result::Result<ResponseValue<T>,crate::Error>"), "{get}");
        assert!(get.contains("finish_json(self.send_raw::<T>())"), "{get}");
        // The checks of `send` run in `send_as` too.
        assert_eq!(get.matches("path_ids(\"get_message\"").count(), 2, "{get}");
        assert!(get.contains("yourowntype`T`insteadof[`Message`](crate::types::Message)"), "{get}");
        // A reported-failure check needs the model: left alone.
        let download = text(&items[1]);
        assert!(!download.contains("send_as"), "{download}");
        assert!(download.contains("send_raw(self)"), "{download}");
    }
}
