//! Names: every generated identifier gets its public spelling (scoped and
//! global renames), and identifiers that still read badly are an error.

use std::collections::BTreeMap;

use quote::quote;

/// The snake_case form progenitor gives an operation id (heck rules: a run
/// of capitals followed by lowercase starts a new word).
pub fn snake_case(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' || c == ' ' || c == '_' {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if (prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower))
                && !out.ends_with('_')
            {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Renames that apply inside one operation only: `(operation id, generated
/// name, public name)`. `search_chats` calls its chat-kind filter `type`
/// on the wire, `search_messages` calls it `chatType`; both read
/// `chat_type` in Rust.
pub const SCOPED_RENAMES: &[(&str, &str, &str)] = &[("search_chats", "type_", "chat_type")];

/// Renames applied to every generated identifier (and to the same words in
/// generated docs and messages). Wire names are unaffected: serde `rename`
/// attributes and query keys are string literals with the API's spelling.
pub(super) fn global_rename(word: &str) -> Option<String> {
    if word == "type_" {
        // `type` is a keyword; `kind` says the same without an underscore.
        return Some("kind".to_owned());
    }
    unmangle(word)
}

/// Joins the one-letter words heck splits out of capitalised abbreviations:
/// `account_i_ds` → `account_ids`, `image_u_r_l` → `image_url`. Returns
/// `None` when there is nothing to join.
pub fn unmangle(word: &str) -> Option<String> {
    if !is_snake(word) {
        return None;
    }
    let parts: Vec<&str> = word.split('_').collect();
    let mut words: Vec<String> = Vec::new();
    let mut glue = false;
    for (i, part) in parts.iter().enumerate() {
        match words.last_mut() {
            Some(last) if glue => last.push_str(part),
            _ => words.push((*part).to_owned()),
        }
        let single = part.len() == 1 && part.chars().all(|c| c.is_ascii_lowercase());
        glue = single && i > 0 && i + 1 < parts.len();
    }
    let joined = words.join("_");
    (joined != word).then_some(joined)
}

fn is_snake(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with('_')
        && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Why a generated identifier would read badly, if it does: a one-letter
/// word split (`account_i_ds`, `image_u_r_l`) or a trailing underscore
/// (`type_`).
pub fn identifier_problem(word: &str) -> Option<&'static str> {
    if !is_snake(word) {
        return None;
    }
    let parts: Vec<&str> = word.split('_').collect();
    if parts.len() >= 2 && parts.iter().skip(1).any(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_lowercase())) {
        return Some("a one-letter word split (heck mangling of a capitalised abbreviation)");
    }
    if word.len() > 1 && word.ends_with('_') {
        return Some("a trailing underscore");
    }
    None
}

/// Every identifier of the generated code that [`identifier_problem`]
/// flags, with the reason; empty when all names read well.
pub fn bad_identifiers(tokens: proc_macro2::TokenStream) -> Vec<String> {
    fn walk(tokens: proc_macro2::TokenStream, out: &mut BTreeMap<String, &'static str>) {
        for tt in tokens {
            match tt {
                proc_macro2::TokenTree::Group(g) => walk(g.stream(), out),
                proc_macro2::TokenTree::Ident(i) => {
                    let name = i.to_string();
                    if let Some(problem) = identifier_problem(&name) {
                        out.insert(name, problem);
                    }
                }
                _ => {}
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(tokens, &mut found);
    found.into_iter().map(|(name, why)| format!("`{name}`: {why}")).collect()
}

/// Applies `rename` to every identifier and to every whole word of every
/// string literal (docs, error messages).
fn rename_tokens(
    tokens: proc_macro2::TokenStream,
    rename: &dyn Fn(&str) -> Option<String>,
) -> proc_macro2::TokenStream {
    use proc_macro2::{Group, Ident, Literal, TokenTree};
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), rename_tokens(g.stream(), rename));
                group.set_span(g.span());
                TokenTree::Group(group)
            }
            TokenTree::Ident(i) => match rename(&i.to_string()) {
                Some(new) => TokenTree::Ident(Ident::new(&new, i.span())),
                None => TokenTree::Ident(i),
            },
            TokenTree::Literal(l) => {
                let text = l.to_string();
                if (text.starts_with('"') || text.starts_with('r'))
                    && let Ok(lit) = syn::parse_str::<syn::LitStr>(&text)
                {
                    let value = lit.value();
                    let renamed = rename_words(&value, rename);
                    if renamed != value {
                        return TokenTree::Literal(Literal::string(&renamed));
                    }
                }
                TokenTree::Literal(l)
            }
            other => other,
        })
        .collect()
}

/// Applies `rename` to each maximal run of `[A-Za-z0-9_]` in `text`.
fn rename_words(text: &str, rename: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            out.push_str(&rename(word).unwrap_or_else(|| word.clone()));
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// PascalCase builder name of an operation id: `search_chats` → `SearchChats`.
fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

fn rename_item<T: quote::ToTokens + syn::parse::Parse>(
    item: &T,
    rename: &dyn Fn(&str) -> Option<String>,
) -> Result<T, String> {
    syn::parse2(rename_tokens(quote!(#item), rename)).map_err(|e| format!("renamed code does not parse: {e}"))
}

/// Gives every generated name its public spelling: first the
/// per-operation renames, then [`global_rename`] everywhere; then fails if
/// any identifier still reads badly.
pub(super) fn rename_identifiers(file: syn::File) -> Result<syn::File, String> {
    let mut file = file;
    for (op, from, to) in SCOPED_RENAMES {
        let rename = |w: &str| (w == *from).then(|| (*to).to_owned());
        let builder = pascal_case(op);
        let mut hits = 0;
        for item in &mut file.items {
            match item {
                syn::Item::Mod(m) if m.ident == "builder" => {
                    for inner in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
                        let name = match inner {
                            syn::Item::Struct(s) => s.ident.to_string(),
                            syn::Item::Impl(imp) => match imp.self_ty.as_ref() {
                                syn::Type::Path(p) => {
                                    p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default()
                                }
                                _ => String::new(),
                            },
                            _ => continue,
                        };
                        if name == builder {
                            *inner = rename_item(inner, &rename)?;
                            hits += 1;
                        }
                    }
                }
                syn::Item::Impl(imp) if matches!(imp.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("Client")) => {
                    for member in &mut imp.items {
                        if matches!(member, syn::ImplItem::Fn(f) if f.sig.ident == op) {
                            *member = rename_item(member, &rename)?;
                            hits += 1;
                        }
                    }
                }
                _ => {}
            }
        }
        if hits < 3 {
            return Err(format!(
                "scoped rename of `{from}` in `{op}` found no builder; update codegen::SCOPED_RENAMES"
            ));
        }
    }
    let file: syn::File = rename_item(&file, &global_rename)?;
    let bad = bad_identifiers(quote!(#file));
    if !bad.is_empty() {
        return Err(format!(
            "generated identifiers that read badly (add a rename in codegen::global_rename or SCOPED_RENAMES):\n  {}",
            bad.join("\n  ")
        ));
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_splits_are_joined() {
        assert_eq!(unmangle("account_i_ds").as_deref(), Some("account_ids"));
        assert_eq!(unmangle("participant_i_ds").as_deref(), Some("participant_ids"));
        assert_eq!(unmangle("image_u_r_l").as_deref(), Some("image_url"));
        assert_eq!(unmangle("img_url"), None);
        assert_eq!(unmangle("chat_id"), None);
        assert_eq!(unmangle("ChatIDs"), None);
    }

    #[test]
    fn bad_identifiers_are_reported() {
        let tokens = quote!(
            struct S {
                account_i_ds: Vec<String>,
                type_: u8,
                img_url: String,
            }
            fn f(image_u_r_l: &str) {}
        );
        assert_eq!(
            bad_identifiers(tokens),
            [
                "`account_i_ds`: a one-letter word split (heck mangling of a capitalised abbreviation)",
                "`image_u_r_l`: a one-letter word split (heck mangling of a capitalised abbreviation)",
                "`type_`: a trailing underscore",
            ]
        );
    }

    #[test]
    fn renames_reach_identifiers_and_docs_but_not_wire_names() {
        let tokens = quote!(
            #[doc = "- `account_i_ds`: only these; `type_` too"]
            #[serde(rename = "accountIDs")]
            fn account_i_ds(type_: u8) {}
        );
        let out = rename_tokens(tokens, &global_rename).to_string();
        assert!(out.contains("fn account_ids (kind : u8)"), "{out}");
        assert!(out.contains("- `account_ids`: only these; `kind` too"), "{out}");
        assert!(out.contains("\"accountIDs\""), "{out}");
    }

    /// The real spec generates with no badly named identifier (the same
    /// check `generate` enforces).
    #[test]
    fn the_generated_client_has_readable_names() {
        let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi.yaml")).unwrap();
        let code = super::super::generate(&spec).unwrap();
        let file: syn::File = syn::parse_str(&code).unwrap();
        assert_eq!(bad_identifiers(quote!(#file)), Vec::<String>::new());
        let words: std::collections::BTreeSet<&str> =
            code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).collect();
        for mangled in ["account_i_ds", "chat_i_ds", "participant_i_ds", "type_"] {
            assert!(!words.contains(mangled), "`{mangled}` is in the generated client");
        }
        assert!(words.contains("account_ids") && words.contains("kind"));
    }
}
