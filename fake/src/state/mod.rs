//! The fake's in-memory state and the shared handle every route and test
//! holds; the data types live in the submodules, below every route.

use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::changes::{Change, Changes};
use crate::faults::Faults;
use crate::live::LiveFaults;

pub mod asset;
pub mod bridges;
pub mod setup;
pub mod tokens;
pub mod world;

pub use asset::Asset;
pub use tokens::TokenTable;
pub use world::{ChatRecord, SentMessage, Upload, World};

/// The Desktop version a fake reports unless told another (in the
/// `X-Beeper-Desktop-Version` header and `GET /v1/info`): the oldest one
/// that serves every operation the fake serves (`POST /v1/chats/start`
/// needs 4.2.808).
pub const DEFAULT_DESKTOP_VERSION: &str = "4.2.808";

struct Inner {
    world: Mutex<World>,
    tokens: RwLock<TokenTable>,
    changes: Changes,
    faults: Faults,
    live: LiveFaults,
    base_url: RwLock<String>,
    desktop_version: RwLock<String>,
    seed: u64,
}

/// Shared handle to the fake's state: what routes use, and what a test uses
/// to look at or shape the data. Cheap to clone.
#[derive(Clone)]
pub struct FakeState {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for FakeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeState").field("seed", &self.inner.seed).finish_non_exhaustive()
    }
}

impl FakeState {
    /// State holding `world`, accepting the tokens of `tokens`.
    pub fn new(world: World, tokens: TokenTable, seed: u64) -> Self {
        Self {
            inner: Arc::new(Inner {
                world: Mutex::new(world),
                tokens: RwLock::new(tokens),
                changes: Changes::default(),
                faults: Faults::default(),
                live: LiveFaults::default(),
                base_url: RwLock::new(String::new()),
                desktop_version: RwLock::new(DEFAULT_DESKTOP_VERSION.to_owned()),
                seed,
            }),
        }
    }

    /// Locks the data. Keep the guard short: every route waits for it.
    pub fn world(&self) -> MutexGuard<'_, World> {
        // A panic while holding the lock leaves the data as it was; keep serving.
        self.inner.world.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The token table (read).
    pub fn tokens(&self) -> RwLockReadGuard<'_, TokenTable> {
        self.inner.tokens.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The token table (write), to issue or revoke tokens.
    pub fn tokens_mut(&self) -> RwLockWriteGuard<'_, TokenTable> {
        self.inner.tokens.write().unwrap_or_else(|p| p.into_inner())
    }

    /// The change feed.
    pub fn changes(&self) -> &Changes {
        &self.inner.changes
    }

    /// Publishes a change.
    pub fn publish(&self, change: Change) {
        // Decided now, not when a socket task gets to it (see `Published`).
        let lost = self.inner.live.lose_this();
        self.inner.changes.publish_marked(change, lost);
    }

    /// Injected faults.
    pub fn faults(&self) -> &Faults {
        &self.inner.faults
    }

    /// Faults of the live-events socket.
    pub fn live(&self) -> &LiveFaults {
        &self.inner.live
    }

    /// The seed the data was generated from.
    pub fn seed(&self) -> u64 {
        self.inner.seed
    }

    /// `http://127.0.0.1:<port>` once the server is bound (empty before).
    pub fn base_url(&self) -> String {
        self.inner.base_url.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub(crate) fn set_base_url(&self, url: String) {
        *self.inner.base_url.write().unwrap_or_else(|p| p.into_inner()) = url;
    }

    /// The Desktop version every answer reports (`X-Beeper-Desktop-Version`,
    /// `GET /v1/info`).
    pub fn desktop_version(&self) -> String {
        self.inner.desktop_version.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Reports `version` from now on, as after an upgrade of the app.
    pub fn set_desktop_version(&self, version: impl Into<String>) {
        *self.inner.desktop_version.write().unwrap_or_else(|p| p.into_inner()) = version.into();
    }
}
