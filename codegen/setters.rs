//! Setters: the operation builders' setters take friendlier arguments.

use quote::{ToTokens, quote};

/// A list setter (`V: TryInto<Vec<T>>`) takes any iterable of values
/// convertible to `T` instead, so `.account_ids(["a", "b"])` works as well
/// as a `Vec<String>`; it cannot fail, so it stores the list directly.
pub(super) fn take_any_list(f: &mut syn::ImplItemFn) {
    let Some(where_clause) = &f.sig.generics.where_clause else { return };
    let Some(syn::WherePredicate::Type(pred)) = where_clause.predicates.first() else { return };
    let bound = pred.bounds.to_token_stream().to_string().replace(' ', "");
    let Some(inner) = bound.strip_prefix("std::convert::TryInto<::std::vec::Vec<").and_then(|b| b.strip_suffix(">>"))
    else {
        return;
    };
    let Ok(item): Result<syn::Type, _> = syn::parse_str(inner) else { return };
    let field = f.sig.ident.clone();
    let optional = f.block.to_token_stream().to_string().contains("map (Some)");
    let value = if optional { quote!(Some(list)) } else { quote!(list) };
    let attrs = &f.attrs;
    *f = syn::parse_quote! {
        #(#attrs)*
        pub fn #field<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<#item>,
        {
            let list: ::std::vec::Vec<#item> = value.into_iter().map(::std::convert::Into::into).collect();
            self.#field = Ok(#value);
            self
        }
    };
}
