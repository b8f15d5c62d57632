//! Client generation shared by `build.rs` and `cargo xtask codegen`.
//!
//! Both entry points include this file with `#[path]`, so the code that is
//! compiled into the crate and the reviewed snapshot are produced by exactly
//! the same function. Nothing here panics on a bad spec: progenitor's own
//! panics are caught and turned into messages that name the operation.
//!
//! [`generate`] is the pipeline: the passes in order, each in its own file.

mod bodiless;
mod bounds;
mod byot;
mod constructors;
mod docs;
mod handwritten;
mod lenient;
mod names;
mod operation_table;
mod path_encoder;
mod progenitor_run;
mod send;
mod setters;
mod slim;
mod spec;
mod syntax;
mod tolerant_enums;
mod union_tags;
mod untagged;

// What `cargo xtask` reads besides `generate` (build.rs needs only `generate`).
#[allow(unused_imports)]
pub use self::{
    handwritten::HANDWRITTEN_EXT,
    names::snake_case,
    spec::{operations, parse_spec},
    tolerant_enums::TOLERANT_EXT,
    union_tags::{UnionTag, union_tags},
};
use self::{operation_table::operation_table, tolerant_enums::tolerant_enums};

/// Generates the formatted client source: progenitor's output, the tolerant
/// enums injected into its `types` module, and a `spec` module with the
/// operation table the hooks use.
pub fn generate(spec_text: &str) -> Result<String, String> {
    // Facts read from the whole spec, before it is edited for progenitor.
    let mut spec = parse_spec(spec_text)?;
    let table = operation_table(&spec);
    let enums = tolerant_enums(&spec)?;
    // Parameter bounds become checks; the types progenitor makes stay plain.
    let param_bounds = bounds::parameter_bounds(&spec);
    bounds::strip_bounds(&mut spec);

    // Multipart operations progenitor cannot generate are implemented in `src/`.
    handwritten::drop_operations(&mut spec);
    // One error type per operation: bodiless non-2xx answers reach callers as unexpected statuses.
    bodiless::drop_bodiless_statuses(&mut spec);
    // The hand-written unions hold their tag; a `kind` field could only disagree.
    if union_tags::drop_union_tags(&mut spec)? == 0 {
        return Err("found no tagged-union variants to drop the tag from; update codegen::drop_union_tags".into());
    }

    // progenitor itself: builder interface, hooks, replaced schemas.
    let settings = progenitor_run::settings(&enums);
    let tokens = progenitor_run::generate_tokens(&settings, &spec)?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;

    // Public spelling for every identifier (`account_ids`, `kind`).
    let mut file = names::rename_identifiers(file)?;
    // progenitor-client's `encode_path` leaves some characters raw.
    path_encoder::use_own_path_encoder(&mut file)?;
    // `Client::builder()` is the way in; the raw constructors need crate internals.
    constructors::hide_raw_constructors(&mut file)?;
    // Calls go straight to the transport: progenitor's hooks are not implemented.
    slim::drop_hooks_assertion(&mut file)?;
    // Read the parameter docs from the `Client` methods before the builders change.
    let params = docs::parameter_docs(&file);
    let reporting = send::schemas_reporting_errors(&spec);

    // Operation builders: `send` returns `crate::Error`; setters documented.
    let builder_mod = syntax::module_items(&mut file, "builder")?;
    send::wrap_send_methods(builder_mod, &reporting, &send::path_parameters(&spec), &param_bounds)?;
    // `send_raw` keeps only the request it builds, without an `api-version` header.
    slim::slim_send_raw(builder_mod)?;
    // `send_as::<T>()`: the answer decoded into the caller's own type.
    if byot::add_send_as(builder_mod)? == 0 {
        return Err("found no JSON operations to add `send_as` to; update codegen::byot".into());
    }
    let mut undocumented = Vec::new();
    docs::document_operation_builders(builder_mod, &params, &mut undocumented)?;
    // `maybe_*` setters take an `Option`; time setters take any `DateTime<Tz>`.
    if setters::operation_setters(builder_mod)? == 0 {
        return Err("found no optional parameters to add `maybe_` setters to; update codegen::setters".into());
    }

    // Types: lenient decoding, constructors, tolerant enums, re-exports, docs.
    let enum_items = enums.iter().map(tolerant_enums::tolerant_enum_tokens).collect::<Vec<_>>();
    let types_mod = syntax::module_items(&mut file, "types")?;
    // Servers send `null` for optional arrays and maps.
    if lenient::accept_null_collections(types_mod) == 0 {
        return Err(
            "found no optional collections to make null-tolerant; update codegen::accept_null_collections".into()
        );
    }
    // Some servers send counts and sizes as floats (`1024.0`).
    if lenient::lenient_counts(types_mod) == 0 {
        return Err("found no integer counts to decode leniently; update codegen::lenient_counts".into());
    }
    // Timestamps: chrono's strict RFC 3339 scan first, its relaxed parser as the fallback.
    if lenient::fast_timestamps(types_mod) == 0 {
        return Err("found no timestamp fields to decode fast; update codegen::fast_timestamps".into());
    }
    // Unions of plain shapes pick their variant from the JSON kind, without serde's buffering.
    if untagged::decode_untagged_by_kind(types_mod)? == 0 {
        return Err("found no untagged unions to decode by kind; update codegen::untagged".into());
    }
    // `Type::new(required..)` so nesting inputs needs no fallible builder.
    constructors::add_constructors(types_mod);
    // Enums the server may grow keep unknown values.
    tolerant_enums::inject(types_mod, enum_items)?;
    // `types::LoginStep` works like any generated type.
    handwritten::reexport(types_mod)?;
    // Every public item is documented from the spec, or generation fails.
    docs::document_type_builders(types_mod, &mut undocumented);
    // Body time fields take any `DateTime<Tz>` too.
    if setters::type_builder_setters(types_mod) == 0 {
        return Err("found no time fields in the type builders; update codegen::setters".into());
    }
    if !undocumented.is_empty() {
        return Err(format!(
            "every public item of the client is documented from the spec; add a `description` to:\n  {}",
            undocumented.join("\n  ")
        ));
    }

    // The operation table the hooks read (auth, `Accept`).
    file.items.push(operation_table::spec_module(&table)?);

    // progenitor's call sketches are fragments, not compilable doctests;
    // mark them as text so rustdoc shows them without listing skipped tests.
    let code = prettyplease::unparse(&file).replace("```ignore", "```text");
    Ok(format!("// Generated from openapi.yaml by codegen/mod.rs (progenitor 0.15.1). Do not edit.\n{code}"))
}
