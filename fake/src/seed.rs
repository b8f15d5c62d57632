//! Deterministic seed data: the same seed always gives the same accounts,
//! contacts, chats and messages.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

use beeper_desktop::types::{self, AttachmentType, BridgeProvider, ChatType, MessageType, SendStatusKind};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::rngs::ChaCha8Rng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};

use crate::state::{Asset, ChatRecord, World};

/// Seed used when none is given.
pub const DEFAULT_SEED: u64 = 23373;
/// Messages in the one very long chat (for paging).
pub const LARGE_CHAT_MESSAGES: usize = 10_000;
/// ID of the very long chat.
pub const LARGE_CHAT_ID: &str = "!rust-async-lounge:beeper.local";
/// The seed data's "now": every seeded timestamp is before it.
pub fn seed_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 9, 1, 12, 0, 0).single().unwrap_or_default()
}

struct Network {
    account_id: &'static str,
    network: &'static str,
    bridge_id: &'static str,
    provider: BridgeProvider,
    bridge_type: &'static str,
    singles: usize,
    groups: usize,
}

fn networks() -> Vec<Network> {
    vec![
        Network {
            account_id: "whatsapp",
            network: "WhatsApp",
            bridge_id: "local-whatsapp",
            provider: BridgeProvider::Local,
            bridge_type: "whatsapp",
            singles: 7,
            groups: 5,
        },
        Network {
            account_id: "signal",
            network: "Signal",
            bridge_id: "signal",
            provider: BridgeProvider::Cloud,
            bridge_type: "signal",
            singles: 5,
            groups: 4,
        },
        Network {
            account_id: "telegram",
            network: "Telegram",
            bridge_id: "telegram",
            provider: BridgeProvider::Cloud,
            bridge_type: "telegram",
            singles: 5,
            groups: 5,
        },
        Network {
            account_id: "instagramgo",
            network: "Instagram",
            bridge_id: "instagramgo",
            provider: BridgeProvider::Cloud,
            bridge_type: "meta",
            singles: 6,
            groups: 2,
        },
        Network {
            account_id: "matrix",
            network: "Beeper (Matrix)",
            bridge_id: "matrix",
            provider: BridgeProvider::Cloud,
            bridge_type: "matrix",
            singles: 4,
            groups: 4,
        },
        Network {
            account_id: "imessage",
            network: "iMessage",
            bridge_id: "local-imessage",
            provider: BridgeProvider::PlatformSdk,
            bridge_type: "imessage",
            singles: 6,
            groups: 3,
        },
    ]
}

const PEOPLE: &[(&str, &str)] = &[
    ("Zoë Müller", "zoe"),
    ("José García", "jose"),
    ("Amélie Laurent", "amelie"),
    ("Søren Nielsen", "soren"),
    ("王芳", "wangfang"),
    ("Ольга Иванова", "olga"),
    ("محمد علي", "mohammed"),
    ("Priya Sharma", "priya"),
    ("Nguyễn Văn An", "an"),
    ("田中 愛子", "aiko"),
    ("Björn Ångström", "bjorn"),
    ("Chloé Dubois", "chloe"),
    ("Kwame Mensah", "kwame"),
    ("Siobhán O'Connor", "siobhan"),
    ("Łukasz Wiśniewski", "lukasz"),
    ("Ana Souza", "ana"),
    ("Dmitri Volkov", "dmitri"),
    ("Fatima Zahra", "fatima"),
    ("Hiroshi Sato", "hiroshi"),
    ("Ingrid Berg", "ingrid"),
    ("Jamal Carter", "jamal"),
    ("Kateřina Nováková", "katerina"),
    ("Leilani Kahale", "leilani"),
    ("Mateo Rossi", "mateo"),
    ("Nadia Haddad", "nadia"),
    ("Oren Levi", "oren"),
    ("Paulina Kowalska", "paulina"),
    ("Quentin Moreau", "quentin"),
    ("Rosa Martínez", "rosa"),
    ("Sven Olsen", "sven"),
    ("Tamar Cohen", "tamar"),
    ("Uma Patel", "uma"),
    ("Viktor Horváth", "viktor"),
    ("Wen Li", "wenli"),
    ("Ximena Ruiz", "ximena"),
    ("Yusuf Demir", "yusuf"),
    ("Zainab Bello", "zainab"),
    ("Émile Fournier", "emile"),
    ("Aroha Ngata", "aroha"),
    ("Bob 🎸 Baker", "bob"),
];

const GROUP_TITLES: &[&str] = &[
    "Family 👨‍👩‍👧",
    "Book club 📚",
    "Climbing crew 🧗",
    "Ops on-call",
    "Berlin trip 2025 🇩🇪",
    "Café & Co ☕",
    "ハイキング部",
    "Тусовка",
    "Board games night 🎲",
    "Neighbours · Rue Oberkampf",
    "Startup founders",
    "Wedding planning 💍",
    "Football Sunday ⚽",
    "Design reviews",
    "Mom's birthday 🎂",
    "Kitchen renovation",
    "Jazz & wine 🍷",
    "PhD survivors",
    "Running club 🏃",
    "Release coordination",
    "Garden swap 🌱",
    "Apartment 4B",
    "Photo walk 📷",
    "Cousins",
];

/// Everyday message texts (some with the HTML entities of Matrix text).
pub(crate) const PHRASES: &[&str] = &[
    "Hey! How are you doing? 😊",
    "Running 10 min late, sorry 🙏",
    "Did you see the game last night? ⚽🔥",
    "Tom &amp; Jerry is on again lol",
    "I &lt;3 this place",
    "She said &quot;absolutely not&quot; 😂",
    "It&#39;s fine, don&#39;t worry about it",
    "Can you send me the address?",
    "👍",
    "😂😂😂",
    "Dinner at eight?",
    "Sure, works for me",
    "Let me check my calendar 📅",
    "Happy birthday!! 🎉🎂🥳",
    "¿Nos vemos mañana?",
    "Ça marche, à demain !",
    "Bis später 👋",
    "Спасибо большое!",
    "ありがとう！",
    "好的，没问题",
    "شكراً جزيلاً",
    "Grüße aus München 🥨",
    "The build is green again ✅",
    "Deploying to prod now 🚀",
    "Who took my charger? 🔌",
    "Photos from the weekend 📸",
    "Can't stop listening to this 🎧",
    "Meeting moved to 3pm",
    "Here is the doc: https://example.com/docs/plan",
    "Check this out https://example.org/articles/42",
    "Price is 42 € (≈ $45)",
    "2 × 3 = 6, not 5 🤓",
    "Wi-Fi password is on the fridge",
    "Good morning ☀️",
    "Good night 🌙",
    "On my way 🚗",
    "Just landed ✈️",
    "Miss you all ❤️",
    "Sounds good!",
    "No worries",
    "Totally agree",
    "Haha yes",
    "Wait, what? 😳",
    "Let's do it 💪",
    "I'll bring snacks 🍕🍩",
    "Rain again 🌧️ typical",
    "Anyone up for coffee?",
    "brb",
    "Thanks! 🙌",
    "Are we still on for Saturday?",
    "That's hilarious 🤣",
    "Just finished the book — wow",
    "Ok 👌",
    "Call me when you can 📞",
    "The new café on 5th &amp; Main is great",
    "Use &lt;br&gt; not &lt;p&gt; there",
    "Reminder: rent is due 🏠",
    "Zoë's café → 2nd floor",
    "Ship it 🚢",
    "Can someone review my PR?",
];

const RUST_PHRASES: &[&str] = &[
    "Has anyone tried the new async closures?",
    "`tokio::select!` cancels the other branch, careful 🦀",
    "Pin&lt;Box&lt;dyn Future&gt;&gt; strikes again",
    "cargo clippy -- -D warnings is my linter",
    "Just use an mpsc channel",
    "Send + Sync + 'static, the holy trinity",
    "Lifetimes finally clicked for me 🎉",
    "Is axum 0.8 out yet?",
    "Blocking in async is a footgun 🔫",
    "What's the MSRV?",
    "Benchmarks or it didn't happen 📊",
    "The borrow checker was right, again",
    "TIL about `std::mem::take`",
    "Ferris approves 🦀",
];

/// Reaction keys the seed data and lively mode use.
pub(crate) const REACTIONS: &[&str] = &["👍", "❤️", "😂", "😮", "😢", "🙏", "🔥", "🎉"];

/// Bytes of a 1×1 PNG; image assets start with it.
const PNG_1X1: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

#[derive(Clone, Copy)]
enum Media {
    Image,
    Video,
    Voice,
    File,
}

fn user(account: &str, name: &str, slug: &str, index: usize) -> types::User {
    types::User {
        id: format!("@{account}_{slug}:beeper.local"),
        full_name: Some(name.to_owned()),
        username: Some(slug.to_owned()),
        phone_number: (index % 3 != 2).then(|| format!("+1555{:07}", 100_000 + index * 7919 % 9_000_000)),
        email: index.is_multiple_of(4).then(|| format!("{slug}@example.com")),
        img_url: index.is_multiple_of(2).then(|| format!("mxc://beeper.local/avatar-{slug}")),
        cannot_message: (index == 13).then_some(true),
        is_self: None,
    }
}

/// A user known only by ID and name (a participant of a chat made at run
/// time, or one seen through a chat's participant list).
pub(crate) fn named_user(id: String, full_name: Option<String>) -> types::User {
    types::User {
        id,
        full_name,
        cannot_message: None,
        email: None,
        img_url: None,
        is_self: None,
        phone_number: None,
        username: None,
    }
}

/// A chat participant made from a user (also used for chats created at run time).
pub(crate) fn participant(u: &types::User, is_admin: bool) -> types::ChatParticipant {
    types::ChatParticipant {
        id: u.id.clone(),
        full_name: u.full_name.clone(),
        username: u.username.clone(),
        phone_number: u.phone_number.clone(),
        email: u.email.clone(),
        img_url: u.img_url.clone(),
        cannot_message: u.cannot_message,
        is_self: u.is_self,
        is_admin: is_admin.then_some(true),
        is_network_bot: None,
        is_pending: None,
    }
}

/// A chat with the fields the fake fills itself left empty.
pub(crate) fn blank_chat(
    id: String,
    account: &Network2,
    title: Option<String>,
    kind: ChatType,
    participants: Vec<types::ChatParticipant>,
) -> types::Chat {
    types::Chat {
        account_id: account.account_id.clone(),
        capabilities: None,
        description: None,
        draft: None,
        id,
        img_url: None,
        is_archived: Some(false),
        is_low_priority: Some(false),
        is_marked_unread: Some(false),
        is_muted: Some(false),
        is_pinned: Some(false),
        is_read_only: Some(false),
        labels: Vec::new(),
        last_activity: None,
        last_read_message_sort_key: None,
        local_chat_id: None,
        merge: None,
        merged_into_chat_id: None,
        message_expiry_seconds: None,
        network: Some(account.network.clone()),
        participants: types::ChatParticipants {
            has_more: false,
            total: participants.len() as u64,
            items: participants,
        },
        reminder: None,
        snooze: None,
        title,
        kind,
        unread_count: 0,
        unread_mentions_count: Some(0),
    }
}

/// What a chat needs to know about its account.
pub(crate) struct Network2 {
    pub account_id: String,
    pub network: String,
}

/// A message with the fields the fake fills itself left empty.
pub(crate) fn blank_message(
    chat: &types::Chat,
    sender: &types::User,
    is_sender: bool,
    timestamp: DateTime<Utc>,
) -> types::Message {
    types::Message {
        account_id: chat.account_id.clone(),
        attachments: Vec::new(),
        chat_id: chat.id.clone(),
        edited_timestamp: None,
        id: String::new(),
        is_deleted: None,
        is_hidden: None,
        is_sender: Some(is_sender),
        is_unread: Some(false),
        linked_message_id: None,
        links: Vec::new(),
        mentions: None,
        reactions: Vec::new(),
        seen: None,
        send_status: None,
        sender_id: sender.id.clone(),
        sender_name: sender.full_name.clone(),
        sort_key: String::new().into(),
        text: None,
        timestamp,
        kind: Some(MessageType::Text),
    }
}

/// A reaction by `participant_id` with `key`, as the reaction route stores
/// one (`emoji` unless the key is a `:shortcode:` or an `mxc://` image).
pub(crate) fn reaction(participant_id: &str, key: &str) -> types::Reaction {
    types::Reaction {
        emoji: Some(!key.starts_with(':') && !key.starts_with("mxc://")),
        id: format!("{participant_id}{key}"),
        img_url: None,
        participant_id: participant_id.to_owned(),
        reaction_key: key.to_owned(),
    }
}

struct Draft {
    chat_index: usize,
    sender: usize,
    timestamp: DateTime<Utc>,
}

/// The seeded world, generated once per seed and process; later calls get
/// a copy that shares the messages copy-on-write (cheap).
pub fn world(seed: u64) -> World {
    static CACHE: OnceLock<Mutex<HashMap<u64, World>>> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    cache.entry(seed).or_insert_with(|| generate(seed)).clone()
}

/// Builds the whole seeded world from scratch.
pub fn generate(seed: u64) -> World {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let now = seed_now();
    let mut world = World { labels: Vec::new(), ..World::default() };
    world.labels = ["Work", "Family", "Friends", "Travel ✈️"]
        .iter()
        .enumerate()
        .map(|(i, name)| types::Label { id: format!("label-{}", i + 1), name: (*name).to_owned() })
        .collect();

    let me = ("Alex Rivera", "alex");
    let mut chats: Vec<(ChatRecord, Vec<types::User>, usize)> = Vec::new(); // record, members (0 = self), planned messages
    let mut group_titles = GROUP_TITLES.to_vec();
    for (n, net) in networks().into_iter().enumerate() {
        let mut self_user = user(net.account_id, me.0, me.1, 0);
        self_user.is_self = Some(true);
        self_user.phone_number = Some("+15550100100".to_owned());
        self_user.email = Some("alex@example.com".to_owned());
        world.accounts.push(types::Account {
            account_id: net.account_id.to_owned(),
            bridge: Some(types::AccountBridge {
                id: net.bridge_id.to_owned(),
                provider: net.provider.clone(),
                kind: net.bridge_type.to_owned(),
            }),
            capabilities: None,
            login_id: Some(format!("login-{}", net.account_id)),
            network: Some(net.network.to_owned()),
            status: Some(types::AccountStatus::Connected),
            status_text: None,
            user: self_user.clone(),
        });
        // Each account knows a rotating, overlapping slice of the people.
        let count = 16 + rng.random_range(0..8);
        let mut contacts: Vec<types::User> = (0..count)
            .map(|k| {
                let index = (n * 7 + k) % PEOPLE.len();
                user(net.account_id, PEOPLE[index].0, PEOPLE[index].1, index + 1)
            })
            .collect();
        contacts.sort_by(|a, b| a.full_name.cmp(&b.full_name).then_with(|| a.id.cmp(&b.id)));
        let net2 = Network2 { account_id: net.account_id.to_owned(), network: net.network.to_owned() };
        let is_imessage = net.account_id == "imessage";
        for s in 0..net.singles {
            let other = contacts[s % contacts.len()].clone();
            let id = if is_imessage {
                format!("!imsg-{}:beeper.local", other.username.as_deref().unwrap_or("x"))
            } else {
                format!("!{}-dm-{}:beeper.local", net.account_id, other.username.as_deref().unwrap_or("x"))
            };
            let members = vec![self_user.clone(), other.clone()];
            let parts = members.iter().map(|u| participant(u, false)).collect();
            let mut chat = blank_chat(id, &net2, other.full_name.clone(), ChatType::Single, parts);
            chat.local_chat_id = Some(if is_imessage {
                format!(
                    "iMessage;-;{}",
                    other
                        .phone_number
                        .clone()
                        .unwrap_or_else(|| format!("{}@example.com", other.username.as_deref().unwrap_or("x")))
                )
            } else {
                format!("{}", 1000 + chats.len())
            });
            let record = ChatRecord::new(chat, is_imessage);
            chats.push((record, members, rng.random_range(15..70)));
        }
        for g in 0..net.groups {
            let title = if group_titles.is_empty() {
                format!("Group {n}-{g}")
            } else {
                group_titles.remove(rng.random_range(0..group_titles.len())).to_owned()
            };
            // One group is large, so list routes must cap its participants at 20.
            let size = if n == 0 && g == 0 { contacts.len() } else { rng.random_range(2..contacts.len().min(11)) };
            let mut members = vec![self_user.clone()];
            let start = rng.random_range(0..contacts.len());
            members.extend((0..size).map(|k| contacts[(start + k) % contacts.len()].clone()));
            let parts = members.iter().enumerate().map(|(i, u)| participant(u, i == 0 || i == 1)).collect();
            let id = format!("!{}-grp-{}{}:beeper.local", net.account_id, g, (rng.random::<u32>() % 0xffff));
            let mut chat = blank_chat(id, &net2, Some(title), ChatType::Group, parts);
            chat.local_chat_id = Some(if is_imessage {
                format!("iMessage;+;chat{}", 500 + g)
            } else {
                format!("{}", 1000 + chats.len())
            });
            chat.description = (g % 2 == 0).then(|| "Plans, photos &amp; chatter".to_owned());
            chat.img_url = Some(format!("/Users/alex/Library/Application Support/BeeperTexts/media/group-{g}.jpg"));
            if net.account_id == "telegram" && g == 0 {
                chat.is_read_only = Some(true);
                chat.title = Some("Tech News Daily 📰".to_owned());
                chat.description = Some("Announcements only".to_owned());
            }
            let record = ChatRecord::new(chat, is_imessage);
            chats.push((record, members, rng.random_range(20..110)));
        }
        if net.account_id == "matrix" {
            let mut members = vec![self_user.clone()];
            members.extend(contacts.iter().cloned());
            let parts = members.iter().enumerate().map(|(i, u)| participant(u, i < 3)).collect();
            let mut chat = blank_chat(
                LARGE_CHAT_ID.to_owned(),
                &net2,
                Some("Rust async lounge 🦀".to_owned()),
                ChatType::Group,
                parts,
            );
            chat.local_chat_id = Some("4242".to_owned());
            chat.description = Some("Futures, executors &amp; friends".to_owned());
            let record = ChatRecord::new(chat, false);
            chats.push((record, members, LARGE_CHAT_MESSAGES));
        }
        world.contacts.insert(net.account_id.to_owned(), contacts);
    }

    // Chat settings, spread deterministically over the chats.
    let labels = world.labels.clone();
    for (i, (record, _, _)) in chats.iter_mut().enumerate() {
        let chat = &mut record.chat;
        let roll = rng.random_range(0..100);
        if i % 9 == 4 {
            chat.is_archived = Some(true);
        }
        if i % 7 == 3 {
            chat.is_muted = Some(true);
        }
        if matches!(i, 1 | 14 | 27 | 40) {
            chat.is_pinned = Some(true);
        }
        if i % 11 == 6 {
            chat.is_low_priority = Some(true);
        }
        if roll < 25 {
            chat.labels.push(labels[i % labels.len()].clone());
        }
        if i % 13 == 5 {
            chat.draft = Some(types::ChatDraft {
                text: "Draft: don&#39;t forget the tickets 🎟️".to_owned(),
                attachments: Default::default(),
            });
        }
        if i % 12 == 2 {
            chat.reminder = Some(types::ChatReminder {
                remind_at: Some(now + Duration::days(1 + (i as i64 % 5))),
                dismiss_on_incoming_message: Some(i % 2 == 0),
            });
        }
        if i == 19 {
            chat.snooze = Some(types::ChatSnooze {
                snooze_until: Some(now + Duration::hours(6)),
                user_snoozed_at: Some(now - Duration::hours(1)),
            });
        }
        if i % 10 == 8 {
            chat.message_expiry_seconds = Some(604_800);
        }
    }

    // Message timestamps first, then IDs and sort keys in global time order.
    let mut drafts: Vec<Draft> = Vec::new();
    for (chat_index, (_, members, planned)) in chats.iter().enumerate() {
        let n = *planned;
        let span_minutes: i64 =
            if n >= LARGE_CHAT_MESSAGES { 300 * 24 * 60 } else { rng.random_range(3..60) * 24 * 60 };
        let gap_hours: i64 = rng.random_range(0..240);
        let end = now - Duration::hours(gap_hours) - Duration::minutes(chat_index as i64);
        let step = (span_minutes / n as i64).max(1);
        let mut t = end - Duration::minutes(step * n as i64);
        for _ in 0..n {
            t += Duration::seconds(rng.random_range(step * 20..=step * 100).max(1));
            let sender = if rng.random_range(0..100) < 38 { 0 } else { rng.random_range(1..members.len()) };
            drafts.push(Draft { chat_index, sender, timestamp: t.min(end) });
        }
    }
    drafts.sort_by_key(|d| (d.timestamp, d.chat_index));

    let mut next_id: u64 = 1_340_000;
    let mut next_key: u64 = 449_706_000_000;
    for d in &drafts {
        next_id += 1;
        next_key += 1;
        let (record, members, _) = &mut chats[d.chat_index];
        let sender = &members[d.sender];
        let mut m = blank_message(&record.chat, sender, d.sender == 0, d.timestamp);
        m.id = next_id.to_string();
        m.sort_key = next_key.to_string().into();
        let is_rust = record.chat.id == LARGE_CHAT_ID;
        let text = if is_rust && rng.random_range(0..3) > 0 {
            RUST_PHRASES.choose(&mut rng)
        } else {
            PHRASES.choose(&mut rng)
        };
        m.text = text.map(|t| (*t).to_owned());
        fill_message(&mut m, record, members, &mut rng, &mut world.assets);
        record.push(next_key, m);
    }

    // Unread tails, read markers, previews' chat activity.
    for (i, (record, _, _)) in chats.iter_mut().enumerate() {
        let wanted = if i % 3 == 0 { rng.random_range(1..12) } else { 0 };
        let mut unread = 0;
        for m in record.messages_mut().iter_mut().rev() {
            if unread >= wanted || m.is_sender == Some(true) {
                break;
            }
            m.is_unread = Some(true);
            unread += 1;
        }
        record.chat.unread_count = unread as u64;
        record.chat.unread_mentions_count = Some(if unread > 3 { 1 } else { 0 });
        if i % 17 == 9 {
            record.chat.is_marked_unread = Some(true);
        }
        let read_upto = record.messages().len() - unread;
        if read_upto > 0 {
            record.chat.last_read_message_sort_key = Some(record.messages()[read_upto - 1].sort_key.clone());
        }
        record.chat.last_activity = record.messages().last().map(|m| m.timestamp);
    }

    world.next_id = next_id;
    world.next_sort_key = next_key;
    world.last_timestamp = drafts.last().map(|d| d.timestamp).unwrap_or(now);
    for (record, _, _) in chats {
        world.insert_chat(record);
    }
    world
}

fn fill_message(
    m: &mut types::Message,
    record: &ChatRecord,
    members: &[types::User],
    rng: &mut ChaCha8Rng,
    assets: &mut HashMap<String, Asset>,
) {
    let roll = rng.random_range(0..1000);
    let has_links = m.text.as_deref().is_some_and(|t| t.contains("https://"));
    if has_links {
        let url = m
            .text
            .as_deref()
            .and_then(|t| t.split_whitespace().find(|w| w.starts_with("https://")))
            .unwrap_or_default()
            .to_owned();
        m.links.push(types::LinkPreview {
            title: "A page worth reading".to_owned(),
            url: url.clone(),
            favicon: Some("https://example.com/favicon.ico".to_owned()),
            img: None,
            img_size: None,
            original_url: Some(url),
            summary: Some("Summary of the linked page &mdash; with entities".to_owned()),
        });
    }
    if roll < 90 {
        let media = match roll % 4 {
            0 | 1 => Media::Image,
            2 => Media::Video,
            _ => {
                if roll % 8 == 3 {
                    Media::Voice
                } else {
                    Media::File
                }
            }
        };
        let tag = format!("{:x}{:04x}", m.id.parse::<u64>().unwrap_or(0), rng.random::<u16>());
        let (att, asset) = attachment(media, &tag, rng);
        m.kind = Some(match media {
            Media::Image => MessageType::Image,
            Media::Video => MessageType::Video,
            Media::Voice => MessageType::Voice,
            Media::File => MessageType::File,
        });
        if roll % 3 == 0 {
            m.text = None;
        }
        if let Some(id) = &att.id {
            assets.insert(id.clone(), asset.clone());
        }
        if let Some(src) = &att.src_url {
            assets.insert(src.clone(), asset);
        }
        m.attachments.push(att);
    }
    // Reactions from other members.
    if rng.random_range(0..100) < 15 {
        let count = rng.random_range(1..=3.min(members.len()));
        for k in 0..count {
            let who = &members[(k + rng.random_range(0..members.len())) % members.len()];
            if m.reactions.iter().any(|r| r.participant_id == who.id) {
                continue;
            }
            let key = REACTIONS.choose(rng).copied().unwrap_or("👍");
            m.reactions.push(types::Reaction {
                emoji: Some(true),
                id: who.id.clone(),
                img_url: None,
                participant_id: who.id.clone(),
                reaction_key: key.to_owned(),
            });
        }
    }
    // Replies to a recent earlier message.
    if !record.messages().is_empty() && rng.random_range(0..100) < 10 {
        let back = rng.random_range(1..=record.messages().len().min(15));
        m.linked_message_id = Some(record.messages()[record.messages().len() - back].id.clone());
    }
    if m.is_sender == Some(true) {
        let others: Vec<String> = members.iter().skip(1).take(5).map(|u| u.id.clone()).collect();
        m.send_status = Some(types::SendStatus {
            status: SendStatusKind::Success,
            timestamp: m.timestamp + Duration::seconds(1),
            delivered_to_users: others.clone(),
            internal_error: None,
            message: None,
            reason: None,
        });
        m.seen = Some(if record.chat.kind == ChatType::Single {
            types::Seen::Flag(true)
        } else {
            types::Seen::ByUser(
                others
                    .into_iter()
                    .map(|id| (id, types::SeenReceipt::At((m.timestamp + Duration::minutes(3)).to_rfc3339())))
                    .collect(),
            )
        });
    }
    let fate = rng.random_range(0..100);
    if fate < 3 && m.attachments.is_empty() {
        m.edited_timestamp = Some(m.timestamp + Duration::minutes(2));
        m.text = m.text.take().map(|t| format!("{t} (edited)"));
    } else if fate < 5 {
        m.is_deleted = Some(true);
        m.text = None;
        m.attachments.clear();
        m.links.clear();
        m.reactions.clear();
        m.kind = Some(MessageType::Text);
    }
    if m.text.as_deref().is_some_and(|t| t.contains('@')) {
        m.mentions = Some(Vec::new());
    }
}

fn attachment(media: Media, tag: &str, rng: &mut ChaCha8Rng) -> (types::Attachment, Asset) {
    let (kind, mime, name, magic, len): (AttachmentType, &str, String, &'static [u8], usize) = match media {
        Media::Image => {
            (AttachmentType::Img, "image/png", format!("IMG_{tag}.png"), PNG_1X1, rng.random_range(2_000..40_000))
        }
        Media::Video => (
            AttachmentType::Video,
            "video/mp4",
            format!("VID_{tag}.mp4"),
            b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom",
            rng.random_range(20_000..120_000),
        ),
        Media::Voice => (
            AttachmentType::Audio,
            "audio/ogg",
            format!("voice-{tag}.ogg"),
            b"OggS\0\x02",
            rng.random_range(4_000..30_000),
        ),
        Media::File => (
            AttachmentType::Unknown,
            "application/pdf",
            format!("Report {tag}.pdf"),
            b"%PDF-1.7\n",
            rng.random_range(5_000..60_000),
        ),
    };
    let id = format!("mxc://beeper.local/{tag}");
    let asset = Asset::generated(
        magic,
        len,
        u64::from_str_radix(&tag[..tag.len().min(15)], 16).unwrap_or(7),
        mime,
        name.clone(),
    );
    let is_visual = matches!(media, Media::Image | Media::Video);
    let att = types::Attachment {
        duration: matches!(media, Media::Video | Media::Voice).then(|| f64::from(rng.random_range(2..180u32)) + 0.5),
        file_name: Some(name),
        file_size: Some(len as u64),
        id: Some(id),
        is_gif: None,
        is_sticker: None,
        is_voice_note: matches!(media, Media::Voice).then_some(true),
        mime_type: Some(mime.to_owned()),
        poster_img: None,
        size: is_visual.then_some(types::MediaSize { width: Some(1280), height: Some(960) }),
        src_url: Some(format!("localmxc://beeper.local/{tag}")),
        transcription: matches!(media, Media::Voice).then(|| types::Transcription {
            engine: "whisper".to_owned(),
            language: Some("en".to_owned()),
            transcription: "Hey, call me back when you get this".to_owned(),
        }),
        kind,
    };
    (att, asset)
}

/// Seeded world sizes, for tests and docs.
pub fn summary(world: &World) -> BTreeMap<&'static str, usize> {
    let messages: usize = world.chats.values().map(|c| c.messages().len()).sum();
    BTreeMap::from([
        ("accounts", world.accounts.len()),
        ("chats", world.chats.len()),
        ("messages", messages),
        ("assets", world.assets.len()),
    ])
}
