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
    // Only a variant of `PatchDraft` (its `null`); `Patch::Clear` stands for it.
    ("ClearDraft", "()"),
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

/// The tag of one variant of a `oneOf` with a `discriminator`: variant
/// `variant` of `union` is the one whose `property` is `value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnionTag {
    pub union: String,
    pub variant: String,
    pub property: String,
    pub value: String,
}

/// Every `discriminator.mapping` entry of the component schemas, in spec
/// order. A mapping target that is not a component schema is an error.
pub fn union_tags(spec: &OpenAPI) -> Result<Vec<UnionTag>, String> {
    let mut out = Vec::new();
    let Some(components) = &spec.components else { return Ok(out) };
    for (union, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        let Some(d) = &schema.schema_data.discriminator else { continue };
        for (value, target) in &d.mapping {
            let variant = target
                .strip_prefix("#/components/schemas/")
                .filter(|name| components.schemas.contains_key(*name))
                .ok_or_else(|| {
                    format!("schema {union}: discriminator maps `{value}` to `{target}`, not a component schema")
                })?;
            out.push(UnionTag {
                union: union.clone(),
                variant: variant.to_owned(),
                property: d.property_name.clone(),
                value: value.clone(),
            });
        }
    }
    Ok(out)
}

/// Drops the tag property from the variants of the hand-written tagged
/// unions: the union enum holds the tag (its `kind()`), and writes it when
/// serializing, so a `kind` field on the variant struct could only disagree.
fn drop_union_tags(spec: &mut OpenAPI) -> Result<usize, String> {
    let tags = union_tags(spec)?;
    let schemas = spec.components.as_mut().map(|c| &mut c.schemas).ok_or("the spec has no components")?;
    let mut dropped = 0;
    let mut done = std::collections::BTreeSet::new();
    for tag in tags.iter().filter(|t| HANDWRITTEN_SCHEMAS.iter().any(|(name, _)| *name == t.union)) {
        // src/unions.rs reads the tag from `type`.
        if tag.property != "type" {
            return Err(format!(
                "schema {}: the hand-written union reads its tag from `type`, not `{}`",
                tag.union, tag.property
            ));
        }
        // Two mapping values may name one variant; drop its tag once.
        if !done.insert(tag.variant.as_str()) {
            continue;
        }
        let Some(ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Object(object)), .. })) =
            schemas.get_mut(&tag.variant)
        else {
            return Err(format!("schema {}: a variant of {} must be an inline `type: object`", tag.variant, tag.union));
        };
        if object.properties.shift_remove(&tag.property).is_none() {
            return Err(format!("schema {}: no `{}` property, the tag of {}", tag.variant, tag.property, tag.union));
        }
        object.required.retain(|name| *name != tag.property);
        dropped += 1;
    }
    Ok(dropped)
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

    if drop_union_tags(&mut spec)? == 0 {
        return Err("found no tagged-union variants to drop the tag from; update codegen::drop_union_tags".into());
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

    let file: syn::File = syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    let mut file = rename_identifiers(file)?;
    use_own_path_encoder(&mut file)?;
    hide_raw_constructors(&mut file)?;
    let params = parameter_docs(&file);
    let reporting = schemas_reporting_errors(&spec);
    let builder_mod = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("progenitor output has no `builder` module")?;
    wrap_send_methods(&mut builder_mod.1, &reporting, &path_parameters(&spec))?;
    let mut undocumented = Vec::new();
    document_operation_builders(&mut builder_mod.1, &params, &mut undocumented)?;
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
    if lenient_counts(&mut types_mod.1) == 0 {
        return Err("found no integer counts to decode leniently; update codegen::lenient_counts".into());
    }
    add_constructors(&mut types_mod.1);
    for tokens in enum_items {
        let items: syn::File = syn::parse2(tokens).map_err(|e| format!("tolerant enum does not parse: {e}"))?;
        types_mod.1.extend(items.items);
    }
    // Hand-written replacements that are plain paths are re-exported, so
    // `types::LoginStep` works like any generated type.
    for (_, path) in HANDWRITTEN_SCHEMAS.iter().filter(|(_, path)| path.starts_with("crate::") && !path.contains('<')) {
        let path: syn::Path = syn::parse_str(path).map_err(|e| format!("bad hand-written path {path}: {e}"))?;
        types_mod.1.push(syn::parse_quote!(pub use #path;));
    }
    document_type_builders(&mut types_mod.1, &mut undocumented);
    if !undocumented.is_empty() {
        return Err(format!(
            "every public item of the client is documented from the spec; add a `description` to:\n  {}",
            undocumented.join("\n  ")
        ));
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

/// Request bodies checked before sending: `(operation id, check)`; the
/// check gets the builder's body and returns `Result<(), crate::Error>`.
const BODY_CHECKS: &[(&str, &str)] = &[("send_message", "crate::checks::send_message")];

/// Path parameter names of each operation (snake_case id → wire names, in
/// template order).
fn path_parameters(spec: &OpenAPI) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        let names: Vec<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_owned)
            .collect();
        for (_, op) in operations(item) {
            if let Some(id) = &op.operation_id {
                out.insert(snake_case(id), names.clone());
            }
        }
    }
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
fn wrap_send_methods(
    items: &mut [syn::Item],
    reporting: &[String],
    path_params: &BTreeMap<String, Vec<String>>,
) -> Result<(), String> {
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
                    let op = snake_case(&last_ident(&imp.self_ty));
                    let ids = path_params.get(&op).map(Vec::as_slice).unwrap_or_default();
                    let id_checks = ids.iter().map(|wire| {
                        let field =
                            format_ident!("{}", global_rename(&snake_case(wire)).unwrap_or_else(|| snake_case(wire)));
                        quote!((#wire, self.#field.as_deref().ok()))
                    });
                    let id_check =
                        (!ids.is_empty()).then(|| quote!(crate::checks::path_ids(#op, &[#(#id_checks),*])?;));
                    let body_check = BODY_CHECKS.iter().find(|(id, _)| *id == op).map(|(_, check)| {
                        let check: syn::Path = syn::parse_str(check).expect("BODY_CHECKS paths parse");
                        quote!(#check(&self.body)?;)
                    });
                    added.push(syn::parse_quote! {
                        #(#docs)*
                        ///
                        /// Errors are [`crate::Error`]: the API's error body with its status,
                        /// an unexpected status with its body, a decode error naming the
                        /// JSON path, a transport error, or an input rejected before sending.
                        pub async fn send(self) -> ::std::result::Result<ResponseValue<#ok_type>, crate::Error> {
                            #id_check
                            #body_check
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

// ------------------------------------------------------------------ names

/// Renames that apply inside one operation only: `(operation id, generated
/// name, public name)`. `search_chats` calls its chat-kind filter `type`
/// on the wire, `search_messages` calls it `chatType`; both read
/// `chat_type` in Rust.
pub const SCOPED_RENAMES: &[(&str, &str, &str)] = &[("search_chats", "type_", "chat_type")];

/// Renames applied to every generated identifier (and to the same words in
/// generated docs and messages). Wire names are unaffected: serde `rename`
/// attributes and query keys are string literals with the API's spelling.
fn global_rename(word: &str) -> Option<String> {
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
fn rename_identifiers(file: syn::File) -> Result<syn::File, String> {
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

// ------------------------------------------------------------------ items

fn has_doc(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("doc"))
}

fn doc_text(attrs: &[syn::Attribute]) -> String {
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

fn push_doc(attrs: &mut Vec<syn::Attribute>, text: &str) {
    attrs.insert(0, syn::parse_quote!(#[doc = #text]));
}

fn last_ident(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

fn serde_attr_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .map(|a| a.meta.to_token_stream().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

use quote::ToTokens;

/// The `Client` constructors progenitor emits need the crate-private
/// `ClientState`; `Client::builder()` is the public way in. `new` (which
/// also unwraps a reqwest build) is dropped, `new_with_client` is kept for
/// the crate only.
fn hide_raw_constructors(file: &mut syn::File) -> Result<(), String> {
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

/// Parses progenitor's "Arguments:" list of each `Client` method doc:
/// operation → parameter → description.
fn parameter_docs(file: &syn::File) -> BTreeMap<String, BTreeMap<String, String>> {
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
fn document_operation_builders(
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
fn document_type_builders(types: &mut [syn::Item], missing: &mut Vec<String>) {
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
                         fields with its setters and convert it with `try_into()` (it fails only when a \
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

/// `Type::new(required..)` for every generated struct with required
/// fields, so nesting one input in another needs no fallible builder; the
/// optional fields start empty (or at the spec's default).
fn add_constructors(types: &mut Vec<syn::Item>) -> usize {
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
                params.push(quote!(#ident: impl ::std::convert::Into<#ty>));
                inits.push(quote!(#ident: #ident.into()));
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

/// Byte sizes, counts and pixel sizes are `u64`; some servers send them as
/// floats (`1024.0`), so every `u64` field decodes leniently
/// (`crate::lenient::count`). Returns how many fields were patched.
fn lenient_counts(types: &mut [syn::Item]) -> usize {
    let mut patched = 0;
    for item in types {
        let syn::Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            let ty = field.ty.to_token_stream().to_string().replace(' ', "");
            let with = match ty.as_str() {
                "u64" => "crate::lenient::count",
                "::std::option::Option<u64>" => "crate::lenient::optional_count",
                _ => continue,
            };
            let serde = serde_attr_text(&field.attrs);
            if serde.contains("deserialize_with") {
                continue;
            }
            let optional = with.ends_with("optional_count");
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

/// A list setter (`V: TryInto<Vec<T>>`) takes any iterable of values
/// convertible to `T` instead, so `.account_ids(["a", "b"])` works as well
/// as a `Vec<String>`; it cannot fail, so it stores the list directly.
fn take_any_list(f: &mut syn::ImplItemFn) {
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
        let code = generate(&spec).unwrap();
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
