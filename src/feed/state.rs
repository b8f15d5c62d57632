//! What the feed remembers per chat (position, dedupe window, floor) and the rules that decide what to yield.

use std::cmp::Ordering;
use std::collections::{HashMap, VecDeque};

use crate::types::{self, SendStatusKind};

/// A message's `sortKey`, ordered as the server orders it: numerically
/// when both keys are decimal digits, else byte-wise.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct SortKey(pub(crate) String);

/// Two sort keys in [`SortKey`] order, without copying them.
pub(crate) fn cmp_sort_keys(a: &str, b: &str) -> Ordering {
    /// The significant digits of an all-digit key (leading zeros cut).
    fn digits(s: &[u8]) -> Option<&[u8]> {
        if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let zeros = s.iter().take_while(|&&b| b == b'0').count();
        Some(&s[zeros..])
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() == b.len() {
        // Digits of one length order as numbers do; anything else byte-wise.
        return a.cmp(b);
    }
    match (digits(a), digits(b)) {
        (Some(x), Some(y)) => x.len().cmp(&y.len()).then_with(|| x.cmp(y)).then_with(|| a.cmp(b)),
        _ => a.cmp(b),
    }
}

impl SortKey {
    /// The key as text.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
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

/// Where a newest-first history import stands: every message it yielded
/// has a key at or above `key`, none below it was yielded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Back {
    /// The last key yielded going down (`None`: nothing yet).
    pub(crate) key: Option<SortKey>,
    /// The page being read lies before this cursor (`None`: the newest page).
    pub(crate) cursor: Option<String>,
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
    /// [`id_hash`] of `id`: the window is searched by it (not stored).
    id_hash: u64,
}

impl Entry {
    pub(crate) fn new(key: SortKey, id: String, fp: u64) -> Self {
        let id_hash = id_hash(&id);
        Entry { key, id, fp, id_hash }
    }
}

/// A cheap hash of a message ID, to find it in the window without
/// comparing every ID there.
fn id_hash(id: &str) -> u64 {
    let mut h = Fnv::new();
    h.bytes(id.as_bytes());
    h.0
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
    pub(crate) entries: VecDeque<Entry>,
    /// Fingerprint of the chat as last yielded (0: never).
    pub(crate) chat_fp: u64,
    /// A newest-first history import is under way.
    pub(crate) back: Option<Back>,
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
    /// A newest-first history import walking down (see [`Back`]).
    Back,
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
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Ends a part (a byte no UTF-8 text contains).
    fn end(&mut self) {
        self.bytes(&[0xff]);
    }

    fn part(&mut self, bytes: &[u8]) {
        self.bytes(bytes);
        self.end();
    }

    /// Texts joined by `\u{2}`, as one part.
    fn joined<'a>(&mut self, texts: impl Iterator<Item = &'a str>) {
        for (i, text) in texts.enumerate() {
            if i > 0 {
                self.bytes(&[2]);
            }
            self.bytes(text.as_bytes());
        }
        self.end();
    }
}

/// FNV-1a of the parts, each followed by `0xff`.
pub(crate) fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h = Fnv::new();
    for part in parts {
        h.part(part);
    }
    h.0
}

/// Fingerprint of the parts of a message that make a new version: ID,
/// text, edit time, attachments, reactions, deletion and send state (not
/// read markers). Streamed into the hash without building strings (the
/// same value as hashing the parts joined, which checkpoints hold).
pub(crate) fn fingerprint(m: &types::Message) -> u64 {
    let mut h = Fnv::new();
    h.part(m.id.as_bytes());
    h.part(m.text.as_deref().unwrap_or("").as_bytes());
    match m.edited_timestamp {
        Some(t) => h.part(t.to_rfc3339().as_bytes()),
        None => h.end(),
    }
    match &m.kind {
        // The JSON string of the kind; only unusual text needs escaping.
        Some(kind) if !kind.as_str().bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) => {
            h.bytes(b"\"");
            h.bytes(kind.as_str().as_bytes());
            h.part(b"\"");
        }
        Some(kind) => h.part(serde_json::to_string(kind).unwrap_or_default().as_bytes()),
        None => h.end(),
    }
    h.part(m.send_status.as_ref().map_or("", |s| s.status.as_str()).as_bytes());
    fn pair(r: &types::Reaction) -> (&str, &str) {
        (r.participant_id.as_str(), r.reaction_key.as_str())
    }
    let reaction = |h: &mut Fnv, i: usize, (p, k): (&str, &str)| {
        if i > 0 {
            h.bytes(&[2]);
        }
        h.bytes(p.as_bytes());
        h.bytes(&[1]);
        h.bytes(k.as_bytes());
    };
    if m.reactions.len() > 1 {
        let mut reactions: Vec<(&str, &str)> = m.reactions.iter().map(pair).collect();
        reactions.sort_unstable();
        for (i, r) in reactions.into_iter().enumerate() {
            reaction(&mut h, i, r);
        }
    } else if let Some(r) = m.reactions.first() {
        reaction(&mut h, 0, pair(r));
    }
    h.end();
    h.joined(m.attachments.iter().filter_map(|a| a.id.as_deref()));
    h.part(&[u8::from(m.is_deleted == Some(true))]);
    h.0.max(1)
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

/// What [`ChatState::classify`] found, for [`ChatState::record`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Probe {
    /// Where the message's ID is in the window.
    at: Option<usize>,
    /// Its fingerprint ([`DELETED`] when gone or not computed).
    fp: u64,
    /// [`id_hash`] of its ID.
    id_hash: u64,
}

fn above(key: &str, than: &SortKey) -> bool {
    cmp_sort_keys(key, than.as_str()) == Ordering::Greater
}

impl ChatState {
    fn position(&self, id: &str) -> Option<usize> {
        self.position_hashed(id, id_hash(id))
    }

    fn position_hashed(&self, id: &str, hash: u64) -> Option<usize> {
        self.entries.iter().rposition(|e| e.id_hash == hash && e.id == id)
    }

    /// Whether the key lies inside the window (above the floor).
    pub(crate) fn in_window(&self, key: &str) -> bool {
        self.floor.as_ref().is_none_or(|f| above(key, f))
    }

    /// Decides what a message means for the consumer; changes nothing.
    pub(crate) fn classify(&self, m: &types::Message, source: Source) -> (Verdict, Probe) {
        if is_pending(m) {
            return (Verdict::Skip, Probe::default());
        }
        let key = m.sort_key.as_str();
        let gone = is_gone(m);
        let below_back =
            self.back.as_ref().and_then(|b| b.key.as_ref()).map(|b| cmp_sort_keys(key, b.as_str()).is_lt());
        if source == Source::Back && below_back == Some(false) {
            // Yielded by this import before a restart.
            return (Verdict::Skip, Probe::default());
        }
        if source == Source::Rescan && below_back == Some(true) {
            // Not reached by the import yet: it yields that in its turn.
            return (Verdict::Skip, Probe::default());
        }
        let hash = id_hash(&m.id);
        let at = self.position_hashed(&m.id, hash);
        if let Some(i) = at {
            let fp = if gone { DELETED } else { fingerprint(m) };
            let verdict = match (gone, self.entries[i].fp) {
                (true, DELETED) => Verdict::Skip,
                (true, _) => Verdict::Deleted,
                (false, old) if old == fp => Verdict::Skip,
                (false, _) => Verdict::Changed,
            };
            return (verdict, Probe { at, fp, id_hash: hash });
        }
        let verdict = if !self.in_window(key) {
            // Older than the window: only the socket can tell it changed.
            match (source, gone) {
                (Source::Live | Source::Fetched, true) => Verdict::Deleted,
                (Source::Live | Source::Fetched, false) => Verdict::Changed,
                // Below the import's position: never yielded.
                (Source::Back, false) => Verdict::New,
                _ => Verdict::Skip,
            }
        } else if source == Source::Rescan && self.mark.as_ref().is_some_and(|mark| above(key, &mark.key)) {
            // Above the position: the next forward walk delivers it in order.
            Verdict::Skip
        } else if gone {
            Verdict::Deleted
        } else {
            Verdict::New
        };
        let fp = match verdict {
            Verdict::New | Verdict::Changed => fingerprint(m),
            _ => DELETED,
        };
        (verdict, Probe { at, fp, id_hash: hash })
    }

    /// Records a yielded (or skipped-as-gone) message in the window, with
    /// what [`classify`](Self::classify) found for it.
    pub(crate) fn record(&mut self, m: &types::Message, verdict: Verdict, probe: Probe, window: usize) {
        let fp = match verdict {
            Verdict::Skip => return,
            Verdict::Deleted => DELETED,
            Verdict::New | Verdict::Changed => probe.fp,
        };
        let key = m.sort_key.as_str();
        if let Some(i) = probe.at {
            if self.entries[i].key.as_str() == key {
                self.entries[i].fp = fp;
                return;
            }
            self.entries.remove(i);
        }
        if !self.in_window(key) {
            return;
        }
        // A forward walk appends; anything else is placed by its key.
        let append = self.entries.back().is_none_or(|last| cmp_sort_keys(last.key.as_str(), key).is_le());
        if append {
            let entry = self.recycle(key, &m.id, fp, probe.id_hash, window);
            self.entries.push_back(entry);
        } else {
            let entry = Entry { key: SortKey(key.to_owned()), id: m.id.clone(), fp, id_hash: probe.id_hash };
            let at = self.entries.partition_point(|e| e.key <= entry.key);
            self.entries.insert(at, entry);
        }
        self.trim(window);
    }

    /// A new entry; when the window is full and its oldest entry confirmed,
    /// that entry leaves now (as [`trim`](Self::trim) would after the
    /// push) and its strings are reused, so a long walk does not allocate.
    fn recycle(&mut self, key: &str, id: &str, fp: u64, id_hash: u64, window: usize) -> Entry {
        let full = self.entries.len() >= window
            && self.mark.as_ref().is_some_and(|mark| self.entries.front().is_some_and(|f| f.key <= mark.key))
            && self.floor.as_ref().is_none_or(|f| self.entries.front().is_some_and(|front| front.key > *f));
        if !full {
            return Entry { key: SortKey(key.to_owned()), id: id.to_owned(), fp, id_hash };
        }
        let Some(oldest) = self.entries.pop_front() else {
            return Entry { key: SortKey(key.to_owned()), id: id.to_owned(), fp, id_hash };
        };
        let mut key_text = self.floor.replace(oldest.key).map(|f| f.0).unwrap_or_default();
        key_text.clear();
        key_text.push_str(key);
        let mut id_text = oldest.id;
        id_text.clear();
        id_text.push_str(id);
        Entry { key: SortKey(key_text), id: id_text, fp, id_hash }
    }

    /// A newest-first import handed out (or passed over) this key.
    pub(crate) fn passed(&mut self, key: &str) {
        if let Some(back) = self.back.as_mut()
            && back.key.as_ref().is_none_or(|k| cmp_sort_keys(key, k.as_str()).is_lt())
        {
            back.key = Some(SortKey(key.to_owned()));
        }
    }

    /// Whether the feed knows nothing of this chat's messages yet.
    pub(crate) fn is_fresh(&self) -> bool {
        self.mark.is_none() && self.floor.is_none() && self.entries.is_empty() && self.back.is_none()
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
        self.entries.len() - self.confirmed()
    }

    /// Entries at or below the position (all of them come first).
    fn confirmed(&self) -> usize {
        match &self.mark {
            None => 0,
            Some(mark) => self.entries.partition_point(|e| e.key <= mark.key),
        }
    }

    /// Keeps the newest `window` entries, and every unconfirmed one.
    fn trim(&mut self, window: usize) {
        if self.entries.len() <= window {
            return;
        }
        let mut cut = self.entries.len() - window;
        // Usually everything to cut is confirmed: one comparison says so.
        let confirmed = self.mark.as_ref().is_some_and(|mark| self.entries[cut - 1].key <= mark.key);
        if !confirmed {
            cut = cut.min(self.confirmed());
        }
        let mut last = None;
        for _ in 0..cut {
            last = self.entries.pop_front().map(|e| e.key);
        }
        if let Some(last) = last
            && self.floor.as_ref().is_none_or(|f| last > *f)
        {
            self.floor = Some(last);
        }
    }

    /// The oldest key a rescan must reach: the floor (or the very start).
    pub(crate) fn rescan_reaches(&self, page_oldest: &SortKey) -> bool {
        self.floor.as_ref().is_some_and(|f| page_oldest <= f)
    }
}

/// [`std::hash::Hasher`] for the chat map: FNV-1a, cheaper than SipHash
/// for the one lookup per message (the keys are the Desktop's chat IDs).
#[derive(Default)]
pub(crate) struct FnvHasher(Option<Fnv>);

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.get_or_insert_with(Fnv::new).bytes(bytes);
    }

    fn finish(&self) -> u64 {
        self.0.as_ref().map_or(0, |h| h.0)
    }
}

/// The chats by ID.
pub(crate) type ChatMap = HashMap<String, ChatState, std::hash::BuildHasherDefault<FnvHasher>>;

/// Everything the feed knows: one [`ChatState`] per followed chat.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FeedState {
    /// Per chat ID.
    pub(crate) chats: ChatMap,
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

    /// The fingerprint as first written (strings joined, then hashed):
    /// checkpoints hold these values, so the streamed one must match.
    fn joined_fingerprint(m: &types::Message) -> u64 {
        let mut reactions: Vec<(&str, &str)> =
            m.reactions.iter().map(|r| (r.participant_id.as_str(), r.reaction_key.as_str())).collect();
        reactions.sort_unstable();
        let reactions: Vec<String> = reactions.iter().map(|(p, k)| format!("{p}\u{1}{k}")).collect();
        let attachments: Vec<&str> = m.attachments.iter().filter_map(|a| a.id.as_deref()).collect();
        let edited = m.edited_timestamp.map(|t| t.to_rfc3339()).unwrap_or_default();
        let kind = m.kind.as_ref().and_then(|k| serde_json::to_string(k).ok()).unwrap_or_default();
        let status = m.send_status.as_ref().map(|s| s.status.as_str().to_owned()).unwrap_or_default();
        fnv1a(&[
            m.id.as_bytes(),
            m.text.as_deref().unwrap_or("").as_bytes(),
            edited.as_bytes(),
            kind.as_bytes(),
            status.as_bytes(),
            reactions.join("\u{2}").as_bytes(),
            attachments.join("\u{2}").as_bytes(),
            &[u8::from(m.is_deleted == Some(true))],
        ])
        .max(1)
    }

    #[test]
    fn fingerprints_keep_their_stored_values() {
        let reaction =
            |p: &str, k: &str| serde_json::json!({"id": format!("{p}{k}"), "participantID": p, "reactionKey": k});
        let variants = [
            serde_json::json!({}),
            serde_json::json!({"type": "TEXT", "editedTimestamp": "2026-01-02T03:04:05.678Z"}),
            serde_json::json!({"type": "SOME \"NEW\" KIND", "isDeleted": true}),
            serde_json::json!({"reactions": [reaction("@b:x", "👍")], "sendStatus": {"status": "SENT", "timestamp": "2026-01-01T00:00:00Z"}}),
            serde_json::json!({"reactions": [reaction("@b:x", "👍"), reaction("@a:x", "❤️"), reaction("@a:x", "👍")]}),
            serde_json::json!({"attachments": [{"type": "img", "id": "a1"}, {"type": "img"}, {"type": "file", "id": "a2"}]}),
        ];
        for extra in variants {
            let mut value = serde_json::to_value(message("$1", "10", "hi")).unwrap();
            for (k, v) in extra.as_object().unwrap() {
                value[k] = v.clone();
            }
            let m: types::Message = serde_json::from_value(value.clone()).unwrap();
            assert_eq!(fingerprint(&m), joined_fingerprint(&m), "{value}");
        }
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
        let (verdict, probe) = chat.classify(&m, Source::Live);
        assert_eq!(verdict, Verdict::New);
        chat.record(&m, verdict, probe, 4);
        assert_eq!(chat.classify(&m, Source::Forward).0, Verdict::Skip);
        let edited = message("$1", "10", "hi!");
        let (verdict, probe) = chat.classify(&edited, Source::Rescan);
        assert_eq!(verdict, Verdict::Changed);
        chat.record(&edited, verdict, probe, 4);
        assert_eq!(chat.classify(&edited, Source::Live).0, Verdict::Skip);
        assert!(chat.delete("$1"));
        assert!(!chat.delete("$1"));
    }

    #[test]
    fn the_window_is_bounded_and_raises_the_floor() {
        let mut chat = ChatState::default();
        for n in 1..=10 {
            let m = message(&format!("${n}"), &n.to_string(), "x");
            let (verdict, probe) = chat.classify(&m, Source::Forward);
            chat.record(&m, verdict, probe, 3);
            chat.advance(Mark { key: SortKey(n.to_string()), cursor: format!("c{n}") }, 3);
        }
        assert_eq!(chat.entries.len(), 3);
        assert_eq!(chat.floor, Some(SortKey("7".into())));
        // Older than the window: REST cannot tell, the socket says "changed".
        let old = message("$2", "2", "edited");
        assert_eq!(chat.classify(&old, Source::Rescan).0, Verdict::Skip);
        assert_eq!(chat.classify(&old, Source::Live).0, Verdict::Changed);
    }

    #[test]
    fn unconfirmed_entries_are_kept_until_rest_passes_them() {
        let mut chat =
            ChatState { mark: Some(Mark { key: SortKey("0".into()), cursor: "c".into() }), ..Default::default() };
        for n in 1..=10 {
            let m = message(&format!("${n}"), &n.to_string(), "x");
            let (verdict, probe) = chat.classify(&m, Source::Live);
            chat.record(&m, verdict, probe, 3);
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
        assert_eq!(ChatState::default().classify(&m, Source::Live).0, Verdict::Skip);
    }
}
