//! How one call travels: the hooks every generated operation runs, input
//! checks before sending, attempts and retries within the call deadline,
//! and the percent-encoding of path parameters.

pub(crate) mod attempts;
pub(crate) mod call;
pub(crate) mod checks;
pub(crate) mod decode;
pub(crate) mod finish;
pub(crate) mod hooks;
pub(crate) mod path_encoding;
pub(crate) mod retry;
pub(crate) mod spare;
