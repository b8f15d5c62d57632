//! Tolerant enums: string enums the server may grow keep unknown values in
//! an `Other(String)` variant instead of failing the whole response.

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};
use quote::{format_ident, quote};

/// Extension marking a string enum the server may grow: it is generated as a
/// tolerant enum that keeps unknown values in an `Other(String)` variant.
pub const TOLERANT_EXT: &str = "x-tolerant-enum";

/// A string enum the generator turns into a tolerant Rust enum.
pub struct TolerantEnum {
    pub name: String,
    pub description: Option<String>,
    pub values: Vec<String>,
}

/// Every component schema carrying [`TOLERANT_EXT`].
pub fn tolerant_enums(spec: &OpenAPI) -> Result<Vec<TolerantEnum>, String> {
    let mut out = Vec::new();
    let Some(components) = &spec.components else { return Ok(out) };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        if !schema.schema_data.extensions.get(TOLERANT_EXT).is_some_and(|v| v == &serde_json::Value::Bool(true)) {
            continue;
        }
        let SchemaKind::Type(Type::String(s)) = &schema.schema_kind else {
            return Err(format!("schema {name}: {TOLERANT_EXT} is only allowed on string enums"));
        };
        let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
        if values.is_empty() {
            return Err(format!("schema {name}: {TOLERANT_EXT} needs a non-empty `enum`"));
        }
        out.push(TolerantEnum { name: name.clone(), description: schema.schema_data.description.clone(), values });
    }
    Ok(out)
}

/// Rust variant name for a wire value: `voice-note` → `VoiceNote`,
/// `FAIL_RETRIABLE` → `FailRetriable`, `afterRead` → `AfterRead`, `""` → `Empty`.
fn variant_ident(value: &str) -> syn::Ident {
    let mut name = String::new();
    for part in value.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()) {
        let all_upper = !part.chars().any(|c| c.is_ascii_lowercase());
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| if all_upper { c.to_ascii_lowercase() } else { c }));
        }
    }
    if name.is_empty() {
        name = "Empty".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    format_ident!("{}", name)
}

pub(super) fn tolerant_enum_tokens(e: &TolerantEnum) -> proc_macro2::TokenStream {
    let name = format_ident!("{}", e.name);
    let doc = e.description.clone().unwrap_or_default();
    let idents: Vec<_> = e.values.iter().map(|v| variant_ident(v)).collect();
    let values = &e.values;
    let docs = values.iter().map(|v| format!("`{v}`"));
    let other_doc = "A value this version of the crate does not know; the server's string is kept as sent.";
    quote! {
        #[doc = #doc]
        ///
        /// Tolerant: values added by newer servers decode into `Other` instead of failing.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #docs] #idents, )*
            #[doc = #other_doc]
            Other(::std::string::String),
        }

        impl #name {
            /// The value exactly as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #values, )*
                    Self::Other(s) => s.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#idents, )*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Other(_) => Self::Other(value),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                // A visitor, so a known value is matched from the borrowed text
                // without allocating a `String` first.
                struct ValueVisitor;
                impl<'de> ::serde::de::Visitor<'de> for ValueVisitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<Self::Value, E> {
                        Ok(#name::from(v))
                    }
                    fn visit_string<E: ::serde::de::Error>(self, v: ::std::string::String) -> ::std::result::Result<Self::Value, E> {
                        Ok(#name::from(v))
                    }
                }
                deserializer.deserialize_str(ValueVisitor)
            }
        }
    }
}

/// Appends the tolerant enums to the `types` module.
pub(super) fn inject(types: &mut Vec<syn::Item>, enum_items: Vec<proc_macro2::TokenStream>) -> Result<(), String> {
    for tokens in enum_items {
        let items: syn::File = syn::parse2(tokens).map_err(|e| format!("tolerant enum does not parse: {e}"))?;
        types.extend(items.items);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::parse_spec;

    fn spec(schemas: &str) -> OpenAPI {
        parse_spec(&format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        ))
        .unwrap()
    }

    #[test]
    fn variant_names_read_as_rust() {
        let names: Vec<String> = ["voice-note", "FAIL_RETRIABLE", "afterRead", "", "1x", "img"]
            .iter()
            .map(|v| variant_ident(v).to_string())
            .collect();
        assert_eq!(names, ["VoiceNote", "FailRetriable", "AfterRead", "Empty", "V1x", "Img"]);
    }

    #[test]
    fn only_marked_string_enums_are_tolerant() {
        let found = tolerant_enums(&spec(
            "    Kind: {type: string, description: What it is., enum: [a, b-c], x-tolerant-enum: true}\n    \
             Plain: {type: string, enum: [x]}\n",
        ))
        .unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Kind");
        assert_eq!(found[0].values, ["a", "b-c"]);
        assert_eq!(found[0].description.as_deref(), Some("What it is."));
        let code = tolerant_enum_tokens(&found[0]).to_string();
        assert!(code.contains("BC ,"), "{code}");
        assert!(code.contains("Other (:: std :: string :: String)"), "{code}");
    }

    #[test]
    fn a_marked_schema_that_is_no_string_enum_is_an_error() {
        let err = tolerant_enums(&spec("    Count: {type: integer, x-tolerant-enum: true}\n")).err().unwrap();
        assert!(err.contains("only allowed on string enums"), "{err}");
        let err = tolerant_enums(&spec("    Kind: {type: string, x-tolerant-enum: true}\n")).err().unwrap();
        assert!(err.contains("non-empty `enum`"), "{err}");
    }
}
