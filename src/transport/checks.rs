//! Input checks the generated `send()` methods run before anything is sent.

use crate::{Error, types};

/// Rejects path IDs that are empty, `.` or `..`, naming the parameter.
///
/// This runs before the URL is built: the URL parser folds `.`/`..`
/// segments away (`/v1/chats/..` would become `/v1/`), after which it can no
/// longer be told which ID was at fault. `ids` are `(wire name, value)`;
/// a value that failed conversion (`None`) is reported by the builder.
pub(crate) fn path_ids(operation: &str, ids: &[(&str, Option<&str>)]) -> Result<(), Error> {
    for (name, value) in ids {
        let Some(value) = value else { continue };
        let problem = match *value {
            "" => "is empty",
            "." | ".." => "is \".\" or \"..\", which the URL would fold away",
            _ => continue,
        };
        return Err(Error::InvalidRequest(format!("`{operation}`: path parameter `{name}` {problem}")));
    }
    Ok(())
}

/// A message needs text or an attachment; the server would refuse an empty
/// one, so it is refused here without a round trip.
pub(crate) fn send_message(body: &Result<types::builder::SendMessageRequest, String>) -> Result<(), Error> {
    let Ok(body) = body else { return Ok(()) };
    let Ok(body) = types::SendMessageRequest::try_from(body.clone()) else { return Ok(()) };
    let has_text = body.text.as_deref().is_some_and(|t| !t.is_empty());
    if has_text || body.attachment.is_some() {
        return Ok(());
    }
    Err(Error::InvalidRequest(
        "`send_message` needs `text` or an `attachment`: the body has neither, so nothing was sent".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_bad_parameter() {
        let err = path_ids("get_message", &[("chatID", Some("!a:b")), ("messageID", Some(".."))]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid request: `get_message`: path parameter `messageID` is \".\" or \"..\", which the URL would fold away"
        );
        let err = path_ids("get_chat", &[("chatID", Some(""))]).unwrap_err();
        assert!(err.to_string().contains("`chatID` is empty"), "{err}");
        assert!(path_ids("get_chat", &[("chatID", Some("..x")), ("messageID", None)]).is_ok());
    }

    #[test]
    fn empty_message_is_refused() {
        let empty = Ok(types::builder::SendMessageRequest::default());
        assert!(send_message(&empty).unwrap_err().to_string().contains("needs `text` or an `attachment`"));
        let blank = Ok(types::SendMessageRequest { text: Some(String::new()), ..Default::default() }.into());
        assert!(send_message(&blank).is_err());
        let text = Ok(types::SendMessageRequest { text: Some("hi".into()), ..Default::default() }.into());
        assert!(send_message(&text).is_ok());
        let attachment = types::MessageAttachmentInput::new("up_1");
        let with_file = Ok(types::SendMessageRequest { attachment: Some(attachment), ..Default::default() }.into());
        assert!(send_message(&with_file).is_ok());
    }
}
