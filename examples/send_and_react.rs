//! Sends a message, waits for it to be delivered, reacts to it, edits it
//! and sets a reminder on the chat.
//!
//! ```sh
//! cargo run --example send_and_react -- '!chatid:beeper.local' "Hello from Rust"
//! ```
//!
//! Against the built-in fake (no `BEEPER_ACCESS_TOKEN`/`BEEPER_BASE_URL` set)
//! the chat ID may be left out: the most recently active chat is used.

#[path = "common/mod.rs"]
mod common;

use std::time::Duration;

use beeper_desktop::{SendWaitError, types};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

async fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: send_and_react <chat ID> [text]";
    let chat_arg = args.next();
    let text = args.next().unwrap_or_else(|| "Hello from beeper-desktop-rs".to_owned());
    let connection = common::connect().await?;
    let client = &connection.client;
    let chat_id = match chat_arg {
        Some(id) => id,
        // Only the fake gets a default: never message a real chat unasked.
        None if connection.is_fake() => {
            let page =
                client.list_chats().limit(1).send().await.map_err(|e| common::explain("Listing chats failed", e))?;
            let chat = page.items.first().ok_or("The fake has no chats")?;
            common::say!("No chat ID given; using {} ({})", chat.title.as_deref().unwrap_or("untitled"), chat.id);
            chat.id.clone()
        }
        None => return Err(usage.to_owned()),
    };

    // Sends once, then waits for the final message (the pending ID cannot be reacted to).
    let body = types::SendMessageRequest { text: Some(text.clone()), ..Default::default() };
    let message = match client.send_message_and_wait(&chat_id, body).timeout(Duration::from_secs(10)).send().await {
        Ok(message) => message,
        Err(SendWaitError::Send(e)) => return Err(common::explain("Sending failed", e)),
        Err(SendWaitError::Lookup { source, .. }) => {
            return Err(common::explain("Looking up the message failed", source));
        }
        Err(e @ SendWaitError::TimedOut { .. }) => {
            return Err(format!("{e}; check the chat in Beeper Desktop."));
        }
        Err(e) => return Err(e.to_string()),
    };
    common::say!("Delivered as message {}", message.id);

    let reaction = client
        .add_reaction()
        .chat_id(&message.chat_id)
        .message_id(&message.id)
        .body_map(|b| b.reaction_key("👍".to_owned()))
        .send()
        .await
        .map_err(|e| common::explain("Reacting failed", e))?;
    common::say!("Reacted with {}", reaction.reaction_key);

    let edited = client
        .update_message()
        .chat_id(&message.chat_id)
        .message_id(&message.id)
        .body_map(|b| b.text(format!("{text} (edited)")))
        .send()
        .await
        .map_err(|e| common::explain("Editing failed", e))?;
    common::say!("Edited: {:?}", edited.plain_text().unwrap_or_default());

    let remind_at = chrono::Utc::now() + chrono::Duration::hours(1);
    client
        .create_reminder()
        .chat_id(&message.chat_id)
        .body(types::CreateReminderRequest {
            reminder: types::ReminderInput { remind_at, dismiss_on_incoming_message: Some(true) },
        })
        .send()
        .await
        .map_err(|e| common::explain("Setting the reminder failed", e))?;
    common::say!("Reminder set for {}", remind_at.format("%H:%M UTC"));
    Ok(())
}
