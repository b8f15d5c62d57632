//! Bridge login-session records (served by `routes::bridges`).

use std::collections::{BTreeMap, HashMap};

use beeper_desktop::types;

/// Login sessions, by session ID.
#[derive(Clone, Debug, Default)]
pub struct BridgeWorld {
    /// Every session opened, finished ones included.
    pub sessions: BTreeMap<String, LoginSessionRecord>,
    pub(crate) next_session: u64,
}

/// A login session and where it is in its flow.
#[derive(Clone, Debug)]
pub struct LoginSessionRecord {
    /// The session as served.
    pub session: types::LoginSession,
    /// The flow it follows.
    pub flow_id: String,
    /// Index of the current step in the flow.
    pub(crate) step: usize,
    /// Values collected by the steps so far, by field ID.
    pub collected: HashMap<String, String>,
}
