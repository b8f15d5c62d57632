//! What the feed remembers per chat (position, dedupe window, floor) and the rules that decide what to yield.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::types::{self, SendStatusKind};

/// A message's `sortKey`, ordered as the server orders it: numerically
/// when both keys are decimal digits, else byte-wise.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct SortKey(pub(crate) String);

/// Two sort keys in [`SortKey`] order, without copying them.
pub(crate) fn cmp_sort_keys(a: &str, b: &str) -> Ordering {
    fn digits(s: &str) -> Option<&str> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.trim_start_matches('0'))
    }
    match (digits(a), digits(b)) {
        (Some(x), Some(y)) => x.len().cmp(&y.len()).then_with(|| x.cmp(y)).then_with(|| a.cmp(b)),
        _ => a.cmp(b),
    }
}

impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_sort_keys(&self.0, &other.0)
    }
}

impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A REST position: the opaque cursor and the sort key it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) key: SortKey,
    pub(crate) cursor: String,
}

/// The fingerprint of a deleted message (no real message hashes to it:
/// [`fingerprint`] never returns 0).
pub(crate) const DELETED: u64 = 0;

/// One message the consumer holds, as last yielded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) key: SortKey,
    pub(crate) id: String,
    pub(crate) fp: u64,
}

/// What the feed knows of one followed chat.
///
/// Invariant: every message yielded with a key above `floor` (all of them
/// when `floor` is `None`) is in `entries` with its last yielded version,
/// and every message with a key above `mark` that REST has not confirmed
/// yet stays there until a catch-up passes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ChatState {
    /// The first catch-up of this chat is done.
    pub(crate) synced: bool,
    /// Where the next forward walk starts (`direction=after`).
    pub(crate) mark: Option<Mark>,
    /// Keys at or below this are outside the window: unknown to the feed.
    pub(crate) floor: Option<SortKey>,
    /// The window, ascending by key.
    pub(crate) entries: Vec<Entry>,
    /// Fingerprint of the chat as last yielded (0: never).
    pub(crate) chat_fp: u64,
}

/// Where a message came from; decides what an unknown one means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// The live socket.
    Live,
    /// A forward REST walk from the mark (or a history import).
    Forward,
    /// A backward REST walk over the window, looking for changes.
    Rescan,
    /// One message read again over REST after the socket reported a
    /// change to it (live frames can be older than what REST gave).
    Fetched,
}

/// What to do with a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    New,
    Changed,
    Deleted,
    Skip,
}

/// FNV-1a, 64 bit: stable across builds and platforms (checkpoints keep
/// fingerprints), unlike `std`'s hasher.
pub(crate) fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.iter().chain(&[0xff]) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Fingerprint of the parts of a message that make a new version: ID,
/// text, edit time, attachments, reactions, deletion and send state (not
/// read markers).
pub(crate) fn fingerprint(m: &types::Message) -> u64 {
    let mut reactions: Vec<(&str, &str)> =
        m.reactions.iter().map(|r| (r.participant_id.as_str(), r.reaction_key.as_str())).collect();
    reactions.sort_unstable();
    let reactions: Vec<String> = reactions.iter().map(|(p, k)| format!("{p}\u{1}{k}")).collect();
    let attachments: Vec<&str> = m.attachments.iter().filter_map(|a| a.id.as_deref()).collect();
    let edited = m.edited_timestamp.map(|t| t.to_rfc3339()).unwrap_or_default();
    let kind = m.kind.as_ref().and_then(|k| serde_json::to_string(k).ok()).unwrap_or_default();
    let status = m.send_status.as_ref().map(|s| s.status.as_str().to_owned()).unwrap_or_default();
    let fp = fnv1a(&[
        m.id.as_bytes(),
        m.text.as_deref().unwrap_or("").as_bytes(),
        edited.as_bytes(),
        kind.as_bytes(),
        status.as_bytes(),
        reactions.join("\u{2}").as_bytes(),
        attachments.join("\u{2}").as_bytes(),
        &[u8::from(m.is_deleted == Some(true))],
    ]);
    fp.max(1)
}

/// Fingerprint of a chat's settled fields (title, flags, unread state,
/// participants), not of its activity time, preview or draft.
pub(crate) fn chat_fingerprint(chat: &types::Chat) -> u64 {
    let mut participants: Vec<&str> = chat.participants.items.iter().map(|p| p.id.as_str()).collect();
    participants.sort_unstable();
    let flags = [
        chat.is_archived,
        chat.is_muted,
        chat.is_pinned,
        chat.is_low_priority,
        chat.is_marked_unread,
        chat.is_read_only,
    ]
    .map(|f| match f {
        None => b'-',
        Some(true) => b'1',
        Some(false) => b'0',
    });
    let labels: Vec<String> = chat.labels.iter().map(|l| format!("{l:?}")).collect();
    fnv1a(&[
        chat.id.as_bytes(),
        chat.title.as_deref().unwrap_or("").as_bytes(),
        chat.description.as_deref().unwrap_or("").as_bytes(),
        chat.img_url.as_deref().unwrap_or("").as_bytes(),
        &flags,
        chat.unread_count.to_string().as_bytes(),
        participants.join("\u{2}").as_bytes(),
        labels.join("\u{2}").as_bytes(),
    ])
    .max(1)
}

/// A message that is not final yet: it is yielded once it is.
pub(crate) fn is_pending(m: &types::Message) -> bool {
    matches!(m.send_status.as_ref().map(|s| &s.status), Some(SendStatusKind::Pending))
}

fn is_gone(m: &types::Message) -> bool {
    m.is_deleted == Some(true) || m.is_hidden == Some(true)
}

impl ChatState {
    fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().rposition(|e| e.id == id)
    }

    /// Whether the key lies inside the window (above the floor).
    pub(crate) fn in_window(&self, key: &SortKey) -> bool {
        self.floor.as_ref().is_none_or(|f| key > f)
    }

    /// Decides what a message means for the consumer; changes nothing.
    pub(crate) fn classify(&self, m: &types::Message, source: Source) -> Verdict {
        if is_pending(m) {
            return Verdict::Skip;
        }
        let key = SortKey(m.sort_key.as_str().to_owned());
        if let Some(entry) = self.position(&m.id).map(|i| &self.entries[i]) {
            return match (is_gone(m), entry.fp) {
                (true, DELETED) => Verdict::Skip,
                (true, _) => Verdict::Deleted,
                (false, fp) if fp == fingerprint(m) => Verdict::Skip,
                (false, _) => Verdict::Changed,
            };
        }
        if !self.in_window(&key) {
            // Older than the window: only the socket can tell it changed.
            return match (source, is_gone(m)) {
                (Source::Live | Source::Fetched, true) => Verdict::Deleted,
                (Source::Live | Source::Fetched, false) => Verdict::Changed,
                _ => Verdict::Skip,
            };
        }
        if source == Source::Rescan && self.mark.as_ref().is_some_and(|mark| key > mark.key) {
            // Above the position: the next forward walk delivers it in order.
            return Verdict::Skip;
        }
        if is_gone(m) { Verdict::Deleted } else { Verdict::New }
    }

    /// Records a yielded (or skipped-as-gone) message in the window.
    pub(crate) fn record(&mut self, m: &types::Message, verdict: Verdict, window: usize) {
        let fp = match verdict {
            Verdict::Skip => return,
            Verdict::Deleted => DELETED,
            Verdict::New | Verdict::Changed => fingerprint(m),
        };
        let key = SortKey(m.sort_key.as_str().to_owned());
        if let Some(i) = self.position(&m.id) {
            if self.entries[i].key == key {
                self.entries[i].fp = fp;
                return;
            }
            self.entries.remove(i);
        }
        if !self.in_window(&key) {
            return;
        }
        let at = self.entries.partition_point(|e| e.key <= key);
        self.entries.insert(at, Entry { key, id: m.id.clone(), fp });
        self.trim(window);
    }

    /// Records a deletion by ID; whether it is news to the consumer.
    pub(crate) fn delete(&mut self, id: &str) -> bool {
        match self.position(id) {
            Some(i) if self.entries[i].fp == DELETED => false,
            Some(i) => {
                self.entries[i].fp = DELETED;
                true
            }
            None => true,
        }
    }

    /// IDs of live entries with keys in `[lo, hi)` (open ends when `None`)
    /// that are not among `present`: deleted since they were yielded.
    pub(crate) fn missing(
        &self,
        lo: Option<&SortKey>,
        hi: Option<&SortKey>,
        present: &std::collections::HashSet<String>,
    ) -> Vec<String> {
        self.entries
            .iter()
            .filter(|e| e.fp != DELETED)
            .filter(|e| lo.is_none_or(|lo| e.key >= *lo) && hi.is_none_or(|hi| e.key < *hi))
            .filter(|e| !present.contains(&e.id))
            .map(|e| e.id.clone())
            .collect()
    }

    /// Moves the position forward (never back) and trims the window.
    pub(crate) fn advance(&mut self, mark: Mark, window: usize) {
        if self.mark.as_ref().is_none_or(|old| mark.key >= old.key) {
            self.mark = Some(mark);
        }
        self.trim(window);
    }

    /// Entries above the position (yielded live, not confirmed by REST yet).
    pub(crate) fn unconfirmed(&self) -> usize {
        match &self.mark {
            None => self.entries.len(),
            Some(mark) => self.entries.len() - self.entries.partition_point(|e| e.key <= mark.key),
        }
    }

    /// Keeps the newest `window` entries, and every unconfirmed one.
    fn trim(&mut self, window: usize) {
        let keep = window.max(self.unconfirmed());
        if self.entries.len() > keep {
            let cut = self.entries.len() - keep;
            let last = self.entries[cut - 1].key.clone();
            self.entries.drain(..cut);
            if self.floor.as_ref().is_none_or(|f| last > *f) {
                self.floor = Some(last);
            }
        }
    }

    /// The oldest key a rescan must reach: the floor (or the very start).
    pub(crate) fn rescan_reaches(&self, page_oldest: &SortKey) -> bool {
        self.floor.as_ref().is_some_and(|f| page_oldest <= f)
    }
}

/// Everything the feed knows: one [`ChatState`] per followed chat.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FeedState {
    /// Per chat ID.
    pub(crate) chats: HashMap<String, ChatState>,
    /// The first full catch-up ended (or the feed resumed a checkpoint):
    /// chats seen from now on are new and imported whole.
    pub(crate) initialized: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: &str, key: &str, text: &str) -> types::Message {
        serde_json::from_value(serde_json::json!({
            "id": id, "chatID": "!c:x", "accountID": "a", "senderID": "@s:x", "sortKey": key,
            "timestamp": "2026-01-01T00:00:00Z", "text": text,
        }))
        .unwrap()
    }

    #[test]
    fn sort_keys_order_numerically() {
        let k = |s: &str| SortKey(s.to_owned());
        assert!(k("9") < k("10"));
        assert!(k("000912") > k("911"));
        assert!(k("abc") < k("abd"));
        assert_eq!(k("5").cmp(&k("5")), Ordering::Equal);
    }

    #[test]
    fn a_version_is_yielded_once_and_changes_are_seen() {
        let mut chat = ChatState::default();
        let m = message("$1", "10", "hi");
        assert_eq!(chat.classify(&m, Source::Live), Verdict::New);
        chat.record(&m, Verdict::New, 4);
        assert_eq!(chat.classify(&m, Source::Forward), Verdict::Skip);
        let edited = message("$1", "10", "hi!");
        assert_eq!(chat.classify(&edited, Source::Rescan), Verdict::Changed);
        chat.record(&edited, Verdict::Changed, 4);
        assert_eq!(chat.classify(&edited, Source::Live), Verdict::Skip);
        assert!(chat.delete("$1"));
        assert!(!chat.delete("$1"));
    }

    #[test]
    fn the_window_is_bounded_and_raises_the_floor() {
        let mut chat = ChatState::default();
        for n in 1..=10 {
            let m = message(&format!("${n}"), &n.to_string(), "x");
            chat.record(&m, Verdict::New, 3);
            chat.advance(Mark { key: SortKey(n.to_string()), cursor: format!("c{n}") }, 3);
        }
        assert_eq!(chat.entries.len(), 3);
        assert_eq!(chat.floor, Some(SortKey("7".into())));
        // Older than the window: REST cannot tell, the socket says "changed".
        let old = message("$2", "2", "edited");
        assert_eq!(chat.classify(&old, Source::Rescan), Verdict::Skip);
        assert_eq!(chat.classify(&old, Source::Live), Verdict::Changed);
    }

    #[test]
    fn unconfirmed_entries_are_kept_until_rest_passes_them() {
        let mut chat =
            ChatState { mark: Some(Mark { key: SortKey("0".into()), cursor: "c".into() }), ..Default::default() };
        for n in 1..=10 {
            chat.record(&message(&format!("${n}"), &n.to_string(), "x"), Verdict::New, 3);
        }
        assert_eq!(chat.entries.len(), 10);
        chat.advance(Mark { key: SortKey("10".into()), cursor: "c10".into() }, 3);
        assert_eq!(chat.entries.len(), 3);
    }

    #[test]
    fn pending_sends_are_not_yielded() {
        let mut m = message("p1", "5", "sending");
        m.send_status = Some(
            serde_json::from_value(serde_json::json!({"status": "PENDING", "timestamp": "2026-01-01T00:00:00Z"}))
                .unwrap(),
        );
        assert_eq!(ChatState::default().classify(&m, Source::Live), Verdict::Skip);
    }
}
