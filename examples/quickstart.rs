//! Lists your most recently active chats with their latest message.
//!
//! ```sh
//! export BEEPER_ACCESS_TOKEN=...   # Beeper Desktop → Settings → Developers
//! cargo run --example quickstart
//! ```
//!
//! When Beeper Desktop is not reachable or no token is set, it says what is
//! missing and how to fix it, and exits with status 2.

use std::process::ExitCode;

use beeper_desktop::{Client, Error, client::ENV_ACCESS_TOKEN};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

async fn run() -> Result<(), String> {
    let client = Client::from_env().map_err(|e| format!("Configuration problem: {e}"))?;

    // `get_info` needs no token, so it tells "Desktop not running" apart
    // from "token missing or wrong".
    let info = client.get_info().send().await.map_err(|e| match e {
        Error::Transport(_) => format!(
            "Beeper Desktop is not reachable at {url}.\n\
             Start Beeper Desktop and enable its API (Settings → Developers), \
             or point BEEPER_BASE_URL at where it listens.\n(detail: {e})",
            url = client.base_url()
        ),
        other => format!("{} answered unexpectedly: {other}", client.base_url()),
    })?;
    println!("Connected to {} {} on {}.", info.app.name, info.app.version, info.platform.os);

    if !client.has_access_token() {
        return Err(format!(
            "{ENV_ACCESS_TOKEN} is not set.\n\
             Create an access token in Beeper Desktop (Settings → Developers), then run:\n  \
             export {ENV_ACCESS_TOKEN}=<your token>"
        ));
    }

    let page = client.list_chats().limit(10).send().await.map_err(|e| {
        if e.is_unauthorized() {
            format!("Beeper Desktop refused the access token ({e}). Create a new one and update {ENV_ACCESS_TOKEN}.")
        } else {
            format!("Listing chats failed: {e}")
        }
    })?;

    if page.items.is_empty() {
        println!("No chats yet.");
    }
    for chat in &page.items {
        let title = chat.title.as_deref().filter(|t| !t.is_empty()).unwrap_or("(untitled)");
        let network = chat.network.as_deref().unwrap_or(chat.account_id.as_str());
        println!("\n{title} [{network}] · {} unread", chat.unread_count);
        match &chat.preview {
            Some(message) => {
                let sender = message.sender_name.as_deref().unwrap_or(message.sender_id.as_str());
                let text = message.text.as_deref().unwrap_or("(no text)");
                let text: String = text.chars().take(100).collect();
                println!("  {} {sender}: {text}", message.timestamp.format("%Y-%m-%d %H:%M"));
            }
            None => println!("  (no messages)"),
        }
    }
    Ok(())
}
