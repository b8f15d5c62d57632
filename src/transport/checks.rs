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

/// Refuses an integer parameter outside the range `openapi.yaml` gives it
/// (`min`/`max` inclusive, `None` for an open end), naming the parameter
/// and the range. Generated `send` methods call it for every bounded
/// parameter; an unset or unconvertible value (`None`) is not checked.
pub(crate) fn in_range(
    operation: &str,
    name: &str,
    value: Option<i64>,
    min: Option<i64>,
    max: Option<i64>,
) -> Result<(), Error> {
    let Some(value) = value else { return Ok(()) };
    if min.is_none_or(|min| value >= min) && max.is_none_or(|max| value <= max) {
        return Ok(());
    }
    let range = match (min, max) {
        (Some(min), Some(max)) => format!("from {min} to {max}"),
        (Some(min), None) => format!("at least {min}"),
        (None, Some(max)) => format!("at most {max}"),
        (None, None) => unreachable!("a value outside no bounds"),
    };
    Err(Error::InvalidRequest(format!("`{operation}`: parameter `{name}` is {value}; it must be {range}")))
}

/// Refuses an empty string for a parameter `openapi.yaml` gives
/// `minLength: 1`; an unset value (`None`) is not checked.
pub(crate) fn non_empty(operation: &str, name: &str, value: Option<&str>) -> Result<(), Error> {
    match value {
        Some("") => Err(Error::InvalidRequest(format!("`{operation}`: parameter `{name}` must not be empty"))),
        _ => Ok(()),
    }
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
    fn ranges_name_the_parameter_and_the_bounds() {
        let err = in_range("search_messages", "limit", Some(21), Some(1), Some(20)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid request: `search_messages`: parameter `limit` is 21; it must be from 1 to 20"
        );
        let err = in_range("get_chat", "maxParticipantCount", Some(-2), Some(-1), Some(500)).unwrap_err();
        assert!(err.to_string().ends_with("is -2; it must be from -1 to 500"), "{err}");
        assert!(in_range("x", "n", Some(0), Some(1), None).unwrap_err().to_string().ends_with("at least 1"));
        assert!(in_range("x", "n", Some(9), None, Some(5)).unwrap_err().to_string().ends_with("at most 5"));
        for ok in [-1, 0, 500] {
            assert!(in_range("get_chat", "maxParticipantCount", Some(ok), Some(-1), Some(500)).is_ok());
        }
        assert!(in_range("x", "n", None, Some(1), Some(2)).is_ok());
    }

    #[test]
    fn empty_strings_are_refused_where_the_spec_says_so() {
        let err = non_empty("search", "query", Some("")).unwrap_err();
        assert_eq!(err.to_string(), "invalid request: `search`: parameter `query` must not be empty");
        assert!(non_empty("search", "query", Some(" ")).is_ok());
        assert!(non_empty("search", "query", None).is_ok());
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
