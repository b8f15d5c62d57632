//! Untagged unions decoded by the JSON kind of the value.
//!
//! typify makes a `oneOf` of plain shapes (`seen` is a boolean, a date
//! string or a per-user map) a `#[serde(untagged)]` enum. serde decodes
//! those by buffering the value into its own `Content` tree and trying each
//! variant in turn, building (and dropping) a formatted error for every miss:
//! per message, the `seen` map cost more than the rest of the message. When
//! every variant is a different JSON kind (boolean, string, integer, number,
//! object, array), one visitor picks the variant from the kind instead; the
//! values accepted and the variant chosen are the same. Serialization keeps
//! serde's `untagged`.

use quote::{ToTokens, format_ident, quote};
use syn::punctuated::Punctuated;

/// The JSON kind a variant's single field decodes from.
enum Kind {
    Bool,
    Str,
    Int(syn::Type),
    Float(syn::Type),
    Map,
    Seq,
}

impl Kind {
    fn of(ty: &syn::Type) -> Option<Kind> {
        let text = ty.to_token_stream().to_string().replace(' ', "");
        Some(match text.as_str() {
            "bool" => Kind::Bool,
            "String" | "::std::string::String" => Kind::Str,
            "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => Kind::Int(ty.clone()),
            "f32" | "f64" => Kind::Float(ty.clone()),
            t if ["::std::collections::HashMap<", "::std::collections::BTreeMap<", "::serde_json::Map<"]
                .iter()
                .any(|p| t.starts_with(p)) =>
            {
                Kind::Map
            }
            t if t.starts_with("::std::vec::Vec<") => Kind::Seq,
            _ => return None,
        })
    }

    /// Which JSON values it takes (integers and numbers overlap).
    fn slot(&self) -> u8 {
        match self {
            Kind::Bool => 0,
            Kind::Str => 1,
            Kind::Int(_) | Kind::Float(_) => 2,
            Kind::Map => 3,
            Kind::Seq => 4,
        }
    }

    fn noun(&self) -> &'static str {
        match self {
            Kind::Bool => "a boolean",
            Kind::Str => "a string",
            Kind::Int(_) => "an integer",
            Kind::Float(_) => "a number",
            Kind::Map => "an object",
            Kind::Seq => "an array",
        }
    }
}

/// Replaces the derived `Deserialize` of every untagged enum whose variants
/// are all different JSON kinds with a kind-dispatching one; answers how
/// many enums changed. Enums with any other variant shape keep serde's.
pub(super) fn decode_untagged_by_kind(items: &mut Vec<syn::Item>) -> Result<usize, String> {
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        let syn::Item::Enum(e) = item else { continue };
        let untagged =
            e.attrs.iter().any(|a| a.path().is_ident("serde") && a.to_token_stream().to_string().contains("untagged"));
        if !untagged {
            continue;
        }
        let Some(kinds) = variant_kinds(e) else { continue };
        if !drop_derived_deserialize(&mut e.attrs)? {
            continue;
        }
        impls.push(visitor_impl(&e.ident, &kinds));
    }
    let changed = impls.len();
    for tokens in impls {
        items.push(syn::parse2(tokens).map_err(|e| format!("untagged decoder does not parse: {e}"))?);
    }
    Ok(changed)
}

/// Each variant with its kind, when every variant is a one-field tuple of a
/// kind no other variant has.
fn variant_kinds(e: &syn::ItemEnum) -> Option<Vec<(syn::Ident, Kind)>> {
    let mut out: Vec<(syn::Ident, Kind)> = Vec::new();
    for variant in &e.variants {
        let syn::Fields::Unnamed(fields) = &variant.fields else { return None };
        if fields.unnamed.len() != 1 {
            return None;
        }
        let kind = Kind::of(&fields.unnamed[0].ty)?;
        if out.iter().any(|(_, k)| k.slot() == kind.slot()) {
            return None;
        }
        out.push((variant.ident.clone(), kind));
    }
    (!out.is_empty()).then_some(out)
}

/// Removes `Deserialize` from the enum's derive list; answers whether it
/// was there.
fn drop_derived_deserialize(attrs: &mut [syn::Attribute]) -> Result<bool, String> {
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let paths = attr
            .parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            .map_err(|e| format!("derive list does not parse: {e}"))?;
        let kept: Vec<&syn::Path> =
            paths.iter().filter(|p| p.segments.last().is_none_or(|s| s.ident != "Deserialize")).collect();
        if kept.len() == paths.len() {
            continue;
        }
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        return Ok(true);
    }
    Ok(false)
}

fn visitor_impl(name: &syn::Ident, kinds: &[(syn::Ident, Kind)]) -> proc_macro2::TokenStream {
    let nouns: Vec<&str> = kinds.iter().map(|(_, k)| k.noun()).collect();
    let expecting = match nouns.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last} (`{name}`)", rest.join(", ")),
        _ => format!("{} (`{name}`)", nouns.join("")),
    };
    let methods = kinds.iter().map(|(variant, kind)| {
        let make = quote!(#name::#variant);
        match kind {
            Kind::Bool => quote! {
                fn visit_bool<E: ::serde::de::Error>(self, v: bool) -> ::std::result::Result<Self::Value, E> {
                    Ok(#make(v))
                }
            },
            Kind::Str => quote! {
                fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<Self::Value, E> {
                    Ok(#make(v.to_owned()))
                }
                fn visit_string<E: ::serde::de::Error>(self, v: ::std::string::String) -> ::std::result::Result<Self::Value, E> {
                    Ok(#make(v))
                }
            },
            Kind::Int(ty) => quote! {
                fn visit_i64<E: ::serde::de::Error>(self, v: i64) -> ::std::result::Result<Self::Value, E> {
                    <#ty as ::std::convert::TryFrom<i64>>::try_from(v)
                        .map(#make)
                        .map_err(|_| E::invalid_value(::serde::de::Unexpected::Signed(v), &self))
                }
                fn visit_u64<E: ::serde::de::Error>(self, v: u64) -> ::std::result::Result<Self::Value, E> {
                    <#ty as ::std::convert::TryFrom<u64>>::try_from(v)
                        .map(#make)
                        .map_err(|_| E::invalid_value(::serde::de::Unexpected::Unsigned(v), &self))
                }
            },
            Kind::Float(ty) => quote! {
                fn visit_f64<E: ::serde::de::Error>(self, v: f64) -> ::std::result::Result<Self::Value, E> {
                    Ok(#make(v as #ty))
                }
                fn visit_i64<E: ::serde::de::Error>(self, v: i64) -> ::std::result::Result<Self::Value, E> {
                    Ok(#make(v as #ty))
                }
                fn visit_u64<E: ::serde::de::Error>(self, v: u64) -> ::std::result::Result<Self::Value, E> {
                    Ok(#make(v as #ty))
                }
            },
            Kind::Map => quote! {
                fn visit_map<A: ::serde::de::MapAccess<'de>>(self, map: A) -> ::std::result::Result<Self::Value, A::Error> {
                    ::serde::Deserialize::deserialize(::serde::de::value::MapAccessDeserializer::new(map)).map(#make)
                }
            },
            Kind::Seq => quote! {
                fn visit_seq<A: ::serde::de::SeqAccess<'de>>(self, seq: A) -> ::std::result::Result<Self::Value, A::Error> {
                    ::serde::Deserialize::deserialize(::serde::de::value::SeqAccessDeserializer::new(seq)).map(#make)
                }
            },
        }
    });
    let visitor = format_ident!("{}KindVisitor", name);
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                struct #visitor;
                impl<'de> ::serde::de::Visitor<'de> for #visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }
                    #(#methods)*
                }
                deserializer.deserialize_any(#visitor)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(items: &[syn::Item]) -> String {
        items.iter().map(|i| i.to_token_stream().to_string().replace(' ', "")).collect()
    }

    #[test]
    fn unions_of_distinct_kinds_get_a_kind_visitor() {
        let mut items: Vec<syn::Item> = vec![
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                #[serde(untagged)]
                pub enum Seen {
                    Flag(bool),
                    At(::std::string::String),
                    ByUser(::std::collections::HashMap<::std::string::String, SeenReceipt>),
                }
            },
            // Two variants of one kind: serde's trial order decides, left alone.
            syn::parse_quote! {
                #[derive(::serde::Deserialize, Clone)]
                #[serde(untagged)]
                pub enum Number { Int(i64), Float(f64) }
            },
            // A struct variant: left alone.
            syn::parse_quote! {
                #[derive(::serde::Deserialize)]
                #[serde(untagged)]
                pub enum Shape { Named(Chat), Text(::std::string::String) }
            },
        ];
        assert_eq!(decode_untagged_by_kind(&mut items).unwrap(), 1);
        let out = render(&items);
        assert!(out.contains("#[derive(::serde::Serialize,Clone,Debug)]#[serde(untagged)]pubenumSeen"), "{out}");
        assert!(
            out.contains("implDeserialize<'de>forSeen") || out.contains("impl<'de>::serde::Deserialize<'de>forSeen")
        );
        assert!(out.contains("\"aboolean,astringoranobject(`Seen`)\""), "{out}");
        assert!(out.contains("#[derive(::serde::Deserialize,Clone)]#[serde(untagged)]pubenumNumber"), "{out}");
        assert!(out.contains("#[derive(::serde::Deserialize)]#[serde(untagged)]pubenumShape"), "{out}");
        assert_eq!(decode_untagged_by_kind(&mut items).unwrap(), 0, "a second run finds nothing");
    }
}
