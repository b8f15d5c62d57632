//! When and how often a dropped events connection is dialed again.

use std::time::Duration;

/// When and how often a dropped events connection is dialed again.
///
/// Waits `initial_delay`, doubling per failed attempt up to `max_delay`;
/// back to `initial_delay` once a connection worked.
///
/// ```
/// use std::time::Duration;
/// use beeper_desktop::events::ReconnectPolicy;
///
/// let policy = ReconnectPolicy::default().with_initial_delay(Duration::from_millis(200)).with_max_attempts(5);
/// assert_eq!(policy.delay(3), Duration::from_millis(800));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReconnectPolicy {
    /// Wait before the first attempt (default 1 s).
    pub initial_delay: Duration,
    /// Upper bound of the wait (default 30 s).
    pub max_delay: Duration,
    /// Attempts per outage before the stream ends with
    /// [`EventsError::GaveUp`](super::EventsError::GaveUp) (default `None`: keep trying).
    pub max_attempts: Option<u32>,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        Self { initial_delay: Duration::from_secs(1), max_delay: Duration::from_secs(30), max_attempts: None }
    }
}

impl ReconnectPolicy {
    /// Never reconnect: a drop ends the stream with [`EventsError::GaveUp`](super::EventsError::GaveUp).
    pub fn never() -> Self {
        Self { max_attempts: Some(0), ..Self::default() }
    }

    /// Sets [`Self::initial_delay`].
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// Sets [`Self::max_delay`].
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Sets [`Self::max_attempts`].
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// Wait before attempt number `attempt` (1-based).
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1).min(20));
        self.initial_delay.saturating_mul(factor).min(self.max_delay)
    }
}
