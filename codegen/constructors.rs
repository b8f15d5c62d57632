//! Constructors: `Client`'s raw constructors are hidden (`Client::builder()`
//! is the way in) and every generated struct with required fields gets `new`.

use quote::quote;

use super::syntax::{last_ident, serde_attr_text};

/// The `Client` constructors progenitor emits need the crate-private
/// `ClientState`; `Client::builder()` is the public way in. `new` (which
/// also unwraps a reqwest build) is dropped, `new_with_client` is kept for
/// the crate only.
pub(super) fn hide_raw_constructors(file: &mut syn::File) -> Result<(), String> {
    let mut found = 0;
    for item in &mut file.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || !matches!(imp.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("Client")) {
            continue;
        }
        let before = imp.items.len();
        imp.items.retain(|m| !matches!(m, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
        found += before - imp.items.len();
        for member in &mut imp.items {
            if let syn::ImplItem::Fn(f) = member
                && f.sig.ident == "new_with_client"
            {
                f.vis = syn::parse_quote!(pub(crate));
                found += 1;
            }
        }
    }
    if found != 2 {
        return Err(
            "progenitor's `Client::new`/`new_with_client` changed; update codegen::hide_raw_constructors".into()
        );
    }
    Ok(())
}

/// `Type::new(required..)` for every generated struct with required
/// fields, so nesting one input in another needs no fallible builder; the
/// optional fields start empty (or at the spec's default).
pub(super) fn add_constructors(types: &mut Vec<syn::Item>) -> usize {
    let mut added = Vec::new();
    for item in types.iter() {
        let syn::Item::Struct(s) = item else { continue };
        let syn::Fields::Named(fields) = &s.fields else { continue };
        let mut params = Vec::new();
        let mut inits = Vec::new();
        let mut names = Vec::new();
        for field in &fields.named {
            let ident = field.ident.clone().expect("named field");
            let ty = &field.ty;
            let serde = serde_attr_text(&field.attrs);
            let default_fn = serde.find("default = \"").map(|start| {
                let rest = &serde[start + "default = \"".len()..];
                rest.split('"').next().unwrap_or_default().to_owned()
            });
            if let Some(path) = default_fn {
                let path: syn::ExprPath = match syn::parse_str(&path) {
                    Ok(p) => p,
                    Err(_) => continue,
                };
                inits.push(quote!(#ident: #path()));
            } else if last_ident(ty) == "Option" || serde.split([',', '(']).any(|p| p.trim() == "default") {
                inits.push(quote!(#ident: ::std::default::Default::default()));
            } else {
                names.push(format!("`{ident}`"));
                params.push(quote!(#ident: impl ::std::convert::Into<#ty>));
                inits.push(quote!(#ident: #ident.into()));
            }
        }
        if params.is_empty() {
            continue;
        }
        let name = &s.ident;
        let doc =
            format!("A `{name}` with its required fields ({}); every optional field starts unset.", names.join(", "));
        added.push(syn::parse_quote! {
            impl #name {
                #[doc = #doc]
                pub fn new(#(#params),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        });
    }
    let n = added.len();
    types.extend(added);
    n
}
