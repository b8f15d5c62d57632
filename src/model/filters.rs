//! Conversions from a model enum to the wider filter enum of a parameter
//! (`ChatType` → `ChatTypeFilter`), so either can be passed.

use crate::types::{ChatType, ChatTypeFilter};

/// `search_chats().chat_type(..)` takes a [`ChatType`] as well: a chat's
/// own type filters for chats of that type.
impl From<ChatType> for ChatTypeFilter {
    fn from(kind: ChatType) -> Self {
        match kind {
            ChatType::Single => ChatTypeFilter::Single,
            ChatType::Group => ChatTypeFilter::Group,
            ChatType::Other(other) => ChatTypeFilter::from(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chat_type_filters_for_itself() {
        assert_eq!(ChatTypeFilter::from(ChatType::Single), ChatTypeFilter::Single);
        assert_eq!(ChatTypeFilter::from(ChatType::Group), ChatTypeFilter::Group);
        // An unknown type keeps its text; a known filter word is recognised.
        assert_eq!(ChatTypeFilter::from(ChatType::Other("channel".into())).as_str(), "channel");
        assert_eq!(ChatTypeFilter::from(ChatType::Other("any".into())), ChatTypeFilter::Any);
    }
}
