//! Lively mode: a background task in which other participants write, edit
//! and react every few seconds, with seeded randomness.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use beeper_desktop::types;
use rand::rngs::ChaCha8Rng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::activity;
use crate::seed::{PHRASES, REACTIONS};
use crate::state::{FakeState, World};

/// How often something happens in lively mode unless told otherwise.
pub const DEFAULT_LIVELY_PERIOD: Duration = Duration::from_secs(2);

/// The shortest period accepted (shorter ones are raised to it).
pub const MIN_LIVELY_PERIOD: Duration = Duration::from_millis(1);

/// How many of a chat's newest messages an edit or a reaction picks from.
const RECENT: usize = 6;

/// How many chats are lively unless told which.
pub const DEFAULT_LIVELY_CHATS: usize = 5;

/// Settings of lively mode: how often something happens, where, and with
/// which randomness. Start it with `FakeDesktopBuilder::lively` (for the
/// fake's whole life) or `FakeDesktop::start_lively` (a [`LivelyHandle`]).
///
/// Every `period` (the first one `period` after the start) one thing
/// happens in one chat, picked at random:
///
/// - about 6 times in 10 another participant writes a message,
/// - about 2 in 10 the sender of one of the chat's newest messages (not
///   the user's) edits it,
/// - about 2 in 10 another participant reacts to one of the newest messages.
///
/// Edits and reactions only touch messages that arrived after lively mode
/// started (so a program that watched from the start has seen them before
/// they change); when the picked chat has none, a message arrives instead.
/// The chats are, unless [`chats`](Lively::chats) names them, the
/// [`DEFAULT_LIVELY_CHATS`] with the most recent activity when it starts. Each publishes the same changes as the `FakeDesktop` helpers
/// (`receive_from`, `edit_by_other`, `react_by_other`), so the live
/// socket reports them. The same seed and the same state give the same
/// sequence.
///
/// ```
/// use std::time::Duration;
/// use beeper_desktop_fake::{FakeDesktop, Lively};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let fake = FakeDesktop::builder().lively(Lively::every(Duration::from_secs(3)).seed(7)).start().await;
/// // Other participants write, edit and react every 3 s until `fake` is dropped.
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lively {
    period: Duration,
    seed: Option<u64>,
    chats: Option<Vec<String>>,
}

impl Default for Lively {
    fn default() -> Self {
        Self::every(DEFAULT_LIVELY_PERIOD)
    }
}

impl Lively {
    /// Something happens every `period` (at least [`MIN_LIVELY_PERIOD`]).
    pub fn every(period: Duration) -> Self {
        Self { period: period.max(MIN_LIVELY_PERIOD), seed: None, chats: None }
    }

    /// Seed of the randomness (default: the fake's seed).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// These chats are lively (default: the [`DEFAULT_LIVELY_CHATS`] most
    /// recently active ones when it starts). Unknown, read-only and
    /// one-person chats are skipped.
    pub fn chats<I, S>(mut self, chat_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.chats = Some(chat_ids.into_iter().map(Into::into).collect());
        self
    }

    /// The period.
    pub fn period(&self) -> Duration {
        self.period
    }
}

/// A running lively mode. It stops when this handle is dropped, when
/// [`stop`](Self::stop) is called, or when its fake is dropped, whichever
/// comes first.
#[derive(Debug)]
pub struct LivelyHandle {
    task: Option<JoinHandle<()>>,
    actions: Arc<AtomicU64>,
}

impl Drop for LivelyHandle {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

impl LivelyHandle {
    /// Stops it and waits until it has: nothing is published afterwards.
    pub async fn stop(mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
            // Cancelled, or already ended.
            let _ = task.await;
        }
    }

    /// Whether it still runs (false once its fake was dropped).
    pub fn is_running(&self) -> bool {
        self.task.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// How many things it has done so far.
    pub fn actions(&self) -> u64 {
        self.actions.load(Ordering::Relaxed)
    }
}

/// Starts lively mode on `state` on the current tokio runtime; it also
/// ends when `alive` closes (the fake was dropped).
///
/// # Panics
/// Outside a tokio runtime.
pub fn start(state: FakeState, lively: Lively, mut alive: watch::Receiver<()>) -> LivelyHandle {
    let actions = Arc::new(AtomicU64::new(0));
    let counter = actions.clone();
    let seed = lively.seed.unwrap_or_else(|| state.seed());
    let started = chrono::Utc::now();
    let chats = candidates(&state, lively.chats.as_deref());
    let task = tokio::spawn(async move {
        // Its own stream of numbers, not the seed data's.
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6c69_7665_6c79);
        let start = tokio::time::Instant::now() + lively.period;
        let mut ticks = tokio::time::interval_at(start, lively.period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                biased;
                closed = alive.changed() => if closed.is_err() { return },
                _ = ticks.tick() => {
                    if step(&state, &chats, started, &mut rng) {
                        counter.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }
    });
    LivelyHandle { task: Some(task), actions }
}

/// Whether a chat can be lively: it exists, is not read-only and has
/// another participant.
fn eligible(world: &World, id: &str) -> bool {
    world.chat(id).is_some_and(|c| c.chat.is_read_only != Some(true)) && activity::others(world, id).is_ok()
}

/// The lively chats: the given ones, or the most recently active, sorted
/// (so the seed decides, not a hash map's order).
fn candidates(state: &FakeState, only: Option<&[String]>) -> Vec<String> {
    let world = state.world();
    let mut ids: Vec<String> = match only {
        Some(ids) => ids.iter().filter_map(|id| world.chat(id).map(|c| c.chat.id.clone())).collect(),
        None => {
            let mut all: Vec<(Option<chrono::DateTime<chrono::Utc>>, &String)> = world
                .chats
                .iter()
                .filter(|(id, _)| eligible(&world, id))
                .map(|(id, c)| (c.chat.last_activity, id))
                .collect();
            all.sort_by(|a, b| b.cmp(a));
            all.into_iter().take(DEFAULT_LIVELY_CHATS).map(|(_, id)| id.clone()).collect()
        }
    };
    ids.sort();
    ids.dedup();
    ids.retain(|id| eligible(&world, id));
    ids
}

/// What one tick does.
enum Action {
    Write,
    Edit,
    React,
}

/// One thing happens; false when nothing could (no lively chat).
fn step(state: &FakeState, chats: &[String], started: chrono::DateTime<chrono::Utc>, rng: &mut ChaCha8Rng) -> bool {
    let Some(chat) = chats.choose(rng).cloned() else { return false };
    let action = match rng.random_range(0..10) {
        0..6 => Action::Write,
        6..8 => Action::Edit,
        _ => Action::React,
    };
    let Ok(others) = activity::others(&state.world(), &chat) else { return false };
    let recent: Vec<types::Message> = state
        .world()
        .chat(&chat)
        .map(|c| {
            c.visible()
                .rev()
                .take(RECENT)
                .filter(|(_, m)| m.is_deleted != Some(true) && m.timestamp >= started)
                .map(|(_, m)| m.clone())
                .collect()
        })
        .unwrap_or_default();
    let phrase = |rng: &mut ChaCha8Rng, not: Option<&str>| {
        let pick = PHRASES.choose(rng).copied().unwrap_or("Hi");
        if not == Some(pick) { "Edited: never mind" } else { pick }
    };
    let done = match action {
        Action::Edit => {
            let theirs: Vec<&types::Message> = recent.iter().filter(|m| m.is_sender != Some(true)).collect();
            theirs.choose(rng).map(|m| {
                let text = phrase(rng, m.text.as_deref());
                activity::edit(state, &chat, &m.id, text).is_ok()
            })
        }
        Action::React => recent.choose(rng).and_then(|m| {
            let who = others.choose(rng)?;
            let free: Vec<&str> = REACTIONS
                .iter()
                .copied()
                .filter(|k| !m.reactions.iter().any(|r| r.participant_id == who.id && r.reaction_key == *k))
                .collect();
            let key = free.choose(rng)?;
            Some(activity::react(state, &chat, &m.id, key, &who.id).is_ok())
        }),
        Action::Write => None,
    };
    match done {
        Some(done) => done,
        None => {
            let sender = others.choose(rng).map(|u| u.id.clone());
            let text = phrase(rng, None);
            activity::receive(state, &chat, sender.as_deref(), text).is_ok()
        }
    }
}
