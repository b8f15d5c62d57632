//! Documentation: every public item of the client gets a doc from the spec
//! (setters, builders, fields behind a `$ref`, variants); the rest is reported.

use std::collections::BTreeMap;

use quote::ToTokens;

use super::names::snake_case;
use super::setters::take_any_list;
use super::syntax::{doc_text, has_doc, last_ident, push_doc};

/// Parses progenitor's "Arguments:" list of each `Client` method doc:
/// operation → parameter → description.
pub(super) fn parameter_docs(file: &syn::File) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || !matches!(imp.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("Client")) {
            continue;
        }
        for member in &imp.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            let mut params = BTreeMap::new();
            let text = doc_text(&f.attrs);
            let mut in_args = false;
            for line in text.lines() {
                if line.trim() == "Arguments:" {
                    in_args = true;
                    continue;
                }
                if !in_args {
                    continue;
                }
                let Some(rest) = line.strip_prefix("- `") else { break };
                if let Some((name, desc)) = rest.split_once("`: ") {
                    params.insert(name.to_owned(), desc.trim().to_owned());
                }
            }
            out.insert(f.sig.ident.to_string(), params);
        }
    }
    out
}

/// Documents what progenitor leaves bare in the operation builders: each
/// parameter setter gets its parameter's spec description, `body` /
/// `body_map` a note on the JSON body; `new` becomes crate-private (the
/// `Client` method is the way in); a required parameter that was never set
/// names itself and the operation.
pub(super) fn document_operation_builders(
    items: &mut [syn::Item],
    params: &BTreeMap<String, BTreeMap<String, String>>,
    missing: &mut Vec<String>,
) -> Result<(), String> {
    for item in items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let builder = last_ident(&imp.self_ty);
        let op = snake_case(&builder);
        let Some(docs) = params.get(&op) else { continue };
        for member in &mut imp.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            let name = f.sig.ident.to_string();
            if name == "new" {
                f.vis = syn::parse_quote!(pub(crate));
                if f.block.to_token_stream().to_string().contains("was not initialized") {
                    let block = replace_not_initialized(f.block.to_token_stream(), &op);
                    f.block = syn::parse2(block).map_err(|e| format!("builder `new` of {op} does not parse: {e}"))?;
                }
                continue;
            }
            take_any_list(f);
            if has_doc(&f.attrs) {
                continue;
            }
            let doc = match name.as_str() {
                "body" => format!("Sets the JSON request body of `{op}` (any value convertible into it)."),
                "body_map" => format!(
                    "Edits the JSON request body of `{op}` in place with its builder's setters, \
                     starting from what is set so far."
                ),
                _ => match docs.get(&name) {
                    Some(desc) => desc.clone(),
                    None => {
                        missing.push(format!("parameter `{name}` of `{op}`"));
                        continue;
                    }
                },
            };
            push_doc(&mut f.attrs, &doc);
        }
    }
    Ok(())
}

fn replace_not_initialized(tokens: proc_macro2::TokenStream, op: &str) -> proc_macro2::TokenStream {
    use proc_macro2::{Group, Literal, TokenTree};
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), replace_not_initialized(g.stream(), op));
                group.set_span(g.span());
                TokenTree::Group(group)
            }
            TokenTree::Literal(l) => {
                if let Ok(lit) = syn::parse_str::<syn::LitStr>(&l.to_string())
                    && let Some(param) = lit.value().strip_suffix(" was not initialized")
                {
                    return TokenTree::Literal(Literal::string(&format!(
                        "`{op}` needs `{param}`: call `.{param}(..)` before `.send()`"
                    )));
                }
                TokenTree::Literal(l)
            }
            other => other,
        })
        .collect()
}

/// Documents typify's `types::builder` module: the module, each builder,
/// and each setter (with the field's own description).
pub(super) fn document_type_builders(types: &mut [syn::Item], missing: &mut Vec<String>) {
    document_ref_fields(types);
    let mut field_docs: BTreeMap<(String, String), String> = BTreeMap::new();
    for item in types.iter() {
        if let syn::Item::Struct(s) = item {
            for field in s.fields.iter() {
                if let Some(ident) = &field.ident {
                    field_docs.insert((s.ident.to_string(), ident.to_string()), doc_text(&field.attrs));
                }
            }
        }
    }
    for item in types.iter_mut() {
        match item {
            syn::Item::Mod(m) if m.ident == "builder" => {
                if !has_doc(&m.attrs) {
                    push_doc(
                        &mut m.attrs,
                        "Builders for the types of [`types`](super): start one with `Type::builder()`, set \
                         fields with its setters (an optional field's setter takes the value or an `Option` of \
                         it) and convert it with `try_into()` (it fails only when a \
                         required field is missing), or pass it to an operation's `body_map`.",
                    );
                }
                for inner in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
                    match inner {
                        syn::Item::Struct(s) if !has_doc(&s.attrs) => {
                            let doc = format!("Builder for [`{0}`](super::{0}).", s.ident);
                            push_doc(&mut s.attrs, &doc);
                        }
                        syn::Item::Impl(imp) if imp.trait_.is_none() => {
                            let ty = last_ident(&imp.self_ty);
                            for member in &mut imp.items {
                                let syn::ImplItem::Fn(f) = member else { continue };
                                if has_doc(&f.attrs) {
                                    continue;
                                }
                                let field = f.sig.ident.to_string();
                                let desc = field_docs.get(&(ty.clone(), field.clone())).cloned().unwrap_or_default();
                                if desc.trim().is_empty() {
                                    missing.push(format!("field `{field}` of `{ty}`"));
                                    continue;
                                }
                                push_doc(&mut f.attrs, &format!("Sets `{field}`: {}", desc.trim()));
                            }
                        }
                        _ => {}
                    }
                }
            }
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let ty = last_ident(&imp.self_ty);
                for member in &mut imp.items {
                    if let syn::ImplItem::Fn(f) = member
                        && f.sig.ident == "builder"
                        && !has_doc(&f.attrs)
                    {
                        push_doc(&mut f.attrs, &format!("Starts a [`builder::{ty}`] with nothing set."));
                    }
                }
            }
            syn::Item::Enum(e) => {
                for variant in &mut e.variants {
                    if has_doc(&variant.attrs) {
                        continue;
                    }
                    let wire = variant
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident("serde"))
                        .find_map(|a| {
                            let text = a.meta.to_token_stream().to_string();
                            let start = text.find("rename = \"")? + "rename = \"".len();
                            text[start..].split('"').next().map(str::to_owned)
                        })
                        .unwrap_or_else(|| variant.ident.to_string());
                    push_doc(&mut variant.attrs, &format!("`{wire}`"));
                }
            }
            _ => {}
        }
    }
}

/// The named type a field holds, looking through `Option`, `Vec`, `Box`
/// and maps.
fn held_type(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    let name = seg.ident.to_string();
    match (&seg.arguments, name.as_str()) {
        (syn::PathArguments::AngleBracketed(args), "Option" | "Vec" | "Box" | "HashMap" | "BTreeMap") => {
            args.args.iter().rev().find_map(|a| match a {
                syn::GenericArgument::Type(t) => held_type(t),
                _ => None,
            })
        }
        _ => Some(name),
    }
}

/// OpenAPI 3.0 ignores a `description` next to a `$ref`, so a property
/// that is just a reference gets the referenced schema's description.
fn document_ref_fields(types: &mut [syn::Item]) {
    let mut type_docs = BTreeMap::new();
    for item in types.iter() {
        let (ident, attrs) = match item {
            syn::Item::Struct(s) => (&s.ident, &s.attrs),
            syn::Item::Enum(e) => (&e.ident, &e.attrs),
            _ => continue,
        };
        let doc = doc_text(attrs);
        if let Some(first) = doc.split("\n\n").next().map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            && !first.is_empty()
        {
            type_docs.insert(ident.to_string(), first);
        }
    }
    for item in types.iter_mut() {
        let syn::Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            if has_doc(&field.attrs) {
                continue;
            }
            if let Some(doc) = held_type(&field.ty)
                .and_then(|t| type_docs.get(&t).map(|d| format!("{d} (see [`{t}`](crate::types::{t}))")))
            {
                push_doc(&mut field.attrs, &doc);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client_and_builder() -> (syn::File, Vec<syn::Item>) {
        let file = syn::parse_quote! {
            impl Client {
                #[doc = "Search chats\n\nArguments:\n- `limit`: How many chats.\n- `query`: Text to look for."]
                pub fn search_chats(&self) -> builder::SearchChats<'_> { todo!() }
            }
        };
        let builder = vec![syn::parse_quote! {
            impl<'a> SearchChats<'a> {
                pub fn new(client: &'a super::Client) -> Self {
                    Self { client, chat_id: Err("chat_id was not initialized".to_string()) }
                }
                pub fn limit<V>(mut self, value: V) -> Self { todo!() }
                pub fn cursor<V>(mut self, value: V) -> Self { todo!() }
                pub fn body<V>(mut self, value: V) -> Self { todo!() }
            }
        }];
        (file, builder)
    }

    #[test]
    fn setters_get_their_parameter_docs_and_gaps_are_reported() {
        let (file, mut builder) = client_and_builder();
        let params = parameter_docs(&file);
        assert_eq!(params["search_chats"]["query"], "Text to look for.");
        let mut missing = Vec::new();
        document_operation_builders(&mut builder, &params, &mut missing).unwrap();
        let out = quote::quote!(#(#builder)*).to_string();
        assert!(out.contains("# [doc = \"How many chats.\"] pub fn limit"), "{out}");
        assert!(out.contains("Sets the JSON request body of `search_chats`"), "{out}");
        assert!(out.contains("pub (crate) fn new"), "{out}");
        assert!(out.contains("`search_chats` needs `chat_id`: call `.chat_id(..)` before `.send()`"), "{out}");
        assert_eq!(missing, ["parameter `cursor` of `search_chats`"]);
    }

    #[test]
    fn a_ref_field_borrows_the_first_paragraph_of_its_type() {
        let mut types: Vec<syn::Item> = vec![
            syn::parse_quote! {
                ///Which way to read.
                ///
                ///More detail.
                pub enum Direction { After, Before }
            },
            syn::parse_quote! {
                pub struct Page { pub direction: ::std::option::Option<Direction>, pub other: Vec<Unknown> }
            },
        ];
        document_ref_fields(&mut types);
        let syn::Item::Struct(s) = &types[1] else { unreachable!() };
        let docs: Vec<String> = s.fields.iter().map(|f| doc_text(&f.attrs)).collect();
        assert_eq!(docs, ["Which way to read. (see [`Direction`](crate::types::Direction))", ""]);
    }
}
