//! Lists your most recently active chats with their latest message.
//!
//! ```sh
//! export BEEPER_ACCESS_TOKEN=...   # Beeper Desktop → Settings → Developers
//! cargo run --example quickstart
//! ```
//!
//! With no `BEEPER_ACCESS_TOKEN` and no `BEEPER_BASE_URL` set it runs against
//! the built-in fake Beeper Desktop (sample data) and says so on its first
//! line. When a real Desktop is configured but not reachable, or no token is
//! set, it says what is missing and how to fix it, and exits with status 2.

#[path = "common/mod.rs"]
mod common;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

async fn run() -> Result<(), String> {
    let connection = common::connect().await?;
    let (client, info) = (&connection.client, &connection.info);
    common::say!("Connected to {} {} on {}.", info.app.name, info.app.version, info.platform.os);

    let page = client.list_chats().limit(10).send().await.map_err(|e| common::explain("Listing chats failed", e))?;
    if page.items.is_empty() {
        common::say!("No chats yet.");
    }
    for chat in &page.items {
        let title = chat.title.as_deref().filter(|t| !t.is_empty()).unwrap_or("(untitled)");
        let network = chat.network.as_deref().unwrap_or(chat.account_id.as_str());
        common::say!("\n{title} [{network}] · {} unread", chat.unread_count);
        common::say!("  chat ID {}", chat.id);
        match &chat.preview {
            Some(message) => {
                let sender = message.sender_name.as_deref().unwrap_or(message.sender_id.as_str());
                let text = message.plain_text().unwrap_or_else(|| "(no text)".to_owned());
                let text: String = text.chars().take(100).collect();
                common::say!("  {} {sender}: {text}", message.timestamp.format("%Y-%m-%d %H:%M"));
            }
            None => common::say!("  (no messages)"),
        }
    }
    Ok(())
}
