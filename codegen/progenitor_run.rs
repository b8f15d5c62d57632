//! Running progenitor: its settings, and its panics turned into messages
//! that name the failing operation.

use std::panic::{AssertUnwindSafe, catch_unwind};

use openapiv3::{OpenAPI, ReferenceOr};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use super::handwritten::HANDWRITTEN_SCHEMAS;
use super::spec::{operations, slots_mut};
use super::tolerant_enums::TolerantEnum;

/// Runs progenitor, turning its panics (it panics on several kinds of bad
/// input) into error messages.
pub(super) fn run_progenitor(
    settings: &GenerationSettings,
    spec: &OpenAPI,
) -> Result<proc_macro2::TokenStream, String> {
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
pub(super) fn explain_failure(settings: &GenerationSettings, spec: &OpenAPI, message: &str) -> String {
    let mut culprits = Vec::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in operations(item) {
            let mut single = spec.clone();
            let mut only = item.clone();
            for (m, slot) in slots_mut(&mut only) {
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

/// progenitor's settings: the builder interface, hooks over the crate's
/// `ClientState`, and the tolerant enums and hand-written schemas in place
/// of generated types.
pub(super) fn settings(enums: &[TolerantEnum]) -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(crate::client::ClientState))
        .with_derive("PartialEq");
    for e in enums {
        let path = format!("crate::types::{}", e.name);
        settings.with_replacement(&e.name, path, [TypeImpl::Display, TypeImpl::FromStr].into_iter());
    }
    for (name, path) in HANDWRITTEN_SCHEMAS {
        settings.with_replacement(*name, *path, std::iter::empty());
    }
    settings
}

/// Runs progenitor; on failure, names the operations at fault.
pub(super) fn generate_tokens(
    settings: &GenerationSettings,
    spec: &OpenAPI,
) -> Result<proc_macro2::TokenStream, String> {
    match run_progenitor(settings, spec) {
        Ok(tokens) => Ok(tokens),
        Err(message) => Err(explain_failure(settings, spec, &message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::parse_spec;

    #[test]
    fn a_progenitor_panic_becomes_a_message_naming_the_operation() {
        // `{id}` has no declared parameter: progenitor panics on it.
        let spec = parse_spec(
            "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1/info:
    get: {operationId: getInfo, responses: {'204': {description: ok}}}
  /v1/things/{id}:
    get: {operationId: getThing, responses: {'204': {description: ok}}}
",
        )
        .unwrap();
        let settings = settings(&[]);
        let err = generate_tokens(&settings, &spec).unwrap_err();
        assert!(err.starts_with("cannot generate the client from the spec: progenitor panicked: "), "{err}");
        assert!(err.contains("failing operations:\n  GET /v1/things/{id} (getThing): "), "{err}");
        assert!(!err.contains("getInfo"), "{err}");
    }
}
