//! [`Checkpoint`]: the feed's state in a small, versioned, serde-serializable form.

use std::collections::{BTreeMap, VecDeque};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use super::item::Depth;
use super::state::{Back, ChatState, Entry, FeedState, Mark, SortKey};

/// The format version written by this build.
pub const CHECKPOINT_VERSION: u32 = 1;

/// Where a [`Feed`](super::Feed) stands: store it with your data and pass it
/// to [`FeedBuilder::resume`](super::FeedBuilder::resume) to go on from there.
///
/// Opaque: it holds, per followed chat, the REST position (an opaque cursor
/// and its sort key) and the dedupe window (sort key, message ID and a
/// 64-bit fingerprint of the newest messages yielded, by default
/// [`DEFAULT_WINDOW`](super::DEFAULT_WINDOW)). Its size per chat is about
/// `window × (ID length + sort-key length + 10)` bytes plus the cursor,
/// before base64; [`Checkpoint::encoded_len`] gives the exact figure.
///
/// Serialized with serde (JSON, for instance) it reads
/// `{"version":1,"chats":{"<chat ID>":"<base64>", ...}}`; a checkpoint of
/// another format version fails to deserialize rather than being misread.
///
/// ```
/// use beeper_desktop::feed::Checkpoint;
///
/// let empty = Checkpoint::default();
/// let json = serde_json::to_string(&empty).unwrap();
/// assert_eq!(json, r#"{"version":1,"chats":{}}"#);
/// let back: Checkpoint = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, empty);
/// assert!(serde_json::from_str::<Checkpoint>(r#"{"version":99,"chats":{}}"#).is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Raw", into = "Raw")]
pub struct Checkpoint {
    pub(crate) chats: BTreeMap<String, ChatState>,
    /// The start policy while the first catch-up has not ended yet.
    pub(crate) initial: Option<Depth>,
}

impl Checkpoint {
    /// Number of chats it holds a position for.
    pub fn chat_count(&self) -> usize {
        self.chats.len()
    }

    /// Whether it holds nothing (a feed resuming it starts as on a fresh
    /// install: every matching chat is imported whole).
    pub fn is_empty(&self) -> bool {
        self.chats.is_empty()
    }

    /// Bytes of its JSON form (chat IDs included), the figure to budget
    /// storage with.
    pub fn encoded_len(&self) -> usize {
        serde_json::to_vec(self).map_or(0, |json| json.len())
    }

    pub(crate) fn from_state(state: &FeedState) -> Self {
        Self { chats: state.chats.iter().map(|(id, chat)| (id.clone(), chat.clone())).collect(), initial: None }
    }

    pub(crate) fn into_state(self) -> FeedState {
        FeedState { chats: self.chats.into_iter().collect(), initialized: self.initial.is_none() }
    }
}

#[derive(Serialize, Deserialize)]
struct Raw {
    version: u32,
    chats: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<String>,
}

fn depth_text(depth: Depth) -> String {
    match depth {
        Depth::Now => "now".into(),
        Depth::All => "all".into(),
        Depth::Last(n) => format!("last:{n}"),
    }
}

fn parse_depth(text: &str) -> Option<Depth> {
    match text {
        "now" => Some(Depth::Now),
        "all" => Some(Depth::All),
        _ => text.strip_prefix("last:")?.parse().ok().map(Depth::Last),
    }
}

impl From<Checkpoint> for Raw {
    fn from(cp: Checkpoint) -> Self {
        Raw {
            version: CHECKPOINT_VERSION,
            chats: cp.chats.iter().map(|(id, chat)| (id.clone(), URL_SAFE_NO_PAD.encode(pack(chat)))).collect(),
            start: cp.initial.map(depth_text),
        }
    }
}

impl TryFrom<Raw> for Checkpoint {
    type Error = String;

    fn try_from(raw: Raw) -> Result<Self, String> {
        if raw.version != CHECKPOINT_VERSION {
            return Err(format!(
                "checkpoint format version {} is not supported (this build reads {CHECKPOINT_VERSION})",
                raw.version
            ));
        }
        let initial = match raw.start.as_deref() {
            None => None,
            Some(text) => Some(parse_depth(text).ok_or_else(|| format!("unknown start policy {text:?}"))?),
        };
        let mut chats = BTreeMap::new();
        for (id, text) in raw.chats {
            let bytes = URL_SAFE_NO_PAD.decode(text.as_bytes()).map_err(|e| format!("chat {id}: not base64: {e}"))?;
            let chat = unpack(&bytes).ok_or_else(|| format!("chat {id}: damaged checkpoint data"))?;
            chats.insert(id, chat);
        }
        Ok(Checkpoint { chats, initial })
    }
}

const SYNCED: u8 = 1;
const HAS_MARK: u8 = 2;
const HAS_FLOOR: u8 = 4;
/// A newest-first import under way (then flags for its key and cursor).
const HAS_BACK: u8 = 8;
const HAS_BACK_KEY: u8 = 16;
const HAS_BACK_CURSOR: u8 = 32;

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn pack(chat: &ChatState) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + chat.entries.len() * 24);
    let mut flags = 0;
    let back = chat.back.as_ref();
    for (set, bit) in [
        (chat.synced, SYNCED),
        (chat.mark.is_some(), HAS_MARK),
        (chat.floor.is_some(), HAS_FLOOR),
        (back.is_some(), HAS_BACK),
        (back.is_some_and(|b| b.key.is_some()), HAS_BACK_KEY),
        (back.is_some_and(|b| b.cursor.is_some()), HAS_BACK_CURSOR),
    ] {
        if set {
            flags |= bit;
        }
    }
    out.push(flags);
    if let Some(mark) = &chat.mark {
        put_str(&mut out, &mark.key.0);
        put_str(&mut out, &mark.cursor);
    }
    if let Some(floor) = &chat.floor {
        put_str(&mut out, &floor.0);
    }
    if let Some(back) = back {
        if let Some(key) = &back.key {
            put_str(&mut out, &key.0);
        }
        if let Some(cursor) = &back.cursor {
            put_str(&mut out, cursor);
        }
    }
    out.extend_from_slice(&chat.chat_fp.to_le_bytes());
    put_varint(&mut out, chat.entries.len() as u64);
    for entry in &chat.entries {
        put_str(&mut out, &entry.key.0);
        put_str(&mut out, &entry.id);
        out.extend_from_slice(&entry.fp.to_le_bytes());
    }
    out
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(*first)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn take(&mut self, len: usize) -> Option<&[u8]> {
        if self.0.len() < len {
            return None;
        }
        let (head, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(head)
    }

    fn string(&mut self) -> Option<String> {
        let len = usize::try_from(self.varint()?).ok()?;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

fn unpack(bytes: &[u8]) -> Option<ChatState> {
    let mut r = Reader(bytes);
    let flags = r.byte()?;
    let mark = if flags & HAS_MARK != 0 { Some(Mark { key: SortKey(r.string()?), cursor: r.string()? }) } else { None };
    let floor = if flags & HAS_FLOOR != 0 { Some(SortKey(r.string()?)) } else { None };
    let back = if flags & HAS_BACK != 0 {
        let key = if flags & HAS_BACK_KEY != 0 { Some(SortKey(r.string()?)) } else { None };
        let cursor = if flags & HAS_BACK_CURSOR != 0 { Some(r.string()?) } else { None };
        Some(Back { key, cursor })
    } else if flags & (HAS_BACK_KEY | HAS_BACK_CURSOR) != 0 {
        return None;
    } else {
        None
    };
    let chat_fp = r.u64()?;
    let count = r.varint()?;
    let mut entries = VecDeque::with_capacity(usize::try_from(count.min(4096)).ok()?);
    for _ in 0..count {
        entries.push_back(Entry::new(SortKey(r.string()?), r.string()?, r.u64()?));
    }
    if !r.0.is_empty() || !entries.iter().zip(entries.iter().skip(1)).all(|(a, b)| a.key <= b.key) {
        return None;
    }
    Some(ChatState { synced: flags & SYNCED != 0, mark, floor, entries, chat_fp, back })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ChatState {
        ChatState {
            synced: true,
            mark: Some(Mark { key: SortKey("449706228480".into()), cursor: "bWVzc2FnZXM6NDQ5".into() }),
            floor: Some(SortKey("449706228000".into())),
            entries: (0..32)
                .map(|n| {
                    Entry::new(
                        SortKey(format!("4497062281{n:02}")),
                        format!("$event{n}:beeper.local"),
                        0x1234_5678_9abc_def0 ^ n,
                    )
                })
                .collect(),
            chat_fp: 42,
            back: None,
        }
    }

    #[test]
    fn packing_round_trips() {
        let chat = sample();
        assert_eq!(unpack(&pack(&chat)), Some(chat.clone()));
        let empty = ChatState::default();
        assert_eq!(unpack(&pack(&empty)), Some(empty));
        for back in [
            Back::default(),
            Back { key: Some(SortKey("449706228100".into())), cursor: None },
            Back { key: Some(SortKey("449706228100".into())), cursor: Some("bWVzc2FnZXM6NDQ5".into()) },
        ] {
            let importing = ChatState { back: Some(back), ..sample() };
            assert_eq!(unpack(&pack(&importing)), Some(importing.clone()));
        }
    }

    #[test]
    fn damaged_data_is_an_error_not_a_panic() {
        let bytes = pack(&sample());
        for cut in 0..bytes.len() {
            assert_eq!(unpack(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(unpack(&extra), None);
        let json = r#"{"version":1,"chats":{"!a:x":"%%%"}}"#;
        assert!(serde_json::from_str::<Checkpoint>(json).is_err());
    }

    #[test]
    fn serde_round_trip_and_size() {
        let cp = Checkpoint {
            chats: [("!a:beeper.local".to_owned(), sample())].into_iter().collect(),
            initial: Some(Depth::Last(50)),
        };
        let json = serde_json::to_string(&cp).unwrap();
        let back: Checkpoint = serde_json::from_str(&json).unwrap();
        assert_eq!(back, cp);
        // 32 entries with 22-byte IDs and 12-digit keys.
        assert!(cp.encoded_len() < 2000, "{}", cp.encoded_len());
        assert_eq!(json.len(), cp.encoded_len());
    }
}
