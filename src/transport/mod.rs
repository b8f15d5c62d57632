//! How one call travels: input checks and the headers every request gets,
//! the call's future, its attempts and retries within the call deadline,
//! what the answer becomes, and the percent-encoding of path parameters.

pub(crate) mod answer;
pub(crate) mod attempts;
pub(crate) mod checks;
pub(crate) mod operation;
pub(crate) mod path_encoding;
pub(crate) mod prepare;
pub(crate) mod retry;
pub(crate) mod spare;
