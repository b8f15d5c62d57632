//! What other participants do: messages, edits, reactions and deletions
//! by someone other than the user, each publishing the changes a real
//! Desktop reports for it.
//!
//! Reach these through the `FakeDesktop` helpers (`receive_from`,
//! `edit_by_other`, `react_by_other`, `unreact_by_other`,
//! `delete_by_other`, `burst`); lively mode uses them too.

use std::fmt;

use beeper_desktop::types;

use crate::changes::Change;
use crate::seed::{blank_message, named_user, reaction};
use crate::state::{FakeState, World};

/// Why a change by another participant cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ActivityError {
    /// No chat with this ID.
    UnknownChat {
        /// The ID asked for.
        chat_id: String,
    },
    /// No visible message with this ID in the chat (hidden ones are not
    /// found either).
    UnknownMessage {
        /// The chat.
        chat_id: String,
        /// The ID asked for.
        message_id: String,
    },
    /// The chat has no participant other than the user.
    NoOtherParticipant {
        /// The chat.
        chat_id: String,
    },
    /// This user is not one of the chat's other participants.
    NotAParticipant {
        /// The chat.
        chat_id: String,
        /// The user ID given.
        participant_id: String,
    },
    /// The message is the user's own: another participant cannot edit or
    /// delete it (use the API as the user instead).
    OwnMessage {
        /// The chat.
        chat_id: String,
        /// The message.
        message_id: String,
    },
    /// The message was deleted for everyone; it cannot change any more.
    MessageDeleted {
        /// The chat.
        chat_id: String,
        /// The message.
        message_id: String,
    },
    /// The participant has no reaction with this key on the message.
    NoSuchReaction {
        /// The chat.
        chat_id: String,
        /// The message.
        message_id: String,
        /// The participant.
        participant_id: String,
        /// The reaction key.
        reaction_key: String,
    },
    /// A message or an edit needs text.
    EmptyText,
}

impl fmt::Display for ActivityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownChat { chat_id } => write!(f, "no chat {chat_id}"),
            Self::UnknownMessage { chat_id, message_id } => write!(f, "no message {message_id} in chat {chat_id}"),
            Self::NoOtherParticipant { chat_id } => write!(f, "chat {chat_id} has no other participant"),
            Self::NotAParticipant { chat_id, participant_id } => {
                write!(f, "{participant_id} is not another participant of chat {chat_id}")
            }
            Self::OwnMessage { chat_id, message_id } => {
                write!(f, "message {message_id} in chat {chat_id} is the user's own")
            }
            Self::MessageDeleted { chat_id, message_id } => {
                write!(f, "message {message_id} in chat {chat_id} was deleted for everyone")
            }
            Self::NoSuchReaction { chat_id, message_id, participant_id, reaction_key } => {
                write!(f, "{participant_id} has no reaction {reaction_key:?} on message {message_id} in chat {chat_id}")
            }
            Self::EmptyText => f.write_str("the text is empty"),
        }
    }
}

impl std::error::Error for ActivityError {}

fn unknown_chat(chat_id: &str) -> ActivityError {
    ActivityError::UnknownChat { chat_id: chat_id.to_owned() }
}

/// The chat's participants other than the user, as users.
pub(crate) fn others(world: &World, chat_id: &str) -> Result<Vec<types::User>, ActivityError> {
    let chat = &world.chat(chat_id).ok_or_else(|| unknown_chat(chat_id))?.chat;
    let others: Vec<types::User> = chat
        .participants
        .items
        .iter()
        .filter(|p| p.is_self != Some(true))
        .map(|p| named_user(p.id.clone(), p.full_name.clone()))
        .collect();
    if others.is_empty() {
        return Err(ActivityError::NoOtherParticipant { chat_id: chat.id.clone() });
    }
    Ok(others)
}

/// Appends a message from `sender` (an other participant) without
/// publishing anything.
fn append(world: &mut World, chat_id: &str, sender: &types::User, text: &str) -> Result<types::Message, ActivityError> {
    let chat = world.chat(chat_id).ok_or_else(|| unknown_chat(chat_id))?.chat.clone();
    let ts = world.next_timestamp();
    let mut m = blank_message(&chat, sender, false, ts);
    m.text = Some(text.to_owned());
    m.is_unread = Some(true);
    let id = world.append_message(m).map_err(|_| unknown_chat(chat_id))?;
    world.message(&chat.id, &id).cloned().ok_or_else(|| unknown_chat(chat_id))
}

fn published_new(state: &FakeState, message: &types::Message) {
    state.publish(Change::MessageUpserted { chat_id: message.chat_id.clone(), message_ids: vec![message.id.clone()] });
    state.publish(Change::ChatUpserted { chat_id: message.chat_id.clone() });
}

/// A message from `sender` (an other participant's user ID; the first
/// other participant when `None`). Publishes the message and the chat.
pub fn receive(
    state: &FakeState,
    chat_id: &str,
    sender: Option<&str>,
    text: &str,
) -> Result<types::Message, ActivityError> {
    if text.is_empty() {
        return Err(ActivityError::EmptyText);
    }
    let message = {
        let mut world = state.world();
        let others = others(&world, chat_id)?;
        let sender = match sender {
            None => &others[0],
            Some(id) => others.iter().find(|u| u.id == id).ok_or_else(|| ActivityError::NotAParticipant {
                chat_id: chat_id.to_owned(),
                participant_id: id.to_owned(),
            })?,
        };
        append(&mut world, chat_id, sender, text)?
    };
    published_new(state, &message);
    Ok(message)
}

/// Runs `change` on a visible message of another participant that is not
/// deleted, then publishes it as changed (when `change` says it changed)
/// and returns it as stored.
fn change_message(
    state: &FakeState,
    chat_id: &str,
    message_id: &str,
    others_only: bool,
    change: impl FnOnce(&mut World, &str, usize) -> Result<bool, ActivityError>,
) -> Result<types::Message, ActivityError> {
    let (changed, message) = {
        let mut world = state.world();
        world.chat(chat_id).ok_or_else(|| unknown_chat(chat_id))?;
        let (real_chat, index) = world.message_position(chat_id, message_id).ok_or_else(|| {
            ActivityError::UnknownMessage { chat_id: chat_id.to_owned(), message_id: message_id.to_owned() }
        })?;
        let m = &world.chats[&real_chat].messages()[index];
        if m.is_deleted == Some(true) {
            return Err(ActivityError::MessageDeleted { chat_id: real_chat, message_id: m.id.clone() });
        }
        if others_only && m.is_sender == Some(true) {
            return Err(ActivityError::OwnMessage { chat_id: real_chat, message_id: m.id.clone() });
        }
        let changed = change(&mut world, &real_chat, index)?;
        (changed, world.chats[&real_chat].messages()[index].clone())
    };
    if changed {
        state.publish(Change::MessageUpserted {
            chat_id: message.chat_id.clone(),
            message_ids: vec![message.id.clone()],
        });
    }
    Ok(message)
}

/// The message's sender edits it to `text`.
pub fn edit(state: &FakeState, chat_id: &str, message_id: &str, text: &str) -> Result<types::Message, ActivityError> {
    if text.is_empty() {
        return Err(ActivityError::EmptyText);
    }
    change_message(state, chat_id, message_id, true, |world, chat, index| {
        let ts = world.next_timestamp();
        let record = world.chat_mut(chat).ok_or_else(|| unknown_chat(chat))?;
        let m = &mut record.messages_mut()[index];
        m.text = Some(text.to_owned());
        m.edited_timestamp = Some(ts);
        Ok(true)
    })
}

/// The chat's participant `participant_id` reacts with `key` (no change
/// when that reaction is there already).
pub fn react(
    state: &FakeState,
    chat_id: &str,
    message_id: &str,
    key: &str,
    participant_id: &str,
) -> Result<types::Message, ActivityError> {
    if key.is_empty() {
        return Err(ActivityError::EmptyText);
    }
    change_message(state, chat_id, message_id, false, |world, chat, index| {
        if !others(world, chat)?.iter().any(|u| u.id == participant_id) {
            return Err(ActivityError::NotAParticipant {
                chat_id: chat.to_owned(),
                participant_id: participant_id.to_owned(),
            });
        }
        let record = world.chat_mut(chat).ok_or_else(|| unknown_chat(chat))?;
        let m = &mut record.messages_mut()[index];
        if m.reactions.iter().any(|r| r.participant_id == participant_id && r.reaction_key == key) {
            return Ok(false);
        }
        m.reactions.push(reaction(participant_id, key));
        Ok(true)
    })
}

/// The participant takes back their reaction `key`.
pub fn unreact(
    state: &FakeState,
    chat_id: &str,
    message_id: &str,
    key: &str,
    participant_id: &str,
) -> Result<types::Message, ActivityError> {
    change_message(state, chat_id, message_id, false, |world, chat, index| {
        let record = world.chat_mut(chat).ok_or_else(|| unknown_chat(chat))?;
        let m = &mut record.messages_mut()[index];
        let before = m.reactions.len();
        m.reactions.retain(|r| !(r.participant_id == participant_id && r.reaction_key == key));
        if m.reactions.len() == before {
            return Err(ActivityError::NoSuchReaction {
                chat_id: chat.to_owned(),
                message_id: m.id.clone(),
                participant_id: participant_id.to_owned(),
                reaction_key: key.to_owned(),
            });
        }
        Ok(true)
    })
}

/// The message's sender deletes it for everyone: the same tombstone as the
/// API's delete of an own message. Publishes the message and the chat.
pub fn delete(state: &FakeState, chat_id: &str, message_id: &str) -> Result<types::Message, ActivityError> {
    let message = change_message(state, chat_id, message_id, true, |world, chat, index| {
        world.chat_mut(chat).ok_or_else(|| unknown_chat(chat))?.tombstone(index);
        Ok(true)
    })?;
    state.publish(Change::ChatUpserted { chat_id: message.chat_id.clone() });
    Ok(message)
}

/// `per_chat` messages in each of `chats`, interleaved (one round across
/// every chat, then the next), from the chats' other participants in turn,
/// with the text `burst message <n>/<per_chat>`. Every chat is checked
/// before anything is added. Returns the messages in the order they
/// arrived.
pub fn burst(state: &FakeState, chats: &[String], per_chat: usize) -> Result<Vec<types::Message>, ActivityError> {
    let senders = {
        let world = state.world();
        chats.iter().map(|c| others(&world, c)).collect::<Result<Vec<_>, _>>()?
    };
    let mut arrived = Vec::with_capacity(chats.len() * per_chat);
    for round in 0..per_chat {
        for (chat, others) in chats.iter().zip(&senders) {
            let sender = &others[round % others.len()];
            let text = format!("burst message {}/{per_chat}", round + 1);
            let message = append(&mut state.world(), chat, sender, &text)?;
            published_new(state, &message);
            arrived.push(message);
        }
    }
    Ok(arrived)
}
