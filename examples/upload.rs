//! Uploads a file and sends it to a chat as an attachment.
//!
//! ```sh
//! cargo run --example upload -- '!chatid:beeper.local' ./photo.jpg "Look at this"
//! ```

#[path = "common/mod.rs"]
mod common;

use beeper_desktop::types;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

async fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: upload <chat ID> <file> [caption]";
    let chat_id = args.next().ok_or(usage)?;
    let path = args.next().ok_or(usage)?;
    let caption = args.next();
    if !std::path::Path::new(&path).is_file() {
        return Err(format!("{path} is not a readable file"));
    }
    let connection = common::connect().await?;
    let client = &connection.client;

    let upload = client.upload_asset().path(&path).send().await.map_err(|e| common::explain("Upload failed", e))?;
    let mut attachment = upload.attachment().map_err(|e| common::explain("The upload cannot be sent", e))?;
    // Show the name and type the server recorded in the chat.
    attachment.file_name = upload.file_name.clone();
    attachment.mime_type = upload.mime_type.clone();
    common::say!(
        "Uploaded {} ({} bytes, {}) as {}",
        upload.file_name.as_deref().unwrap_or(&path),
        upload.file_size.unwrap_or_default(),
        upload.mime_type.as_deref().unwrap_or("unknown type"),
        attachment.upload_id,
    );

    let sent = client
        .send_message()
        .chat_id(&chat_id)
        .body(types::SendMessageRequest { text: caption, attachment: Some(attachment), ..Default::default() })
        .send()
        .await
        .map_err(|e| common::explain("Sending failed", e))?;
    common::say!("Sent; pending ID {}", sent.pending_message_id);
    Ok(())
}
