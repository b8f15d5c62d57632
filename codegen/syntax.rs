//! Small helpers over syn items shared by the passes.

use quote::ToTokens;

pub(super) fn has_doc(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("doc"))
}

pub(super) fn doc_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(super) fn push_doc(attrs: &mut Vec<syn::Attribute>, text: &str) {
    attrs.insert(0, syn::parse_quote!(#[doc = #text]));
}

pub(super) fn last_ident(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

pub(super) fn serde_attr_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .map(|a| a.meta.to_token_stream().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// The items of the generated module `name` (`builder`, `types`).
pub(super) fn module_items<'a>(file: &'a mut syn::File, name: &str) -> Result<&'a mut Vec<syn::Item>, String> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == name => m.content.as_mut(),
            _ => None,
        })
        .map(|(_, items)| items)
        .ok_or_else(|| format!("progenitor output has no `{name}` module"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_read_docs_types_and_modules() {
        let mut file: syn::File = syn::parse_quote! {
            ///One
            ///two
            pub mod types { pub struct A; }
        };
        let syn::Item::Mod(m) = &file.items[0] else { unreachable!() };
        assert!(has_doc(&m.attrs));
        assert_eq!(doc_text(&m.attrs), "One\ntwo");
        assert_eq!(last_ident(&syn::parse_quote!(builder::SearchChats<'a>)), "SearchChats");
        assert_eq!(module_items(&mut file, "types").unwrap().len(), 1);
        assert_eq!(module_items(&mut file, "builder").err().unwrap(), "progenitor output has no `builder` module");
    }
}
