//! Lenient decoding: optional collections accept `null`, integer counts
//! accept floats; timestamps take chrono's fast parser first.

use quote::{ToTokens, quote};

use super::syntax::serde_attr_text;

/// Lets optional arrays and maps decode JSON `null` as empty.
///
/// typify gives an optional array or map property a plain `Vec`/`HashMap`
/// with `#[serde(default, skip_serializing_if = "..::is_empty")]`, which
/// accepts a missing key but fails the whole response on `null`. Servers
/// send `null` for optional fields (inventory §4.0), so every such field
/// also gets `deserialize_with = "crate::model::lenient::null_as_default"`.
/// Serialization is unchanged. Returns how many fields were patched.
pub(super) fn accept_null_collections(items: &mut [syn::Item]) -> usize {
    let mut patched = 0;
    for item in items {
        let syn::Item::Struct(item) = item else { continue };
        for field in item.fields.iter_mut() {
            for attr in &mut field.attrs {
                if !attr.path().is_ident("serde") {
                    continue;
                }
                let syn::Meta::List(list) = &mut attr.meta else { continue };
                let text = list.tokens.to_string();
                let has_default = text.split(',').any(|part| part.trim() == "default");
                if has_default && text.contains("is_empty") && !text.contains("deserialize_with") {
                    let tokens = &list.tokens;
                    list.tokens = quote!(#tokens, deserialize_with = "crate::model::lenient::null_as_default");
                    patched += 1;
                }
            }
        }
    }
    patched
}

/// Byte sizes, counts and pixel sizes are `u64`; some servers send them as
/// floats (`1024.0`), so every `u64` field decodes leniently
/// (`crate::model::lenient::count`). Returns how many fields were patched.
pub(super) fn lenient_counts(types: &mut [syn::Item]) -> usize {
    decode_fields_with(types, |ty| match ty {
        "u64" => Some(("crate::model::lenient::count", false)),
        "::std::option::Option<u64>" => Some(("crate::model::lenient::optional_count", true)),
        _ => None,
    })
}

/// Every `DateTime<Utc>` field decodes through
/// `crate::model::timestamp`: chrono's strict RFC 3339 parser first (a
/// direct scan), its relaxed one (what chrono's own `Deserialize` uses, an
/// item-by-item parse several times slower) only for what the strict one
/// refuses, so every value decodes as before. Returns how many fields were
/// patched.
pub(super) fn fast_timestamps(types: &mut [syn::Item]) -> usize {
    decode_fields_with(types, |ty| match ty {
        "::chrono::DateTime<::chrono::offset::Utc>" => Some(("crate::model::timestamp::required", false)),
        "::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>" => {
            Some(("crate::model::timestamp::optional", true))
        }
        _ => None,
    })
}

/// Gives every struct field whose type (spaces removed) `pick` maps to a
/// function `deserialize_with` that function; an optional field also gets
/// `default` (a missing key stays `None`). Fields that already have a
/// `deserialize_with` are left alone. Returns how many fields were patched.
fn decode_fields_with(types: &mut [syn::Item], pick: impl Fn(&str) -> Option<(&'static str, bool)>) -> usize {
    let mut patched = 0;
    for item in types {
        let syn::Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            let ty = field.ty.to_token_stream().to_string().replace(' ', "");
            let Some((with, optional)) = pick(&ty) else { continue };
            let serde = serde_attr_text(&field.attrs);
            if serde.contains("deserialize_with") {
                continue;
            }
            match field.attrs.iter_mut().find(|a| a.path().is_ident("serde")) {
                Some(attr) => {
                    let syn::Meta::List(list) = &mut attr.meta else { continue };
                    let tokens = &list.tokens;
                    list.tokens = if optional && !serde.contains("default") {
                        quote!(#tokens, default, deserialize_with = #with)
                    } else {
                        quote!(#tokens, deserialize_with = #with)
                    };
                }
                None if optional => field.attrs.push(syn::parse_quote!(#[serde(default, deserialize_with = #with)])),
                None => field.attrs.push(syn::parse_quote!(#[serde(deserialize_with = #with)])),
            }
            patched += 1;
        }
    }
    patched
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(items: &[syn::Item]) -> String {
        items.iter().map(|i| i.to_token_stream().to_string().replace(' ', "")).collect()
    }

    #[test]
    fn optional_collections_accept_null_and_nothing_else_changes() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            pub struct Chat {
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub participants: Vec<String>,
                #[serde(rename = "chatID")]
                pub chat_id: String,
            }
        }];
        assert_eq!(accept_null_collections(&mut items), 1);
        let out = render(&items);
        assert!(out.contains(r#"deserialize_with="crate::model::lenient::null_as_default")]pubparticipants"#), "{out}");
        assert_eq!(out.matches("deserialize_with").count(), 1, "{out}");
        // A second run finds nothing left to patch.
        assert_eq!(accept_null_collections(&mut items), 0);
    }

    #[test]
    fn counts_decode_leniently_required_and_optional() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            pub struct Asset {
                pub size: u64,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub width: ::std::option::Option<u64>,
                pub height: ::std::option::Option<u64>,
                pub name: String,
            }
        }];
        assert_eq!(lenient_counts(&mut items), 3);
        let out = render(&items);
        assert!(out.contains(r#"#[serde(deserialize_with="crate::model::lenient::count")]pubsize"#), "{out}");
        assert!(
            out.contains(r#"skip_serializing_if="::std::option::Option::is_none",default,deserialize_with="crate::model::lenient::optional_count")]pubwidth"#),
            "{out}"
        );
        assert!(
            out.contains(r#"#[serde(default,deserialize_with="crate::model::lenient::optional_count")]pubheight"#),
            "{out}"
        );
        assert_eq!(lenient_counts(&mut items), 0, "already lenient fields are left alone");
    }

    #[test]
    fn timestamps_decode_through_the_fast_parser() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            pub struct Message {
                pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
                #[serde(rename = "editedTimestamp", skip_serializing_if = "::std::option::Option::is_none")]
                pub edited: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                pub text: String,
            }
        }];
        assert_eq!(fast_timestamps(&mut items), 2);
        let out = render(&items);
        assert!(out.contains(r#"#[serde(deserialize_with="crate::model::timestamp::required")]pubtimestamp"#), "{out}");
        assert!(
            out.contains(r#"skip_serializing_if="::std::option::Option::is_none",default,deserialize_with="crate::model::timestamp::optional")]pubedited"#),
            "{out}"
        );
        assert_eq!(fast_timestamps(&mut items), 0, "already patched fields are left alone");
    }
}
