//! The bounded queue between the connection task and the consumer: full means
//! items are counted and dropped, and the count is delivered in their place.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

use tokio::sync::Notify;

use super::EventsError;
use super::event::Event;

/// An item of the stream: fatal errors end it.
pub(crate) type Item = Result<Event, EventsError>;

/// How much the queue holds before it drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Items (a [`Event::Lagged`] marker does not count).
    pub items: usize,
    /// Sum of the frames' text lengths.
    pub bytes: usize,
}

struct State {
    queue: VecDeque<(Item, usize)>,
    /// Items in `queue` that count against `Limits::items`.
    items: usize,
    bytes: usize,
    sender_gone: bool,
    receiver_gone: bool,
    waker: Option<Waker>,
}

struct Shared {
    state: Mutex<State>,
    limits: Limits,
    /// Told when the receiver goes away.
    receiver_gone: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding the lock; a poisoned one is still consistent.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A bounded queue with one producer and one consumer.
pub(crate) fn channel(limits: Limits) -> (Sender, Receiver) {
    let limits = Limits { items: limits.items.max(1), bytes: limits.bytes.max(1) };
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            queue: VecDeque::new(),
            items: 0,
            bytes: 0,
            sender_gone: false,
            receiver_gone: false,
            waker: None,
        }),
        limits,
        receiver_gone: Notify::new(),
    });
    (Sender { shared: shared.clone() }, Receiver { shared })
}

/// The connection task's end: never waits.
pub(crate) struct Sender {
    shared: Arc<Shared>,
}

/// What [`Sender::push`] did with an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pushed {
    Queued,
    /// Counted into a [`Event::Lagged`] marker instead.
    Dropped,
    /// The consumer is gone.
    Closed,
}

impl Sender {
    /// Queues `item` (`bytes`: the size of the frame it came from) if it
    /// fits; otherwise counts it in the [`Event::Lagged`] marker at the
    /// queue's end. A fatal error (`Err`) is always queued: it is the last
    /// item. One item always fits an empty queue, whatever its size.
    pub(crate) fn push(&self, item: Item, bytes: usize) -> Pushed {
        let mut state = self.shared.lock();
        if state.receiver_gone {
            return Pushed::Closed;
        }
        let limits = self.shared.limits;
        let fits =
            state.items == 0 || (state.items < limits.items && state.bytes.saturating_add(bytes) <= limits.bytes);
        let pushed = if fits || item.is_err() {
            state.items += 1;
            state.bytes = state.bytes.saturating_add(bytes);
            state.queue.push_back((item, bytes));
            Pushed::Queued
        } else {
            match state.queue.back_mut() {
                Some((Ok(Event::Lagged { dropped }), _)) => *dropped += 1,
                _ => state.queue.push_back((Ok(Event::Lagged { dropped: 1 }), 0)),
            }
            Pushed::Dropped
        };
        let waker = state.waker.take();
        drop(state);
        if let Some(waker) = waker {
            waker.wake();
        }
        pushed
    }

    /// Whether the consumer is gone.
    pub(crate) fn is_closed(&self) -> bool {
        self.shared.lock().receiver_gone
    }

    /// Resolves once the consumer is gone.
    pub(crate) async fn closed(&self) {
        loop {
            let notified = self.shared.receiver_gone.notified();
            if self.is_closed() {
                return;
            }
            notified.await;
        }
    }

    /// Items waiting (without `Lagged` markers).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.shared.lock().items
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.sender_gone = true;
        let waker = state.waker.take();
        drop(state);
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// The stream's end.
pub(crate) struct Receiver {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Receiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.shared.lock();
        f.debug_struct("Receiver").field("items", &state.items).field("bytes", &state.bytes).finish()
    }
}

impl Receiver {
    /// The next item in order; `None` once the sender is gone and all was read.
    pub(crate) fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        let mut state = self.shared.lock();
        if let Some((item, bytes)) = state.queue.pop_front() {
            if !matches!(item, Ok(Event::Lagged { .. })) {
                state.items -= 1;
                state.bytes -= bytes;
            }
            return Poll::Ready(Some(item));
        }
        if state.sender_gone {
            return Poll::Ready(None);
        }
        state.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.receiver_gone = true;
        // Frees the memory at once; the task closes the socket.
        state.queue.clear();
        drop(state);
        self.shared.receiver_gone.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::task::noop_waker;

    fn event(n: u64) -> Item {
        Ok(Event::SeqGap { after_seq: n, next_seq: n + 2, missed: 1 })
    }

    fn drain(rx: &mut Receiver) -> Vec<Item> {
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        let mut out = Vec::new();
        while let Poll::Ready(Some(item)) = rx.poll_recv(&mut cx) {
            out.push(item);
        }
        out
    }

    fn lagged(n: u64) -> Event {
        Event::Lagged { dropped: n }
    }

    #[test]
    fn a_full_queue_counts_what_it_drops_in_place() {
        let (tx, mut rx) = channel(Limits { items: 3, bytes: 1 << 20 });
        for n in 0..10 {
            let want = if n < 3 { Pushed::Queued } else { Pushed::Dropped };
            assert_eq!(tx.push(event(n), 10), want);
        }
        assert_eq!(tx.len(), 3);
        let got: Vec<Event> = drain(&mut rx).into_iter().map(Result::unwrap).collect();
        assert_eq!(got.len(), 4);
        assert_eq!(got[3], lagged(7));
        // Room again: the next items follow the marker in order.
        tx.push(event(20), 10);
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        assert!(matches!(rx.poll_recv(&mut cx), Poll::Ready(Some(Ok(Event::SeqGap { after_seq: 20, .. })))));
    }

    #[test]
    fn losses_on_both_sides_of_a_delivered_item_are_two_markers() {
        let (tx, mut rx) = channel(Limits { items: 1, bytes: 1 << 20 });
        tx.push(event(0), 1);
        tx.push(event(1), 1);
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        assert!(matches!(rx.poll_recv(&mut cx), Poll::Ready(Some(Ok(Event::SeqGap { after_seq: 0, .. })))));
        // The marker does not take a slot: the next item fits behind it.
        assert_eq!(tx.push(event(2), 1), Pushed::Queued);
        tx.push(event(3), 1);
        tx.push(event(4), 1);
        let got: Vec<Event> = drain(&mut rx).into_iter().map(Result::unwrap).collect();
        assert_eq!(got, [lagged(1), Event::SeqGap { after_seq: 2, next_seq: 4, missed: 1 }, lagged(2)]);
    }

    #[test]
    fn the_byte_budget_drops_too_but_one_item_always_fits() {
        let (tx, mut rx) = channel(Limits { items: 100, bytes: 1000 });
        assert_eq!(tx.push(event(0), 5000), Pushed::Queued, "larger than the budget, but the queue is empty");
        assert_eq!(tx.push(event(1), 1), Pushed::Dropped);
        drain(&mut rx);
        assert_eq!(tx.push(event(2), 600), Pushed::Queued);
        assert_eq!(tx.push(event(3), 600), Pushed::Dropped);
        assert_eq!(tx.push(event(4), 400), Pushed::Queued);
        assert_eq!(drain(&mut rx).len(), 3);
    }

    #[test]
    fn a_fatal_error_is_never_dropped_and_ends_the_stream() {
        let (tx, mut rx) = channel(Limits { items: 1, bytes: 1 << 20 });
        tx.push(event(0), 1);
        tx.push(event(1), 1);
        assert_eq!(tx.push(Err(EventsError::Closed), 0), Pushed::Queued);
        drop(tx);
        let got = drain(&mut rx);
        assert_eq!(got.len(), 3);
        assert!(matches!(got[2], Err(EventsError::Closed)));
        let waker = noop_waker();
        assert!(matches!(rx.poll_recv(&mut Context::from_waker(&waker)), Poll::Ready(None)));
    }

    #[tokio::test]
    async fn the_sender_learns_that_the_receiver_is_gone() {
        let (tx, rx) = channel(Limits { items: 1, bytes: 1 });
        assert!(!tx.is_closed());
        drop(rx);
        tokio::time::timeout(std::time::Duration::from_secs(5), tx.closed()).await.unwrap();
        assert_eq!(tx.push(event(0), 1), Pushed::Closed);
    }
}
