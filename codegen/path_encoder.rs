//! The path encoder: generated `encode_path` calls use the crate's own
//! RFC 3986 encoder instead of progenitor-client's.

/// Points the generated `encode_path` calls at `crate::transport::path_encoding`,
/// which escapes everything outside RFC 3986 `pchar` (progenitor-client's
/// version leaves `\`, `|`, `[`, `]`, `^` raw).
pub(super) fn use_own_path_encoder(file: &mut syn::File) -> Result<(), String> {
    let mut replaced = false;
    for item in &mut file.items {
        let syn::Item::Use(item_use) = item else { continue };
        let syn::UseTree::Path(path) = &mut item_use.tree else { continue };
        if path.ident != "progenitor_client" {
            continue;
        }
        let syn::UseTree::Group(group) = path.tree.as_mut() else { continue };
        let before = group.items.len();
        group.items = std::mem::take(&mut group.items)
            .into_iter()
            .filter(|t| !matches!(t, syn::UseTree::Name(n) if n.ident == "encode_path"))
            .collect();
        replaced |= group.items.len() != before;
    }
    if !replaced {
        return Err("progenitor output no longer imports `encode_path`; update codegen::use_own_path_encoder".into());
    }
    file.items.insert(
        0,
        syn::parse_quote!(
            use crate::transport::path_encoding::encode_path;
        ),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn encode_path_comes_from_the_crate() {
        let mut file: syn::File = syn::parse_quote! {
            pub use progenitor_client::{ByteStream, Error};
            use progenitor_client::{encode_path, ClientHooks};
        };
        use_own_path_encoder(&mut file).unwrap();
        let out = file.to_token_stream().to_string().replace(' ', "");
        assert!(out.starts_with("usecrate::transport::path_encoding::encode_path;"), "{out}");
        assert!(out.contains("useprogenitor_client::{ClientHooks};"), "{out}");
    }

    #[test]
    fn output_without_encode_path_is_an_error() {
        let mut file: syn::File = syn::parse_quote!(
            use progenitor_client::{ClientHooks};
        );
        assert!(use_own_path_encoder(&mut file).unwrap_err().contains("encode_path"));
    }
}
