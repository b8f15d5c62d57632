//! Client generation shared by `build.rs` and `cargo xtask codegen`.
//!
//! Both entry points include this file with `#[path]`, so the code that is
//! compiled into the crate and the reviewed snapshot are produced by exactly
//! the same function. Nothing here panics on a bad spec: progenitor's own
//! panics are caught and turned into messages that name the operation.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};

/// Extension marking an operation that progenitor cannot generate (multipart);
/// it stays documented in the spec and is implemented in `src/`.
pub const HANDWRITTEN_EXT: &str = "x-handwritten";
/// Extension marking a string enum the server may grow: it is generated as a
/// tolerant enum that keeps unknown values in an `Other(String)` variant.
pub const TOLERANT_EXT: &str = "x-tolerant-enum";

/// Named schemas implemented by hand in `src/` (wire shapes serde derives
/// cannot express). Each entry is `(schema name, Rust path)`.
pub const HANDWRITTEN_SCHEMAS: &[(&str, &str)] = &[
    ("NumericString", "crate::lenient::NumericString"),
    ("PatchString", "crate::patch::Patch<String>"),
    ("PatchInteger", "crate::patch::Patch<i64>"),
    ("PatchDraft", "crate::patch::Patch<crate::types::DraftInput>"),
    ("LoginStep", "crate::unions::LoginStep"),
    ("LoginDisplay", "crate::unions::LoginDisplay"),
    ("SetupResponse", "crate::unions::SetupResponse"),
    ("SecretString", "crate::secret::SecretString"),
];

/// The HTTP methods progenitor generates, with their lowercase names.
pub fn operations(item: &openapiv3::PathItem) -> impl Iterator<Item = (&'static str, &openapiv3::Operation)> {
    [
        ("get", &item.get),
        ("put", &item.put),
        ("post", &item.post),
        ("delete", &item.delete),
        ("options", &item.options),
        ("head", &item.head),
        ("patch", &item.patch),
        ("trace", &item.trace),
    ]
    .into_iter()
    .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
}

/// Whether an operation is marked `x-handwritten: true`.
pub fn is_handwritten(op: &openapiv3::Operation) -> bool {
    op.extensions.get(HANDWRITTEN_EXT) == Some(&serde_json::Value::Bool(true))
}

/// Parses the YAML text of the spec.
pub fn parse_spec(text: &str) -> Result<OpenAPI, String> {
    serde_norway::from_str(text).map_err(|e| format!("openapi.yaml is not a valid OpenAPI 3.0 document: {e}"))
}

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

/// One row of the operation table compiled into the client.
pub struct OperationRow {
    pub method: String,
    pub path: String,
    /// False for operations declared with `security: []`.
    pub authenticated: bool,
    /// The token is sent when configured but not required: `security`
    /// lists the empty requirement `{}` next to the bearer one.
    pub token_optional: bool,
    /// `Accept` to send instead of progenitor's `application/json`: the
    /// media type of a non-JSON 2xx body, `*/*` when no 2xx has a body
    /// (what the official SDKs send), else "" (keep JSON).
    pub accept: String,
}

/// snake_case operation id → [`OperationRow`] for every operation, including
/// hand-written ones.
pub fn operation_table(spec: &OpenAPI) -> BTreeMap<String, OperationRow> {
    let global_auth = spec.security.as_ref().is_some_and(|s| !s.is_empty());
    let mut table = BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in operations(item) {
            let Some(id) = &op.operation_id else { continue };
            let authenticated = match &op.security {
                // `security: []` or only `{}` alternatives: no credentials needed.
                Some(reqs) => reqs.iter().any(|r| !r.is_empty()),
                None => global_auth,
            };
            let token_optional =
                authenticated && op.security.as_ref().is_some_and(|reqs| reqs.iter().any(|r| r.is_empty()));
            let success_media: Vec<&String> = op
                .responses
                .responses
                .iter()
                .filter(|(code, _)| {
                    matches!(code, openapiv3::StatusCode::Code(200..=299) | openapiv3::StatusCode::Range(2))
                })
                .filter_map(|(_, r)| r.as_item())
                .flat_map(|r| r.content.keys())
                .collect();
            let accept = if success_media.is_empty() {
                "*/*".to_owned()
            } else {
                success_media
                    .iter()
                    .find(|m| !m.starts_with("application/json"))
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            };
            table.insert(
                snake_case(id),
                OperationRow {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    authenticated,
                    token_optional,
                    accept,
                },
            );
        }
    }
    table
}

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

/// Generates the formatted client source: progenitor's output, the tolerant
/// enums injected into its `types` module, and a `spec` module with the
/// operation table the hooks use.
pub fn generate(spec_text: &str) -> Result<String, String> {
    let mut spec = parse_spec(spec_text)?;
    let table = operation_table(&spec);
    let enums = tolerant_enums(&spec)?;

    // Progenitor cannot generate multipart bodies; those operations are
    // documented in the spec and implemented in `src/`.
    for (_, item) in spec.paths.paths.iter_mut() {
        if let ReferenceOr::Item(item) = item {
            let slots = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
            ];
            for op in slots {
                if op.as_ref().is_some_and(is_handwritten) {
                    *op = None;
                }
            }
        }
    }

    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(crate::client::ClientState))
        .with_derive("PartialEq");
    for e in &enums {
        let path = format!("crate::types::{}", e.name);
        settings.with_replacement(&e.name, path, [TypeImpl::Display, TypeImpl::FromStr].into_iter());
    }
    for (name, path) in HANDWRITTEN_SCHEMAS {
        settings.with_replacement(*name, *path, std::iter::empty());
    }

    let tokens = match run_progenitor(&settings, &spec) {
        Ok(tokens) => tokens,
        Err(message) => return Err(explain_failure(&settings, &spec, &message)),
    };

    let mut file: syn::File = syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    use_own_path_encoder(&mut file)?;
    let reporting = schemas_reporting_errors(&spec);
    let builder_mod = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("progenitor output has no `builder` module")?;
    wrap_send_methods(&mut builder_mod.1, &reporting)?;
    let enum_items = enums.iter().map(tolerant_enum_tokens).collect::<Vec<_>>();
    let types_mod = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("progenitor output has no `types` module")?;
    let patched = accept_null_collections(&mut types_mod.1);
    if patched == 0 {
        return Err(
            "found no optional collections to make null-tolerant; update codegen::accept_null_collections".into()
        );
    }
    for tokens in enum_items {
        let items: syn::File = syn::parse2(tokens).map_err(|e| format!("tolerant enum does not parse: {e}"))?;
        types_mod.1.extend(items.items);
    }
    // Hand-written replacements that are plain paths are re-exported, so
    // `types::LoginStep` works like any generated type.
    for (_, path) in HANDWRITTEN_SCHEMAS.iter().filter(|(_, path)| !path.contains('<')) {
        let path: syn::Path = syn::parse_str(path).map_err(|e| format!("bad hand-written path {path}: {e}"))?;
        types_mod.1.push(syn::parse_quote!(pub use #path;));
    }

    let rows = table.iter().map(|(id, row)| {
        let OperationRow { method, path, authenticated, token_optional, accept } = row;
        quote!(Operation {
            id: #id,
            method: #method,
            path: #path,
            authenticated: #authenticated,
            token_optional: #token_optional,
            accept: #accept
        })
    });
    let spec_mod: syn::Item = syn::parse2(quote! {
        /// Facts about each operation read from `openapi.yaml`, used by the hooks.
        pub mod spec {
            /// One operation of the spec.
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct Operation {
                /// snake_case operation id, as in `OperationInfo::operation_id`.
                pub id: &'static str,
                /// HTTP method, upper case.
                pub method: &'static str,
                /// Path template, e.g. `/v1/chats/{chatID}`.
                pub path: &'static str,
                /// Whether the access token is sent.
                pub authenticated: bool,
                /// Whether the operation also works without a token (it is
                /// then sent only when one is configured).
                pub token_optional: bool,
                /// `Accept` replacing `application/json` (raw-bytes and void
                /// operations), else empty.
                pub accept: &'static str,
            }
            /// Every operation, sorted by id.
            pub const OPERATIONS: &[Operation] = &[#(#rows),*];
        }
    })
    .map_err(|e| format!("spec module does not parse: {e}"))?;
    file.items.push(spec_mod);

    // progenitor's call sketches are fragments, not compilable doctests;
    // mark them as text so rustdoc shows them without listing skipped tests.
    let code = prettyplease::unparse(&file).replace("```ignore", "```text");
    Ok(format!("// Generated from openapi.yaml by codegen/mod.rs (progenitor 0.15.1). Do not edit.\n{code}"))
}

/// Points the generated `encode_path` calls at `crate::path_encoding`,
/// which escapes everything outside RFC 3986 `pchar` (progenitor-client's
/// version leaves `\`, `|`, `[`, `]`, `^` raw).
fn use_own_path_encoder(file: &mut syn::File) -> Result<(), String> {
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
            use crate::path_encoding::encode_path;
        ),
    );
    Ok(())
}

/// Runs progenitor, turning its panics (it panics on several kinds of bad
/// input) into error messages.
fn run_progenitor(settings: &GenerationSettings, spec: &OpenAPI) -> Result<proc_macro2::TokenStream, String> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let generated = catch_unwind(AssertUnwindSafe(|| Generator::new(settings).generate_tokens(spec)));
    std::panic::set_hook(previous_hook);
    match generated {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(format!("progenitor rejected it: {e}")),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            Err(format!("progenitor panicked: {msg}"))
        }
    }
}

/// progenitor's messages rarely say which operation is at fault, so
/// generate each operation on its own (with all components) and name the
/// ones that fail.
fn explain_failure(settings: &GenerationSettings, spec: &OpenAPI, message: &str) -> String {
    let mut culprits = Vec::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in operations(item) {
            let mut single = spec.clone();
            let mut only = item.clone();
            for (m, slot) in [
                ("get", &mut only.get),
                ("put", &mut only.put),
                ("post", &mut only.post),
                ("delete", &mut only.delete),
                ("options", &mut only.options),
                ("head", &mut only.head),
                ("patch", &mut only.patch),
                ("trace", &mut only.trace),
            ] {
                if m != method {
                    *slot = None;
                }
            }
            single.paths.paths = [(path.clone(), ReferenceOr::Item(only))].into_iter().collect();
            if let Err(e) = run_progenitor(settings, &single) {
                let id = op.operation_id.as_deref().unwrap_or("(no operationId)");
                culprits.push(format!("  {} {path} ({id}): {e}", method.to_uppercase()));
            }
        }
    }
    let mut out = format!("cannot generate the client from the spec: {message}");
    if culprits.is_empty() {
        out.push_str("\n(no single operation fails on its own; check the component schemas)");
    } else {
        out.push_str("\nfailing operations:\n");
        out.push_str(&culprits.join("\n"));
    }
    out.push_str("\n(`cargo xtask validate` checks the rules that keep progenitor from failing)");
    out
}

/// Object schemas with a string `error` property: a 2xx answer of that
/// type whose `error` is set is a failure (asset download and upload). An
/// `error` object (a failed login session or verification) is state the
/// caller reads, not a failed request.
fn schemas_reporting_errors(spec: &OpenAPI) -> Vec<String> {
    let Some(components) = &spec.components else { return vec![] };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| {
            match schema {
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Object(obj)), .. })
                if obj.properties.get("error").is_some_and(|error| {
                    matches!(error, ReferenceOr::Item(e) if matches!(e.schema_kind, SchemaKind::Type(Type::String(_))))
                }) =>
            {
                Some(name.clone())
            }
            _ => None,
        }
        })
        .collect()
}

/// Gives every generated request builder the crate's own error type.
///
/// progenitor's `send()` returns `progenitor_client::Error`, which loses the
/// status of undecodable bodies and is not `#[non_exhaustive]`. Each `send`
/// is renamed to a crate-private `send_raw`, and a new `send` maps its
/// result through `crate::error` (JSON answers get the failing JSON path on
/// decode errors; answers with an `error` field are checked). Builder
/// fields become `pub(crate)` so the pagination layer can read the
/// caller's `direction` and swap in cursors.
fn wrap_send_methods(items: &mut [syn::Item], reporting: &[String]) -> Result<(), String> {
    let mut wrapped = 0;
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(item) => {
                for field in item.fields.iter_mut() {
                    field.vis = syn::parse_quote!(pub(crate));
                }
            }
            syn::Item::Impl(imp) => {
                let mut added = Vec::new();
                for member in &mut imp.items {
                    let syn::ImplItem::Fn(f) = member else { continue };
                    if f.sig.ident != "send" {
                        continue;
                    }
                    let ok_type = success_type(&f.sig.output)
                        .ok_or_else(|| format!("unexpected `send` signature: {}", quote!(#f.sig)))?;
                    let docs: Vec<_> = f.attrs.iter().filter(|a| a.path().is_ident("doc")).cloned().collect();
                    f.sig.ident = format_ident!("send_raw");
                    f.vis = syn::parse_quote!(pub(crate));
                    let type_name = match &ok_type {
                        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
                        _ => String::new(),
                    };
                    let finish = match &ok_type {
                        syn::Type::Tuple(_) => quote!(crate::error::finish_raw(self.send_raw()).await),
                        _ if type_name == "ByteStream" => quote!(crate::error::finish_raw(self.send_raw()).await),
                        _ if reporting.contains(&type_name) => {
                            quote!(
                                crate::error::finish_json(self.send_raw()).await.and_then(crate::error::check_reported)
                            )
                        }
                        _ => quote!(crate::error::finish_json(self.send_raw()).await),
                    };
                    added.push(syn::parse_quote! {
                        #(#docs)*
                        ///
                        /// Errors are [`crate::Error`]: the API's error body with its status,
                        /// an unexpected status with its body, a decode error naming the
                        /// JSON path, a transport error, or an input rejected before sending.
                        pub async fn send(self) -> ::std::result::Result<ResponseValue<#ok_type>, crate::Error> {
                            #finish
                        }
                    });
                    wrapped += 1;
                }
                imp.items.extend(added);
            }
            _ => {}
        }
    }
    if wrapped == 0 {
        return Err("found no builder `send` methods; update codegen::wrap_send_methods".into());
    }
    Ok(())
}

/// `T` of `Result<ResponseValue<T>, _>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    fn first_arg(ty: &syn::Type, name: &str) -> Option<syn::Type> {
        let syn::Type::Path(p) = ty else { return None };
        let seg = p.path.segments.last()?;
        if seg.ident != name {
            return None;
        }
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else { return None };
        match args.args.first()? {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }
    }
    let syn::ReturnType::Type(_, ty) = output else { return None };
    first_arg(&first_arg(ty, "Result")?, "ResponseValue")
}

/// Lets optional arrays and maps decode JSON `null` as empty.
///
/// typify gives an optional array or map property a plain `Vec`/`HashMap`
/// with `#[serde(default, skip_serializing_if = "..::is_empty")]`, which
/// accepts a missing key but fails the whole response on `null`. Servers
/// send `null` for optional fields (inventory §4.0), so every such field
/// also gets `deserialize_with = "crate::lenient::null_as_default"`.
/// Serialization is unchanged. Returns how many fields were patched.
fn accept_null_collections(items: &mut [syn::Item]) -> usize {
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
                    list.tokens = quote!(#tokens, deserialize_with = "crate::lenient::null_as_default");
                    patched += 1;
                }
            }
        }
    }
    patched
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

fn tolerant_enum_tokens(e: &TolerantEnum) -> proc_macro2::TokenStream {
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
                ::std::string::String::deserialize(deserializer).map(Self::from)
            }
        }
    }
}
