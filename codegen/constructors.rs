//! Constructors: `Client`'s raw constructors are hidden (`Client::builder()`
//! is the way in) and every generated struct with required fields gets `new`.

use quote::{ToTokens, quote};

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
                if ty.to_token_stream().to_string().replace(' ', "") == "::chrono::DateTime<::chrono::offset::Utc>" {
                    // Any `DateTime<Tz>`, kept as the same instant in UTC.
                    params.push(quote!(#ident: ::chrono::DateTime<impl ::chrono::TimeZone>));
                    inits.push(quote!(#ident: #ident.with_timezone(&::chrono::Utc)));
                } else {
                    params.push(quote!(#ident: impl ::std::convert::Into<#ty>));
                    inits.push(quote!(#ident: #ident.into()));
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_constructors_are_hidden() {
        let mut file: syn::File = syn::parse_quote! {
            impl Client {
                pub fn new(baseurl: &str, inner: ClientState) -> Self { todo!() }
                pub fn new_with_client(baseurl: &str, client: reqwest::Client, inner: ClientState) -> Self { todo!() }
                pub fn baseurl(&self) -> &String { &self.baseurl }
            }
        };
        hide_raw_constructors(&mut file).unwrap();
        let out = file.to_token_stream().to_string().replace(' ', "");
        assert!(!out.contains("pubfnnew("), "{out}");
        assert!(out.contains("pub(crate)fnnew_with_client("), "{out}");
        assert!(out.contains("pubfnbaseurl("), "{out}");
        assert!(hide_raw_constructors(&mut file).is_err(), "a second run finds neither");
    }

    #[test]
    fn new_takes_the_required_fields_and_times_in_any_zone() {
        let mut types: Vec<syn::Item> = vec![
            syn::parse_quote! {
                pub struct ReminderInput {
                    #[serde(rename = "remindAt")]
                    pub remind_at: ::chrono::DateTime<::chrono::offset::Utc>,
                    #[serde(default = "defaults::default_bool::<true>")]
                    pub dismiss: bool,
                    pub note: ::std::option::Option<String>,
                    pub title: String,
                }
            },
            syn::parse_quote! {
                pub struct Empty {
                    pub note: ::std::option::Option<String>,
                }
            },
        ];
        assert_eq!(add_constructors(&mut types), 1);
        let out = types[2].to_token_stream().to_string().replace(' ', "");
        assert!(
            out.contains(
                "pubfnnew(remind_at:::chrono::DateTime<impl::chrono::TimeZone>,title:impl::std::convert::Into<String>)"
            ),
            "{out}"
        );
        assert!(out.contains("remind_at:remind_at.with_timezone(&::chrono::Utc)"), "{out}");
        assert!(out.contains("dismiss:defaults::default_bool::<true>()"), "{out}");
        assert!(out.contains("note:::std::default::Default::default()"), "{out}");
    }
}
