//! Faults of the live-events socket: dropped connections, lost events and late delivery.

use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::watch;

/// What the `/v1/ws` route does wrong on purpose; reach it through
/// `FakeDesktop::live` (or `FakeState::live`).
///
/// Lost events are neither sent nor numbered, so the client sees no `seq`
/// gap: only a REST catch-up can find what they carried, as with the
/// compatible server's silent drops.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let fake = beeper_desktop_fake::FakeDesktop::start().await;
/// fake.live().drop_connections(); // every open socket closes now
/// fake.live().drop_every(10); // ... and each one again after every 10th event
/// fake.live().lose_next(3); // the next 3 events are never sent
/// fake.live().clear();
/// # }
/// ```
#[derive(Debug)]
pub struct LiveFaults {
    settings: Mutex<Settings>,
    drops: watch::Sender<u64>,
}

#[derive(Clone, Copy, Debug, Default)]
struct Settings {
    drop_every: Option<u64>,
    lose_next: u64,
    lose_every: Option<u64>,
    seen: u64,
    delay: Option<Duration>,
}

impl Default for LiveFaults {
    fn default() -> Self {
        Self { settings: Mutex::default(), drops: watch::channel(0).0 }
    }
}

impl LiveFaults {
    fn with<R>(&self, f: impl FnOnce(&mut Settings) -> R) -> R {
        f(&mut self.settings.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Closes every open socket now (without a close frame, as a network
    /// failure would); clients may connect again.
    pub fn drop_connections(&self) {
        self.drops.send_modify(|generation| *generation += 1);
    }

    /// Closes each connection after every `n`-th event it sent (0: never).
    pub fn drop_every(&self, n: u64) {
        self.with(|s| s.drop_every = (n > 0).then_some(n));
    }

    /// The next `n` changes published are not sent on any connection.
    pub fn lose_next(&self, n: u64) {
        self.with(|s| s.lose_next += n);
    }

    /// Every `n`-th change published is not sent on any connection (0: none).
    pub fn lose_every(&self, n: u64) {
        self.with(|s| s.lose_every = (n > 0).then_some(n));
    }

    /// Sends every event `delay` late (and everything behind it too).
    pub fn delay(&self, delay: Duration) {
        self.with(|s| s.delay = (!delay.is_zero()).then_some(delay));
    }

    /// Back to a faithful socket (open connections stay open).
    pub fn clear(&self) {
        self.with(|s| *s = Settings::default());
    }

    /// Changes whenever [`drop_connections`](Self::drop_connections) is called.
    pub fn drop_signal(&self) -> watch::Receiver<u64> {
        self.drops.subscribe()
    }

    /// Whether the change being published is lost on every socket (counts it).
    pub fn lose_this(&self) -> bool {
        self.with(|s| {
            s.seen += 1;
            if s.lose_next > 0 {
                s.lose_next -= 1;
                return true;
            }
            s.lose_every.is_some_and(|n| s.seen.is_multiple_of(n))
        })
    }

    /// Whether a connection that has sent `sent` events closes now.
    pub fn drop_after(&self, sent: u64) -> bool {
        self.with(|s| s.drop_every.is_some_and(|n| sent.is_multiple_of(n)))
    }

    /// How late events are sent.
    pub fn event_delay(&self) -> Option<Duration> {
        self.with(|s| s.delay)
    }
}
