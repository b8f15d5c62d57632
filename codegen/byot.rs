//! `send_as::<T>()`: an operation's answer decoded into the caller's own type.
//!
//! The generated models decode every field the API defines. A program that
//! reads three fields of each message pays for the other thirty (an
//! allocation per string, UTF-8 checks, timestamp parsing). For every
//! operation whose answer is plain JSON (`answer::Json<X>`), this pass adds
//! a `send_as::<T>()` next to `send()`: the same call with `answer::Json<T>`,
//! so the same request, checks, retries and errors, with the body decoded
//! as `T`. Operations whose answer is checked for a reported failure, has
//! no JSON body, or is a byte stream keep only `send()`.

use quote::{ToTokens, quote};

/// Adds `send_as` to every builder whose `send` calls with a plain
/// `crate::transport::answer::Json<X>`; answers how many got one.
pub(super) fn add_send_as(items: &mut [syn::Item]) -> Result<usize, String> {
    let mut added = 0;
    for item in items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let Some(send) = imp.items.iter().position(|m| json_success(m).is_some()) else { continue };
        let syn::ImplItem::Fn(send_fn) = &imp.items[send] else { unreachable!("checked above") };
        let name = json_success(&imp.items[send]).unwrap_or_default();
        let mut send_as = send_fn.clone();
        set_success(&mut send_as.block, &quote!(crate::transport::answer::Json<T>))?;
        send_as.sig.ident = syn::Ident::new("send_as", send_as.sig.ident.span());
        send_as.sig.generics = syn::parse_quote!(<T: ::serde::de::DeserializeOwned>);
        send_as.sig.output = syn::parse_quote!(
            -> impl ::std::future::Future<Output = ::std::result::Result<ResponseValue<T>, crate::Error>> + Send
        );
        send_as.attrs.retain(|a| !a.path().is_ident("doc"));
        // Every answer type is reachable as `crate::types::Name` (hand-written ones are re-exported there).
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
        imp.items.insert(send + 1, syn::ImplItem::Fn(send_as));
        added += 1;
    }
    Ok(added)
}

/// The call in `send`'s body: `crate::transport::operation::call::<S, _>(..)`.
fn operation_call(block: &mut syn::Block) -> Option<&mut syn::ExprCall> {
    let Some(syn::Stmt::Expr(syn::Expr::Call(call), None)) = block.stmts.last_mut() else { return None };
    let syn::Expr::Path(func) = &*call.func else { return None };
    let text = func.to_token_stream().to_string().replace(' ', "");
    text.starts_with("crate::transport::operation::call::<").then_some(call)
}

/// For a `send` whose success is `crate::transport::answer::Json<X>`, the
/// name of `X`.
fn json_success(member: &syn::ImplItem) -> Option<String> {
    let syn::ImplItem::Fn(f) = member else { return None };
    if f.sig.ident != "send" {
        return None;
    }
    let mut block = f.block.clone();
    let call = operation_call(&mut block)?;
    let syn::Expr::Path(func) = &*call.func else { return None };
    let text = func.to_token_stream().to_string().replace(' ', "");
    let inner = text
        .strip_prefix("crate::transport::operation::call::<crate::transport::answer::Json<")?
        .strip_suffix(">,_>")?;
    Some(inner.rsplit("::").next().unwrap_or(inner).to_owned())
}

/// Puts `success` as the `S` of the body's `call::<S, _>`.
fn set_success(block: &mut syn::Block, success: &proc_macro2::TokenStream) -> Result<(), String> {
    let call = operation_call(block).ok_or("`send` does not end in `crate::transport::operation::call`")?;
    *call.func = syn::parse_quote!(crate::transport::operation::call::<#success, _>);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builder() -> Vec<syn::Item> {
        vec![
            syn::parse_quote! {
                impl<'a> GetMessage<'a> {
                    /// Gets a message.
                    pub fn send(self) -> impl ::std::future::Future<Output = ::std::result::Result<ResponseValue<types::Message>, crate::Error>> + Send {
                        crate::transport::operation::call::<crate::transport::answer::Json<types::Message>, _>(crate::generated::spec::GET_MESSAGE, move || {
                            crate::transport::checks::path_ids("get_message", &[])?;
                            crate::transport::operation::built(self.into_request())
                        })
                    }
                }
            },
            syn::parse_quote! {
                impl<'a> DownloadAsset<'a> {
                    pub fn send(self) -> impl ::std::future::Future<Output = ::std::result::Result<ResponseValue<types::AssetDownloadResponse>, crate::Error>> + Send {
                        crate::transport::operation::call::<crate::transport::answer::Reported<types::AssetDownloadResponse>, _>(crate::generated::spec::DOWNLOAD_ASSET, move || {
                            crate::transport::operation::built(self.into_request())
                        })
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
        assert!(get.contains("call::<crate::transport::answer::Json<types::Message>,_>"), "{get}");
        assert!(get.contains("pubfnsend_as<T:::serde::de::DeserializeOwned>(self)->impl::std::future::Future<Output=::std::result::Result<ResponseValue<T>,crate::Error>>+Send"), "{get}");
        assert!(
            get.contains("call::<crate::transport::answer::Json<T>,_>(crate::generated::spec::GET_MESSAGE"),
            "{get}"
        );
        // The checks of `send` run in `send_as` too.
        assert_eq!(get.matches("path_ids(\"get_message\"").count(), 2, "{get}");
        assert!(get.contains("yourowntype`T`insteadof[`Message`](crate::types::Message)"), "{get}");
        // A reported-failure check needs the model: left alone.
        let download = text(&items[1]);
        assert!(!download.contains("send_as"), "{download}");
    }
}
