//! Decoding and encoding helpers the generated models use: values whose JSON
//! type varies between servers, unions that keep unknown variants,
//! timestamps, and explicit `null` in request bodies.

#[cfg(test)]
mod decode_props;
mod filters;
pub(crate) mod lenient;
pub(crate) mod patch;
pub(crate) mod timestamp;
pub(crate) mod unions;
