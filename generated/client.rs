// Generated from openapi.yaml by codegen/mod.rs (progenitor 0.15.1). Do not edit.
use crate::path_encoding::encode_path;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A chat-network account connected to Beeper.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Account {
        ///Account ID, e.g. `whatsapp` or `slackgo.TEAM-USER`.
        #[serde(rename = "accountID")]
        pub account_id: ::std::string::String,
        ///The bridge that connects an account (Desktop 4.2.785 and newer). (see [`AccountBridge`](crate::types::AccountBridge))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bridge: ::std::option::Option<AccountBridge>,
        ///What the account can do at runtime (free-form; newer servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Bridge login that owns this account (newer servers).
        #[serde(
            rename = "loginID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_id: ::std::option::Option<::std::string::String>,
        ///Human-readable network name; left out when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///Connection state of an account (newer servers). (see [`AccountStatus`](crate::types::AccountStatus))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::AccountStatus>,
        ///Human-readable connection status (newer servers).
        #[serde(
            rename = "statusText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_text: ::std::option::Option<::std::string::String>,
        ///A person on a chat network. (see [`User`](crate::types::User))
        pub user: User,
    }
    impl Account {
        ///Starts a [`builder::Account`] with nothing set.
        pub fn builder() -> builder::Account {
            Default::default()
        }
    }
    ///The bridge that connects an account (Desktop 4.2.785 and newer).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AccountBridge {
        ///Bridge ID, e.g. `local-whatsapp`.
        pub id: ::std::string::String,
        ///Where a bridge runs. (see [`BridgeProvider`](crate::types::BridgeProvider))
        pub provider: crate::types::BridgeProvider,
        ///Bridge kind, e.g. `whatsapp` or `telegram`.
        #[serde(rename = "type")]
        pub kind: ::std::string::String,
    }
    impl AccountBridge {
        ///Starts a [`builder::AccountBridge`] with nothing set.
        pub fn builder() -> builder::AccountBridge {
            Default::default()
        }
    }
    ///All connected accounts.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct AccountList(
        ///A chat-network account connected to Beeper. (see [`Account`](crate::types::Account))
        pub ::std::vec::Vec<Account>,
    );
    impl ::std::ops::Deref for AccountList {
        type Target = ::std::vec::Vec<Account>;
        fn deref(&self) -> &::std::vec::Vec<Account> {
            &self.0
        }
    }
    impl ::std::convert::From<AccountList> for ::std::vec::Vec<Account> {
        fn from(value: AccountList) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<Account>> for AccountList {
        fn from(value: ::std::vec::Vec<Account>) -> Self {
            Self(value)
        }
    }
    ///A reaction to add.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddReactionRequest {
        ///Emoji
        #[serde(rename = "reactionKey")]
        pub reaction_key: ::std::string::String,
        ///Your own ID for de-duplication and tracking.
        #[serde(
            rename = "transactionID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transaction_id: ::std::option::Option<::std::string::String>,
    }
    impl AddReactionRequest {
        ///Starts a [`builder::AddReactionRequest`] with nothing set.
        pub fn builder() -> builder::AddReactionRequest {
            Default::default()
        }
    }
    ///Why a request failed (the body of every 4xx/5xx answer).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiErrorBody {
        ///Machine-readable reason, e.g. `not_found`.
        pub code: ::std::string::String,
        /**Extra context of any JSON shape. Validation failures use the
`ValidationDetails` shape (`{"issues": [...]}`).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<::serde_json::Value>,
        ///Human-readable explanation.
        pub message: ::std::string::String,
    }
    impl ApiErrorBody {
        ///Starts a [`builder::ApiErrorBody`] with nothing set.
        pub fn builder() -> builder::ApiErrorBody {
            Default::default()
        }
    }
    ///The app's identity.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AppInfo {
        ///Application bundle identifier.
        pub bundle_id: ::std::string::String,
        ///Application name.
        pub name: ::std::string::String,
        ///Application version.
        pub version: ::std::string::String,
    }
    impl AppInfo {
        ///Starts a [`builder::AppInfo`] with nothing set.
        pub fn builder() -> builder::AppInfo {
            Default::default()
        }
    }
    ///Archive state to set; `{}` archives.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ArchiveChatRequest {
        ///`true` archives, `false` unarchives (default true).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub archived: ::std::option::Option<bool>,
    }
    impl ArchiveChatRequest {
        ///Starts a [`builder::ArchiveChatRequest`] with nothing set.
        pub fn builder() -> builder::ArchiveChatRequest {
            Default::default()
        }
    }
    ///Result of `downloadAsset`. A set `error` means it failed even on a 2xx.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AssetDownloadResponse {
        ///Why the download failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Local `file://` URL of the downloaded file.
        #[serde(
            rename = "srcURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_url: ::std::option::Option<::std::string::String>,
    }
    impl AssetDownloadResponse {
        ///Starts a [`builder::AssetDownloadResponse`] with nothing set.
        pub fn builder() -> builder::AssetDownloadResponse {
            Default::default()
        }
    }
    ///Result of an upload. A set `error` means it failed even on a 2xx.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AssetUploadResponse {
        ///Seconds (audio/video).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        ///Why the upload failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///File name stored.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Bytes.
        #[serde(
            rename = "fileSize",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub file_size: ::std::option::Option<u64>,
        ///Pixels (images/videos).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub height: ::std::option::Option<u64>,
        ///MIME type stored (given or detected).
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
        ///Local `file://` URL of the stored file.
        #[serde(
            rename = "srcURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_url: ::std::option::Option<::std::string::String>,
        ///Pass this to `sendMessage` or a draft.
        #[serde(
            rename = "uploadID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub upload_id: ::std::option::Option<::std::string::String>,
        ///Pixels (images/videos).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub width: ::std::option::Option<u64>,
    }
    impl AssetUploadResponse {
        ///Starts a [`builder::AssetUploadResponse`] with nothing set.
        pub fn builder() -> builder::AssetUploadResponse {
            Default::default()
        }
    }
    ///A file attached to a received message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Attachment {
        ///Seconds (audio/video).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        ///Original file name.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Bytes.
        #[serde(
            rename = "fileSize",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub file_size: ::std::option::Option<u64>,
        ///Asset ID, usually an `mxc://` URL for `downloadAsset`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///An animated GIF.
        #[serde(
            rename = "isGif",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_gif: ::std::option::Option<bool>,
        ///A sticker.
        #[serde(
            rename = "isSticker",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sticker: ::std::option::Option<bool>,
        ///A recorded voice message.
        #[serde(
            rename = "isVoiceNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_voice_note: ::std::option::Option<bool>,
        ///MIME type, e.g. `image/jpeg`.
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
        ///Poster frame of a video (URL or local path).
        #[serde(
            rename = "posterImg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub poster_img: ::std::option::Option<::std::string::String>,
        ///Pixel dimensions, when known. (see [`MediaSize`](crate::types::MediaSize))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<MediaSize>,
        ///Where to fetch the content (URL or local path; may expire).
        #[serde(
            rename = "srcURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_url: ::std::option::Option<::std::string::String>,
        ///Speech-to-text of an audio attachment. (see [`Transcription`](crate::types::Transcription))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transcription: ::std::option::Option<Transcription>,
        ///Kind of received attachment. (see [`AttachmentType`](crate::types::AttachmentType))
        #[serde(rename = "type")]
        pub kind: crate::types::AttachmentType,
    }
    impl Attachment {
        ///Starts a [`builder::Attachment`] with nothing set.
        pub fn builder() -> builder::Attachment {
            Default::default()
        }
    }
    ///What is allowed for one kind of attachment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AttachmentCapabilities {
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<CapabilityLevel>,
        ///Longest caption accepted, in characters.
        #[serde(
            rename = "maxCaptionLength",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub max_caption_length: ::std::option::Option<u64>,
        ///Seconds.
        #[serde(
            rename = "maxDuration",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub max_duration: ::std::option::Option<u64>,
        ///Pixels.
        #[serde(
            rename = "maxHeight",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub max_height: ::std::option::Option<u64>,
        ///Bytes.
        #[serde(
            rename = "maxSize",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub max_size: ::std::option::Option<u64>,
        ///Pixels.
        #[serde(
            rename = "maxWidth",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub max_width: ::std::option::Option<u64>,
        ///Support level per MIME type or pattern; missing means rejected.
        #[serde(rename = "mimeTypes")]
        pub mime_types: ::std::collections::HashMap<
            ::std::string::String,
            CapabilityLevel,
        >,
        ///Can be sent as view-once media.
        #[serde(
            rename = "viewOnce",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_once: ::std::option::Option<bool>,
    }
    impl AttachmentCapabilities {
        ///Starts a [`builder::AttachmentCapabilities`] with nothing set.
        pub fn builder() -> builder::AttachmentCapabilities {
            Default::default()
        }
    }
    ///How to send an attachment; detected from the MIME type when left out.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AttachmentInputType {
        ///`image`
        #[serde(rename = "image")]
        Image,
        ///`video`
        #[serde(rename = "video")]
        Video,
        ///`audio`
        #[serde(rename = "audio")]
        Audio,
        ///`file`
        #[serde(rename = "file")]
        File,
        ///`gif`
        #[serde(rename = "gif")]
        Gif,
        ///`voice-note`
        #[serde(rename = "voice-note")]
        VoiceNote,
        ///`sticker`
        #[serde(rename = "sticker")]
        Sticker,
    }
    impl ::std::fmt::Display for AttachmentInputType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Image => f.write_str("image"),
                Self::Video => f.write_str("video"),
                Self::Audio => f.write_str("audio"),
                Self::File => f.write_str("file"),
                Self::Gif => f.write_str("gif"),
                Self::VoiceNote => f.write_str("voice-note"),
                Self::Sticker => f.write_str("sticker"),
            }
        }
    }
    impl ::std::str::FromStr for AttachmentInputType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "image" => Ok(Self::Image),
                "video" => Ok(Self::Video),
                "audio" => Ok(Self::Audio),
                "file" => Ok(Self::File),
                "gif" => Ok(Self::Gif),
                "voice-note" => Ok(Self::VoiceNote),
                "sticker" => Ok(Self::Sticker),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AttachmentInputType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AttachmentInputType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Pixel dimensions of an attachment being sent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AttachmentSizeInput {
        ///Height in pixels.
        #[serde(deserialize_with = "crate::lenient::count")]
        pub height: u64,
        ///Width in pixels.
        #[serde(deserialize_with = "crate::lenient::count")]
        pub width: u64,
    }
    impl AttachmentSizeInput {
        ///Starts a [`builder::AttachmentSizeInput`] with nothing set.
        pub fn builder() -> builder::AttachmentSizeInput {
            Default::default()
        }
    }
    ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct CapabilityLevel(pub i32);
    impl ::std::ops::Deref for CapabilityLevel {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<CapabilityLevel> for i32 {
        fn from(value: CapabilityLevel) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for CapabilityLevel {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CapabilityLevel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CapabilityLevel {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for CapabilityLevel {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for CapabilityLevel {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A conversation on one account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Chat {
        ///Account the chat belongs to.
        #[serde(rename = "accountID")]
        pub account_id: ::std::string::String,
        ///What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<ChatCapabilities>,
        ///Group topic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unsent composer content; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub draft: ::std::option::Option<ChatDraft>,
        ///Beeper chat ID, e.g. `!abc:beeper.local`.
        pub id: ::std::string::String,
        ///Local file path of the chat avatar.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///The chat is archived.
        #[serde(
            rename = "isArchived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_archived: ::std::option::Option<bool>,
        ///The chat is in the low-priority inbox.
        #[serde(
            rename = "isLowPriority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_low_priority: ::std::option::Option<bool>,
        ///The user marked the chat unread.
        #[serde(
            rename = "isMarkedUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_marked_unread: ::std::option::Option<bool>,
        ///Notifications are muted.
        #[serde(
            rename = "isMuted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_muted: ::std::option::Option<bool>,
        ///The chat is pinned.
        #[serde(
            rename = "isPinned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_pinned: ::std::option::Option<bool>,
        ///You cannot send messages here.
        #[serde(
            rename = "isReadOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_read_only: ::std::option::Option<bool>,
        ///Labels on the chat (newer servers; absent when none).
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub labels: ::std::vec::Vec<Label>,
        ///Time of the latest activity.
        #[serde(
            rename = "lastActivity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Sort key of the last message you read.
        #[serde(
            rename = "lastReadMessageSortKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_read_message_sort_key: ::std::option::Option<
            crate::lenient::NumericString,
        >,
        ///ID of the chat local to this installation.
        #[serde(
            rename = "localChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_chat_id: ::std::option::Option<::std::string::String>,
        ///Present on merged chats (newer servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merge: ::std::option::Option<ChatMerge>,
        ///The merged chat this chat is part of (newer servers).
        #[serde(
            rename = "mergedIntoChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merged_into_chat_id: ::std::option::Option<::std::string::String>,
        ///Disappearing-message timer in seconds.
        #[serde(
            rename = "messageExpirySeconds",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub message_expiry_seconds: ::std::option::Option<u64>,
        ///Network display name; missing on some server versions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
        pub participants: ChatParticipants,
        ///The chat's reminder; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reminder: ::std::option::Option<ChatReminder>,
        ///The chat's snooze; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snooze: ::std::option::Option<ChatSnooze>,
        ///Display title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Direct chat or group. (see [`ChatType`](crate::types::ChatType))
        #[serde(rename = "type")]
        pub kind: crate::types::ChatType,
        ///Unread messages.
        #[serde(rename = "unreadCount", deserialize_with = "crate::lenient::count")]
        pub unread_count: u64,
        ///Unread messages that mention you.
        #[serde(
            rename = "unreadMentionsCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub unread_mentions_count: ::std::option::Option<u64>,
    }
    impl Chat {
        ///Starts a [`builder::Chat`] with nothing set.
        pub fn builder() -> builder::Chat {
            Default::default()
        }
    }
    ///What the chat's network allows here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatCapabilities {
        ///Allowed reaction keys; absent means any emoji.
        #[serde(
            rename = "allowedReactions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub allowed_reactions: ::std::vec::Vec<::std::string::String>,
        ///The chat can be archived.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub archive: ::std::option::Option<bool>,
        ///Limits per Matrix message type (`m.image`, `m.video`, ...); a missing key means not allowed.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub attachments: ::std::collections::HashMap<
            ::std::string::String,
            AttachmentCapabilities,
        >,
        ///Reactions may use custom emoji.
        #[serde(
            rename = "customEmojiReactions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_emoji_reactions: ::std::option::Option<bool>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delete: ::std::option::Option<CapabilityLevel>,
        ///You can delete the chat for yourself.
        #[serde(
            rename = "deleteChat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delete_chat: ::std::option::Option<bool>,
        ///You can delete the chat for every member.
        #[serde(
            rename = "deleteChatForEveryone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delete_chat_for_everyone: ::std::option::Option<bool>,
        ///Messages can be deleted only on your side.
        #[serde(
            rename = "deleteForMe",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delete_for_me: ::std::option::Option<bool>,
        ///Seconds after sending that deletion is allowed.
        #[serde(
            rename = "deleteMaxAge",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub delete_max_age: ::std::option::Option<u64>,
        ///Which disappearing-message timers the chat supports. (see [`ChatDisappearingTimer`](crate::types::ChatDisappearingTimer))
        #[serde(
            rename = "disappearingTimer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disappearing_timer: ::std::option::Option<ChatDisappearingTimer>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub edit: ::std::option::Option<CapabilityLevel>,
        ///Seconds after sending that editing is allowed.
        #[serde(
            rename = "editMaxAge",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub edit_max_age: ::std::option::Option<u64>,
        ///How many times a message can be edited.
        #[serde(
            rename = "editMaxCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub edit_max_count: ::std::option::Option<u64>,
        ///Support level per formatting feature (`bold`, `inline_code`, ...).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub formatting: ::std::collections::HashMap<
            ::std::string::String,
            CapabilityLevel,
        >,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(
            rename = "locationMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location_message: ::std::option::Option<CapabilityLevel>,
        ///The chat can be marked unread.
        #[serde(
            rename = "markAsUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mark_as_unread: ::std::option::Option<bool>,
        ///Longest message text accepted, in characters.
        #[serde(
            rename = "maxTextLength",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub max_text_length: ::std::option::Option<u64>,
        ///How message requests can be accepted. (see [`MessageRequestCapabilities`](crate::types::MessageRequestCapabilities))
        #[serde(
            rename = "messageRequest",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_request: ::std::option::Option<MessageRequestCapabilities>,
        ///Which membership actions are allowed. (see [`ParticipantActionCapabilities`](crate::types::ParticipantActionCapabilities))
        #[serde(
            rename = "participantActions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub participant_actions: ::std::option::Option<ParticipantActionCapabilities>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub poll: ::std::option::Option<CapabilityLevel>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reaction: ::std::option::Option<CapabilityLevel>,
        ///Most reactions per message.
        #[serde(
            rename = "reactionCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub reaction_count: ::std::option::Option<u64>,
        ///The network sends read receipts.
        #[serde(
            rename = "readReceipts",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub read_receipts: ::std::option::Option<bool>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reply: ::std::option::Option<CapabilityLevel>,
        ///Which chat settings can be changed. (see [`ChatStateCapabilities`](crate::types::ChatStateCapabilities))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<ChatStateCapabilities>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread: ::std::option::Option<CapabilityLevel>,
        ///The network shows typing notifications.
        #[serde(
            rename = "typingNotifications",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub typing_notifications: ::std::option::Option<bool>,
    }
    impl ChatCapabilities {
        ///Starts a [`builder::ChatCapabilities`] with nothing set.
        pub fn builder() -> builder::ChatCapabilities {
            Default::default()
        }
    }
    /**The chat that was created or started. Current servers send a whole
chat plus `chatID`/`status`; older ones send only `chatID` (and
maybe `status`), so every chat field is optional here.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatCreateResponse {
        ///Account the chat belongs to.
        #[serde(
            rename = "accountID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<ChatCapabilities>,
        ///The chat's ID (kept for older clients; same as `id`).
        #[serde(rename = "chatID")]
        pub chat_id: ::std::string::String,
        ///Group topic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unsent composer content; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub draft: ::std::option::Option<ChatDraft>,
        ///Beeper chat ID, e.g. `!abc:beeper.local`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Local file path of the chat avatar.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///The chat is archived.
        #[serde(
            rename = "isArchived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_archived: ::std::option::Option<bool>,
        ///The chat is in the low-priority inbox.
        #[serde(
            rename = "isLowPriority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_low_priority: ::std::option::Option<bool>,
        ///The user marked the chat unread.
        #[serde(
            rename = "isMarkedUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_marked_unread: ::std::option::Option<bool>,
        ///Notifications are muted.
        #[serde(
            rename = "isMuted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_muted: ::std::option::Option<bool>,
        ///The chat is pinned.
        #[serde(
            rename = "isPinned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_pinned: ::std::option::Option<bool>,
        ///You cannot send messages here.
        #[serde(
            rename = "isReadOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_read_only: ::std::option::Option<bool>,
        ///Labels on the chat (newer servers; absent when none).
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub labels: ::std::vec::Vec<Label>,
        ///Time of the latest activity.
        #[serde(
            rename = "lastActivity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Sort key of the last message you read.
        #[serde(
            rename = "lastReadMessageSortKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_read_message_sort_key: ::std::option::Option<
            crate::lenient::NumericString,
        >,
        ///ID of the chat local to this installation.
        #[serde(
            rename = "localChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_chat_id: ::std::option::Option<::std::string::String>,
        ///Present on merged chats (newer servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merge: ::std::option::Option<ChatMerge>,
        ///The merged chat this chat is part of (newer servers).
        #[serde(
            rename = "mergedIntoChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merged_into_chat_id: ::std::option::Option<::std::string::String>,
        ///Disappearing-message timer in seconds.
        #[serde(
            rename = "messageExpirySeconds",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub message_expiry_seconds: ::std::option::Option<u64>,
        ///Network display name; missing on some server versions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub participants: ::std::option::Option<ChatParticipants>,
        ///The chat's reminder; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reminder: ::std::option::Option<ChatReminder>,
        ///The chat's snooze; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snooze: ::std::option::Option<ChatSnooze>,
        ///Whether a chat was newly created or already existed. (see [`ChatCreateStatus`](crate::types::ChatCreateStatus))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::ChatCreateStatus>,
        ///Display title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Direct chat or group. (see [`ChatType`](crate::types::ChatType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::types::ChatType>,
        ///Unread messages.
        #[serde(
            rename = "unreadCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub unread_count: ::std::option::Option<u64>,
        ///Unread messages that mention you.
        #[serde(
            rename = "unreadMentionsCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub unread_mentions_count: ::std::option::Option<u64>,
    }
    impl ChatCreateResponse {
        ///Starts a [`builder::ChatCreateResponse`] with nothing set.
        pub fn builder() -> builder::ChatCreateResponse {
            Default::default()
        }
    }
    ///Which disappearing-message timers the chat supports.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatDisappearingTimer {
        ///An unset timer is left out rather than sent as zero.
        #[serde(
            rename = "omitEmptyTimer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub omit_empty_timer: ::std::option::Option<bool>,
        ///Allowed timers in milliseconds; absent means any.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub timers: ::std::vec::Vec<i64>,
        ///Which timer kinds the network supports.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub types: ::std::vec::Vec<crate::types::DisappearingTimerType>,
    }
    impl ChatDisappearingTimer {
        ///Starts a [`builder::ChatDisappearingTimer`] with nothing set.
        pub fn builder() -> builder::ChatDisappearingTimer {
            Default::default()
        }
    }
    ///Unsent composer content.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatDraft {
        ///Draft attachments by attachment ID.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub attachments: ::std::collections::HashMap<
            ::std::string::String,
            DraftAttachment,
        >,
        ///Draft text (rich text / HTML).
        pub text: ::std::string::String,
    }
    impl ChatDraft {
        ///Starts a [`builder::ChatDraft`] with nothing set.
        pub fn builder() -> builder::ChatDraft {
            Default::default()
        }
    }
    /**Every field a chat can carry, all optional. `Chat` makes the core
ones required; `ChatCreateResponse` keeps them optional because older
servers answer chat creation with only `chatID`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatFields {
        ///Account the chat belongs to.
        #[serde(
            rename = "accountID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<ChatCapabilities>,
        ///Group topic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unsent composer content; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub draft: ::std::option::Option<ChatDraft>,
        ///Beeper chat ID, e.g. `!abc:beeper.local`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Local file path of the chat avatar.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///The chat is archived.
        #[serde(
            rename = "isArchived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_archived: ::std::option::Option<bool>,
        ///The chat is in the low-priority inbox.
        #[serde(
            rename = "isLowPriority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_low_priority: ::std::option::Option<bool>,
        ///The user marked the chat unread.
        #[serde(
            rename = "isMarkedUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_marked_unread: ::std::option::Option<bool>,
        ///Notifications are muted.
        #[serde(
            rename = "isMuted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_muted: ::std::option::Option<bool>,
        ///The chat is pinned.
        #[serde(
            rename = "isPinned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_pinned: ::std::option::Option<bool>,
        ///You cannot send messages here.
        #[serde(
            rename = "isReadOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_read_only: ::std::option::Option<bool>,
        ///Labels on the chat (newer servers; absent when none).
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub labels: ::std::vec::Vec<Label>,
        ///Time of the latest activity.
        #[serde(
            rename = "lastActivity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Sort key of the last message you read.
        #[serde(
            rename = "lastReadMessageSortKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_read_message_sort_key: ::std::option::Option<
            crate::lenient::NumericString,
        >,
        ///ID of the chat local to this installation.
        #[serde(
            rename = "localChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_chat_id: ::std::option::Option<::std::string::String>,
        ///Present on merged chats (newer servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merge: ::std::option::Option<ChatMerge>,
        ///The merged chat this chat is part of (newer servers).
        #[serde(
            rename = "mergedIntoChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merged_into_chat_id: ::std::option::Option<::std::string::String>,
        ///Disappearing-message timer in seconds.
        #[serde(
            rename = "messageExpirySeconds",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub message_expiry_seconds: ::std::option::Option<u64>,
        ///Network display name; missing on some server versions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub participants: ::std::option::Option<ChatParticipants>,
        ///The chat's reminder; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reminder: ::std::option::Option<ChatReminder>,
        ///The chat's snooze; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snooze: ::std::option::Option<ChatSnooze>,
        ///Display title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Direct chat or group. (see [`ChatType`](crate::types::ChatType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::types::ChatType>,
        ///Unread messages.
        #[serde(
            rename = "unreadCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub unread_count: ::std::option::Option<u64>,
        ///Unread messages that mention you.
        #[serde(
            rename = "unreadMentionsCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub unread_mentions_count: ::std::option::Option<u64>,
    }
    impl ChatFields {
        ///Starts a [`builder::ChatFields`] with nothing set.
        pub fn builder() -> builder::ChatFields {
            Default::default()
        }
    }
    ///A chat as listed by `listChats`, with its latest message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatListItem {
        ///Account the chat belongs to.
        #[serde(rename = "accountID")]
        pub account_id: ::std::string::String,
        ///What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<ChatCapabilities>,
        ///Group topic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unsent composer content; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub draft: ::std::option::Option<ChatDraft>,
        ///Beeper chat ID, e.g. `!abc:beeper.local`.
        pub id: ::std::string::String,
        ///Local file path of the chat avatar.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///The chat is archived.
        #[serde(
            rename = "isArchived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_archived: ::std::option::Option<bool>,
        ///The chat is in the low-priority inbox.
        #[serde(
            rename = "isLowPriority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_low_priority: ::std::option::Option<bool>,
        ///The user marked the chat unread.
        #[serde(
            rename = "isMarkedUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_marked_unread: ::std::option::Option<bool>,
        ///Notifications are muted.
        #[serde(
            rename = "isMuted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_muted: ::std::option::Option<bool>,
        ///The chat is pinned.
        #[serde(
            rename = "isPinned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_pinned: ::std::option::Option<bool>,
        ///You cannot send messages here.
        #[serde(
            rename = "isReadOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_read_only: ::std::option::Option<bool>,
        ///Labels on the chat (newer servers; absent when none).
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub labels: ::std::vec::Vec<Label>,
        ///Time of the latest activity.
        #[serde(
            rename = "lastActivity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Sort key of the last message you read.
        #[serde(
            rename = "lastReadMessageSortKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_read_message_sort_key: ::std::option::Option<
            crate::lenient::NumericString,
        >,
        ///ID of the chat local to this installation.
        #[serde(
            rename = "localChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_chat_id: ::std::option::Option<::std::string::String>,
        ///Present on merged chats (newer servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merge: ::std::option::Option<ChatMerge>,
        ///The merged chat this chat is part of (newer servers).
        #[serde(
            rename = "mergedIntoChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merged_into_chat_id: ::std::option::Option<::std::string::String>,
        ///Disappearing-message timer in seconds.
        #[serde(
            rename = "messageExpirySeconds",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub message_expiry_seconds: ::std::option::Option<u64>,
        ///Network display name; missing on some server versions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
        pub participants: ChatParticipants,
        ///The latest message, when available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preview: ::std::option::Option<Message>,
        ///The chat's reminder; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reminder: ::std::option::Option<ChatReminder>,
        ///The chat's snooze; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snooze: ::std::option::Option<ChatSnooze>,
        ///Display title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Direct chat or group. (see [`ChatType`](crate::types::ChatType))
        #[serde(rename = "type")]
        pub kind: crate::types::ChatType,
        ///Unread messages.
        #[serde(rename = "unreadCount", deserialize_with = "crate::lenient::count")]
        pub unread_count: u64,
        ///Unread messages that mention you.
        #[serde(
            rename = "unreadMentionsCount",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub unread_mentions_count: ::std::option::Option<u64>,
    }
    impl ChatListItem {
        ///Starts a [`builder::ChatListItem`] with nothing set.
        pub fn builder() -> builder::ChatListItem {
            Default::default()
        }
    }
    ///How a merged chat is composed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatMerge {
        ///The member chats.
        #[serde(rename = "chatIDs")]
        pub chat_ids: ::std::vec::Vec<::std::string::String>,
        ///Member chat that receives messages sent to the merged chat.
        #[serde(
            rename = "defaultChatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_chat_id: ::std::option::Option<::std::string::String>,
    }
    impl ChatMerge {
        ///Starts a [`builder::ChatMerge`] with nothing set.
        pub fn builder() -> builder::ChatMerge {
            Default::default()
        }
    }
    ///One page of `listChats`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatPage {
        ///More chats can be fetched; absent means no.
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_more: ::std::option::Option<bool>,
        ///A chat as listed by `listChats`, with its latest message. (see [`ChatListItem`](crate::types::ChatListItem))
        pub items: ::std::vec::Vec<ChatListItem>,
        ///Cursor for newer chats; empty or absent when there are none.
        #[serde(
            rename = "newestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub newest_cursor: ::std::option::Option<::std::string::String>,
        ///Cursor for older chats; empty or absent when there are none.
        #[serde(
            rename = "oldestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oldest_cursor: ::std::option::Option<::std::string::String>,
    }
    impl ChatPage {
        ///Starts a [`builder::ChatPage`] with nothing set.
        pub fn builder() -> builder::ChatPage {
            Default::default()
        }
    }
    ///A chat member.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatParticipant {
        ///Beeper cannot start a conversation with this user.
        #[serde(
            rename = "cannotMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cannot_message: ::std::option::Option<bool>,
        ///E-mail address (unverified).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Display name.
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Stable user ID.
        pub id: ::std::string::String,
        ///Avatar location: remote URL, `mxc://`, data URL or local file; may expire.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///Has admin rights in this chat.
        #[serde(
            rename = "isAdmin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_admin: ::std::option::Option<bool>,
        ///An automated network or bridge account.
        #[serde(
            rename = "isNetworkBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_network_bot: ::std::option::Option<bool>,
        ///Invited but not yet joined.
        #[serde(
            rename = "isPending",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_pending: ::std::option::Option<bool>,
        ///This is the signed-in user.
        #[serde(
            rename = "isSelf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_self: ::std::option::Option<bool>,
        ///Phone number
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///Network-specific handle.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl ChatParticipant {
        ///Starts a [`builder::ChatParticipant`] with nothing set.
        pub fn builder() -> builder::ChatParticipant {
            Default::default()
        }
    }
    ///The members of a chat, possibly only the first few.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatParticipants {
        ///More members exist than are listed.
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///A chat member. (see [`ChatParticipant`](crate::types::ChatParticipant))
        pub items: ::std::vec::Vec<ChatParticipant>,
        ///Total number of members.
        #[serde(deserialize_with = "crate::lenient::count")]
        pub total: u64,
    }
    impl ChatParticipants {
        ///Starts a [`builder::ChatParticipants`] with nothing set.
        pub fn builder() -> builder::ChatParticipants {
            Default::default()
        }
    }
    ///A reminder on a chat.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatReminder {
        ///Cancel the reminder when a message arrives.
        #[serde(
            rename = "dismissOnIncomingMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dismiss_on_incoming_message: ::std::option::Option<bool>,
        ///When to remind.
        #[serde(
            rename = "remindAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remind_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl ChatReminder {
        ///Starts a [`builder::ChatReminder`] with nothing set.
        pub fn builder() -> builder::ChatReminder {
            Default::default()
        }
    }
    ///One page of `searchChats`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatSearchPage {
        ///More chats can be fetched; absent means no.
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_more: ::std::option::Option<bool>,
        ///A conversation on one account. (see [`Chat`](crate::types::Chat))
        pub items: ::std::vec::Vec<Chat>,
        ///Cursor for newer results; empty or absent when there are none.
        #[serde(
            rename = "newestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub newest_cursor: ::std::option::Option<::std::string::String>,
        ///Cursor for older results; empty or absent when there are none.
        #[serde(
            rename = "oldestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oldest_cursor: ::std::option::Option<::std::string::String>,
    }
    impl ChatSearchPage {
        ///Starts a [`builder::ChatSearchPage`] with nothing set.
        pub fn builder() -> builder::ChatSearchPage {
            Default::default()
        }
    }
    ///What a chat search matches against.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ChatSearchScope {
        ///`titles`
        #[serde(rename = "titles")]
        Titles,
        ///`participants`
        #[serde(rename = "participants")]
        Participants,
    }
    impl ::std::fmt::Display for ChatSearchScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Titles => f.write_str("titles"),
                Self::Participants => f.write_str("participants"),
            }
        }
    }
    impl ::std::str::FromStr for ChatSearchScope {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "titles" => Ok(Self::Titles),
                "participants" => Ok(Self::Participants),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatSearchScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatSearchScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A snoozed chat.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatSnooze {
        ///When the chat comes back.
        #[serde(
            rename = "snoozeUntil",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub snooze_until: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When it was snoozed.
        #[serde(
            rename = "userSnoozedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_snoozed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl ChatSnooze {
        ///Starts a [`builder::ChatSnooze`] with nothing set.
        pub fn builder() -> builder::ChatSnooze {
            Default::default()
        }
    }
    ///Which chat settings can be changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatStateCapabilities {
        ///Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar: ::std::option::Option<StateCapability>,
        ///Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<StateCapability>,
        ///Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
        #[serde(
            rename = "disappearingTimer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disappearing_timer: ::std::option::Option<StateCapability>,
        ///Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<StateCapability>,
    }
    impl ChatStateCapabilities {
        ///Starts a [`builder::ChatStateCapabilities`] with nothing set.
        pub fn builder() -> builder::ChatStateCapabilities {
            Default::default()
        }
    }
    ///Contacts matching a lookup.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ContactSearchResponse {
        ///A person on a chat network. (see [`User`](crate::types::User))
        pub items: ::std::vec::Vec<User>,
    }
    impl ContactSearchResponse {
        ///Starts a [`builder::ContactSearchResponse`] with nothing set.
        pub fn builder() -> builder::ContactSearchResponse {
            Default::default()
        }
    }
    ///A chat to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateChatRequest {
        ///Account to create the chat on.
        #[serde(rename = "accountID")]
        pub account_id: ::std::string::String,
        ///First message
        #[serde(
            rename = "messageText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_text: ::std::option::Option<::std::string::String>,
        ///User IDs to add; exactly one for a `single` chat.
        #[serde(rename = "participantIDs")]
        pub participant_ids: ::std::vec::Vec<::std::string::String>,
        ///Group title (usually ignored for direct chats).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Direct chat or group. (see [`ChatType`](crate::types::ChatType))
        #[serde(rename = "type")]
        pub kind: crate::types::ChatType,
    }
    impl CreateChatRequest {
        ///Starts a [`builder::CreateChatRequest`] with nothing set.
        pub fn builder() -> builder::CreateChatRequest {
            Default::default()
        }
    }
    ///A reminder to set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateReminderRequest {
        ///When to remind. (see [`ReminderInput`](crate::types::ReminderInput))
        pub reminder: ReminderInput,
    }
    impl CreateReminderRequest {
        ///Starts a [`builder::CreateReminderRequest`] with nothing set.
        pub fn builder() -> builder::CreateReminderRequest {
            Default::default()
        }
    }
    ///Paging direction relative to a cursor.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Direction {
        ///`after`
        #[serde(rename = "after")]
        After,
        ///`before`
        #[serde(rename = "before")]
        Before,
    }
    impl ::std::fmt::Display for Direction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::After => f.write_str("after"),
                Self::Before => f.write_str("before"),
            }
        }
    }
    impl ::std::str::FromStr for Direction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "after" => Ok(Self::After),
                "before" => Ok(Self::Before),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Direction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Direction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The asset to download.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DownloadAssetRequest {
        ///`mxc://` or `localmxc://` URL.
        pub url: ::std::string::String,
    }
    impl DownloadAssetRequest {
        ///Starts a [`builder::DownloadAssetRequest`] with nothing set.
        pub fn builder() -> builder::DownloadAssetRequest {
            Default::default()
        }
    }
    ///A file waiting in the composer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DraftAttachment {
        ///Length of recorded audio.
        #[serde(
            rename = "audioDurationSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub audio_duration_seconds: ::std::option::Option<f64>,
        ///File name.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Local path.
        #[serde(
            rename = "filePath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_path: ::std::option::Option<::std::string::String>,
        ///Size in bytes.
        #[serde(
            rename = "fileSize",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub file_size: ::std::option::Option<u64>,
        ///Attachment ID.
        pub id: ::std::string::String,
        ///MIME type.
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
        ///Pixel dimensions, when known. (see [`MediaSize`](crate::types::MediaSize))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<MediaSize>,
        ///Sticker ID.
        #[serde(
            rename = "stickerID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sticker_id: ::std::option::Option<::std::string::String>,
        ///Kind of draft attachment. (see [`DraftAttachmentType`](crate::types::DraftAttachmentType))
        #[serde(rename = "type")]
        pub kind: crate::types::DraftAttachmentType,
    }
    impl DraftAttachment {
        ///Starts a [`builder::DraftAttachment`] with nothing set.
        pub fn builder() -> builder::DraftAttachment {
            Default::default()
        }
    }
    ///An uploaded file to put in the composer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DraftAttachmentInput {
        ///Seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        ///File name to show.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Attachment ID; generated when left out.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///MIME type; detected when left out.
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
        ///Pixel dimensions of an attachment being sent. (see [`AttachmentSizeInput`](crate::types::AttachmentSizeInput))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<AttachmentSizeInput>,
        ///How to send an attachment; detected from the MIME type when left out. (see [`AttachmentInputType`](crate::types::AttachmentInputType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<AttachmentInputType>,
        ///From an upload endpoint.
        #[serde(rename = "uploadID")]
        pub upload_id: ::std::string::String,
    }
    impl DraftAttachmentInput {
        ///Starts a [`builder::DraftAttachmentInput`] with nothing set.
        pub fn builder() -> builder::DraftAttachmentInput {
            Default::default()
        }
    }
    ///Composer content to set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DraftInput {
        ///Attachments by an ID of your choosing.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub attachments: ::std::collections::HashMap<
            ::std::string::String,
            DraftAttachmentInput,
        >,
        ///Plain text or Markdown.
        pub text: ::std::string::String,
    }
    impl DraftInput {
        ///Starts a [`builder::DraftInput`] with nothing set.
        pub fn builder() -> builder::DraftInput {
            Default::default()
        }
    }
    ///URLs of the app's other interfaces.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EndpointsInfo {
        ///MCP endpoint.
        pub mcp: ::std::string::String,
        ///OAuth endpoints of the app. (see [`OAuthEndpoints`](crate::types::OAuthEndpoints))
        pub oauth: OAuthEndpoints,
        ///The server's own OpenAPI document.
        pub spec: ::std::string::String,
        ///Live-events WebSocket.
        pub ws_events: ::std::string::String,
    }
    impl EndpointsInfo {
        ///Starts a [`builder::EndpointsInfo`] with nothing set.
        pub fn builder() -> builder::EndpointsInfo {
            Default::default()
        }
    }
    ///What to show when raising the window; send `{}` to only raise it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct FocusRequest {
        ///Chat to open.
        #[serde(
            rename = "chatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_id: ::std::option::Option<::std::string::String>,
        ///Local image file to put in the composer.
        #[serde(
            rename = "draftAttachmentPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub draft_attachment_path: ::std::option::Option<::std::string::String>,
        ///Text to put in the composer.
        #[serde(
            rename = "draftText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub draft_text: ::std::option::Option<::std::string::String>,
        ///Message to jump to.
        #[serde(
            rename = "messageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_id: ::std::option::Option<::std::string::String>,
    }
    impl FocusRequest {
        ///Starts a [`builder::FocusRequest`] with nothing set.
        pub fn builder() -> builder::FocusRequest {
            Default::default()
        }
    }
    ///Result of `focus`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FocusResponse {
        ///Desktop came to the front.
        pub success: bool,
    }
    impl FocusResponse {
        ///Starts a [`builder::FocusResponse`] with nothing set.
        pub fn builder() -> builder::FocusResponse {
            Default::default()
        }
    }
    ///Which inbox a chat search looks in.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum InboxFilter {
        ///`primary`
        #[serde(rename = "primary")]
        Primary,
        ///`low-priority`
        #[serde(rename = "low-priority")]
        LowPriority,
        ///`archive`
        #[serde(rename = "archive")]
        Archive,
    }
    impl ::std::fmt::Display for InboxFilter {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Primary => f.write_str("primary"),
                Self::LowPriority => f.write_str("low-priority"),
                Self::Archive => f.write_str("archive"),
            }
        }
    }
    impl ::std::str::FromStr for InboxFilter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "primary" => Ok(Self::Primary),
                "low-priority" => Ok(Self::LowPriority),
                "archive" => Ok(Self::Archive),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InboxFilter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InboxFilter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Metadata about the running Desktop app (snake_case keys).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InfoResponse {
        ///The app's identity. (see [`AppInfo`](crate::types::AppInfo))
        pub app: AppInfo,
        ///URLs of the app's other interfaces. (see [`EndpointsInfo`](crate::types::EndpointsInfo))
        pub endpoints: EndpointsInfo,
        ///The machine Desktop runs on. (see [`PlatformInfo`](crate::types::PlatformInfo))
        pub platform: PlatformInfo,
        ///The API server's settings. (see [`ServerInfo`](crate::types::ServerInfo))
        pub server: ServerInfo,
    }
    impl InfoResponse {
        ///Starts a [`builder::InfoResponse`] with nothing set.
        pub fn builder() -> builder::InfoResponse {
            Default::default()
        }
    }
    ///An object key or an array index.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum IssuePathSegment {
        ///`Key`
        Key(::std::string::String),
        ///`Index`
        Index(i64),
    }
    impl ::std::fmt::Display for IssuePathSegment {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Key(x) => x.fmt(f),
                Self::Index(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for IssuePathSegment {
        fn from(value: i64) -> Self {
            Self::Index(value)
        }
    }
    ///A user-defined chat label.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Label {
        ///Label ID.
        pub id: ::std::string::String,
        ///Label name.
        pub name: ::std::string::String,
    }
    impl Label {
        ///Starts a [`builder::Label`] with nothing set.
        pub fn builder() -> builder::Label {
            Default::default()
        }
    }
    ///Preview of a link in a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LinkPreview {
        ///URL of the site icon.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///URL of the preview image.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub img: ::std::option::Option<::std::string::String>,
        ///Pixel dimensions, when known. (see [`MediaSize`](crate::types::MediaSize))
        #[serde(
            rename = "imgSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_size: ::std::option::Option<MediaSize>,
        ///The link before redirects were followed.
        #[serde(
            rename = "originalURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub original_url: ::std::option::Option<::std::string::String>,
        ///Short description of the page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
        ///Title of the linked page.
        pub title: ::std::string::String,
        ///The link as shown.
        pub url: ::std::string::String,
    }
    impl LinkPreview {
        ///Starts a [`builder::LinkPreview`] with nothing set.
        pub fn builder() -> builder::LinkPreview {
            Default::default()
        }
    }
    ///How far to mark read; `{}` marks everything read.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MarkChatReadRequest {
        ///Mark read up to and including this message.
        #[serde(
            rename = "messageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_id: ::std::option::Option<::std::string::String>,
    }
    impl MarkChatReadRequest {
        ///Starts a [`builder::MarkChatReadRequest`] with nothing set.
        pub fn builder() -> builder::MarkChatReadRequest {
            Default::default()
        }
    }
    ///Where to mark unread; `{}` marks the chat unread.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MarkChatUnreadRequest {
        ///Mark unread from this message on.
        #[serde(
            rename = "messageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_id: ::std::option::Option<::std::string::String>,
    }
    impl MarkChatUnreadRequest {
        ///Starts a [`builder::MarkChatUnreadRequest`] with nothing set.
        pub fn builder() -> builder::MarkChatUnreadRequest {
            Default::default()
        }
    }
    ///Pixel dimensions, when known.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MediaSize {
        ///Height in pixels.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub height: ::std::option::Option<u64>,
        ///Width in pixels.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "crate::lenient::optional_count"
        )]
        pub width: ::std::option::Option<u64>,
    }
    impl MediaSize {
        ///Starts a [`builder::MediaSize`] with nothing set.
        pub fn builder() -> builder::MediaSize {
            Default::default()
        }
    }
    ///Kind of media a message search looks for.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum MediaTypeFilter {
        ///`any`
        #[serde(rename = "any")]
        Any,
        ///`video`
        #[serde(rename = "video")]
        Video,
        ///`image`
        #[serde(rename = "image")]
        Image,
        ///`link`
        #[serde(rename = "link")]
        Link,
        ///`file`
        #[serde(rename = "file")]
        File,
    }
    impl ::std::fmt::Display for MediaTypeFilter {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Any => f.write_str("any"),
                Self::Video => f.write_str("video"),
                Self::Image => f.write_str("image"),
                Self::Link => f.write_str("link"),
                Self::File => f.write_str("file"),
            }
        }
    }
    impl ::std::str::FromStr for MediaTypeFilter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "any" => Ok(Self::Any),
                "video" => Ok(Self::Video),
                "image" => Ok(Self::Image),
                "link" => Ok(Self::Link),
                "file" => Ok(Self::File),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MediaTypeFilter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MediaTypeFilter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A message in a chat.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Message {
        ///Account the message belongs to.
        #[serde(rename = "accountID")]
        pub account_id: ::std::string::String,
        ///Files, images and other media on the message.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub attachments: ::std::vec::Vec<Attachment>,
        ///Chat the message is in.
        #[serde(rename = "chatID")]
        pub chat_id: ::std::string::String,
        ///When it was last edited.
        #[serde(
            rename = "editedTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub edited_timestamp: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Message ID.
        pub id: ::std::string::String,
        ///The message was deleted (its content may be gone).
        #[serde(
            rename = "isDeleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_deleted: ::std::option::Option<bool>,
        ///The message is hidden from the timeline.
        #[serde(
            rename = "isHidden",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_hidden: ::std::option::Option<bool>,
        ///You sent it.
        #[serde(
            rename = "isSender",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender: ::std::option::Option<bool>,
        ///You have not read the message yet.
        #[serde(
            rename = "isUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_unread: ::std::option::Option<bool>,
        ///The message this one replies to.
        #[serde(
            rename = "linkedMessageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linked_message_id: ::std::option::Option<::std::string::String>,
        ///Previews of links in the text.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub links: ::std::vec::Vec<LinkPreview>,
        ///Mentioned user IDs or `@room`; null on legacy messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mentions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Reactions on the message.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub reactions: ::std::vec::Vec<Reaction>,
        ///Read-receipt state; null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<Seen>,
        ///Delivery state of a message you sent. (see [`SendStatus`](crate::types::SendStatus))
        #[serde(
            rename = "sendStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_status: ::std::option::Option<SendStatus>,
        ///Sender's user ID.
        #[serde(rename = "senderID")]
        pub sender_id: ::std::string::String,
        ///Sender's display name.
        #[serde(
            rename = "senderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sender_name: ::std::option::Option<::std::string::String>,
        ///Key that orders messages within a chat.
        #[serde(rename = "sortKey")]
        pub sort_key: crate::lenient::NumericString,
        ///Message body (plain text on old servers
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        ///When the message was sent.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Kind of message. (see [`MessageType`](crate::types::MessageType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::types::MessageType>,
    }
    impl Message {
        ///Starts a [`builder::Message`] with nothing set.
        pub fn builder() -> builder::Message {
            Default::default()
        }
    }
    ///An uploaded file to send.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MessageAttachmentInput {
        ///Seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        ///File name to show.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///MIME type; detected when left out.
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
        ///Pixel dimensions of an attachment being sent. (see [`AttachmentSizeInput`](crate::types::AttachmentSizeInput))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<AttachmentSizeInput>,
        ///How to send an attachment; detected from the MIME type when left out. (see [`AttachmentInputType`](crate::types::AttachmentInputType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<AttachmentInputType>,
        ///From an upload endpoint.
        #[serde(rename = "uploadID")]
        pub upload_id: ::std::string::String,
    }
    impl MessageAttachmentInput {
        ///Starts a [`builder::MessageAttachmentInput`] with nothing set.
        pub fn builder() -> builder::MessageAttachmentInput {
            Default::default()
        }
    }
    /**Every field a message can carry, all optional. `Message` makes the
core ones required; `MessageUpdateResponse` keeps them optional
because older servers answer edits with only IDs and `success`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MessageFields {
        ///Account the message belongs to.
        #[serde(
            rename = "accountID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///Files, images and other media on the message.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub attachments: ::std::vec::Vec<Attachment>,
        ///Chat the message is in.
        #[serde(
            rename = "chatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_id: ::std::option::Option<::std::string::String>,
        ///When it was last edited.
        #[serde(
            rename = "editedTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub edited_timestamp: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Message ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The message was deleted (its content may be gone).
        #[serde(
            rename = "isDeleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_deleted: ::std::option::Option<bool>,
        ///The message is hidden from the timeline.
        #[serde(
            rename = "isHidden",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_hidden: ::std::option::Option<bool>,
        ///You sent it.
        #[serde(
            rename = "isSender",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender: ::std::option::Option<bool>,
        ///You have not read the message yet.
        #[serde(
            rename = "isUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_unread: ::std::option::Option<bool>,
        ///The message this one replies to.
        #[serde(
            rename = "linkedMessageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linked_message_id: ::std::option::Option<::std::string::String>,
        ///Previews of links in the text.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub links: ::std::vec::Vec<LinkPreview>,
        ///Mentioned user IDs or `@room`; null on legacy messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mentions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Reactions on the message.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub reactions: ::std::vec::Vec<Reaction>,
        ///Read-receipt state; null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<Seen>,
        ///Delivery state of a message you sent. (see [`SendStatus`](crate::types::SendStatus))
        #[serde(
            rename = "sendStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_status: ::std::option::Option<SendStatus>,
        ///Sender's user ID.
        #[serde(
            rename = "senderID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sender_id: ::std::option::Option<::std::string::String>,
        ///Sender's display name.
        #[serde(
            rename = "senderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sender_name: ::std::option::Option<::std::string::String>,
        ///Key that orders messages within a chat.
        #[serde(
            rename = "sortKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sort_key: ::std::option::Option<crate::lenient::NumericString>,
        ///Message body (plain text on old servers
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        ///When the message was sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Kind of message. (see [`MessageType`](crate::types::MessageType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::types::MessageType>,
    }
    impl MessageFields {
        ///Starts a [`builder::MessageFields`] with nothing set.
        pub fn builder() -> builder::MessageFields {
            Default::default()
        }
    }
    ///One page of messages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MessagePage {
        ///More messages can be fetched; absent means no.
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_more: ::std::option::Option<bool>,
        ///A message in a chat. (see [`Message`](crate::types::Message))
        pub items: ::std::vec::Vec<Message>,
        ///Cursor for newer messages; empty or absent when there are none.
        #[serde(
            rename = "newestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub newest_cursor: ::std::option::Option<::std::string::String>,
        ///Cursor for older messages; empty or absent when there are none.
        #[serde(
            rename = "oldestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oldest_cursor: ::std::option::Option<::std::string::String>,
    }
    impl MessagePage {
        ///Starts a [`builder::MessagePage`] with nothing set.
        pub fn builder() -> builder::MessagePage {
            Default::default()
        }
    }
    ///How message requests can be accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MessageRequestCapabilities {
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(
            rename = "acceptWithButton",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accept_with_button: ::std::option::Option<CapabilityLevel>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(
            rename = "acceptWithMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accept_with_message: ::std::option::Option<CapabilityLevel>,
    }
    impl MessageRequestCapabilities {
        ///Starts a [`builder::MessageRequestCapabilities`] with nothing set.
        pub fn builder() -> builder::MessageRequestCapabilities {
            Default::default()
        }
    }
    ///A queued message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MessageSendResponse {
        ///Chat actually used (for merged chats
        #[serde(rename = "chatID")]
        pub chat_id: ::std::string::String,
        ///Temporary ID; `getMessage` accepts it.
        #[serde(rename = "pendingMessageID")]
        pub pending_message_id: ::std::string::String,
    }
    impl MessageSendResponse {
        ///Starts a [`builder::MessageSendResponse`] with nothing set.
        pub fn builder() -> builder::MessageSendResponse {
            Default::default()
        }
    }
    /**The edited message. Current servers send the whole message plus
`messageID` and `success`; older ones only `chatID`, `messageID` and
`success`, so every message field is optional here.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MessageUpdateResponse {
        ///Account the message belongs to.
        #[serde(
            rename = "accountID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///Files, images and other media on the message.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub attachments: ::std::vec::Vec<Attachment>,
        ///Chat the message is in.
        #[serde(
            rename = "chatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_id: ::std::option::Option<::std::string::String>,
        ///When it was last edited.
        #[serde(
            rename = "editedTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub edited_timestamp: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Message ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The message was deleted (its content may be gone).
        #[serde(
            rename = "isDeleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_deleted: ::std::option::Option<bool>,
        ///The message is hidden from the timeline.
        #[serde(
            rename = "isHidden",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_hidden: ::std::option::Option<bool>,
        ///You sent it.
        #[serde(
            rename = "isSender",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender: ::std::option::Option<bool>,
        ///You have not read the message yet.
        #[serde(
            rename = "isUnread",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_unread: ::std::option::Option<bool>,
        ///The message this one replies to.
        #[serde(
            rename = "linkedMessageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linked_message_id: ::std::option::Option<::std::string::String>,
        ///Previews of links in the text.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub links: ::std::vec::Vec<LinkPreview>,
        ///Mentioned user IDs or `@room`; null on legacy messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mentions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The edited message's ID (kept for older clients).
        #[serde(rename = "messageID")]
        pub message_id: ::std::string::String,
        ///Reactions on the message.
        #[serde(
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub reactions: ::std::vec::Vec<Reaction>,
        ///Read-receipt state; null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<Seen>,
        ///Delivery state of a message you sent. (see [`SendStatus`](crate::types::SendStatus))
        #[serde(
            rename = "sendStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_status: ::std::option::Option<SendStatus>,
        ///Sender's user ID.
        #[serde(
            rename = "senderID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sender_id: ::std::option::Option<::std::string::String>,
        ///Sender's display name.
        #[serde(
            rename = "senderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sender_name: ::std::option::Option<::std::string::String>,
        ///Key that orders messages within a chat.
        #[serde(
            rename = "sortKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sort_key: ::std::option::Option<crate::lenient::NumericString>,
        ///Always true on success.
        pub success: bool,
        ///Message body (plain text on old servers
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        ///When the message was sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Kind of message. (see [`MessageType`](crate::types::MessageType))
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::types::MessageType>,
    }
    impl MessageUpdateResponse {
        ///Starts a [`builder::MessageUpdateResponse`] with nothing set.
        pub fn builder() -> builder::MessageUpdateResponse {
            Default::default()
        }
    }
    ///OAuth endpoints of the app.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OAuthEndpoints {
        ///URL where the user approves access.
        pub authorization_endpoint: ::std::string::String,
        ///URL that describes a token.
        pub introspection_endpoint: ::std::string::String,
        ///URL that registers a client.
        pub registration_endpoint: ::std::string::String,
        ///URL that revokes a token.
        pub revocation_endpoint: ::std::string::String,
        ///URL that issues tokens.
        pub token_endpoint: ::std::string::String,
        ///URL that describes the signed-in user.
        pub userinfo_endpoint: ::std::string::String,
    }
    impl OAuthEndpoints {
        ///Starts a [`builder::OAuthEndpoints`] with nothing set.
        pub fn builder() -> builder::OAuthEndpoints {
            Default::default()
        }
    }
    ///Which membership actions are allowed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParticipantActionCapabilities {
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ban: ::std::option::Option<CapabilityLevel>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invite: ::std::option::Option<CapabilityLevel>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kick: ::std::option::Option<CapabilityLevel>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub leave: ::std::option::Option<CapabilityLevel>,
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        #[serde(
            rename = "revokeInvite",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub revoke_invite: ::std::option::Option<CapabilityLevel>,
    }
    impl ParticipantActionCapabilities {
        ///Starts a [`builder::ParticipantActionCapabilities`] with nothing set.
        pub fn builder() -> builder::ParticipantActionCapabilities {
            Default::default()
        }
    }
    ///The machine Desktop runs on.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PlatformInfo {
        ///CPU architecture, e.g. `arm64`.
        pub arch: ::std::string::String,
        ///Operating system, e.g. `darwin`.
        pub os: ::std::string::String,
        ///Operating system release.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release: ::std::option::Option<::std::string::String>,
    }
    impl PlatformInfo {
        ///Starts a [`builder::PlatformInfo`] with nothing set.
        pub fn builder() -> builder::PlatformInfo {
            Default::default()
        }
    }
    ///One reaction on a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Reaction {
        ///The key is an emoji.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emoji: ::std::option::Option<bool>,
        ///Reaction ID.
        pub id: ::std::string::String,
        ///Image of a custom reaction.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///Who reacted.
        #[serde(rename = "participantID")]
        pub participant_id: ::std::string::String,
        ///Emoji
        #[serde(rename = "reactionKey")]
        pub reaction_key: ::std::string::String,
    }
    impl Reaction {
        ///Starts a [`builder::Reaction`] with nothing set.
        pub fn builder() -> builder::Reaction {
            Default::default()
        }
    }
    ///The reaction that was added.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReactionAddResponse {
        ///Chat of the message.
        #[serde(rename = "chatID")]
        pub chat_id: ::std::string::String,
        ///Message reacted to.
        #[serde(rename = "messageID")]
        pub message_id: ::std::string::String,
        ///The reaction added.
        #[serde(rename = "reactionKey")]
        pub reaction_key: ::std::string::String,
        ///Always true.
        pub success: bool,
        ///The caller's transaction ID
        #[serde(rename = "transactionID")]
        pub transaction_id: ::std::string::String,
    }
    impl ReactionAddResponse {
        ///Starts a [`builder::ReactionAddResponse`] with nothing set.
        pub fn builder() -> builder::ReactionAddResponse {
            Default::default()
        }
    }
    ///The reaction that was removed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReactionDeleteResponse {
        ///Chat of the message.
        #[serde(rename = "chatID")]
        pub chat_id: ::std::string::String,
        ///Message the reaction was removed from.
        #[serde(rename = "messageID")]
        pub message_id: ::std::string::String,
        ///The reaction removed.
        #[serde(rename = "reactionKey")]
        pub reaction_key: ::std::string::String,
        ///Always true.
        pub success: bool,
    }
    impl ReactionDeleteResponse {
        ///Starts a [`builder::ReactionDeleteResponse`] with nothing set.
        pub fn builder() -> builder::ReactionDeleteResponse {
            Default::default()
        }
    }
    ///When to remind.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReminderInput {
        ///Cancel when a message arrives.
        #[serde(
            rename = "dismissOnIncomingMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dismiss_on_incoming_message: ::std::option::Option<bool>,
        ///When to remind.
        #[serde(rename = "remindAt")]
        pub remind_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl ReminderInput {
        ///Starts a [`builder::ReminderInput`] with nothing set.
        pub fn builder() -> builder::ReminderInput {
            Default::default()
        }
    }
    ///First page of matching messages, with the chats they belong to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SearchMessages {
        ///The chats referenced by `items`, by chat ID.
        pub chats: ::std::collections::HashMap<::std::string::String, Chat>,
        ///More messages match; continue with `searchMessages`.
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_more: ::std::option::Option<bool>,
        ///A message in a chat. (see [`Message`](crate::types::Message))
        pub items: ::std::vec::Vec<Message>,
        ///Cursor for newer matches.
        #[serde(
            rename = "newestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub newest_cursor: ::std::option::Option<::std::string::String>,
        ///Cursor for older matches.
        #[serde(
            rename = "oldestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oldest_cursor: ::std::option::Option<::std::string::String>,
    }
    impl SearchMessages {
        ///Starts a [`builder::SearchMessages`] with nothing set.
        pub fn builder() -> builder::SearchMessages {
            Default::default()
        }
    }
    ///Result of the global search.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SearchResponse {
        ///The three kinds of global search result. (see [`SearchResults`](crate::types::SearchResults))
        pub results: SearchResults,
    }
    impl SearchResponse {
        ///Starts a [`builder::SearchResponse`] with nothing set.
        pub fn builder() -> builder::SearchResponse {
            Default::default()
        }
    }
    ///The three kinds of global search result.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SearchResults {
        ///Best-matching chats.
        pub chats: ::std::vec::Vec<Chat>,
        ///Groups matched by a participant's name.
        pub in_groups: ::std::vec::Vec<Chat>,
        ///First page of matching messages, with the chats they belong to. (see [`SearchMessages`](crate::types::SearchMessages))
        pub messages: SearchMessages,
    }
    impl SearchResults {
        ///Starts a [`builder::SearchResults`] with nothing set.
        pub fn builder() -> builder::SearchResults {
            Default::default()
        }
    }
    ///Who has read the message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Seen {
        ///`Flag`
        Flag(bool),
        ///`At`
        At(::std::string::String),
        ///`ByUser`
        ByUser(::std::collections::HashMap<::std::string::String, SeenReceipt>),
    }
    impl ::std::convert::From<bool> for Seen {
        fn from(value: bool) -> Self {
            Self::Flag(value)
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, SeenReceipt>,
    > for Seen {
        fn from(
            value: ::std::collections::HashMap<::std::string::String, SeenReceipt>,
        ) -> Self {
            Self::ByUser(value)
        }
    }
    ///One user's read state.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum SeenReceipt {
        ///`Flag`
        Flag(bool),
        ///`At`
        At(::std::string::String),
    }
    impl ::std::fmt::Display for SeenReceipt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Flag(x) => x.fmt(f),
                Self::At(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<bool> for SeenReceipt {
        fn from(value: bool) -> Self {
            Self::Flag(value)
        }
    }
    ///A message to send; give text, an attachment, or both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SendMessageRequest {
        ///An uploaded file to send. (see [`MessageAttachmentInput`](crate::types::MessageAttachmentInput))
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachment: ::std::option::Option<MessageAttachmentInput>,
        ///Send as a reply to this message.
        #[serde(
            rename = "replyToMessageID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_to_message_id: ::std::option::Option<::std::string::String>,
        ///Plain text or Markdown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
    }
    impl SendMessageRequest {
        ///Starts a [`builder::SendMessageRequest`] with nothing set.
        pub fn builder() -> builder::SendMessageRequest {
            Default::default()
        }
    }
    ///Delivery state of a message you sent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SendStatus {
        ///Users the message reached so far.
        #[serde(
            rename = "deliveredToUsers",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty",
            deserialize_with = "crate::lenient::null_as_default"
        )]
        pub delivered_to_users: ::std::vec::Vec<::std::string::String>,
        ///Diagnostic text.
        #[serde(
            rename = "internalError",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub internal_error: ::std::option::Option<::std::string::String>,
        ///Human-readable status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Machine-readable failure reason.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///Delivery outcome. (see [`SendStatusKind`](crate::types::SendStatusKind))
        pub status: crate::types::SendStatusKind,
        ///When the status last changed.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl SendStatus {
        ///Starts a [`builder::SendStatus`] with nothing set.
        pub fn builder() -> builder::SendStatus {
            Default::default()
        }
    }
    ///The API server's settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ServerInfo {
        ///Base URL the API is served on.
        pub base_url: ::std::string::String,
        ///Host name the server listens on.
        pub hostname: ::std::string::String,
        ///The MCP endpoint is turned on.
        pub mcp_enabled: bool,
        ///TCP port the server listens on.
        pub port: i64,
        ///Connections from other machines are allowed.
        pub remote_access: bool,
        ///Free-form server state.
        pub status: ::std::string::String,
    }
    impl ServerInfo {
        ///Starts a [`builder::ServerInfo`] with nothing set.
        pub fn builder() -> builder::ServerInfo {
            Default::default()
        }
    }
    ///A person to open a direct chat with.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StartChatRequest {
        ///Account to use.
        #[serde(rename = "accountID")]
        pub account_id: ::std::string::String,
        ///Allow creating the chat by invite where the network requires it.
        #[serde(
            rename = "allowInvite",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_invite: ::std::option::Option<bool>,
        ///First message
        #[serde(
            rename = "messageText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_text: ::std::option::Option<::std::string::String>,
        ///Ways to identify the person; give at least one. (see [`StartChatUser`](crate::types::StartChatUser))
        pub user: StartChatUser,
    }
    impl StartChatRequest {
        ///Starts a [`builder::StartChatRequest`] with nothing set.
        pub fn builder() -> builder::StartChatRequest {
            Default::default()
        }
    }
    ///Ways to identify the person; give at least one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct StartChatUser {
        ///Email address to look the user up by.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Only a hint for ranking matches.
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Known user ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///E.164 preferred.
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///User name to look the user up by.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl StartChatUser {
        ///Starts a [`builder::StartChatUser`] with nothing set.
        pub fn builder() -> builder::StartChatUser {
            Default::default()
        }
    }
    ///Support level for changing one chat setting.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StateCapability {
        ///Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
        pub level: CapabilityLevel,
    }
    impl StateCapability {
        ///Starts a [`builder::StateCapability`] with nothing set.
        pub fn builder() -> builder::StateCapability {
            Default::default()
        }
    }
    ///Speech-to-text of an audio attachment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Transcription {
        ///What produced the transcription.
        pub engine: ::std::string::String,
        ///Language of the text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///The transcribed text.
        pub transcription: ::std::string::String,
    }
    impl Transcription {
        ///Starts a [`builder::Transcription`] with nothing set.
        pub fn builder() -> builder::Transcription {
            Default::default()
        }
    }
    /**Chat settings to change. Leave a field out to keep it; for the
`Patch` fields, `Patch::Clear` sends `null` to remove the value.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateChatRequest {
        ///New description, or `Clear` to remove it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::patch::Patch<String>>,
        ///New composer draft, or `Clear` to empty it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub draft: ::std::option::Option<crate::patch::Patch<crate::types::DraftInput>>,
        ///New chat image URL, or `Clear` to remove it.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<crate::patch::Patch<String>>,
        ///Archive (`true`) or unarchive (`false`).
        #[serde(
            rename = "isArchived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_archived: ::std::option::Option<bool>,
        ///Move to (`true`) or out of (`false`) low priority.
        #[serde(
            rename = "isLowPriority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_low_priority: ::std::option::Option<bool>,
        ///Mute (`true`) or unmute (`false`).
        #[serde(
            rename = "isMuted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_muted: ::std::option::Option<bool>,
        ///Pin (`true`) or unpin (`false`).
        #[serde(
            rename = "isPinned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_pinned: ::std::option::Option<bool>,
        ///New disappearing-message timer in seconds, or `Clear` to turn it off.
        #[serde(
            rename = "messageExpirySeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_expiry_seconds: ::std::option::Option<crate::patch::Patch<i64>>,
        ///New title, or `Clear` to remove it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<crate::patch::Patch<String>>,
    }
    impl UpdateChatRequest {
        ///Starts a [`builder::UpdateChatRequest`] with nothing set.
        pub fn builder() -> builder::UpdateChatRequest {
            Default::default()
        }
    }
    ///New message text.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateMessageRequest {
        ///Replacement text.
        pub text: ::std::string::String,
    }
    impl UpdateMessageRequest {
        ///Starts a [`builder::UpdateMessageRequest`] with nothing set.
        pub fn builder() -> builder::UpdateMessageRequest {
            Default::default()
        }
    }
    ///A file as base64.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadAssetBase64Request {
        ///Base64 of the bytes (up to about 500 MB decoded).
        pub content: ::std::string::String,
        ///Generated when left out.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Sniffed when left out.
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
    }
    impl UploadAssetBase64Request {
        ///Starts a [`builder::UploadAssetBase64Request`] with nothing set.
        pub fn builder() -> builder::UploadAssetBase64Request {
            Default::default()
        }
    }
    ///Parts of the multipart upload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadAssetForm {
        ///The file (up to 500 MB).
        pub file: ::std::string::String,
        ///Defaults to the uploaded file's name.
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Sniffed from the content when left out.
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mime_type: ::std::option::Option<::std::string::String>,
    }
    impl UploadAssetForm {
        ///Starts a [`builder::UploadAssetForm`] with nothing set.
        pub fn builder() -> builder::UploadAssetForm {
            Default::default()
        }
    }
    ///A person on a chat network.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct User {
        ///Beeper cannot start a conversation with this user.
        #[serde(
            rename = "cannotMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cannot_message: ::std::option::Option<bool>,
        ///E-mail address (unverified).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Display name.
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Stable user ID.
        pub id: ::std::string::String,
        ///Avatar location: remote URL, `mxc://`, data URL or local file; may expire.
        #[serde(
            rename = "imgURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub img_url: ::std::option::Option<::std::string::String>,
        ///This is the signed-in user.
        #[serde(
            rename = "isSelf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_self: ::std::option::Option<bool>,
        ///Phone number
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///Network-specific handle.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl User {
        ///Starts a [`builder::User`] with nothing set.
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///One page of contacts.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserPage {
        ///More contacts can be fetched; absent means no.
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_more: ::std::option::Option<bool>,
        ///A person on a chat network. (see [`User`](crate::types::User))
        pub items: ::std::vec::Vec<User>,
        ///Cursor for the page after this one; empty or absent when there is none.
        #[serde(
            rename = "newestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub newest_cursor: ::std::option::Option<::std::string::String>,
        ///Cursor for the page before this one; empty or absent when there is none.
        #[serde(
            rename = "oldestCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oldest_cursor: ::std::option::Option<::std::string::String>,
    }
    impl UserPage {
        ///Starts a [`builder::UserPage`] with nothing set.
        pub fn builder() -> builder::UserPage {
            Default::default()
        }
    }
    ///The `details` of a request that failed validation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ValidationDetails {
        ///Each problem found in the request.
        pub issues: ::std::vec::Vec<ValidationIssue>,
    }
    impl ValidationDetails {
        ///Starts a [`builder::ValidationDetails`] with nothing set.
        pub fn builder() -> builder::ValidationDetails {
            Default::default()
        }
    }
    ///One rule a request broke.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ValidationIssue {
        ///Machine-readable rule name.
        pub code: ::std::string::String,
        ///What is wrong.
        pub message: ::std::string::String,
        ///Location of the offending value in the request.
        pub path: ::std::vec::Vec<IssuePathSegment>,
    }
    impl ValidationIssue {
        ///Starts a [`builder::ValidationIssue`] with nothing set.
        pub fn builder() -> builder::ValidationIssue {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        ///Builder for [`Account`](super::Account).
        #[derive(Clone, Debug)]
        pub struct Account {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            bridge: ::std::result::Result<
                ::std::option::Option<super::AccountBridge>,
                ::std::string::String,
            >,
            capabilities: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            login_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::types::AccountStatus>,
                ::std::string::String,
            >,
            status_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for Account {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    bridge: Ok(Default::default()),
                    capabilities: Ok(Default::default()),
                    login_id: Ok(Default::default()),
                    network: Ok(Default::default()),
                    status: Ok(Default::default()),
                    status_text: Ok(Default::default()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl Account {
            ///Sets `account_id`: Account ID, e.g. `whatsapp` or `slackgo.TEAM-USER`.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `bridge`: The bridge that connects an account (Desktop 4.2.785 and newer). (see [`AccountBridge`](crate::types::AccountBridge))
            pub fn bridge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountBridge>>,
                T::Error: ::std::fmt::Display,
            {
                self.bridge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bridge: {e}")
                    });
                self
            }
            ///Sets `capabilities`: What the account can do at runtime (free-form; newer servers).
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.capabilities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            ///Sets `login_id`: Bridge login that owns this account (newer servers).
            pub fn login_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_id: {e}")
                    });
                self
            }
            ///Sets `network`: Human-readable network name; left out when unknown.
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            ///Sets `status`: Connection state of an account (newer servers). (see [`AccountStatus`](crate::types::AccountStatus))
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::AccountStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Sets `status_text`: Human-readable connection status (newer servers).
            pub fn status_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_text: {e}")
                    });
                self
            }
            ///Sets `user`: A person on a chat network. (see [`User`](crate::types::User))
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Account> for super::Account {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Account,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    bridge: value.bridge?,
                    capabilities: value.capabilities?,
                    login_id: value.login_id?,
                    network: value.network?,
                    status: value.status?,
                    status_text: value.status_text?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::Account> for Account {
            fn from(value: super::Account) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    bridge: Ok(value.bridge),
                    capabilities: Ok(value.capabilities),
                    login_id: Ok(value.login_id),
                    network: Ok(value.network),
                    status: Ok(value.status),
                    status_text: Ok(value.status_text),
                    user: Ok(value.user),
                }
            }
        }
        ///Builder for [`AccountBridge`](super::AccountBridge).
        #[derive(Clone, Debug)]
        pub struct AccountBridge {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider: ::std::result::Result<
                crate::types::BridgeProvider,
                ::std::string::String,
            >,
            kind: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AccountBridge {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    provider: Err("no value supplied for provider".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl AccountBridge {
            ///Sets `id`: Bridge ID, e.g. `local-whatsapp`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `provider`: Where a bridge runs. (see [`BridgeProvider`](crate::types::BridgeProvider))
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::BridgeProvider>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            ///Sets `kind`: Bridge kind, e.g. `whatsapp` or `telegram`.
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountBridge> for super::AccountBridge {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountBridge,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    provider: value.provider?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::AccountBridge> for AccountBridge {
            fn from(value: super::AccountBridge) -> Self {
                Self {
                    id: Ok(value.id),
                    provider: Ok(value.provider),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`AddReactionRequest`](super::AddReactionRequest).
        #[derive(Clone, Debug)]
        pub struct AddReactionRequest {
            reaction_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddReactionRequest {
            fn default() -> Self {
                Self {
                    reaction_key: Err("no value supplied for reaction_key".to_string()),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl AddReactionRequest {
            ///Sets `reaction_key`: Emoji
            pub fn reaction_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_key: {e}")
                    });
                self
            }
            ///Sets `transaction_id`: Your own ID for de-duplication and tracking.
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddReactionRequest> for super::AddReactionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddReactionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reaction_key: value.reaction_key?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::AddReactionRequest> for AddReactionRequest {
            fn from(value: super::AddReactionRequest) -> Self {
                Self {
                    reaction_key: Ok(value.reaction_key),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        ///Builder for [`ApiErrorBody`](super::ApiErrorBody).
        #[derive(Clone, Debug)]
        pub struct ApiErrorBody {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            details: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ApiErrorBody {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    details: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl ApiErrorBody {
            ///Sets `code`: Machine-readable reason, e.g. `not_found`.
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            /**Sets `details`: Extra context of any JSON shape. Validation failures use the
`ValidationDetails` shape (`{"issues": [...]}`).*/
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            ///Sets `message`: Human-readable explanation.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiErrorBody> for super::ApiErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ApiErrorBody> for ApiErrorBody {
            fn from(value: super::ApiErrorBody) -> Self {
                Self {
                    code: Ok(value.code),
                    details: Ok(value.details),
                    message: Ok(value.message),
                }
            }
        }
        ///Builder for [`AppInfo`](super::AppInfo).
        #[derive(Clone, Debug)]
        pub struct AppInfo {
            bundle_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AppInfo {
            fn default() -> Self {
                Self {
                    bundle_id: Err("no value supplied for bundle_id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl AppInfo {
            ///Sets `bundle_id`: Application bundle identifier.
            pub fn bundle_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.bundle_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bundle_id: {e}")
                    });
                self
            }
            ///Sets `name`: Application name.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///Sets `version`: Application version.
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AppInfo> for super::AppInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bundle_id: value.bundle_id?,
                    name: value.name?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::AppInfo> for AppInfo {
            fn from(value: super::AppInfo) -> Self {
                Self {
                    bundle_id: Ok(value.bundle_id),
                    name: Ok(value.name),
                    version: Ok(value.version),
                }
            }
        }
        ///Builder for [`ArchiveChatRequest`](super::ArchiveChatRequest).
        #[derive(Clone, Debug)]
        pub struct ArchiveChatRequest {
            archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ArchiveChatRequest {
            fn default() -> Self {
                Self {
                    archived: Ok(Default::default()),
                }
            }
        }
        impl ArchiveChatRequest {
            ///Sets `archived`: `true` archives, `false` unarchives (default true).
            pub fn archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archived: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ArchiveChatRequest> for super::ArchiveChatRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArchiveChatRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { archived: value.archived? })
            }
        }
        impl ::std::convert::From<super::ArchiveChatRequest> for ArchiveChatRequest {
            fn from(value: super::ArchiveChatRequest) -> Self {
                Self {
                    archived: Ok(value.archived),
                }
            }
        }
        ///Builder for [`AssetDownloadResponse`](super::AssetDownloadResponse).
        #[derive(Clone, Debug)]
        pub struct AssetDownloadResponse {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssetDownloadResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    src_url: Ok(Default::default()),
                }
            }
        }
        impl AssetDownloadResponse {
            ///Sets `error`: Why the download failed.
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            ///Sets `src_url`: Local `file://` URL of the downloaded file.
            pub fn src_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssetDownloadResponse>
        for super::AssetDownloadResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssetDownloadResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    src_url: value.src_url?,
                })
            }
        }
        impl ::std::convert::From<super::AssetDownloadResponse>
        for AssetDownloadResponse {
            fn from(value: super::AssetDownloadResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    src_url: Ok(value.src_url),
                }
            }
        }
        ///Builder for [`AssetUploadResponse`](super::AssetUploadResponse).
        #[derive(Clone, Debug)]
        pub struct AssetUploadResponse {
            duration: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            height: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upload_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            width: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssetUploadResponse {
            fn default() -> Self {
                Self {
                    duration: Ok(Default::default()),
                    error: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_size: Ok(Default::default()),
                    height: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    src_url: Ok(Default::default()),
                    upload_id: Ok(Default::default()),
                    width: Ok(Default::default()),
                }
            }
        }
        impl AssetUploadResponse {
            ///Sets `duration`: Seconds (audio/video).
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            ///Sets `error`: Why the upload failed.
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            ///Sets `file_name`: File name stored.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `file_size`: Bytes.
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            ///Sets `height`: Pixels (images/videos).
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for height: {e}")
                    });
                self
            }
            ///Sets `mime_type`: MIME type stored (given or detected).
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            ///Sets `src_url`: Local `file://` URL of the stored file.
            pub fn src_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_url: {e}")
                    });
                self
            }
            ///Sets `upload_id`: Pass this to `sendMessage` or a draft.
            pub fn upload_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.upload_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upload_id: {e}")
                    });
                self
            }
            ///Sets `width`: Pixels (images/videos).
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for width: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssetUploadResponse>
        for super::AssetUploadResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssetUploadResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration: value.duration?,
                    error: value.error?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    height: value.height?,
                    mime_type: value.mime_type?,
                    src_url: value.src_url?,
                    upload_id: value.upload_id?,
                    width: value.width?,
                })
            }
        }
        impl ::std::convert::From<super::AssetUploadResponse> for AssetUploadResponse {
            fn from(value: super::AssetUploadResponse) -> Self {
                Self {
                    duration: Ok(value.duration),
                    error: Ok(value.error),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    height: Ok(value.height),
                    mime_type: Ok(value.mime_type),
                    src_url: Ok(value.src_url),
                    upload_id: Ok(value.upload_id),
                    width: Ok(value.width),
                }
            }
        }
        ///Builder for [`Attachment`](super::Attachment).
        #[derive(Clone, Debug)]
        pub struct Attachment {
            duration: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_gif: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sticker: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_voice_note: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            poster_img: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<super::MediaSize>,
                ::std::string::String,
            >,
            src_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transcription: ::std::result::Result<
                ::std::option::Option<super::Transcription>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                crate::types::AttachmentType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Attachment {
            fn default() -> Self {
                Self {
                    duration: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_size: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_gif: Ok(Default::default()),
                    is_sticker: Ok(Default::default()),
                    is_voice_note: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    poster_img: Ok(Default::default()),
                    size: Ok(Default::default()),
                    src_url: Ok(Default::default()),
                    transcription: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl Attachment {
            ///Sets `duration`: Seconds (audio/video).
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            ///Sets `file_name`: Original file name.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `file_size`: Bytes.
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            ///Sets `id`: Asset ID, usually an `mxc://` URL for `downloadAsset`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `is_gif`: An animated GIF.
            pub fn is_gif<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_gif = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_gif: {e}")
                    });
                self
            }
            ///Sets `is_sticker`: A sticker.
            pub fn is_sticker<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sticker = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_sticker: {e}")
                    });
                self
            }
            ///Sets `is_voice_note`: A recorded voice message.
            pub fn is_voice_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_voice_note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_voice_note: {e}")
                    });
                self
            }
            ///Sets `mime_type`: MIME type, e.g. `image/jpeg`.
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            ///Sets `poster_img`: Poster frame of a video (URL or local path).
            pub fn poster_img<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.poster_img = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for poster_img: {e}")
                    });
                self
            }
            ///Sets `size`: Pixel dimensions, when known. (see [`MediaSize`](crate::types::MediaSize))
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaSize>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            ///Sets `src_url`: Where to fetch the content (URL or local path; may expire).
            pub fn src_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_url: {e}")
                    });
                self
            }
            ///Sets `transcription`: Speech-to-text of an audio attachment. (see [`Transcription`](crate::types::Transcription))
            pub fn transcription<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Transcription>>,
                T::Error: ::std::fmt::Display,
            {
                self.transcription = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for transcription: {e}")
                    });
                self
            }
            ///Sets `kind`: Kind of received attachment. (see [`AttachmentType`](crate::types::AttachmentType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::AttachmentType>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Attachment> for super::Attachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Attachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration: value.duration?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    id: value.id?,
                    is_gif: value.is_gif?,
                    is_sticker: value.is_sticker?,
                    is_voice_note: value.is_voice_note?,
                    mime_type: value.mime_type?,
                    poster_img: value.poster_img?,
                    size: value.size?,
                    src_url: value.src_url?,
                    transcription: value.transcription?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::Attachment> for Attachment {
            fn from(value: super::Attachment) -> Self {
                Self {
                    duration: Ok(value.duration),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    id: Ok(value.id),
                    is_gif: Ok(value.is_gif),
                    is_sticker: Ok(value.is_sticker),
                    is_voice_note: Ok(value.is_voice_note),
                    mime_type: Ok(value.mime_type),
                    poster_img: Ok(value.poster_img),
                    size: Ok(value.size),
                    src_url: Ok(value.src_url),
                    transcription: Ok(value.transcription),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`AttachmentCapabilities`](super::AttachmentCapabilities).
        #[derive(Clone, Debug)]
        pub struct AttachmentCapabilities {
            caption: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            max_caption_length: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            max_duration: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            max_height: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            max_size: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            max_width: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            mime_types: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CapabilityLevel,
                >,
                ::std::string::String,
            >,
            view_once: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttachmentCapabilities {
            fn default() -> Self {
                Self {
                    caption: Ok(Default::default()),
                    max_caption_length: Ok(Default::default()),
                    max_duration: Ok(Default::default()),
                    max_height: Ok(Default::default()),
                    max_size: Ok(Default::default()),
                    max_width: Ok(Default::default()),
                    mime_types: Err("no value supplied for mime_types".to_string()),
                    view_once: Ok(Default::default()),
                }
            }
        }
        impl AttachmentCapabilities {
            ///Sets `caption`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.caption = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caption: {e}")
                    });
                self
            }
            ///Sets `max_caption_length`: Longest caption accepted, in characters.
            pub fn max_caption_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_caption_length = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_caption_length: {e}"
                        )
                    });
                self
            }
            ///Sets `max_duration`: Seconds.
            pub fn max_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_duration: {e}")
                    });
                self
            }
            ///Sets `max_height`: Pixels.
            pub fn max_height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_height: {e}")
                    });
                self
            }
            ///Sets `max_size`: Bytes.
            pub fn max_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_size: {e}")
                    });
                self
            }
            ///Sets `max_width`: Pixels.
            pub fn max_width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_width: {e}")
                    });
                self
            }
            ///Sets `mime_types`: Support level per MIME type or pattern; missing means rejected.
            pub fn mime_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::CapabilityLevel,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mime_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_types: {e}")
                    });
                self
            }
            ///Sets `view_once`: Can be sent as view-once media.
            pub fn view_once<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.view_once = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for view_once: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttachmentCapabilities>
        for super::AttachmentCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttachmentCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    caption: value.caption?,
                    max_caption_length: value.max_caption_length?,
                    max_duration: value.max_duration?,
                    max_height: value.max_height?,
                    max_size: value.max_size?,
                    max_width: value.max_width?,
                    mime_types: value.mime_types?,
                    view_once: value.view_once?,
                })
            }
        }
        impl ::std::convert::From<super::AttachmentCapabilities>
        for AttachmentCapabilities {
            fn from(value: super::AttachmentCapabilities) -> Self {
                Self {
                    caption: Ok(value.caption),
                    max_caption_length: Ok(value.max_caption_length),
                    max_duration: Ok(value.max_duration),
                    max_height: Ok(value.max_height),
                    max_size: Ok(value.max_size),
                    max_width: Ok(value.max_width),
                    mime_types: Ok(value.mime_types),
                    view_once: Ok(value.view_once),
                }
            }
        }
        ///Builder for [`AttachmentSizeInput`](super::AttachmentSizeInput).
        #[derive(Clone, Debug)]
        pub struct AttachmentSizeInput {
            height: ::std::result::Result<u64, ::std::string::String>,
            width: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for AttachmentSizeInput {
            fn default() -> Self {
                Self {
                    height: Err("no value supplied for height".to_string()),
                    width: Err("no value supplied for width".to_string()),
                }
            }
        }
        impl AttachmentSizeInput {
            ///Sets `height`: Height in pixels.
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for height: {e}")
                    });
                self
            }
            ///Sets `width`: Width in pixels.
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for width: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttachmentSizeInput>
        for super::AttachmentSizeInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttachmentSizeInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    height: value.height?,
                    width: value.width?,
                })
            }
        }
        impl ::std::convert::From<super::AttachmentSizeInput> for AttachmentSizeInput {
            fn from(value: super::AttachmentSizeInput) -> Self {
                Self {
                    height: Ok(value.height),
                    width: Ok(value.width),
                }
            }
        }
        ///Builder for [`Chat`](super::Chat).
        #[derive(Clone, Debug)]
        pub struct Chat {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            capabilities: ::std::result::Result<
                ::std::option::Option<super::ChatCapabilities>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            draft: ::std::result::Result<
                ::std::option::Option<super::ChatDraft>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_low_priority: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_marked_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_muted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_pinned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::vec::Vec<super::Label>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_read_message_sort_key: ::std::result::Result<
                ::std::option::Option<crate::lenient::NumericString>,
                ::std::string::String,
            >,
            local_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merge: ::std::result::Result<
                ::std::option::Option<super::ChatMerge>,
                ::std::string::String,
            >,
            merged_into_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_expiry_seconds: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participants: ::std::result::Result<
                super::ChatParticipants,
                ::std::string::String,
            >,
            reminder: ::std::result::Result<
                ::std::option::Option<super::ChatReminder>,
                ::std::string::String,
            >,
            snooze: ::std::result::Result<
                ::std::option::Option<super::ChatSnooze>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<crate::types::ChatType, ::std::string::String>,
            unread_count: ::std::result::Result<u64, ::std::string::String>,
            unread_mentions_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Chat {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    capabilities: Ok(Default::default()),
                    description: Ok(Default::default()),
                    draft: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    img_url: Ok(Default::default()),
                    is_archived: Ok(Default::default()),
                    is_low_priority: Ok(Default::default()),
                    is_marked_unread: Ok(Default::default()),
                    is_muted: Ok(Default::default()),
                    is_pinned: Ok(Default::default()),
                    is_read_only: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_read_message_sort_key: Ok(Default::default()),
                    local_chat_id: Ok(Default::default()),
                    merge: Ok(Default::default()),
                    merged_into_chat_id: Ok(Default::default()),
                    message_expiry_seconds: Ok(Default::default()),
                    network: Ok(Default::default()),
                    participants: Err("no value supplied for participants".to_string()),
                    reminder: Ok(Default::default()),
                    snooze: Ok(Default::default()),
                    title: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    unread_count: Err("no value supplied for unread_count".to_string()),
                    unread_mentions_count: Ok(Default::default()),
                }
            }
        }
        impl Chat {
            ///Sets `account_id`: Account the chat belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `capabilities`: What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.capabilities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            ///Sets `description`: Group topic.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Sets `draft`: Unsent composer content; null when there is none.
            pub fn draft<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatDraft>>,
                T::Error: ::std::fmt::Display,
            {
                self.draft = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for draft: {e}")
                    });
                self
            }
            ///Sets `id`: Beeper chat ID, e.g. `!abc:beeper.local`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Local file path of the chat avatar.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_archived`: The chat is archived.
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            ///Sets `is_low_priority`: The chat is in the low-priority inbox.
            pub fn is_low_priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_low_priority = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_low_priority: {e}"
                        )
                    });
                self
            }
            ///Sets `is_marked_unread`: The user marked the chat unread.
            pub fn is_marked_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_marked_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_marked_unread: {e}"
                        )
                    });
                self
            }
            ///Sets `is_muted`: Notifications are muted.
            pub fn is_muted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_muted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_muted: {e}")
                    });
                self
            }
            ///Sets `is_pinned`: The chat is pinned.
            pub fn is_pinned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pinned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_pinned: {e}")
                    });
                self
            }
            ///Sets `is_read_only`: You cannot send messages here.
            pub fn is_read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_read_only: {e}")
                    });
                self
            }
            ///Sets `labels`: Labels on the chat (newer servers; absent when none).
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Label>>,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            ///Sets `last_activity`: Time of the latest activity.
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            ///Sets `last_read_message_sort_key`: Sort key of the last message you read.
            pub fn last_read_message_sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::lenient::NumericString>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_read_message_sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_read_message_sort_key: {e}"
                        )
                    });
                self
            }
            ///Sets `local_chat_id`: ID of the chat local to this installation.
            pub fn local_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for local_chat_id: {e}")
                    });
                self
            }
            ///Sets `merge`: Present on merged chats (newer servers).
            pub fn merge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMerge>>,
                T::Error: ::std::fmt::Display,
            {
                self.merge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merge: {e}")
                    });
                self
            }
            ///Sets `merged_into_chat_id`: The merged chat this chat is part of (newer servers).
            pub fn merged_into_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merged_into_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merged_into_chat_id: {e}"
                        )
                    });
                self
            }
            ///Sets `message_expiry_seconds`: Disappearing-message timer in seconds.
            pub fn message_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_expiry_seconds: {e}"
                        )
                    });
                self
            }
            ///Sets `network`: Network display name; missing on some server versions.
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            ///Sets `participants`: The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
            pub fn participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatParticipants>,
                T::Error: ::std::fmt::Display,
            {
                self.participants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for participants: {e}")
                    });
                self
            }
            ///Sets `reminder`: The chat's reminder; null when there is none.
            pub fn reminder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatReminder>>,
                T::Error: ::std::fmt::Display,
            {
                self.reminder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reminder: {e}")
                    });
                self
            }
            ///Sets `snooze`: The chat's snooze; null when there is none.
            pub fn snooze<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatSnooze>>,
                T::Error: ::std::fmt::Display,
            {
                self.snooze = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snooze: {e}")
                    });
                self
            }
            ///Sets `title`: Display title.
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            ///Sets `kind`: Direct chat or group. (see [`ChatType`](crate::types::ChatType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ChatType>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            ///Sets `unread_count`: Unread messages.
            pub fn unread_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unread_count: {e}")
                    });
                self
            }
            ///Sets `unread_mentions_count`: Unread messages that mention you.
            pub fn unread_mentions_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_mentions_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unread_mentions_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Chat> for super::Chat {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Chat,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    capabilities: value.capabilities?,
                    description: value.description?,
                    draft: value.draft?,
                    id: value.id?,
                    img_url: value.img_url?,
                    is_archived: value.is_archived?,
                    is_low_priority: value.is_low_priority?,
                    is_marked_unread: value.is_marked_unread?,
                    is_muted: value.is_muted?,
                    is_pinned: value.is_pinned?,
                    is_read_only: value.is_read_only?,
                    labels: value.labels?,
                    last_activity: value.last_activity?,
                    last_read_message_sort_key: value.last_read_message_sort_key?,
                    local_chat_id: value.local_chat_id?,
                    merge: value.merge?,
                    merged_into_chat_id: value.merged_into_chat_id?,
                    message_expiry_seconds: value.message_expiry_seconds?,
                    network: value.network?,
                    participants: value.participants?,
                    reminder: value.reminder?,
                    snooze: value.snooze?,
                    title: value.title?,
                    kind: value.kind?,
                    unread_count: value.unread_count?,
                    unread_mentions_count: value.unread_mentions_count?,
                })
            }
        }
        impl ::std::convert::From<super::Chat> for Chat {
            fn from(value: super::Chat) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    capabilities: Ok(value.capabilities),
                    description: Ok(value.description),
                    draft: Ok(value.draft),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    is_archived: Ok(value.is_archived),
                    is_low_priority: Ok(value.is_low_priority),
                    is_marked_unread: Ok(value.is_marked_unread),
                    is_muted: Ok(value.is_muted),
                    is_pinned: Ok(value.is_pinned),
                    is_read_only: Ok(value.is_read_only),
                    labels: Ok(value.labels),
                    last_activity: Ok(value.last_activity),
                    last_read_message_sort_key: Ok(value.last_read_message_sort_key),
                    local_chat_id: Ok(value.local_chat_id),
                    merge: Ok(value.merge),
                    merged_into_chat_id: Ok(value.merged_into_chat_id),
                    message_expiry_seconds: Ok(value.message_expiry_seconds),
                    network: Ok(value.network),
                    participants: Ok(value.participants),
                    reminder: Ok(value.reminder),
                    snooze: Ok(value.snooze),
                    title: Ok(value.title),
                    kind: Ok(value.kind),
                    unread_count: Ok(value.unread_count),
                    unread_mentions_count: Ok(value.unread_mentions_count),
                }
            }
        }
        ///Builder for [`ChatCapabilities`](super::ChatCapabilities).
        #[derive(Clone, Debug)]
        pub struct ChatCapabilities {
            allowed_reactions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            archive: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::AttachmentCapabilities,
                >,
                ::std::string::String,
            >,
            custom_emoji_reactions: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            delete: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            delete_chat: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            delete_chat_for_everyone: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            delete_for_me: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            delete_max_age: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            disappearing_timer: ::std::result::Result<
                ::std::option::Option<super::ChatDisappearingTimer>,
                ::std::string::String,
            >,
            edit: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            edit_max_age: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            edit_max_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            formatting: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CapabilityLevel,
                >,
                ::std::string::String,
            >,
            location_message: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            mark_as_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            max_text_length: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            message_request: ::std::result::Result<
                ::std::option::Option<super::MessageRequestCapabilities>,
                ::std::string::String,
            >,
            participant_actions: ::std::result::Result<
                ::std::option::Option<super::ParticipantActionCapabilities>,
                ::std::string::String,
            >,
            poll: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            reaction: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            reaction_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            read_receipts: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            reply: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<super::ChatStateCapabilities>,
                ::std::string::String,
            >,
            thread: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            typing_notifications: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatCapabilities {
            fn default() -> Self {
                Self {
                    allowed_reactions: Ok(Default::default()),
                    archive: Ok(Default::default()),
                    attachments: Ok(Default::default()),
                    custom_emoji_reactions: Ok(Default::default()),
                    delete: Ok(Default::default()),
                    delete_chat: Ok(Default::default()),
                    delete_chat_for_everyone: Ok(Default::default()),
                    delete_for_me: Ok(Default::default()),
                    delete_max_age: Ok(Default::default()),
                    disappearing_timer: Ok(Default::default()),
                    edit: Ok(Default::default()),
                    edit_max_age: Ok(Default::default()),
                    edit_max_count: Ok(Default::default()),
                    formatting: Ok(Default::default()),
                    location_message: Ok(Default::default()),
                    mark_as_unread: Ok(Default::default()),
                    max_text_length: Ok(Default::default()),
                    message_request: Ok(Default::default()),
                    participant_actions: Ok(Default::default()),
                    poll: Ok(Default::default()),
                    reaction: Ok(Default::default()),
                    reaction_count: Ok(Default::default()),
                    read_receipts: Ok(Default::default()),
                    reply: Ok(Default::default()),
                    state: Ok(Default::default()),
                    thread: Ok(Default::default()),
                    typing_notifications: Ok(Default::default()),
                }
            }
        }
        impl ChatCapabilities {
            ///Sets `allowed_reactions`: Allowed reaction keys; absent means any emoji.
            pub fn allowed_reactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_reactions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allowed_reactions: {e}"
                        )
                    });
                self
            }
            ///Sets `archive`: The chat can be archived.
            pub fn archive<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive: {e}")
                    });
                self
            }
            ///Sets `attachments`: Limits per Matrix message type (`m.image`, `m.video`, ...); a missing key means not allowed.
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::AttachmentCapabilities,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            ///Sets `custom_emoji_reactions`: Reactions may use custom emoji.
            pub fn custom_emoji_reactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_emoji_reactions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_emoji_reactions: {e}"
                        )
                    });
                self
            }
            ///Sets `delete`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn delete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.delete = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delete: {e}")
                    });
                self
            }
            ///Sets `delete_chat`: You can delete the chat for yourself.
            pub fn delete_chat<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete_chat = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delete_chat: {e}")
                    });
                self
            }
            ///Sets `delete_chat_for_everyone`: You can delete the chat for every member.
            pub fn delete_chat_for_everyone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete_chat_for_everyone = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for delete_chat_for_everyone: {e}"
                        )
                    });
                self
            }
            ///Sets `delete_for_me`: Messages can be deleted only on your side.
            pub fn delete_for_me<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete_for_me = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delete_for_me: {e}")
                    });
                self
            }
            ///Sets `delete_max_age`: Seconds after sending that deletion is allowed.
            pub fn delete_max_age<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete_max_age = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for delete_max_age: {e}"
                        )
                    });
                self
            }
            ///Sets `disappearing_timer`: Which disappearing-message timers the chat supports. (see [`ChatDisappearingTimer`](crate::types::ChatDisappearingTimer))
            pub fn disappearing_timer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatDisappearingTimer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.disappearing_timer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disappearing_timer: {e}"
                        )
                    });
                self
            }
            ///Sets `edit`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn edit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.edit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for edit: {e}")
                    });
                self
            }
            ///Sets `edit_max_age`: Seconds after sending that editing is allowed.
            pub fn edit_max_age<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.edit_max_age = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for edit_max_age: {e}")
                    });
                self
            }
            ///Sets `edit_max_count`: How many times a message can be edited.
            pub fn edit_max_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.edit_max_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for edit_max_count: {e}"
                        )
                    });
                self
            }
            ///Sets `formatting`: Support level per formatting feature (`bold`, `inline_code`, ...).
            pub fn formatting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::CapabilityLevel,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.formatting = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for formatting: {e}")
                    });
                self
            }
            ///Sets `location_message`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn location_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.location_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for location_message: {e}"
                        )
                    });
                self
            }
            ///Sets `mark_as_unread`: The chat can be marked unread.
            pub fn mark_as_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.mark_as_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mark_as_unread: {e}"
                        )
                    });
                self
            }
            ///Sets `max_text_length`: Longest message text accepted, in characters.
            pub fn max_text_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_text_length = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_text_length: {e}"
                        )
                    });
                self
            }
            ///Sets `message_request`: How message requests can be accepted. (see [`MessageRequestCapabilities`](crate::types::MessageRequestCapabilities))
            pub fn message_request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MessageRequestCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.message_request = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_request: {e}"
                        )
                    });
                self
            }
            ///Sets `participant_actions`: Which membership actions are allowed. (see [`ParticipantActionCapabilities`](crate::types::ParticipantActionCapabilities))
            pub fn participant_actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantActionCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.participant_actions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_actions: {e}"
                        )
                    });
                self
            }
            ///Sets `poll`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn poll<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.poll = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for poll: {e}")
                    });
                self
            }
            ///Sets `reaction`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn reaction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reaction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction: {e}")
                    });
                self
            }
            ///Sets `reaction_count`: Most reactions per message.
            pub fn reaction_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reaction_count: {e}"
                        )
                    });
                self
            }
            ///Sets `read_receipts`: The network sends read receipts.
            pub fn read_receipts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.read_receipts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for read_receipts: {e}")
                    });
                self
            }
            ///Sets `reply`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn reply<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reply = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reply: {e}")
                    });
                self
            }
            ///Sets `state`: Which chat settings can be changed. (see [`ChatStateCapabilities`](crate::types::ChatStateCapabilities))
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatStateCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            ///Sets `thread`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn thread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.thread = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thread: {e}")
                    });
                self
            }
            ///Sets `typing_notifications`: The network shows typing notifications.
            pub fn typing_notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.typing_notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for typing_notifications: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatCapabilities> for super::ChatCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_reactions: value.allowed_reactions?,
                    archive: value.archive?,
                    attachments: value.attachments?,
                    custom_emoji_reactions: value.custom_emoji_reactions?,
                    delete: value.delete?,
                    delete_chat: value.delete_chat?,
                    delete_chat_for_everyone: value.delete_chat_for_everyone?,
                    delete_for_me: value.delete_for_me?,
                    delete_max_age: value.delete_max_age?,
                    disappearing_timer: value.disappearing_timer?,
                    edit: value.edit?,
                    edit_max_age: value.edit_max_age?,
                    edit_max_count: value.edit_max_count?,
                    formatting: value.formatting?,
                    location_message: value.location_message?,
                    mark_as_unread: value.mark_as_unread?,
                    max_text_length: value.max_text_length?,
                    message_request: value.message_request?,
                    participant_actions: value.participant_actions?,
                    poll: value.poll?,
                    reaction: value.reaction?,
                    reaction_count: value.reaction_count?,
                    read_receipts: value.read_receipts?,
                    reply: value.reply?,
                    state: value.state?,
                    thread: value.thread?,
                    typing_notifications: value.typing_notifications?,
                })
            }
        }
        impl ::std::convert::From<super::ChatCapabilities> for ChatCapabilities {
            fn from(value: super::ChatCapabilities) -> Self {
                Self {
                    allowed_reactions: Ok(value.allowed_reactions),
                    archive: Ok(value.archive),
                    attachments: Ok(value.attachments),
                    custom_emoji_reactions: Ok(value.custom_emoji_reactions),
                    delete: Ok(value.delete),
                    delete_chat: Ok(value.delete_chat),
                    delete_chat_for_everyone: Ok(value.delete_chat_for_everyone),
                    delete_for_me: Ok(value.delete_for_me),
                    delete_max_age: Ok(value.delete_max_age),
                    disappearing_timer: Ok(value.disappearing_timer),
                    edit: Ok(value.edit),
                    edit_max_age: Ok(value.edit_max_age),
                    edit_max_count: Ok(value.edit_max_count),
                    formatting: Ok(value.formatting),
                    location_message: Ok(value.location_message),
                    mark_as_unread: Ok(value.mark_as_unread),
                    max_text_length: Ok(value.max_text_length),
                    message_request: Ok(value.message_request),
                    participant_actions: Ok(value.participant_actions),
                    poll: Ok(value.poll),
                    reaction: Ok(value.reaction),
                    reaction_count: Ok(value.reaction_count),
                    read_receipts: Ok(value.read_receipts),
                    reply: Ok(value.reply),
                    state: Ok(value.state),
                    thread: Ok(value.thread),
                    typing_notifications: Ok(value.typing_notifications),
                }
            }
        }
        ///Builder for [`ChatCreateResponse`](super::ChatCreateResponse).
        #[derive(Clone, Debug)]
        pub struct ChatCreateResponse {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            capabilities: ::std::result::Result<
                ::std::option::Option<super::ChatCapabilities>,
                ::std::string::String,
            >,
            chat_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            draft: ::std::result::Result<
                ::std::option::Option<super::ChatDraft>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_low_priority: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_marked_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_muted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_pinned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::vec::Vec<super::Label>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_read_message_sort_key: ::std::result::Result<
                ::std::option::Option<crate::lenient::NumericString>,
                ::std::string::String,
            >,
            local_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merge: ::std::result::Result<
                ::std::option::Option<super::ChatMerge>,
                ::std::string::String,
            >,
            merged_into_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_expiry_seconds: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participants: ::std::result::Result<
                ::std::option::Option<super::ChatParticipants>,
                ::std::string::String,
            >,
            reminder: ::std::result::Result<
                ::std::option::Option<super::ChatReminder>,
                ::std::string::String,
            >,
            snooze: ::std::result::Result<
                ::std::option::Option<super::ChatSnooze>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::types::ChatCreateStatus>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::types::ChatType>,
                ::std::string::String,
            >,
            unread_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            unread_mentions_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatCreateResponse {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    capabilities: Ok(Default::default()),
                    chat_id: Err("no value supplied for chat_id".to_string()),
                    description: Ok(Default::default()),
                    draft: Ok(Default::default()),
                    id: Ok(Default::default()),
                    img_url: Ok(Default::default()),
                    is_archived: Ok(Default::default()),
                    is_low_priority: Ok(Default::default()),
                    is_marked_unread: Ok(Default::default()),
                    is_muted: Ok(Default::default()),
                    is_pinned: Ok(Default::default()),
                    is_read_only: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_read_message_sort_key: Ok(Default::default()),
                    local_chat_id: Ok(Default::default()),
                    merge: Ok(Default::default()),
                    merged_into_chat_id: Ok(Default::default()),
                    message_expiry_seconds: Ok(Default::default()),
                    network: Ok(Default::default()),
                    participants: Ok(Default::default()),
                    reminder: Ok(Default::default()),
                    snooze: Ok(Default::default()),
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    unread_count: Ok(Default::default()),
                    unread_mentions_count: Ok(Default::default()),
                }
            }
        }
        impl ChatCreateResponse {
            ///Sets `account_id`: Account the chat belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `capabilities`: What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.capabilities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            ///Sets `chat_id`: The chat's ID (kept for older clients; same as `id`).
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `description`: Group topic.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Sets `draft`: Unsent composer content; null when there is none.
            pub fn draft<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatDraft>>,
                T::Error: ::std::fmt::Display,
            {
                self.draft = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for draft: {e}")
                    });
                self
            }
            ///Sets `id`: Beeper chat ID, e.g. `!abc:beeper.local`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Local file path of the chat avatar.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_archived`: The chat is archived.
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            ///Sets `is_low_priority`: The chat is in the low-priority inbox.
            pub fn is_low_priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_low_priority = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_low_priority: {e}"
                        )
                    });
                self
            }
            ///Sets `is_marked_unread`: The user marked the chat unread.
            pub fn is_marked_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_marked_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_marked_unread: {e}"
                        )
                    });
                self
            }
            ///Sets `is_muted`: Notifications are muted.
            pub fn is_muted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_muted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_muted: {e}")
                    });
                self
            }
            ///Sets `is_pinned`: The chat is pinned.
            pub fn is_pinned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pinned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_pinned: {e}")
                    });
                self
            }
            ///Sets `is_read_only`: You cannot send messages here.
            pub fn is_read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_read_only: {e}")
                    });
                self
            }
            ///Sets `labels`: Labels on the chat (newer servers; absent when none).
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Label>>,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            ///Sets `last_activity`: Time of the latest activity.
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            ///Sets `last_read_message_sort_key`: Sort key of the last message you read.
            pub fn last_read_message_sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::lenient::NumericString>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_read_message_sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_read_message_sort_key: {e}"
                        )
                    });
                self
            }
            ///Sets `local_chat_id`: ID of the chat local to this installation.
            pub fn local_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for local_chat_id: {e}")
                    });
                self
            }
            ///Sets `merge`: Present on merged chats (newer servers).
            pub fn merge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMerge>>,
                T::Error: ::std::fmt::Display,
            {
                self.merge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merge: {e}")
                    });
                self
            }
            ///Sets `merged_into_chat_id`: The merged chat this chat is part of (newer servers).
            pub fn merged_into_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merged_into_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merged_into_chat_id: {e}"
                        )
                    });
                self
            }
            ///Sets `message_expiry_seconds`: Disappearing-message timer in seconds.
            pub fn message_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_expiry_seconds: {e}"
                        )
                    });
                self
            }
            ///Sets `network`: Network display name; missing on some server versions.
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            ///Sets `participants`: The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
            pub fn participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatParticipants>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.participants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for participants: {e}")
                    });
                self
            }
            ///Sets `reminder`: The chat's reminder; null when there is none.
            pub fn reminder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatReminder>>,
                T::Error: ::std::fmt::Display,
            {
                self.reminder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reminder: {e}")
                    });
                self
            }
            ///Sets `snooze`: The chat's snooze; null when there is none.
            pub fn snooze<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatSnooze>>,
                T::Error: ::std::fmt::Display,
            {
                self.snooze = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snooze: {e}")
                    });
                self
            }
            ///Sets `status`: Whether a chat was newly created or already existed. (see [`ChatCreateStatus`](crate::types::ChatCreateStatus))
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::ChatCreateStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Sets `title`: Display title.
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            ///Sets `kind`: Direct chat or group. (see [`ChatType`](crate::types::ChatType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::ChatType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            ///Sets `unread_count`: Unread messages.
            pub fn unread_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unread_count: {e}")
                    });
                self
            }
            ///Sets `unread_mentions_count`: Unread messages that mention you.
            pub fn unread_mentions_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_mentions_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unread_mentions_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatCreateResponse> for super::ChatCreateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatCreateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    capabilities: value.capabilities?,
                    chat_id: value.chat_id?,
                    description: value.description?,
                    draft: value.draft?,
                    id: value.id?,
                    img_url: value.img_url?,
                    is_archived: value.is_archived?,
                    is_low_priority: value.is_low_priority?,
                    is_marked_unread: value.is_marked_unread?,
                    is_muted: value.is_muted?,
                    is_pinned: value.is_pinned?,
                    is_read_only: value.is_read_only?,
                    labels: value.labels?,
                    last_activity: value.last_activity?,
                    last_read_message_sort_key: value.last_read_message_sort_key?,
                    local_chat_id: value.local_chat_id?,
                    merge: value.merge?,
                    merged_into_chat_id: value.merged_into_chat_id?,
                    message_expiry_seconds: value.message_expiry_seconds?,
                    network: value.network?,
                    participants: value.participants?,
                    reminder: value.reminder?,
                    snooze: value.snooze?,
                    status: value.status?,
                    title: value.title?,
                    kind: value.kind?,
                    unread_count: value.unread_count?,
                    unread_mentions_count: value.unread_mentions_count?,
                })
            }
        }
        impl ::std::convert::From<super::ChatCreateResponse> for ChatCreateResponse {
            fn from(value: super::ChatCreateResponse) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    capabilities: Ok(value.capabilities),
                    chat_id: Ok(value.chat_id),
                    description: Ok(value.description),
                    draft: Ok(value.draft),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    is_archived: Ok(value.is_archived),
                    is_low_priority: Ok(value.is_low_priority),
                    is_marked_unread: Ok(value.is_marked_unread),
                    is_muted: Ok(value.is_muted),
                    is_pinned: Ok(value.is_pinned),
                    is_read_only: Ok(value.is_read_only),
                    labels: Ok(value.labels),
                    last_activity: Ok(value.last_activity),
                    last_read_message_sort_key: Ok(value.last_read_message_sort_key),
                    local_chat_id: Ok(value.local_chat_id),
                    merge: Ok(value.merge),
                    merged_into_chat_id: Ok(value.merged_into_chat_id),
                    message_expiry_seconds: Ok(value.message_expiry_seconds),
                    network: Ok(value.network),
                    participants: Ok(value.participants),
                    reminder: Ok(value.reminder),
                    snooze: Ok(value.snooze),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    kind: Ok(value.kind),
                    unread_count: Ok(value.unread_count),
                    unread_mentions_count: Ok(value.unread_mentions_count),
                }
            }
        }
        ///Builder for [`ChatDisappearingTimer`](super::ChatDisappearingTimer).
        #[derive(Clone, Debug)]
        pub struct ChatDisappearingTimer {
            omit_empty_timer: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            timers: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            types: ::std::result::Result<
                ::std::vec::Vec<crate::types::DisappearingTimerType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatDisappearingTimer {
            fn default() -> Self {
                Self {
                    omit_empty_timer: Ok(Default::default()),
                    timers: Ok(Default::default()),
                    types: Ok(Default::default()),
                }
            }
        }
        impl ChatDisappearingTimer {
            ///Sets `omit_empty_timer`: An unset timer is left out rather than sent as zero.
            pub fn omit_empty_timer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.omit_empty_timer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for omit_empty_timer: {e}"
                        )
                    });
                self
            }
            ///Sets `timers`: Allowed timers in milliseconds; absent means any.
            pub fn timers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timers: {e}")
                    });
                self
            }
            ///Sets `types`: Which timer kinds the network supports.
            pub fn types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::types::DisappearingTimerType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for types: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatDisappearingTimer>
        for super::ChatDisappearingTimer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatDisappearingTimer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    omit_empty_timer: value.omit_empty_timer?,
                    timers: value.timers?,
                    types: value.types?,
                })
            }
        }
        impl ::std::convert::From<super::ChatDisappearingTimer>
        for ChatDisappearingTimer {
            fn from(value: super::ChatDisappearingTimer) -> Self {
                Self {
                    omit_empty_timer: Ok(value.omit_empty_timer),
                    timers: Ok(value.timers),
                    types: Ok(value.types),
                }
            }
        }
        ///Builder for [`ChatDraft`](super::ChatDraft).
        #[derive(Clone, Debug)]
        pub struct ChatDraft {
            attachments: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::DraftAttachment,
                >,
                ::std::string::String,
            >,
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ChatDraft {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl ChatDraft {
            ///Sets `attachments`: Draft attachments by attachment ID.
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::DraftAttachment,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            ///Sets `text`: Draft text (rich text / HTML).
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatDraft> for super::ChatDraft {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatDraft,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::ChatDraft> for ChatDraft {
            fn from(value: super::ChatDraft) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    text: Ok(value.text),
                }
            }
        }
        ///Builder for [`ChatFields`](super::ChatFields).
        #[derive(Clone, Debug)]
        pub struct ChatFields {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            capabilities: ::std::result::Result<
                ::std::option::Option<super::ChatCapabilities>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            draft: ::std::result::Result<
                ::std::option::Option<super::ChatDraft>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_low_priority: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_marked_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_muted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_pinned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::vec::Vec<super::Label>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_read_message_sort_key: ::std::result::Result<
                ::std::option::Option<crate::lenient::NumericString>,
                ::std::string::String,
            >,
            local_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merge: ::std::result::Result<
                ::std::option::Option<super::ChatMerge>,
                ::std::string::String,
            >,
            merged_into_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_expiry_seconds: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participants: ::std::result::Result<
                ::std::option::Option<super::ChatParticipants>,
                ::std::string::String,
            >,
            reminder: ::std::result::Result<
                ::std::option::Option<super::ChatReminder>,
                ::std::string::String,
            >,
            snooze: ::std::result::Result<
                ::std::option::Option<super::ChatSnooze>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::types::ChatType>,
                ::std::string::String,
            >,
            unread_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            unread_mentions_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatFields {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    capabilities: Ok(Default::default()),
                    description: Ok(Default::default()),
                    draft: Ok(Default::default()),
                    id: Ok(Default::default()),
                    img_url: Ok(Default::default()),
                    is_archived: Ok(Default::default()),
                    is_low_priority: Ok(Default::default()),
                    is_marked_unread: Ok(Default::default()),
                    is_muted: Ok(Default::default()),
                    is_pinned: Ok(Default::default()),
                    is_read_only: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_read_message_sort_key: Ok(Default::default()),
                    local_chat_id: Ok(Default::default()),
                    merge: Ok(Default::default()),
                    merged_into_chat_id: Ok(Default::default()),
                    message_expiry_seconds: Ok(Default::default()),
                    network: Ok(Default::default()),
                    participants: Ok(Default::default()),
                    reminder: Ok(Default::default()),
                    snooze: Ok(Default::default()),
                    title: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    unread_count: Ok(Default::default()),
                    unread_mentions_count: Ok(Default::default()),
                }
            }
        }
        impl ChatFields {
            ///Sets `account_id`: Account the chat belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `capabilities`: What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.capabilities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            ///Sets `description`: Group topic.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Sets `draft`: Unsent composer content; null when there is none.
            pub fn draft<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatDraft>>,
                T::Error: ::std::fmt::Display,
            {
                self.draft = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for draft: {e}")
                    });
                self
            }
            ///Sets `id`: Beeper chat ID, e.g. `!abc:beeper.local`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Local file path of the chat avatar.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_archived`: The chat is archived.
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            ///Sets `is_low_priority`: The chat is in the low-priority inbox.
            pub fn is_low_priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_low_priority = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_low_priority: {e}"
                        )
                    });
                self
            }
            ///Sets `is_marked_unread`: The user marked the chat unread.
            pub fn is_marked_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_marked_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_marked_unread: {e}"
                        )
                    });
                self
            }
            ///Sets `is_muted`: Notifications are muted.
            pub fn is_muted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_muted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_muted: {e}")
                    });
                self
            }
            ///Sets `is_pinned`: The chat is pinned.
            pub fn is_pinned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pinned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_pinned: {e}")
                    });
                self
            }
            ///Sets `is_read_only`: You cannot send messages here.
            pub fn is_read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_read_only: {e}")
                    });
                self
            }
            ///Sets `labels`: Labels on the chat (newer servers; absent when none).
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Label>>,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            ///Sets `last_activity`: Time of the latest activity.
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            ///Sets `last_read_message_sort_key`: Sort key of the last message you read.
            pub fn last_read_message_sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::lenient::NumericString>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_read_message_sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_read_message_sort_key: {e}"
                        )
                    });
                self
            }
            ///Sets `local_chat_id`: ID of the chat local to this installation.
            pub fn local_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for local_chat_id: {e}")
                    });
                self
            }
            ///Sets `merge`: Present on merged chats (newer servers).
            pub fn merge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMerge>>,
                T::Error: ::std::fmt::Display,
            {
                self.merge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merge: {e}")
                    });
                self
            }
            ///Sets `merged_into_chat_id`: The merged chat this chat is part of (newer servers).
            pub fn merged_into_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merged_into_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merged_into_chat_id: {e}"
                        )
                    });
                self
            }
            ///Sets `message_expiry_seconds`: Disappearing-message timer in seconds.
            pub fn message_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_expiry_seconds: {e}"
                        )
                    });
                self
            }
            ///Sets `network`: Network display name; missing on some server versions.
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            ///Sets `participants`: The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
            pub fn participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatParticipants>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.participants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for participants: {e}")
                    });
                self
            }
            ///Sets `reminder`: The chat's reminder; null when there is none.
            pub fn reminder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatReminder>>,
                T::Error: ::std::fmt::Display,
            {
                self.reminder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reminder: {e}")
                    });
                self
            }
            ///Sets `snooze`: The chat's snooze; null when there is none.
            pub fn snooze<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatSnooze>>,
                T::Error: ::std::fmt::Display,
            {
                self.snooze = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snooze: {e}")
                    });
                self
            }
            ///Sets `title`: Display title.
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            ///Sets `kind`: Direct chat or group. (see [`ChatType`](crate::types::ChatType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::ChatType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            ///Sets `unread_count`: Unread messages.
            pub fn unread_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unread_count: {e}")
                    });
                self
            }
            ///Sets `unread_mentions_count`: Unread messages that mention you.
            pub fn unread_mentions_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_mentions_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unread_mentions_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatFields> for super::ChatFields {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatFields,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    capabilities: value.capabilities?,
                    description: value.description?,
                    draft: value.draft?,
                    id: value.id?,
                    img_url: value.img_url?,
                    is_archived: value.is_archived?,
                    is_low_priority: value.is_low_priority?,
                    is_marked_unread: value.is_marked_unread?,
                    is_muted: value.is_muted?,
                    is_pinned: value.is_pinned?,
                    is_read_only: value.is_read_only?,
                    labels: value.labels?,
                    last_activity: value.last_activity?,
                    last_read_message_sort_key: value.last_read_message_sort_key?,
                    local_chat_id: value.local_chat_id?,
                    merge: value.merge?,
                    merged_into_chat_id: value.merged_into_chat_id?,
                    message_expiry_seconds: value.message_expiry_seconds?,
                    network: value.network?,
                    participants: value.participants?,
                    reminder: value.reminder?,
                    snooze: value.snooze?,
                    title: value.title?,
                    kind: value.kind?,
                    unread_count: value.unread_count?,
                    unread_mentions_count: value.unread_mentions_count?,
                })
            }
        }
        impl ::std::convert::From<super::ChatFields> for ChatFields {
            fn from(value: super::ChatFields) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    capabilities: Ok(value.capabilities),
                    description: Ok(value.description),
                    draft: Ok(value.draft),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    is_archived: Ok(value.is_archived),
                    is_low_priority: Ok(value.is_low_priority),
                    is_marked_unread: Ok(value.is_marked_unread),
                    is_muted: Ok(value.is_muted),
                    is_pinned: Ok(value.is_pinned),
                    is_read_only: Ok(value.is_read_only),
                    labels: Ok(value.labels),
                    last_activity: Ok(value.last_activity),
                    last_read_message_sort_key: Ok(value.last_read_message_sort_key),
                    local_chat_id: Ok(value.local_chat_id),
                    merge: Ok(value.merge),
                    merged_into_chat_id: Ok(value.merged_into_chat_id),
                    message_expiry_seconds: Ok(value.message_expiry_seconds),
                    network: Ok(value.network),
                    participants: Ok(value.participants),
                    reminder: Ok(value.reminder),
                    snooze: Ok(value.snooze),
                    title: Ok(value.title),
                    kind: Ok(value.kind),
                    unread_count: Ok(value.unread_count),
                    unread_mentions_count: Ok(value.unread_mentions_count),
                }
            }
        }
        ///Builder for [`ChatListItem`](super::ChatListItem).
        #[derive(Clone, Debug)]
        pub struct ChatListItem {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            capabilities: ::std::result::Result<
                ::std::option::Option<super::ChatCapabilities>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            draft: ::std::result::Result<
                ::std::option::Option<super::ChatDraft>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_low_priority: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_marked_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_muted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_pinned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::vec::Vec<super::Label>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_read_message_sort_key: ::std::result::Result<
                ::std::option::Option<crate::lenient::NumericString>,
                ::std::string::String,
            >,
            local_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merge: ::std::result::Result<
                ::std::option::Option<super::ChatMerge>,
                ::std::string::String,
            >,
            merged_into_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_expiry_seconds: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participants: ::std::result::Result<
                super::ChatParticipants,
                ::std::string::String,
            >,
            preview: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            reminder: ::std::result::Result<
                ::std::option::Option<super::ChatReminder>,
                ::std::string::String,
            >,
            snooze: ::std::result::Result<
                ::std::option::Option<super::ChatSnooze>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<crate::types::ChatType, ::std::string::String>,
            unread_count: ::std::result::Result<u64, ::std::string::String>,
            unread_mentions_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatListItem {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    capabilities: Ok(Default::default()),
                    description: Ok(Default::default()),
                    draft: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    img_url: Ok(Default::default()),
                    is_archived: Ok(Default::default()),
                    is_low_priority: Ok(Default::default()),
                    is_marked_unread: Ok(Default::default()),
                    is_muted: Ok(Default::default()),
                    is_pinned: Ok(Default::default()),
                    is_read_only: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_read_message_sort_key: Ok(Default::default()),
                    local_chat_id: Ok(Default::default()),
                    merge: Ok(Default::default()),
                    merged_into_chat_id: Ok(Default::default()),
                    message_expiry_seconds: Ok(Default::default()),
                    network: Ok(Default::default()),
                    participants: Err("no value supplied for participants".to_string()),
                    preview: Ok(Default::default()),
                    reminder: Ok(Default::default()),
                    snooze: Ok(Default::default()),
                    title: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    unread_count: Err("no value supplied for unread_count".to_string()),
                    unread_mentions_count: Ok(Default::default()),
                }
            }
        }
        impl ChatListItem {
            ///Sets `account_id`: Account the chat belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `capabilities`: What the chat's network allows here. (see [`ChatCapabilities`](crate::types::ChatCapabilities))
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.capabilities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            ///Sets `description`: Group topic.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Sets `draft`: Unsent composer content; null when there is none.
            pub fn draft<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatDraft>>,
                T::Error: ::std::fmt::Display,
            {
                self.draft = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for draft: {e}")
                    });
                self
            }
            ///Sets `id`: Beeper chat ID, e.g. `!abc:beeper.local`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Local file path of the chat avatar.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_archived`: The chat is archived.
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            ///Sets `is_low_priority`: The chat is in the low-priority inbox.
            pub fn is_low_priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_low_priority = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_low_priority: {e}"
                        )
                    });
                self
            }
            ///Sets `is_marked_unread`: The user marked the chat unread.
            pub fn is_marked_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_marked_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_marked_unread: {e}"
                        )
                    });
                self
            }
            ///Sets `is_muted`: Notifications are muted.
            pub fn is_muted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_muted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_muted: {e}")
                    });
                self
            }
            ///Sets `is_pinned`: The chat is pinned.
            pub fn is_pinned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pinned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_pinned: {e}")
                    });
                self
            }
            ///Sets `is_read_only`: You cannot send messages here.
            pub fn is_read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_read_only: {e}")
                    });
                self
            }
            ///Sets `labels`: Labels on the chat (newer servers; absent when none).
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Label>>,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            ///Sets `last_activity`: Time of the latest activity.
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            ///Sets `last_read_message_sort_key`: Sort key of the last message you read.
            pub fn last_read_message_sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::lenient::NumericString>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_read_message_sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_read_message_sort_key: {e}"
                        )
                    });
                self
            }
            ///Sets `local_chat_id`: ID of the chat local to this installation.
            pub fn local_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for local_chat_id: {e}")
                    });
                self
            }
            ///Sets `merge`: Present on merged chats (newer servers).
            pub fn merge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMerge>>,
                T::Error: ::std::fmt::Display,
            {
                self.merge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merge: {e}")
                    });
                self
            }
            ///Sets `merged_into_chat_id`: The merged chat this chat is part of (newer servers).
            pub fn merged_into_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merged_into_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merged_into_chat_id: {e}"
                        )
                    });
                self
            }
            ///Sets `message_expiry_seconds`: Disappearing-message timer in seconds.
            pub fn message_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_expiry_seconds: {e}"
                        )
                    });
                self
            }
            ///Sets `network`: Network display name; missing on some server versions.
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            ///Sets `participants`: The members of a chat, possibly only the first few. (see [`ChatParticipants`](crate::types::ChatParticipants))
            pub fn participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatParticipants>,
                T::Error: ::std::fmt::Display,
            {
                self.participants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for participants: {e}")
                    });
                self
            }
            ///Sets `preview`: The latest message, when available.
            pub fn preview<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.preview = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for preview: {e}")
                    });
                self
            }
            ///Sets `reminder`: The chat's reminder; null when there is none.
            pub fn reminder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatReminder>>,
                T::Error: ::std::fmt::Display,
            {
                self.reminder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reminder: {e}")
                    });
                self
            }
            ///Sets `snooze`: The chat's snooze; null when there is none.
            pub fn snooze<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatSnooze>>,
                T::Error: ::std::fmt::Display,
            {
                self.snooze = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snooze: {e}")
                    });
                self
            }
            ///Sets `title`: Display title.
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            ///Sets `kind`: Direct chat or group. (see [`ChatType`](crate::types::ChatType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ChatType>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            ///Sets `unread_count`: Unread messages.
            pub fn unread_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unread_count: {e}")
                    });
                self
            }
            ///Sets `unread_mentions_count`: Unread messages that mention you.
            pub fn unread_mentions_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_mentions_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unread_mentions_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatListItem> for super::ChatListItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatListItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    capabilities: value.capabilities?,
                    description: value.description?,
                    draft: value.draft?,
                    id: value.id?,
                    img_url: value.img_url?,
                    is_archived: value.is_archived?,
                    is_low_priority: value.is_low_priority?,
                    is_marked_unread: value.is_marked_unread?,
                    is_muted: value.is_muted?,
                    is_pinned: value.is_pinned?,
                    is_read_only: value.is_read_only?,
                    labels: value.labels?,
                    last_activity: value.last_activity?,
                    last_read_message_sort_key: value.last_read_message_sort_key?,
                    local_chat_id: value.local_chat_id?,
                    merge: value.merge?,
                    merged_into_chat_id: value.merged_into_chat_id?,
                    message_expiry_seconds: value.message_expiry_seconds?,
                    network: value.network?,
                    participants: value.participants?,
                    preview: value.preview?,
                    reminder: value.reminder?,
                    snooze: value.snooze?,
                    title: value.title?,
                    kind: value.kind?,
                    unread_count: value.unread_count?,
                    unread_mentions_count: value.unread_mentions_count?,
                })
            }
        }
        impl ::std::convert::From<super::ChatListItem> for ChatListItem {
            fn from(value: super::ChatListItem) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    capabilities: Ok(value.capabilities),
                    description: Ok(value.description),
                    draft: Ok(value.draft),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    is_archived: Ok(value.is_archived),
                    is_low_priority: Ok(value.is_low_priority),
                    is_marked_unread: Ok(value.is_marked_unread),
                    is_muted: Ok(value.is_muted),
                    is_pinned: Ok(value.is_pinned),
                    is_read_only: Ok(value.is_read_only),
                    labels: Ok(value.labels),
                    last_activity: Ok(value.last_activity),
                    last_read_message_sort_key: Ok(value.last_read_message_sort_key),
                    local_chat_id: Ok(value.local_chat_id),
                    merge: Ok(value.merge),
                    merged_into_chat_id: Ok(value.merged_into_chat_id),
                    message_expiry_seconds: Ok(value.message_expiry_seconds),
                    network: Ok(value.network),
                    participants: Ok(value.participants),
                    preview: Ok(value.preview),
                    reminder: Ok(value.reminder),
                    snooze: Ok(value.snooze),
                    title: Ok(value.title),
                    kind: Ok(value.kind),
                    unread_count: Ok(value.unread_count),
                    unread_mentions_count: Ok(value.unread_mentions_count),
                }
            }
        }
        ///Builder for [`ChatMerge`](super::ChatMerge).
        #[derive(Clone, Debug)]
        pub struct ChatMerge {
            chat_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            default_chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatMerge {
            fn default() -> Self {
                Self {
                    chat_ids: Err("no value supplied for chat_ids".to_string()),
                    default_chat_id: Ok(Default::default()),
                }
            }
        }
        impl ChatMerge {
            ///Sets `chat_ids`: The member chats.
            pub fn chat_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_ids: {e}")
                    });
                self
            }
            ///Sets `default_chat_id`: Member chat that receives messages sent to the merged chat.
            pub fn default_chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_chat_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatMerge> for super::ChatMerge {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatMerge,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chat_ids: value.chat_ids?,
                    default_chat_id: value.default_chat_id?,
                })
            }
        }
        impl ::std::convert::From<super::ChatMerge> for ChatMerge {
            fn from(value: super::ChatMerge) -> Self {
                Self {
                    chat_ids: Ok(value.chat_ids),
                    default_chat_id: Ok(value.default_chat_id),
                }
            }
        }
        ///Builder for [`ChatPage`](super::ChatPage).
        #[derive(Clone, Debug)]
        pub struct ChatPage {
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::ChatListItem>,
                ::std::string::String,
            >,
            newest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oldest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatPage {
            fn default() -> Self {
                Self {
                    has_more: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    newest_cursor: Ok(Default::default()),
                    oldest_cursor: Ok(Default::default()),
                }
            }
        }
        impl ChatPage {
            ///Sets `has_more`: More chats can be fetched; absent means no.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            ///Sets `items`: A chat as listed by `listChats`, with its latest message. (see [`ChatListItem`](crate::types::ChatListItem))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatListItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            ///Sets `newest_cursor`: Cursor for newer chats; empty or absent when there are none.
            pub fn newest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.newest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for newest_cursor: {e}")
                    });
                self
            }
            ///Sets `oldest_cursor`: Cursor for older chats; empty or absent when there are none.
            pub fn oldest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oldest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oldest_cursor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatPage> for super::ChatPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    items: value.items?,
                    newest_cursor: value.newest_cursor?,
                    oldest_cursor: value.oldest_cursor?,
                })
            }
        }
        impl ::std::convert::From<super::ChatPage> for ChatPage {
            fn from(value: super::ChatPage) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    items: Ok(value.items),
                    newest_cursor: Ok(value.newest_cursor),
                    oldest_cursor: Ok(value.oldest_cursor),
                }
            }
        }
        ///Builder for [`ChatParticipant`](super::ChatParticipant).
        #[derive(Clone, Debug)]
        pub struct ChatParticipant {
            cannot_message: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_admin: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_network_bot: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_pending: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_self: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatParticipant {
            fn default() -> Self {
                Self {
                    cannot_message: Ok(Default::default()),
                    email: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    img_url: Ok(Default::default()),
                    is_admin: Ok(Default::default()),
                    is_network_bot: Ok(Default::default()),
                    is_pending: Ok(Default::default()),
                    is_self: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl ChatParticipant {
            ///Sets `cannot_message`: Beeper cannot start a conversation with this user.
            pub fn cannot_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.cannot_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cannot_message: {e}"
                        )
                    });
                self
            }
            ///Sets `email`: E-mail address (unverified).
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `full_name`: Display name.
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for full_name: {e}")
                    });
                self
            }
            ///Sets `id`: Stable user ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Avatar location: remote URL, `mxc://`, data URL or local file; may expire.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_admin`: Has admin rights in this chat.
            pub fn is_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_admin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_admin: {e}")
                    });
                self
            }
            ///Sets `is_network_bot`: An automated network or bridge account.
            pub fn is_network_bot<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_network_bot = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_network_bot: {e}"
                        )
                    });
                self
            }
            ///Sets `is_pending`: Invited but not yet joined.
            pub fn is_pending<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pending = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_pending: {e}")
                    });
                self
            }
            ///Sets `is_self`: This is the signed-in user.
            pub fn is_self<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_self = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_self: {e}")
                    });
                self
            }
            ///Sets `phone_number`: Phone number
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            ///Sets `username`: Network-specific handle.
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatParticipant> for super::ChatParticipant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatParticipant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cannot_message: value.cannot_message?,
                    email: value.email?,
                    full_name: value.full_name?,
                    id: value.id?,
                    img_url: value.img_url?,
                    is_admin: value.is_admin?,
                    is_network_bot: value.is_network_bot?,
                    is_pending: value.is_pending?,
                    is_self: value.is_self?,
                    phone_number: value.phone_number?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::ChatParticipant> for ChatParticipant {
            fn from(value: super::ChatParticipant) -> Self {
                Self {
                    cannot_message: Ok(value.cannot_message),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    is_admin: Ok(value.is_admin),
                    is_network_bot: Ok(value.is_network_bot),
                    is_pending: Ok(value.is_pending),
                    is_self: Ok(value.is_self),
                    phone_number: Ok(value.phone_number),
                    username: Ok(value.username),
                }
            }
        }
        ///Builder for [`ChatParticipants`](super::ChatParticipants).
        #[derive(Clone, Debug)]
        pub struct ChatParticipants {
            has_more: ::std::result::Result<bool, ::std::string::String>,
            items: ::std::result::Result<
                ::std::vec::Vec<super::ChatParticipant>,
                ::std::string::String,
            >,
            total: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for ChatParticipants {
            fn default() -> Self {
                Self {
                    has_more: Err("no value supplied for has_more".to_string()),
                    items: Err("no value supplied for items".to_string()),
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl ChatParticipants {
            ///Sets `has_more`: More members exist than are listed.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            ///Sets `items`: A chat member. (see [`ChatParticipant`](crate::types::ChatParticipant))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatParticipant>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            ///Sets `total`: Total number of members.
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatParticipants> for super::ChatParticipants {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatParticipants,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    items: value.items?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::ChatParticipants> for ChatParticipants {
            fn from(value: super::ChatParticipants) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    items: Ok(value.items),
                    total: Ok(value.total),
                }
            }
        }
        ///Builder for [`ChatReminder`](super::ChatReminder).
        #[derive(Clone, Debug)]
        pub struct ChatReminder {
            dismiss_on_incoming_message: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            remind_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatReminder {
            fn default() -> Self {
                Self {
                    dismiss_on_incoming_message: Ok(Default::default()),
                    remind_at: Ok(Default::default()),
                }
            }
        }
        impl ChatReminder {
            ///Sets `dismiss_on_incoming_message`: Cancel the reminder when a message arrives.
            pub fn dismiss_on_incoming_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dismiss_on_incoming_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dismiss_on_incoming_message: {e}"
                        )
                    });
                self
            }
            ///Sets `remind_at`: When to remind.
            pub fn remind_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.remind_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remind_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatReminder> for super::ChatReminder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatReminder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dismiss_on_incoming_message: value.dismiss_on_incoming_message?,
                    remind_at: value.remind_at?,
                })
            }
        }
        impl ::std::convert::From<super::ChatReminder> for ChatReminder {
            fn from(value: super::ChatReminder) -> Self {
                Self {
                    dismiss_on_incoming_message: Ok(value.dismiss_on_incoming_message),
                    remind_at: Ok(value.remind_at),
                }
            }
        }
        ///Builder for [`ChatSearchPage`](super::ChatSearchPage).
        #[derive(Clone, Debug)]
        pub struct ChatSearchPage {
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::Chat>,
                ::std::string::String,
            >,
            newest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oldest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatSearchPage {
            fn default() -> Self {
                Self {
                    has_more: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    newest_cursor: Ok(Default::default()),
                    oldest_cursor: Ok(Default::default()),
                }
            }
        }
        impl ChatSearchPage {
            ///Sets `has_more`: More chats can be fetched; absent means no.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            ///Sets `items`: A conversation on one account. (see [`Chat`](crate::types::Chat))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Chat>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            ///Sets `newest_cursor`: Cursor for newer results; empty or absent when there are none.
            pub fn newest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.newest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for newest_cursor: {e}")
                    });
                self
            }
            ///Sets `oldest_cursor`: Cursor for older results; empty or absent when there are none.
            pub fn oldest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oldest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oldest_cursor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatSearchPage> for super::ChatSearchPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatSearchPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    items: value.items?,
                    newest_cursor: value.newest_cursor?,
                    oldest_cursor: value.oldest_cursor?,
                })
            }
        }
        impl ::std::convert::From<super::ChatSearchPage> for ChatSearchPage {
            fn from(value: super::ChatSearchPage) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    items: Ok(value.items),
                    newest_cursor: Ok(value.newest_cursor),
                    oldest_cursor: Ok(value.oldest_cursor),
                }
            }
        }
        ///Builder for [`ChatSnooze`](super::ChatSnooze).
        #[derive(Clone, Debug)]
        pub struct ChatSnooze {
            snooze_until: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            user_snoozed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatSnooze {
            fn default() -> Self {
                Self {
                    snooze_until: Ok(Default::default()),
                    user_snoozed_at: Ok(Default::default()),
                }
            }
        }
        impl ChatSnooze {
            ///Sets `snooze_until`: When the chat comes back.
            pub fn snooze_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.snooze_until = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snooze_until: {e}")
                    });
                self
            }
            ///Sets `user_snoozed_at`: When it was snoozed.
            pub fn user_snoozed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_snoozed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_snoozed_at: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatSnooze> for super::ChatSnooze {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatSnooze,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    snooze_until: value.snooze_until?,
                    user_snoozed_at: value.user_snoozed_at?,
                })
            }
        }
        impl ::std::convert::From<super::ChatSnooze> for ChatSnooze {
            fn from(value: super::ChatSnooze) -> Self {
                Self {
                    snooze_until: Ok(value.snooze_until),
                    user_snoozed_at: Ok(value.user_snoozed_at),
                }
            }
        }
        ///Builder for [`ChatStateCapabilities`](super::ChatStateCapabilities).
        #[derive(Clone, Debug)]
        pub struct ChatStateCapabilities {
            avatar: ::std::result::Result<
                ::std::option::Option<super::StateCapability>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<super::StateCapability>,
                ::std::string::String,
            >,
            disappearing_timer: ::std::result::Result<
                ::std::option::Option<super::StateCapability>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<super::StateCapability>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatStateCapabilities {
            fn default() -> Self {
                Self {
                    avatar: Ok(Default::default()),
                    description: Ok(Default::default()),
                    disappearing_timer: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl ChatStateCapabilities {
            ///Sets `avatar`: Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
            pub fn avatar<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StateCapability>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.avatar = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar: {e}")
                    });
                self
            }
            ///Sets `description`: Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StateCapability>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Sets `disappearing_timer`: Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
            pub fn disappearing_timer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StateCapability>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.disappearing_timer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disappearing_timer: {e}"
                        )
                    });
                self
            }
            ///Sets `title`: Support level for changing one chat setting. (see [`StateCapability`](crate::types::StateCapability))
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StateCapability>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatStateCapabilities>
        for super::ChatStateCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatStateCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avatar: value.avatar?,
                    description: value.description?,
                    disappearing_timer: value.disappearing_timer?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::ChatStateCapabilities>
        for ChatStateCapabilities {
            fn from(value: super::ChatStateCapabilities) -> Self {
                Self {
                    avatar: Ok(value.avatar),
                    description: Ok(value.description),
                    disappearing_timer: Ok(value.disappearing_timer),
                    title: Ok(value.title),
                }
            }
        }
        ///Builder for [`ContactSearchResponse`](super::ContactSearchResponse).
        #[derive(Clone, Debug)]
        pub struct ContactSearchResponse {
            items: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContactSearchResponse {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                }
            }
        }
        impl ContactSearchResponse {
            ///Sets `items`: A person on a chat network. (see [`User`](crate::types::User))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContactSearchResponse>
        for super::ContactSearchResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContactSearchResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { items: value.items? })
            }
        }
        impl ::std::convert::From<super::ContactSearchResponse>
        for ContactSearchResponse {
            fn from(value: super::ContactSearchResponse) -> Self {
                Self { items: Ok(value.items) }
            }
        }
        ///Builder for [`CreateChatRequest`](super::CreateChatRequest).
        #[derive(Clone, Debug)]
        pub struct CreateChatRequest {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            message_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participant_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<crate::types::ChatType, ::std::string::String>,
        }
        impl ::std::default::Default for CreateChatRequest {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    message_text: Ok(Default::default()),
                    participant_ids: Err(
                        "no value supplied for participant_ids".to_string(),
                    ),
                    title: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl CreateChatRequest {
            ///Sets `account_id`: Account to create the chat on.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `message_text`: First message
            pub fn message_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_text: {e}")
                    });
                self
            }
            ///Sets `participant_ids`: User IDs to add; exactly one for a `single` chat.
            pub fn participant_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_ids: {e}"
                        )
                    });
                self
            }
            ///Sets `title`: Group title (usually ignored for direct chats).
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            ///Sets `kind`: Direct chat or group. (see [`ChatType`](crate::types::ChatType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ChatType>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateChatRequest> for super::CreateChatRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateChatRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    message_text: value.message_text?,
                    participant_ids: value.participant_ids?,
                    title: value.title?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::CreateChatRequest> for CreateChatRequest {
            fn from(value: super::CreateChatRequest) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    message_text: Ok(value.message_text),
                    participant_ids: Ok(value.participant_ids),
                    title: Ok(value.title),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`CreateReminderRequest`](super::CreateReminderRequest).
        #[derive(Clone, Debug)]
        pub struct CreateReminderRequest {
            reminder: ::std::result::Result<super::ReminderInput, ::std::string::String>,
        }
        impl ::std::default::Default for CreateReminderRequest {
            fn default() -> Self {
                Self {
                    reminder: Err("no value supplied for reminder".to_string()),
                }
            }
        }
        impl CreateReminderRequest {
            ///Sets `reminder`: When to remind. (see [`ReminderInput`](crate::types::ReminderInput))
            pub fn reminder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReminderInput>,
                T::Error: ::std::fmt::Display,
            {
                self.reminder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reminder: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateReminderRequest>
        for super::CreateReminderRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateReminderRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { reminder: value.reminder? })
            }
        }
        impl ::std::convert::From<super::CreateReminderRequest>
        for CreateReminderRequest {
            fn from(value: super::CreateReminderRequest) -> Self {
                Self {
                    reminder: Ok(value.reminder),
                }
            }
        }
        ///Builder for [`DownloadAssetRequest`](super::DownloadAssetRequest).
        #[derive(Clone, Debug)]
        pub struct DownloadAssetRequest {
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DownloadAssetRequest {
            fn default() -> Self {
                Self {
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl DownloadAssetRequest {
            ///Sets `url`: `mxc://` or `localmxc://` URL.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadAssetRequest>
        for super::DownloadAssetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadAssetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { url: value.url? })
            }
        }
        impl ::std::convert::From<super::DownloadAssetRequest> for DownloadAssetRequest {
            fn from(value: super::DownloadAssetRequest) -> Self {
                Self { url: Ok(value.url) }
            }
        }
        ///Builder for [`DraftAttachment`](super::DraftAttachment).
        #[derive(Clone, Debug)]
        pub struct DraftAttachment {
            audio_duration_seconds: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<super::MediaSize>,
                ::std::string::String,
            >,
            sticker_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                crate::types::DraftAttachmentType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DraftAttachment {
            fn default() -> Self {
                Self {
                    audio_duration_seconds: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_path: Ok(Default::default()),
                    file_size: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    mime_type: Ok(Default::default()),
                    size: Ok(Default::default()),
                    sticker_id: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl DraftAttachment {
            ///Sets `audio_duration_seconds`: Length of recorded audio.
            pub fn audio_duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.audio_duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for audio_duration_seconds: {e}"
                        )
                    });
                self
            }
            ///Sets `file_name`: File name.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `file_path`: Local path.
            pub fn file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_path: {e}")
                    });
                self
            }
            ///Sets `file_size`: Size in bytes.
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            ///Sets `id`: Attachment ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `mime_type`: MIME type.
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            ///Sets `size`: Pixel dimensions, when known. (see [`MediaSize`](crate::types::MediaSize))
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaSize>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            ///Sets `sticker_id`: Sticker ID.
            pub fn sticker_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sticker_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sticker_id: {e}")
                    });
                self
            }
            ///Sets `kind`: Kind of draft attachment. (see [`DraftAttachmentType`](crate::types::DraftAttachmentType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::DraftAttachmentType>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DraftAttachment> for super::DraftAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DraftAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    audio_duration_seconds: value.audio_duration_seconds?,
                    file_name: value.file_name?,
                    file_path: value.file_path?,
                    file_size: value.file_size?,
                    id: value.id?,
                    mime_type: value.mime_type?,
                    size: value.size?,
                    sticker_id: value.sticker_id?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::DraftAttachment> for DraftAttachment {
            fn from(value: super::DraftAttachment) -> Self {
                Self {
                    audio_duration_seconds: Ok(value.audio_duration_seconds),
                    file_name: Ok(value.file_name),
                    file_path: Ok(value.file_path),
                    file_size: Ok(value.file_size),
                    id: Ok(value.id),
                    mime_type: Ok(value.mime_type),
                    size: Ok(value.size),
                    sticker_id: Ok(value.sticker_id),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`DraftAttachmentInput`](super::DraftAttachmentInput).
        #[derive(Clone, Debug)]
        pub struct DraftAttachmentInput {
            duration: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<super::AttachmentSizeInput>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<super::AttachmentInputType>,
                ::std::string::String,
            >,
            upload_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DraftAttachmentInput {
            fn default() -> Self {
                Self {
                    duration: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    size: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    upload_id: Err("no value supplied for upload_id".to_string()),
                }
            }
        }
        impl DraftAttachmentInput {
            ///Sets `duration`: Seconds.
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            ///Sets `file_name`: File name to show.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `id`: Attachment ID; generated when left out.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `mime_type`: MIME type; detected when left out.
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            ///Sets `size`: Pixel dimensions of an attachment being sent. (see [`AttachmentSizeInput`](crate::types::AttachmentSizeInput))
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AttachmentSizeInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            ///Sets `kind`: How to send an attachment; detected from the MIME type when left out. (see [`AttachmentInputType`](crate::types::AttachmentInputType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AttachmentInputType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            ///Sets `upload_id`: From an upload endpoint.
            pub fn upload_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upload_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upload_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DraftAttachmentInput>
        for super::DraftAttachmentInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DraftAttachmentInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration: value.duration?,
                    file_name: value.file_name?,
                    id: value.id?,
                    mime_type: value.mime_type?,
                    size: value.size?,
                    kind: value.kind?,
                    upload_id: value.upload_id?,
                })
            }
        }
        impl ::std::convert::From<super::DraftAttachmentInput> for DraftAttachmentInput {
            fn from(value: super::DraftAttachmentInput) -> Self {
                Self {
                    duration: Ok(value.duration),
                    file_name: Ok(value.file_name),
                    id: Ok(value.id),
                    mime_type: Ok(value.mime_type),
                    size: Ok(value.size),
                    kind: Ok(value.kind),
                    upload_id: Ok(value.upload_id),
                }
            }
        }
        ///Builder for [`DraftInput`](super::DraftInput).
        #[derive(Clone, Debug)]
        pub struct DraftInput {
            attachments: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::DraftAttachmentInput,
                >,
                ::std::string::String,
            >,
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DraftInput {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl DraftInput {
            ///Sets `attachments`: Attachments by an ID of your choosing.
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::DraftAttachmentInput,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            ///Sets `text`: Plain text or Markdown.
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DraftInput> for super::DraftInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DraftInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::DraftInput> for DraftInput {
            fn from(value: super::DraftInput) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    text: Ok(value.text),
                }
            }
        }
        ///Builder for [`EndpointsInfo`](super::EndpointsInfo).
        #[derive(Clone, Debug)]
        pub struct EndpointsInfo {
            mcp: ::std::result::Result<::std::string::String, ::std::string::String>,
            oauth: ::std::result::Result<super::OAuthEndpoints, ::std::string::String>,
            spec: ::std::result::Result<::std::string::String, ::std::string::String>,
            ws_events: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EndpointsInfo {
            fn default() -> Self {
                Self {
                    mcp: Err("no value supplied for mcp".to_string()),
                    oauth: Err("no value supplied for oauth".to_string()),
                    spec: Err("no value supplied for spec".to_string()),
                    ws_events: Err("no value supplied for ws_events".to_string()),
                }
            }
        }
        impl EndpointsInfo {
            ///Sets `mcp`: MCP endpoint.
            pub fn mcp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mcp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mcp: {e}")
                    });
                self
            }
            ///Sets `oauth`: OAuth endpoints of the app. (see [`OAuthEndpoints`](crate::types::OAuthEndpoints))
            pub fn oauth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OAuthEndpoints>,
                T::Error: ::std::fmt::Display,
            {
                self.oauth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oauth: {e}")
                    });
                self
            }
            ///Sets `spec`: The server's own OpenAPI document.
            pub fn spec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.spec = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for spec: {e}")
                    });
                self
            }
            ///Sets `ws_events`: Live-events WebSocket.
            pub fn ws_events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ws_events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ws_events: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EndpointsInfo> for super::EndpointsInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EndpointsInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mcp: value.mcp?,
                    oauth: value.oauth?,
                    spec: value.spec?,
                    ws_events: value.ws_events?,
                })
            }
        }
        impl ::std::convert::From<super::EndpointsInfo> for EndpointsInfo {
            fn from(value: super::EndpointsInfo) -> Self {
                Self {
                    mcp: Ok(value.mcp),
                    oauth: Ok(value.oauth),
                    spec: Ok(value.spec),
                    ws_events: Ok(value.ws_events),
                }
            }
        }
        ///Builder for [`FocusRequest`](super::FocusRequest).
        #[derive(Clone, Debug)]
        pub struct FocusRequest {
            chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            draft_attachment_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            draft_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FocusRequest {
            fn default() -> Self {
                Self {
                    chat_id: Ok(Default::default()),
                    draft_attachment_path: Ok(Default::default()),
                    draft_text: Ok(Default::default()),
                    message_id: Ok(Default::default()),
                }
            }
        }
        impl FocusRequest {
            ///Sets `chat_id`: Chat to open.
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `draft_attachment_path`: Local image file to put in the composer.
            pub fn draft_attachment_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.draft_attachment_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for draft_attachment_path: {e}"
                        )
                    });
                self
            }
            ///Sets `draft_text`: Text to put in the composer.
            pub fn draft_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.draft_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for draft_text: {e}")
                    });
                self
            }
            ///Sets `message_id`: Message to jump to.
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FocusRequest> for super::FocusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FocusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chat_id: value.chat_id?,
                    draft_attachment_path: value.draft_attachment_path?,
                    draft_text: value.draft_text?,
                    message_id: value.message_id?,
                })
            }
        }
        impl ::std::convert::From<super::FocusRequest> for FocusRequest {
            fn from(value: super::FocusRequest) -> Self {
                Self {
                    chat_id: Ok(value.chat_id),
                    draft_attachment_path: Ok(value.draft_attachment_path),
                    draft_text: Ok(value.draft_text),
                    message_id: Ok(value.message_id),
                }
            }
        }
        ///Builder for [`FocusResponse`](super::FocusResponse).
        #[derive(Clone, Debug)]
        pub struct FocusResponse {
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for FocusResponse {
            fn default() -> Self {
                Self {
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl FocusResponse {
            ///Sets `success`: Desktop came to the front.
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FocusResponse> for super::FocusResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FocusResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::FocusResponse> for FocusResponse {
            fn from(value: super::FocusResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        ///Builder for [`InfoResponse`](super::InfoResponse).
        #[derive(Clone, Debug)]
        pub struct InfoResponse {
            app: ::std::result::Result<super::AppInfo, ::std::string::String>,
            endpoints: ::std::result::Result<
                super::EndpointsInfo,
                ::std::string::String,
            >,
            platform: ::std::result::Result<super::PlatformInfo, ::std::string::String>,
            server: ::std::result::Result<super::ServerInfo, ::std::string::String>,
        }
        impl ::std::default::Default for InfoResponse {
            fn default() -> Self {
                Self {
                    app: Err("no value supplied for app".to_string()),
                    endpoints: Err("no value supplied for endpoints".to_string()),
                    platform: Err("no value supplied for platform".to_string()),
                    server: Err("no value supplied for server".to_string()),
                }
            }
        }
        impl InfoResponse {
            ///Sets `app`: The app's identity. (see [`AppInfo`](crate::types::AppInfo))
            pub fn app<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AppInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.app = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app: {e}")
                    });
                self
            }
            ///Sets `endpoints`: URLs of the app's other interfaces. (see [`EndpointsInfo`](crate::types::EndpointsInfo))
            pub fn endpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EndpointsInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoints: {e}")
                    });
                self
            }
            ///Sets `platform`: The machine Desktop runs on. (see [`PlatformInfo`](crate::types::PlatformInfo))
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlatformInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            ///Sets `server`: The API server's settings. (see [`ServerInfo`](crate::types::ServerInfo))
            pub fn server<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServerInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.server = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for server: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InfoResponse> for super::InfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app: value.app?,
                    endpoints: value.endpoints?,
                    platform: value.platform?,
                    server: value.server?,
                })
            }
        }
        impl ::std::convert::From<super::InfoResponse> for InfoResponse {
            fn from(value: super::InfoResponse) -> Self {
                Self {
                    app: Ok(value.app),
                    endpoints: Ok(value.endpoints),
                    platform: Ok(value.platform),
                    server: Ok(value.server),
                }
            }
        }
        ///Builder for [`Label`](super::Label).
        #[derive(Clone, Debug)]
        pub struct Label {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Label {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Label {
            ///Sets `id`: Label ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `name`: Label name.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Label> for super::Label {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Label,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Label> for Label {
            fn from(value: super::Label) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        ///Builder for [`LinkPreview`](super::LinkPreview).
        #[derive(Clone, Debug)]
        pub struct LinkPreview {
            favicon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            img: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            img_size: ::std::result::Result<
                ::std::option::Option<super::MediaSize>,
                ::std::string::String,
            >,
            original_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for LinkPreview {
            fn default() -> Self {
                Self {
                    favicon: Ok(Default::default()),
                    img: Ok(Default::default()),
                    img_size: Ok(Default::default()),
                    original_url: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl LinkPreview {
            ///Sets `favicon`: URL of the site icon.
            pub fn favicon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.favicon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for favicon: {e}")
                    });
                self
            }
            ///Sets `img`: URL of the preview image.
            pub fn img<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img: {e}")
                    });
                self
            }
            ///Sets `img_size`: Pixel dimensions, when known. (see [`MediaSize`](crate::types::MediaSize))
            pub fn img_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaSize>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_size: {e}")
                    });
                self
            }
            ///Sets `original_url`: The link before redirects were followed.
            pub fn original_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.original_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for original_url: {e}")
                    });
                self
            }
            ///Sets `summary`: Short description of the page.
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
            ///Sets `title`: Title of the linked page.
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            ///Sets `url`: The link as shown.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkPreview> for super::LinkPreview {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkPreview,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    favicon: value.favicon?,
                    img: value.img?,
                    img_size: value.img_size?,
                    original_url: value.original_url?,
                    summary: value.summary?,
                    title: value.title?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::LinkPreview> for LinkPreview {
            fn from(value: super::LinkPreview) -> Self {
                Self {
                    favicon: Ok(value.favicon),
                    img: Ok(value.img),
                    img_size: Ok(value.img_size),
                    original_url: Ok(value.original_url),
                    summary: Ok(value.summary),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        ///Builder for [`MarkChatReadRequest`](super::MarkChatReadRequest).
        #[derive(Clone, Debug)]
        pub struct MarkChatReadRequest {
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MarkChatReadRequest {
            fn default() -> Self {
                Self {
                    message_id: Ok(Default::default()),
                }
            }
        }
        impl MarkChatReadRequest {
            ///Sets `message_id`: Mark read up to and including this message.
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MarkChatReadRequest>
        for super::MarkChatReadRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MarkChatReadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message_id: value.message_id?,
                })
            }
        }
        impl ::std::convert::From<super::MarkChatReadRequest> for MarkChatReadRequest {
            fn from(value: super::MarkChatReadRequest) -> Self {
                Self {
                    message_id: Ok(value.message_id),
                }
            }
        }
        ///Builder for [`MarkChatUnreadRequest`](super::MarkChatUnreadRequest).
        #[derive(Clone, Debug)]
        pub struct MarkChatUnreadRequest {
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MarkChatUnreadRequest {
            fn default() -> Self {
                Self {
                    message_id: Ok(Default::default()),
                }
            }
        }
        impl MarkChatUnreadRequest {
            ///Sets `message_id`: Mark unread from this message on.
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MarkChatUnreadRequest>
        for super::MarkChatUnreadRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MarkChatUnreadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message_id: value.message_id?,
                })
            }
        }
        impl ::std::convert::From<super::MarkChatUnreadRequest>
        for MarkChatUnreadRequest {
            fn from(value: super::MarkChatUnreadRequest) -> Self {
                Self {
                    message_id: Ok(value.message_id),
                }
            }
        }
        ///Builder for [`MediaSize`](super::MediaSize).
        #[derive(Clone, Debug)]
        pub struct MediaSize {
            height: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            width: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaSize {
            fn default() -> Self {
                Self {
                    height: Ok(Default::default()),
                    width: Ok(Default::default()),
                }
            }
        }
        impl MediaSize {
            ///Sets `height`: Height in pixels.
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for height: {e}")
                    });
                self
            }
            ///Sets `width`: Width in pixels.
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for width: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaSize> for super::MediaSize {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaSize,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    height: value.height?,
                    width: value.width?,
                })
            }
        }
        impl ::std::convert::From<super::MediaSize> for MediaSize {
            fn from(value: super::MediaSize) -> Self {
                Self {
                    height: Ok(value.height),
                    width: Ok(value.width),
                }
            }
        }
        ///Builder for [`Message`](super::Message).
        #[derive(Clone, Debug)]
        pub struct Message {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::Attachment>,
                ::std::string::String,
            >,
            chat_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            edited_timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_deleted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_hidden: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sender: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            linked_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::vec::Vec<super::LinkPreview>,
                ::std::string::String,
            >,
            mentions: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            reactions: ::std::result::Result<
                ::std::vec::Vec<super::Reaction>,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<super::Seen>,
                ::std::string::String,
            >,
            send_status: ::std::result::Result<
                ::std::option::Option<super::SendStatus>,
                ::std::string::String,
            >,
            sender_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sender_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sort_key: ::std::result::Result<
                crate::lenient::NumericString,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::types::MessageType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Message {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    attachments: Ok(Default::default()),
                    chat_id: Err("no value supplied for chat_id".to_string()),
                    edited_timestamp: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_deleted: Ok(Default::default()),
                    is_hidden: Ok(Default::default()),
                    is_sender: Ok(Default::default()),
                    is_unread: Ok(Default::default()),
                    linked_message_id: Ok(Default::default()),
                    links: Ok(Default::default()),
                    mentions: Ok(Default::default()),
                    reactions: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    send_status: Ok(Default::default()),
                    sender_id: Err("no value supplied for sender_id".to_string()),
                    sender_name: Ok(Default::default()),
                    sort_key: Err("no value supplied for sort_key".to_string()),
                    text: Ok(Default::default()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    kind: Ok(Default::default()),
                }
            }
        }
        impl Message {
            ///Sets `account_id`: Account the message belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `attachments`: Files, images and other media on the message.
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Attachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            ///Sets `chat_id`: Chat the message is in.
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `edited_timestamp`: When it was last edited.
            pub fn edited_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.edited_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for edited_timestamp: {e}"
                        )
                    });
                self
            }
            ///Sets `id`: Message ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `is_deleted`: The message was deleted (its content may be gone).
            pub fn is_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_deleted: {e}")
                    });
                self
            }
            ///Sets `is_hidden`: The message is hidden from the timeline.
            pub fn is_hidden<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_hidden = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_hidden: {e}")
                    });
                self
            }
            ///Sets `is_sender`: You sent it.
            pub fn is_sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_sender: {e}")
                    });
                self
            }
            ///Sets `is_unread`: You have not read the message yet.
            pub fn is_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_unread: {e}")
                    });
                self
            }
            ///Sets `linked_message_id`: The message this one replies to.
            pub fn linked_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for linked_message_id: {e}"
                        )
                    });
                self
            }
            ///Sets `links`: Previews of links in the text.
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LinkPreview>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            ///Sets `mentions`: Mentioned user IDs or `@room`; null on legacy messages.
            pub fn mentions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mentions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mentions: {e}")
                    });
                self
            }
            ///Sets `reactions`: Reactions on the message.
            pub fn reactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Reaction>>,
                T::Error: ::std::fmt::Display,
            {
                self.reactions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reactions: {e}")
                    });
                self
            }
            ///Sets `seen`: Read-receipt state; null when unknown.
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Seen>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            ///Sets `send_status`: Delivery state of a message you sent. (see [`SendStatus`](crate::types::SendStatus))
            pub fn send_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SendStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_status: {e}")
                    });
                self
            }
            ///Sets `sender_id`: Sender's user ID.
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
            ///Sets `sender_name`: Sender's display name.
            pub fn sender_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_name: {e}")
                    });
                self
            }
            ///Sets `sort_key`: Key that orders messages within a chat.
            pub fn sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::lenient::NumericString>,
                T::Error: ::std::fmt::Display,
            {
                self.sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort_key: {e}")
                    });
                self
            }
            ///Sets `text`: Message body (plain text on old servers
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            ///Sets `timestamp`: When the message was sent.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            ///Sets `kind`: Kind of message. (see [`MessageType`](crate::types::MessageType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::MessageType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Message> for super::Message {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Message,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    attachments: value.attachments?,
                    chat_id: value.chat_id?,
                    edited_timestamp: value.edited_timestamp?,
                    id: value.id?,
                    is_deleted: value.is_deleted?,
                    is_hidden: value.is_hidden?,
                    is_sender: value.is_sender?,
                    is_unread: value.is_unread?,
                    linked_message_id: value.linked_message_id?,
                    links: value.links?,
                    mentions: value.mentions?,
                    reactions: value.reactions?,
                    seen: value.seen?,
                    send_status: value.send_status?,
                    sender_id: value.sender_id?,
                    sender_name: value.sender_name?,
                    sort_key: value.sort_key?,
                    text: value.text?,
                    timestamp: value.timestamp?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::Message> for Message {
            fn from(value: super::Message) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    attachments: Ok(value.attachments),
                    chat_id: Ok(value.chat_id),
                    edited_timestamp: Ok(value.edited_timestamp),
                    id: Ok(value.id),
                    is_deleted: Ok(value.is_deleted),
                    is_hidden: Ok(value.is_hidden),
                    is_sender: Ok(value.is_sender),
                    is_unread: Ok(value.is_unread),
                    linked_message_id: Ok(value.linked_message_id),
                    links: Ok(value.links),
                    mentions: Ok(value.mentions),
                    reactions: Ok(value.reactions),
                    seen: Ok(value.seen),
                    send_status: Ok(value.send_status),
                    sender_id: Ok(value.sender_id),
                    sender_name: Ok(value.sender_name),
                    sort_key: Ok(value.sort_key),
                    text: Ok(value.text),
                    timestamp: Ok(value.timestamp),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`MessageAttachmentInput`](super::MessageAttachmentInput).
        #[derive(Clone, Debug)]
        pub struct MessageAttachmentInput {
            duration: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<super::AttachmentSizeInput>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<super::AttachmentInputType>,
                ::std::string::String,
            >,
            upload_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageAttachmentInput {
            fn default() -> Self {
                Self {
                    duration: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    size: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    upload_id: Err("no value supplied for upload_id".to_string()),
                }
            }
        }
        impl MessageAttachmentInput {
            ///Sets `duration`: Seconds.
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            ///Sets `file_name`: File name to show.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `mime_type`: MIME type; detected when left out.
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            ///Sets `size`: Pixel dimensions of an attachment being sent. (see [`AttachmentSizeInput`](crate::types::AttachmentSizeInput))
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AttachmentSizeInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            ///Sets `kind`: How to send an attachment; detected from the MIME type when left out. (see [`AttachmentInputType`](crate::types::AttachmentInputType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AttachmentInputType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            ///Sets `upload_id`: From an upload endpoint.
            pub fn upload_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upload_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upload_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageAttachmentInput>
        for super::MessageAttachmentInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageAttachmentInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration: value.duration?,
                    file_name: value.file_name?,
                    mime_type: value.mime_type?,
                    size: value.size?,
                    kind: value.kind?,
                    upload_id: value.upload_id?,
                })
            }
        }
        impl ::std::convert::From<super::MessageAttachmentInput>
        for MessageAttachmentInput {
            fn from(value: super::MessageAttachmentInput) -> Self {
                Self {
                    duration: Ok(value.duration),
                    file_name: Ok(value.file_name),
                    mime_type: Ok(value.mime_type),
                    size: Ok(value.size),
                    kind: Ok(value.kind),
                    upload_id: Ok(value.upload_id),
                }
            }
        }
        ///Builder for [`MessageFields`](super::MessageFields).
        #[derive(Clone, Debug)]
        pub struct MessageFields {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::Attachment>,
                ::std::string::String,
            >,
            chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            edited_timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_deleted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_hidden: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sender: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            linked_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::vec::Vec<super::LinkPreview>,
                ::std::string::String,
            >,
            mentions: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            reactions: ::std::result::Result<
                ::std::vec::Vec<super::Reaction>,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<super::Seen>,
                ::std::string::String,
            >,
            send_status: ::std::result::Result<
                ::std::option::Option<super::SendStatus>,
                ::std::string::String,
            >,
            sender_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sort_key: ::std::result::Result<
                ::std::option::Option<crate::lenient::NumericString>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::types::MessageType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageFields {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    attachments: Ok(Default::default()),
                    chat_id: Ok(Default::default()),
                    edited_timestamp: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_deleted: Ok(Default::default()),
                    is_hidden: Ok(Default::default()),
                    is_sender: Ok(Default::default()),
                    is_unread: Ok(Default::default()),
                    linked_message_id: Ok(Default::default()),
                    links: Ok(Default::default()),
                    mentions: Ok(Default::default()),
                    reactions: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    send_status: Ok(Default::default()),
                    sender_id: Ok(Default::default()),
                    sender_name: Ok(Default::default()),
                    sort_key: Ok(Default::default()),
                    text: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                    kind: Ok(Default::default()),
                }
            }
        }
        impl MessageFields {
            ///Sets `account_id`: Account the message belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `attachments`: Files, images and other media on the message.
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Attachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            ///Sets `chat_id`: Chat the message is in.
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `edited_timestamp`: When it was last edited.
            pub fn edited_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.edited_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for edited_timestamp: {e}"
                        )
                    });
                self
            }
            ///Sets `id`: Message ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `is_deleted`: The message was deleted (its content may be gone).
            pub fn is_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_deleted: {e}")
                    });
                self
            }
            ///Sets `is_hidden`: The message is hidden from the timeline.
            pub fn is_hidden<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_hidden = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_hidden: {e}")
                    });
                self
            }
            ///Sets `is_sender`: You sent it.
            pub fn is_sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_sender: {e}")
                    });
                self
            }
            ///Sets `is_unread`: You have not read the message yet.
            pub fn is_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_unread: {e}")
                    });
                self
            }
            ///Sets `linked_message_id`: The message this one replies to.
            pub fn linked_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for linked_message_id: {e}"
                        )
                    });
                self
            }
            ///Sets `links`: Previews of links in the text.
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LinkPreview>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            ///Sets `mentions`: Mentioned user IDs or `@room`; null on legacy messages.
            pub fn mentions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mentions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mentions: {e}")
                    });
                self
            }
            ///Sets `reactions`: Reactions on the message.
            pub fn reactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Reaction>>,
                T::Error: ::std::fmt::Display,
            {
                self.reactions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reactions: {e}")
                    });
                self
            }
            ///Sets `seen`: Read-receipt state; null when unknown.
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Seen>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            ///Sets `send_status`: Delivery state of a message you sent. (see [`SendStatus`](crate::types::SendStatus))
            pub fn send_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SendStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_status: {e}")
                    });
                self
            }
            ///Sets `sender_id`: Sender's user ID.
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
            ///Sets `sender_name`: Sender's display name.
            pub fn sender_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_name: {e}")
                    });
                self
            }
            ///Sets `sort_key`: Key that orders messages within a chat.
            pub fn sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::lenient::NumericString>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort_key: {e}")
                    });
                self
            }
            ///Sets `text`: Message body (plain text on old servers
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            ///Sets `timestamp`: When the message was sent.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            ///Sets `kind`: Kind of message. (see [`MessageType`](crate::types::MessageType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::MessageType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageFields> for super::MessageFields {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageFields,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    attachments: value.attachments?,
                    chat_id: value.chat_id?,
                    edited_timestamp: value.edited_timestamp?,
                    id: value.id?,
                    is_deleted: value.is_deleted?,
                    is_hidden: value.is_hidden?,
                    is_sender: value.is_sender?,
                    is_unread: value.is_unread?,
                    linked_message_id: value.linked_message_id?,
                    links: value.links?,
                    mentions: value.mentions?,
                    reactions: value.reactions?,
                    seen: value.seen?,
                    send_status: value.send_status?,
                    sender_id: value.sender_id?,
                    sender_name: value.sender_name?,
                    sort_key: value.sort_key?,
                    text: value.text?,
                    timestamp: value.timestamp?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::MessageFields> for MessageFields {
            fn from(value: super::MessageFields) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    attachments: Ok(value.attachments),
                    chat_id: Ok(value.chat_id),
                    edited_timestamp: Ok(value.edited_timestamp),
                    id: Ok(value.id),
                    is_deleted: Ok(value.is_deleted),
                    is_hidden: Ok(value.is_hidden),
                    is_sender: Ok(value.is_sender),
                    is_unread: Ok(value.is_unread),
                    linked_message_id: Ok(value.linked_message_id),
                    links: Ok(value.links),
                    mentions: Ok(value.mentions),
                    reactions: Ok(value.reactions),
                    seen: Ok(value.seen),
                    send_status: Ok(value.send_status),
                    sender_id: Ok(value.sender_id),
                    sender_name: Ok(value.sender_name),
                    sort_key: Ok(value.sort_key),
                    text: Ok(value.text),
                    timestamp: Ok(value.timestamp),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`MessagePage`](super::MessagePage).
        #[derive(Clone, Debug)]
        pub struct MessagePage {
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::Message>,
                ::std::string::String,
            >,
            newest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oldest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessagePage {
            fn default() -> Self {
                Self {
                    has_more: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    newest_cursor: Ok(Default::default()),
                    oldest_cursor: Ok(Default::default()),
                }
            }
        }
        impl MessagePage {
            ///Sets `has_more`: More messages can be fetched; absent means no.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            ///Sets `items`: A message in a chat. (see [`Message`](crate::types::Message))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            ///Sets `newest_cursor`: Cursor for newer messages; empty or absent when there are none.
            pub fn newest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.newest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for newest_cursor: {e}")
                    });
                self
            }
            ///Sets `oldest_cursor`: Cursor for older messages; empty or absent when there are none.
            pub fn oldest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oldest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oldest_cursor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessagePage> for super::MessagePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessagePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    items: value.items?,
                    newest_cursor: value.newest_cursor?,
                    oldest_cursor: value.oldest_cursor?,
                })
            }
        }
        impl ::std::convert::From<super::MessagePage> for MessagePage {
            fn from(value: super::MessagePage) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    items: Ok(value.items),
                    newest_cursor: Ok(value.newest_cursor),
                    oldest_cursor: Ok(value.oldest_cursor),
                }
            }
        }
        ///Builder for [`MessageRequestCapabilities`](super::MessageRequestCapabilities).
        #[derive(Clone, Debug)]
        pub struct MessageRequestCapabilities {
            accept_with_button: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            accept_with_message: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageRequestCapabilities {
            fn default() -> Self {
                Self {
                    accept_with_button: Ok(Default::default()),
                    accept_with_message: Ok(Default::default()),
                }
            }
        }
        impl MessageRequestCapabilities {
            ///Sets `accept_with_button`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn accept_with_button<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.accept_with_button = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accept_with_button: {e}"
                        )
                    });
                self
            }
            ///Sets `accept_with_message`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn accept_with_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.accept_with_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accept_with_message: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageRequestCapabilities>
        for super::MessageRequestCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageRequestCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accept_with_button: value.accept_with_button?,
                    accept_with_message: value.accept_with_message?,
                })
            }
        }
        impl ::std::convert::From<super::MessageRequestCapabilities>
        for MessageRequestCapabilities {
            fn from(value: super::MessageRequestCapabilities) -> Self {
                Self {
                    accept_with_button: Ok(value.accept_with_button),
                    accept_with_message: Ok(value.accept_with_message),
                }
            }
        }
        ///Builder for [`MessageSendResponse`](super::MessageSendResponse).
        #[derive(Clone, Debug)]
        pub struct MessageSendResponse {
            chat_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            pending_message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageSendResponse {
            fn default() -> Self {
                Self {
                    chat_id: Err("no value supplied for chat_id".to_string()),
                    pending_message_id: Err(
                        "no value supplied for pending_message_id".to_string(),
                    ),
                }
            }
        }
        impl MessageSendResponse {
            ///Sets `chat_id`: Chat actually used (for merged chats
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `pending_message_id`: Temporary ID; `getMessage` accepts it.
            pub fn pending_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pending_message_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageSendResponse>
        for super::MessageSendResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageSendResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chat_id: value.chat_id?,
                    pending_message_id: value.pending_message_id?,
                })
            }
        }
        impl ::std::convert::From<super::MessageSendResponse> for MessageSendResponse {
            fn from(value: super::MessageSendResponse) -> Self {
                Self {
                    chat_id: Ok(value.chat_id),
                    pending_message_id: Ok(value.pending_message_id),
                }
            }
        }
        ///Builder for [`MessageUpdateResponse`](super::MessageUpdateResponse).
        #[derive(Clone, Debug)]
        pub struct MessageUpdateResponse {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::Attachment>,
                ::std::string::String,
            >,
            chat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            edited_timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_deleted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_hidden: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sender: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_unread: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            linked_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::vec::Vec<super::LinkPreview>,
                ::std::string::String,
            >,
            mentions: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reactions: ::std::result::Result<
                ::std::vec::Vec<super::Reaction>,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<super::Seen>,
                ::std::string::String,
            >,
            send_status: ::std::result::Result<
                ::std::option::Option<super::SendStatus>,
                ::std::string::String,
            >,
            sender_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sort_key: ::std::result::Result<
                ::std::option::Option<crate::lenient::NumericString>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::types::MessageType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageUpdateResponse {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    attachments: Ok(Default::default()),
                    chat_id: Ok(Default::default()),
                    edited_timestamp: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_deleted: Ok(Default::default()),
                    is_hidden: Ok(Default::default()),
                    is_sender: Ok(Default::default()),
                    is_unread: Ok(Default::default()),
                    linked_message_id: Ok(Default::default()),
                    links: Ok(Default::default()),
                    mentions: Ok(Default::default()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    reactions: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    send_status: Ok(Default::default()),
                    sender_id: Ok(Default::default()),
                    sender_name: Ok(Default::default()),
                    sort_key: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                    text: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                    kind: Ok(Default::default()),
                }
            }
        }
        impl MessageUpdateResponse {
            ///Sets `account_id`: Account the message belongs to.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `attachments`: Files, images and other media on the message.
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Attachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            ///Sets `chat_id`: Chat the message is in.
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `edited_timestamp`: When it was last edited.
            pub fn edited_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.edited_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for edited_timestamp: {e}"
                        )
                    });
                self
            }
            ///Sets `id`: Message ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `is_deleted`: The message was deleted (its content may be gone).
            pub fn is_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_deleted: {e}")
                    });
                self
            }
            ///Sets `is_hidden`: The message is hidden from the timeline.
            pub fn is_hidden<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_hidden = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_hidden: {e}")
                    });
                self
            }
            ///Sets `is_sender`: You sent it.
            pub fn is_sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_sender: {e}")
                    });
                self
            }
            ///Sets `is_unread`: You have not read the message yet.
            pub fn is_unread<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_unread = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_unread: {e}")
                    });
                self
            }
            ///Sets `linked_message_id`: The message this one replies to.
            pub fn linked_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for linked_message_id: {e}"
                        )
                    });
                self
            }
            ///Sets `links`: Previews of links in the text.
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LinkPreview>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            ///Sets `mentions`: Mentioned user IDs or `@room`; null on legacy messages.
            pub fn mentions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mentions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mentions: {e}")
                    });
                self
            }
            ///Sets `message_id`: The edited message's ID (kept for older clients).
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            ///Sets `reactions`: Reactions on the message.
            pub fn reactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Reaction>>,
                T::Error: ::std::fmt::Display,
            {
                self.reactions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reactions: {e}")
                    });
                self
            }
            ///Sets `seen`: Read-receipt state; null when unknown.
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Seen>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            ///Sets `send_status`: Delivery state of a message you sent. (see [`SendStatus`](crate::types::SendStatus))
            pub fn send_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SendStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_status: {e}")
                    });
                self
            }
            ///Sets `sender_id`: Sender's user ID.
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
            ///Sets `sender_name`: Sender's display name.
            pub fn sender_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_name: {e}")
                    });
                self
            }
            ///Sets `sort_key`: Key that orders messages within a chat.
            pub fn sort_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::lenient::NumericString>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sort_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort_key: {e}")
                    });
                self
            }
            ///Sets `success`: Always true on success.
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            ///Sets `text`: Message body (plain text on old servers
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            ///Sets `timestamp`: When the message was sent.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            ///Sets `kind`: Kind of message. (see [`MessageType`](crate::types::MessageType))
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::MessageType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageUpdateResponse>
        for super::MessageUpdateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageUpdateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    attachments: value.attachments?,
                    chat_id: value.chat_id?,
                    edited_timestamp: value.edited_timestamp?,
                    id: value.id?,
                    is_deleted: value.is_deleted?,
                    is_hidden: value.is_hidden?,
                    is_sender: value.is_sender?,
                    is_unread: value.is_unread?,
                    linked_message_id: value.linked_message_id?,
                    links: value.links?,
                    mentions: value.mentions?,
                    message_id: value.message_id?,
                    reactions: value.reactions?,
                    seen: value.seen?,
                    send_status: value.send_status?,
                    sender_id: value.sender_id?,
                    sender_name: value.sender_name?,
                    sort_key: value.sort_key?,
                    success: value.success?,
                    text: value.text?,
                    timestamp: value.timestamp?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::MessageUpdateResponse>
        for MessageUpdateResponse {
            fn from(value: super::MessageUpdateResponse) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    attachments: Ok(value.attachments),
                    chat_id: Ok(value.chat_id),
                    edited_timestamp: Ok(value.edited_timestamp),
                    id: Ok(value.id),
                    is_deleted: Ok(value.is_deleted),
                    is_hidden: Ok(value.is_hidden),
                    is_sender: Ok(value.is_sender),
                    is_unread: Ok(value.is_unread),
                    linked_message_id: Ok(value.linked_message_id),
                    links: Ok(value.links),
                    mentions: Ok(value.mentions),
                    message_id: Ok(value.message_id),
                    reactions: Ok(value.reactions),
                    seen: Ok(value.seen),
                    send_status: Ok(value.send_status),
                    sender_id: Ok(value.sender_id),
                    sender_name: Ok(value.sender_name),
                    sort_key: Ok(value.sort_key),
                    success: Ok(value.success),
                    text: Ok(value.text),
                    timestamp: Ok(value.timestamp),
                    kind: Ok(value.kind),
                }
            }
        }
        ///Builder for [`OAuthEndpoints`](super::OAuthEndpoints).
        #[derive(Clone, Debug)]
        pub struct OAuthEndpoints {
            authorization_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            introspection_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            registration_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            revocation_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            token_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            userinfo_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OAuthEndpoints {
            fn default() -> Self {
                Self {
                    authorization_endpoint: Err(
                        "no value supplied for authorization_endpoint".to_string(),
                    ),
                    introspection_endpoint: Err(
                        "no value supplied for introspection_endpoint".to_string(),
                    ),
                    registration_endpoint: Err(
                        "no value supplied for registration_endpoint".to_string(),
                    ),
                    revocation_endpoint: Err(
                        "no value supplied for revocation_endpoint".to_string(),
                    ),
                    token_endpoint: Err(
                        "no value supplied for token_endpoint".to_string(),
                    ),
                    userinfo_endpoint: Err(
                        "no value supplied for userinfo_endpoint".to_string(),
                    ),
                }
            }
        }
        impl OAuthEndpoints {
            ///Sets `authorization_endpoint`: URL where the user approves access.
            pub fn authorization_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.authorization_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authorization_endpoint: {e}"
                        )
                    });
                self
            }
            ///Sets `introspection_endpoint`: URL that describes a token.
            pub fn introspection_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.introspection_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for introspection_endpoint: {e}"
                        )
                    });
                self
            }
            ///Sets `registration_endpoint`: URL that registers a client.
            pub fn registration_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_endpoint: {e}"
                        )
                    });
                self
            }
            ///Sets `revocation_endpoint`: URL that revokes a token.
            pub fn revocation_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.revocation_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for revocation_endpoint: {e}"
                        )
                    });
                self
            }
            ///Sets `token_endpoint`: URL that issues tokens.
            pub fn token_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_endpoint: {e}"
                        )
                    });
                self
            }
            ///Sets `userinfo_endpoint`: URL that describes the signed-in user.
            pub fn userinfo_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.userinfo_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for userinfo_endpoint: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OAuthEndpoints> for super::OAuthEndpoints {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthEndpoints,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authorization_endpoint: value.authorization_endpoint?,
                    introspection_endpoint: value.introspection_endpoint?,
                    registration_endpoint: value.registration_endpoint?,
                    revocation_endpoint: value.revocation_endpoint?,
                    token_endpoint: value.token_endpoint?,
                    userinfo_endpoint: value.userinfo_endpoint?,
                })
            }
        }
        impl ::std::convert::From<super::OAuthEndpoints> for OAuthEndpoints {
            fn from(value: super::OAuthEndpoints) -> Self {
                Self {
                    authorization_endpoint: Ok(value.authorization_endpoint),
                    introspection_endpoint: Ok(value.introspection_endpoint),
                    registration_endpoint: Ok(value.registration_endpoint),
                    revocation_endpoint: Ok(value.revocation_endpoint),
                    token_endpoint: Ok(value.token_endpoint),
                    userinfo_endpoint: Ok(value.userinfo_endpoint),
                }
            }
        }
        ///Builder for [`ParticipantActionCapabilities`](super::ParticipantActionCapabilities).
        #[derive(Clone, Debug)]
        pub struct ParticipantActionCapabilities {
            ban: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            invite: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            kick: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            leave: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
            revoke_invite: ::std::result::Result<
                ::std::option::Option<super::CapabilityLevel>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ParticipantActionCapabilities {
            fn default() -> Self {
                Self {
                    ban: Ok(Default::default()),
                    invite: Ok(Default::default()),
                    kick: Ok(Default::default()),
                    leave: Ok(Default::default()),
                    revoke_invite: Ok(Default::default()),
                }
            }
        }
        impl ParticipantActionCapabilities {
            ///Sets `ban`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn ban<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ban = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ban: {e}")
                    });
                self
            }
            ///Sets `invite`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn invite<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invite = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invite: {e}")
                    });
                self
            }
            ///Sets `kick`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn kick<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kick = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kick: {e}")
                    });
                self
            }
            ///Sets `leave`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn leave<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.leave = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for leave: {e}")
                    });
                self
            }
            ///Sets `revoke_invite`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn revoke_invite<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CapabilityLevel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.revoke_invite = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revoke_invite: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ParticipantActionCapabilities>
        for super::ParticipantActionCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ParticipantActionCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ban: value.ban?,
                    invite: value.invite?,
                    kick: value.kick?,
                    leave: value.leave?,
                    revoke_invite: value.revoke_invite?,
                })
            }
        }
        impl ::std::convert::From<super::ParticipantActionCapabilities>
        for ParticipantActionCapabilities {
            fn from(value: super::ParticipantActionCapabilities) -> Self {
                Self {
                    ban: Ok(value.ban),
                    invite: Ok(value.invite),
                    kick: Ok(value.kick),
                    leave: Ok(value.leave),
                    revoke_invite: Ok(value.revoke_invite),
                }
            }
        }
        ///Builder for [`PlatformInfo`](super::PlatformInfo).
        #[derive(Clone, Debug)]
        pub struct PlatformInfo {
            arch: ::std::result::Result<::std::string::String, ::std::string::String>,
            os: ::std::result::Result<::std::string::String, ::std::string::String>,
            release: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PlatformInfo {
            fn default() -> Self {
                Self {
                    arch: Err("no value supplied for arch".to_string()),
                    os: Err("no value supplied for os".to_string()),
                    release: Ok(Default::default()),
                }
            }
        }
        impl PlatformInfo {
            ///Sets `arch`: CPU architecture, e.g. `arm64`.
            pub fn arch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.arch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for arch: {e}")
                    });
                self
            }
            ///Sets `os`: Operating system, e.g. `darwin`.
            pub fn os<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.os = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for os: {e}"));
                self
            }
            ///Sets `release`: Operating system release.
            pub fn release<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for release: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PlatformInfo> for super::PlatformInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PlatformInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    arch: value.arch?,
                    os: value.os?,
                    release: value.release?,
                })
            }
        }
        impl ::std::convert::From<super::PlatformInfo> for PlatformInfo {
            fn from(value: super::PlatformInfo) -> Self {
                Self {
                    arch: Ok(value.arch),
                    os: Ok(value.os),
                    release: Ok(value.release),
                }
            }
        }
        ///Builder for [`Reaction`](super::Reaction).
        #[derive(Clone, Debug)]
        pub struct Reaction {
            emoji: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participant_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reaction_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Reaction {
            fn default() -> Self {
                Self {
                    emoji: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    img_url: Ok(Default::default()),
                    participant_id: Err(
                        "no value supplied for participant_id".to_string(),
                    ),
                    reaction_key: Err("no value supplied for reaction_key".to_string()),
                }
            }
        }
        impl Reaction {
            ///Sets `emoji`: The key is an emoji.
            pub fn emoji<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.emoji = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for emoji: {e}")
                    });
                self
            }
            ///Sets `id`: Reaction ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Image of a custom reaction.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `participant_id`: Who reacted.
            pub fn participant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_id: {e}"
                        )
                    });
                self
            }
            ///Sets `reaction_key`: Emoji
            pub fn reaction_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Reaction> for super::Reaction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Reaction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    emoji: value.emoji?,
                    id: value.id?,
                    img_url: value.img_url?,
                    participant_id: value.participant_id?,
                    reaction_key: value.reaction_key?,
                })
            }
        }
        impl ::std::convert::From<super::Reaction> for Reaction {
            fn from(value: super::Reaction) -> Self {
                Self {
                    emoji: Ok(value.emoji),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    participant_id: Ok(value.participant_id),
                    reaction_key: Ok(value.reaction_key),
                }
            }
        }
        ///Builder for [`ReactionAddResponse`](super::ReactionAddResponse).
        #[derive(Clone, Debug)]
        pub struct ReactionAddResponse {
            chat_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reaction_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
            transaction_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReactionAddResponse {
            fn default() -> Self {
                Self {
                    chat_id: Err("no value supplied for chat_id".to_string()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    reaction_key: Err("no value supplied for reaction_key".to_string()),
                    success: Err("no value supplied for success".to_string()),
                    transaction_id: Err(
                        "no value supplied for transaction_id".to_string(),
                    ),
                }
            }
        }
        impl ReactionAddResponse {
            ///Sets `chat_id`: Chat of the message.
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `message_id`: Message reacted to.
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            ///Sets `reaction_key`: The reaction added.
            pub fn reaction_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_key: {e}")
                    });
                self
            }
            ///Sets `success`: Always true.
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            ///Sets `transaction_id`: The caller's transaction ID
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReactionAddResponse>
        for super::ReactionAddResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReactionAddResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chat_id: value.chat_id?,
                    message_id: value.message_id?,
                    reaction_key: value.reaction_key?,
                    success: value.success?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReactionAddResponse> for ReactionAddResponse {
            fn from(value: super::ReactionAddResponse) -> Self {
                Self {
                    chat_id: Ok(value.chat_id),
                    message_id: Ok(value.message_id),
                    reaction_key: Ok(value.reaction_key),
                    success: Ok(value.success),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        ///Builder for [`ReactionDeleteResponse`](super::ReactionDeleteResponse).
        #[derive(Clone, Debug)]
        pub struct ReactionDeleteResponse {
            chat_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reaction_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ReactionDeleteResponse {
            fn default() -> Self {
                Self {
                    chat_id: Err("no value supplied for chat_id".to_string()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    reaction_key: Err("no value supplied for reaction_key".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl ReactionDeleteResponse {
            ///Sets `chat_id`: Chat of the message.
            pub fn chat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_id: {e}")
                    });
                self
            }
            ///Sets `message_id`: Message the reaction was removed from.
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            ///Sets `reaction_key`: The reaction removed.
            pub fn reaction_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_key: {e}")
                    });
                self
            }
            ///Sets `success`: Always true.
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReactionDeleteResponse>
        for super::ReactionDeleteResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReactionDeleteResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chat_id: value.chat_id?,
                    message_id: value.message_id?,
                    reaction_key: value.reaction_key?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ReactionDeleteResponse>
        for ReactionDeleteResponse {
            fn from(value: super::ReactionDeleteResponse) -> Self {
                Self {
                    chat_id: Ok(value.chat_id),
                    message_id: Ok(value.message_id),
                    reaction_key: Ok(value.reaction_key),
                    success: Ok(value.success),
                }
            }
        }
        ///Builder for [`ReminderInput`](super::ReminderInput).
        #[derive(Clone, Debug)]
        pub struct ReminderInput {
            dismiss_on_incoming_message: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            remind_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReminderInput {
            fn default() -> Self {
                Self {
                    dismiss_on_incoming_message: Ok(Default::default()),
                    remind_at: Err("no value supplied for remind_at".to_string()),
                }
            }
        }
        impl ReminderInput {
            ///Sets `dismiss_on_incoming_message`: Cancel when a message arrives.
            pub fn dismiss_on_incoming_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dismiss_on_incoming_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dismiss_on_incoming_message: {e}"
                        )
                    });
                self
            }
            ///Sets `remind_at`: When to remind.
            pub fn remind_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.remind_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remind_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReminderInput> for super::ReminderInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReminderInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dismiss_on_incoming_message: value.dismiss_on_incoming_message?,
                    remind_at: value.remind_at?,
                })
            }
        }
        impl ::std::convert::From<super::ReminderInput> for ReminderInput {
            fn from(value: super::ReminderInput) -> Self {
                Self {
                    dismiss_on_incoming_message: Ok(value.dismiss_on_incoming_message),
                    remind_at: Ok(value.remind_at),
                }
            }
        }
        ///Builder for [`SearchMessages`](super::SearchMessages).
        #[derive(Clone, Debug)]
        pub struct SearchMessages {
            chats: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, super::Chat>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::Message>,
                ::std::string::String,
            >,
            newest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oldest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMessages {
            fn default() -> Self {
                Self {
                    chats: Err("no value supplied for chats".to_string()),
                    has_more: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    newest_cursor: Ok(Default::default()),
                    oldest_cursor: Ok(Default::default()),
                }
            }
        }
        impl SearchMessages {
            ///Sets `chats`: The chats referenced by `items`, by chat ID.
            pub fn chats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, super::Chat>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.chats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chats: {e}")
                    });
                self
            }
            ///Sets `has_more`: More messages match; continue with `searchMessages`.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            ///Sets `items`: A message in a chat. (see [`Message`](crate::types::Message))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            ///Sets `newest_cursor`: Cursor for newer matches.
            pub fn newest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.newest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for newest_cursor: {e}")
                    });
                self
            }
            ///Sets `oldest_cursor`: Cursor for older matches.
            pub fn oldest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oldest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oldest_cursor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchMessages> for super::SearchMessages {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMessages,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chats: value.chats?,
                    has_more: value.has_more?,
                    items: value.items?,
                    newest_cursor: value.newest_cursor?,
                    oldest_cursor: value.oldest_cursor?,
                })
            }
        }
        impl ::std::convert::From<super::SearchMessages> for SearchMessages {
            fn from(value: super::SearchMessages) -> Self {
                Self {
                    chats: Ok(value.chats),
                    has_more: Ok(value.has_more),
                    items: Ok(value.items),
                    newest_cursor: Ok(value.newest_cursor),
                    oldest_cursor: Ok(value.oldest_cursor),
                }
            }
        }
        ///Builder for [`SearchResponse`](super::SearchResponse).
        #[derive(Clone, Debug)]
        pub struct SearchResponse {
            results: ::std::result::Result<super::SearchResults, ::std::string::String>,
        }
        impl ::std::default::Default for SearchResponse {
            fn default() -> Self {
                Self {
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl SearchResponse {
            ///Sets `results`: The three kinds of global search result. (see [`SearchResults`](crate::types::SearchResults))
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchResults>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResponse> for super::SearchResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { results: value.results? })
            }
        }
        impl ::std::convert::From<super::SearchResponse> for SearchResponse {
            fn from(value: super::SearchResponse) -> Self {
                Self { results: Ok(value.results) }
            }
        }
        ///Builder for [`SearchResults`](super::SearchResults).
        #[derive(Clone, Debug)]
        pub struct SearchResults {
            chats: ::std::result::Result<
                ::std::vec::Vec<super::Chat>,
                ::std::string::String,
            >,
            in_groups: ::std::result::Result<
                ::std::vec::Vec<super::Chat>,
                ::std::string::String,
            >,
            messages: ::std::result::Result<
                super::SearchMessages,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchResults {
            fn default() -> Self {
                Self {
                    chats: Err("no value supplied for chats".to_string()),
                    in_groups: Err("no value supplied for in_groups".to_string()),
                    messages: Err("no value supplied for messages".to_string()),
                }
            }
        }
        impl SearchResults {
            ///Sets `chats`: Best-matching chats.
            pub fn chats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Chat>>,
                T::Error: ::std::fmt::Display,
            {
                self.chats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chats: {e}")
                    });
                self
            }
            ///Sets `in_groups`: Groups matched by a participant's name.
            pub fn in_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Chat>>,
                T::Error: ::std::fmt::Display,
            {
                self.in_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for in_groups: {e}")
                    });
                self
            }
            ///Sets `messages`: First page of matching messages, with the chats they belong to. (see [`SearchMessages`](crate::types::SearchMessages))
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMessages>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for messages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResults> for super::SearchResults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chats: value.chats?,
                    in_groups: value.in_groups?,
                    messages: value.messages?,
                })
            }
        }
        impl ::std::convert::From<super::SearchResults> for SearchResults {
            fn from(value: super::SearchResults) -> Self {
                Self {
                    chats: Ok(value.chats),
                    in_groups: Ok(value.in_groups),
                    messages: Ok(value.messages),
                }
            }
        }
        ///Builder for [`SendMessageRequest`](super::SendMessageRequest).
        #[derive(Clone, Debug)]
        pub struct SendMessageRequest {
            attachment: ::std::result::Result<
                ::std::option::Option<super::MessageAttachmentInput>,
                ::std::string::String,
            >,
            reply_to_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendMessageRequest {
            fn default() -> Self {
                Self {
                    attachment: Ok(Default::default()),
                    reply_to_message_id: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl SendMessageRequest {
            ///Sets `attachment`: An uploaded file to send. (see [`MessageAttachmentInput`](crate::types::MessageAttachmentInput))
            pub fn attachment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MessageAttachmentInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachment: {e}")
                    });
                self
            }
            ///Sets `reply_to_message_id`: Send as a reply to this message.
            pub fn reply_to_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reply_to_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reply_to_message_id: {e}"
                        )
                    });
                self
            }
            ///Sets `text`: Plain text or Markdown.
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendMessageRequest> for super::SendMessageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendMessageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachment: value.attachment?,
                    reply_to_message_id: value.reply_to_message_id?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::SendMessageRequest> for SendMessageRequest {
            fn from(value: super::SendMessageRequest) -> Self {
                Self {
                    attachment: Ok(value.attachment),
                    reply_to_message_id: Ok(value.reply_to_message_id),
                    text: Ok(value.text),
                }
            }
        }
        ///Builder for [`SendStatus`](super::SendStatus).
        #[derive(Clone, Debug)]
        pub struct SendStatus {
            delivered_to_users: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            internal_error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::types::SendStatusKind,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendStatus {
            fn default() -> Self {
                Self {
                    delivered_to_users: Ok(Default::default()),
                    internal_error: Ok(Default::default()),
                    message: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                }
            }
        }
        impl SendStatus {
            ///Sets `delivered_to_users`: Users the message reached so far.
            pub fn delivered_to_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivered_to_users = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for delivered_to_users: {e}"
                        )
                    });
                self
            }
            ///Sets `internal_error`: Diagnostic text.
            pub fn internal_error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.internal_error = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internal_error: {e}"
                        )
                    });
                self
            }
            ///Sets `message`: Human-readable status.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            ///Sets `reason`: Machine-readable failure reason.
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            ///Sets `status`: Delivery outcome. (see [`SendStatusKind`](crate::types::SendStatusKind))
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::SendStatusKind>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Sets `timestamp`: When the status last changed.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendStatus> for super::SendStatus {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendStatus,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delivered_to_users: value.delivered_to_users?,
                    internal_error: value.internal_error?,
                    message: value.message?,
                    reason: value.reason?,
                    status: value.status?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::SendStatus> for SendStatus {
            fn from(value: super::SendStatus) -> Self {
                Self {
                    delivered_to_users: Ok(value.delivered_to_users),
                    internal_error: Ok(value.internal_error),
                    message: Ok(value.message),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        ///Builder for [`ServerInfo`](super::ServerInfo).
        #[derive(Clone, Debug)]
        pub struct ServerInfo {
            base_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            hostname: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            mcp_enabled: ::std::result::Result<bool, ::std::string::String>,
            port: ::std::result::Result<i64, ::std::string::String>,
            remote_access: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ServerInfo {
            fn default() -> Self {
                Self {
                    base_url: Err("no value supplied for base_url".to_string()),
                    hostname: Err("no value supplied for hostname".to_string()),
                    mcp_enabled: Err("no value supplied for mcp_enabled".to_string()),
                    port: Err("no value supplied for port".to_string()),
                    remote_access: Err(
                        "no value supplied for remote_access".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ServerInfo {
            ///Sets `base_url`: Base URL the API is served on.
            pub fn base_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.base_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for base_url: {e}")
                    });
                self
            }
            ///Sets `hostname`: Host name the server listens on.
            pub fn hostname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.hostname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hostname: {e}")
                    });
                self
            }
            ///Sets `mcp_enabled`: The MCP endpoint is turned on.
            pub fn mcp_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.mcp_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mcp_enabled: {e}")
                    });
                self
            }
            ///Sets `port`: TCP port the server listens on.
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            ///Sets `remote_access`: Connections from other machines are allowed.
            pub fn remote_access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.remote_access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remote_access: {e}")
                    });
                self
            }
            ///Sets `status`: Free-form server state.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerInfo> for super::ServerInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_url: value.base_url?,
                    hostname: value.hostname?,
                    mcp_enabled: value.mcp_enabled?,
                    port: value.port?,
                    remote_access: value.remote_access?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ServerInfo> for ServerInfo {
            fn from(value: super::ServerInfo) -> Self {
                Self {
                    base_url: Ok(value.base_url),
                    hostname: Ok(value.hostname),
                    mcp_enabled: Ok(value.mcp_enabled),
                    port: Ok(value.port),
                    remote_access: Ok(value.remote_access),
                    status: Ok(value.status),
                }
            }
        }
        ///Builder for [`StartChatRequest`](super::StartChatRequest).
        #[derive(Clone, Debug)]
        pub struct StartChatRequest {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            allow_invite: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::StartChatUser, ::std::string::String>,
        }
        impl ::std::default::Default for StartChatRequest {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    allow_invite: Ok(Default::default()),
                    message_text: Ok(Default::default()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl StartChatRequest {
            ///Sets `account_id`: Account to use.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            ///Sets `allow_invite`: Allow creating the chat by invite where the network requires it.
            pub fn allow_invite<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_invite = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_invite: {e}")
                    });
                self
            }
            ///Sets `message_text`: First message
            pub fn message_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_text: {e}")
                    });
                self
            }
            ///Sets `user`: Ways to identify the person; give at least one. (see [`StartChatUser`](crate::types::StartChatUser))
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StartChatUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StartChatRequest> for super::StartChatRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartChatRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    allow_invite: value.allow_invite?,
                    message_text: value.message_text?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::StartChatRequest> for StartChatRequest {
            fn from(value: super::StartChatRequest) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    allow_invite: Ok(value.allow_invite),
                    message_text: Ok(value.message_text),
                    user: Ok(value.user),
                }
            }
        }
        ///Builder for [`StartChatUser`](super::StartChatUser).
        #[derive(Clone, Debug)]
        pub struct StartChatUser {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StartChatUser {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl StartChatUser {
            ///Sets `email`: Email address to look the user up by.
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `full_name`: Only a hint for ranking matches.
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for full_name: {e}")
                    });
                self
            }
            ///Sets `id`: Known user ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `phone_number`: E.164 preferred.
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            ///Sets `username`: User name to look the user up by.
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StartChatUser> for super::StartChatUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartChatUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    full_name: value.full_name?,
                    id: value.id?,
                    phone_number: value.phone_number?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::StartChatUser> for StartChatUser {
            fn from(value: super::StartChatUser) -> Self {
                Self {
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    id: Ok(value.id),
                    phone_number: Ok(value.phone_number),
                    username: Ok(value.username),
                }
            }
        }
        ///Builder for [`StateCapability`](super::StateCapability).
        #[derive(Clone, Debug)]
        pub struct StateCapability {
            level: ::std::result::Result<super::CapabilityLevel, ::std::string::String>,
        }
        impl ::std::default::Default for StateCapability {
            fn default() -> Self {
                Self {
                    level: Err("no value supplied for level".to_string()),
                }
            }
        }
        impl StateCapability {
            ///Sets `level`: Support level: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. (see [`CapabilityLevel`](crate::types::CapabilityLevel))
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CapabilityLevel>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StateCapability> for super::StateCapability {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StateCapability,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { level: value.level? })
            }
        }
        impl ::std::convert::From<super::StateCapability> for StateCapability {
            fn from(value: super::StateCapability) -> Self {
                Self { level: Ok(value.level) }
            }
        }
        ///Builder for [`Transcription`](super::Transcription).
        #[derive(Clone, Debug)]
        pub struct Transcription {
            engine: ::std::result::Result<::std::string::String, ::std::string::String>,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transcription: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Transcription {
            fn default() -> Self {
                Self {
                    engine: Err("no value supplied for engine".to_string()),
                    language: Ok(Default::default()),
                    transcription: Err("no value supplied for transcription".to_string()),
                }
            }
        }
        impl Transcription {
            ///Sets `engine`: What produced the transcription.
            pub fn engine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.engine = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engine: {e}")
                    });
                self
            }
            ///Sets `language`: Language of the text.
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            ///Sets `transcription`: The transcribed text.
            pub fn transcription<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.transcription = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for transcription: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Transcription> for super::Transcription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Transcription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    engine: value.engine?,
                    language: value.language?,
                    transcription: value.transcription?,
                })
            }
        }
        impl ::std::convert::From<super::Transcription> for Transcription {
            fn from(value: super::Transcription) -> Self {
                Self {
                    engine: Ok(value.engine),
                    language: Ok(value.language),
                    transcription: Ok(value.transcription),
                }
            }
        }
        ///Builder for [`UpdateChatRequest`](super::UpdateChatRequest).
        #[derive(Clone, Debug)]
        pub struct UpdateChatRequest {
            description: ::std::result::Result<
                ::std::option::Option<crate::patch::Patch<String>>,
                ::std::string::String,
            >,
            draft: ::std::result::Result<
                ::std::option::Option<crate::patch::Patch<crate::types::DraftInput>>,
                ::std::string::String,
            >,
            img_url: ::std::result::Result<
                ::std::option::Option<crate::patch::Patch<String>>,
                ::std::string::String,
            >,
            is_archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_low_priority: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_muted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_pinned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message_expiry_seconds: ::std::result::Result<
                ::std::option::Option<crate::patch::Patch<i64>>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<crate::patch::Patch<String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateChatRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    draft: Ok(Default::default()),
                    img_url: Ok(Default::default()),
                    is_archived: Ok(Default::default()),
                    is_low_priority: Ok(Default::default()),
                    is_muted: Ok(Default::default()),
                    is_pinned: Ok(Default::default()),
                    message_expiry_seconds: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl UpdateChatRequest {
            ///Sets `description`: New description, or `Clear` to remove it.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::patch::Patch<String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Sets `draft`: New composer draft, or `Clear` to empty it.
            pub fn draft<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::patch::Patch<crate::types::DraftInput>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.draft = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for draft: {e}")
                    });
                self
            }
            ///Sets `img_url`: New chat image URL, or `Clear` to remove it.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::patch::Patch<String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_archived`: Archive (`true`) or unarchive (`false`).
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            ///Sets `is_low_priority`: Move to (`true`) or out of (`false`) low priority.
            pub fn is_low_priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_low_priority = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_low_priority: {e}"
                        )
                    });
                self
            }
            ///Sets `is_muted`: Mute (`true`) or unmute (`false`).
            pub fn is_muted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_muted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_muted: {e}")
                    });
                self
            }
            ///Sets `is_pinned`: Pin (`true`) or unpin (`false`).
            pub fn is_pinned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pinned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_pinned: {e}")
                    });
                self
            }
            ///Sets `message_expiry_seconds`: New disappearing-message timer in seconds, or `Clear` to turn it off.
            pub fn message_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::patch::Patch<i64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.message_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_expiry_seconds: {e}"
                        )
                    });
                self
            }
            ///Sets `title`: New title, or `Clear` to remove it.
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::patch::Patch<String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateChatRequest> for super::UpdateChatRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateChatRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    draft: value.draft?,
                    img_url: value.img_url?,
                    is_archived: value.is_archived?,
                    is_low_priority: value.is_low_priority?,
                    is_muted: value.is_muted?,
                    is_pinned: value.is_pinned?,
                    message_expiry_seconds: value.message_expiry_seconds?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateChatRequest> for UpdateChatRequest {
            fn from(value: super::UpdateChatRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    draft: Ok(value.draft),
                    img_url: Ok(value.img_url),
                    is_archived: Ok(value.is_archived),
                    is_low_priority: Ok(value.is_low_priority),
                    is_muted: Ok(value.is_muted),
                    is_pinned: Ok(value.is_pinned),
                    message_expiry_seconds: Ok(value.message_expiry_seconds),
                    title: Ok(value.title),
                }
            }
        }
        ///Builder for [`UpdateMessageRequest`](super::UpdateMessageRequest).
        #[derive(Clone, Debug)]
        pub struct UpdateMessageRequest {
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateMessageRequest {
            fn default() -> Self {
                Self {
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl UpdateMessageRequest {
            ///Sets `text`: Replacement text.
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMessageRequest>
        for super::UpdateMessageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMessageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { text: value.text? })
            }
        }
        impl ::std::convert::From<super::UpdateMessageRequest> for UpdateMessageRequest {
            fn from(value: super::UpdateMessageRequest) -> Self {
                Self { text: Ok(value.text) }
            }
        }
        ///Builder for [`UploadAssetBase64Request`](super::UploadAssetBase64Request).
        #[derive(Clone, Debug)]
        pub struct UploadAssetBase64Request {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UploadAssetBase64Request {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    file_name: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                }
            }
        }
        impl UploadAssetBase64Request {
            ///Sets `content`: Base64 of the bytes (up to about 500 MB decoded).
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            ///Sets `file_name`: Generated when left out.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `mime_type`: Sniffed when left out.
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadAssetBase64Request>
        for super::UploadAssetBase64Request {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadAssetBase64Request,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    file_name: value.file_name?,
                    mime_type: value.mime_type?,
                })
            }
        }
        impl ::std::convert::From<super::UploadAssetBase64Request>
        for UploadAssetBase64Request {
            fn from(value: super::UploadAssetBase64Request) -> Self {
                Self {
                    content: Ok(value.content),
                    file_name: Ok(value.file_name),
                    mime_type: Ok(value.mime_type),
                }
            }
        }
        ///Builder for [`UploadAssetForm`](super::UploadAssetForm).
        #[derive(Clone, Debug)]
        pub struct UploadAssetForm {
            file: ::std::result::Result<::std::string::String, ::std::string::String>,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UploadAssetForm {
            fn default() -> Self {
                Self {
                    file: Err("no value supplied for file".to_string()),
                    file_name: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                }
            }
        }
        impl UploadAssetForm {
            ///Sets `file`: The file (up to 500 MB).
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
            ///Sets `file_name`: Defaults to the uploaded file's name.
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            ///Sets `mime_type`: Sniffed from the content when left out.
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadAssetForm> for super::UploadAssetForm {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadAssetForm,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file: value.file?,
                    file_name: value.file_name?,
                    mime_type: value.mime_type?,
                })
            }
        }
        impl ::std::convert::From<super::UploadAssetForm> for UploadAssetForm {
            fn from(value: super::UploadAssetForm) -> Self {
                Self {
                    file: Ok(value.file),
                    file_name: Ok(value.file_name),
                    mime_type: Ok(value.mime_type),
                }
            }
        }
        ///Builder for [`User`](super::User).
        #[derive(Clone, Debug)]
        pub struct User {
            cannot_message: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            img_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_self: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    cannot_message: Ok(Default::default()),
                    email: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    img_url: Ok(Default::default()),
                    is_self: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl User {
            ///Sets `cannot_message`: Beeper cannot start a conversation with this user.
            pub fn cannot_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.cannot_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cannot_message: {e}"
                        )
                    });
                self
            }
            ///Sets `email`: E-mail address (unverified).
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `full_name`: Display name.
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for full_name: {e}")
                    });
                self
            }
            ///Sets `id`: Stable user ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `img_url`: Avatar location: remote URL, `mxc://`, data URL or local file; may expire.
            pub fn img_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.img_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for img_url: {e}")
                    });
                self
            }
            ///Sets `is_self`: This is the signed-in user.
            pub fn is_self<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_self = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_self: {e}")
                    });
                self
            }
            ///Sets `phone_number`: Phone number
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            ///Sets `username`: Network-specific handle.
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cannot_message: value.cannot_message?,
                    email: value.email?,
                    full_name: value.full_name?,
                    id: value.id?,
                    img_url: value.img_url?,
                    is_self: value.is_self?,
                    phone_number: value.phone_number?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    cannot_message: Ok(value.cannot_message),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    id: Ok(value.id),
                    img_url: Ok(value.img_url),
                    is_self: Ok(value.is_self),
                    phone_number: Ok(value.phone_number),
                    username: Ok(value.username),
                }
            }
        }
        ///Builder for [`UserPage`](super::UserPage).
        #[derive(Clone, Debug)]
        pub struct UserPage {
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
            newest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oldest_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserPage {
            fn default() -> Self {
                Self {
                    has_more: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    newest_cursor: Ok(Default::default()),
                    oldest_cursor: Ok(Default::default()),
                }
            }
        }
        impl UserPage {
            ///Sets `has_more`: More contacts can be fetched; absent means no.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            ///Sets `items`: A person on a chat network. (see [`User`](crate::types::User))
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            ///Sets `newest_cursor`: Cursor for the page after this one; empty or absent when there is none.
            pub fn newest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.newest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for newest_cursor: {e}")
                    });
                self
            }
            ///Sets `oldest_cursor`: Cursor for the page before this one; empty or absent when there is none.
            pub fn oldest_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oldest_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oldest_cursor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserPage> for super::UserPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    items: value.items?,
                    newest_cursor: value.newest_cursor?,
                    oldest_cursor: value.oldest_cursor?,
                })
            }
        }
        impl ::std::convert::From<super::UserPage> for UserPage {
            fn from(value: super::UserPage) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    items: Ok(value.items),
                    newest_cursor: Ok(value.newest_cursor),
                    oldest_cursor: Ok(value.oldest_cursor),
                }
            }
        }
        ///Builder for [`ValidationDetails`](super::ValidationDetails).
        #[derive(Clone, Debug)]
        pub struct ValidationDetails {
            issues: ::std::result::Result<
                ::std::vec::Vec<super::ValidationIssue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidationDetails {
            fn default() -> Self {
                Self {
                    issues: Err("no value supplied for issues".to_string()),
                }
            }
        }
        impl ValidationDetails {
            ///Sets `issues`: Each problem found in the request.
            pub fn issues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ValidationIssue>>,
                T::Error: ::std::fmt::Display,
            {
                self.issues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issues: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ValidationDetails> for super::ValidationDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { issues: value.issues? })
            }
        }
        impl ::std::convert::From<super::ValidationDetails> for ValidationDetails {
            fn from(value: super::ValidationDetails) -> Self {
                Self { issues: Ok(value.issues) }
            }
        }
        ///Builder for [`ValidationIssue`](super::ValidationIssue).
        #[derive(Clone, Debug)]
        pub struct ValidationIssue {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<
                ::std::vec::Vec<super::IssuePathSegment>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidationIssue {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    path: Err("no value supplied for path".to_string()),
                }
            }
        }
        impl ValidationIssue {
            ///Sets `code`: Machine-readable rule name.
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            ///Sets `message`: What is wrong.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            ///Sets `path`: Location of the offending value in the request.
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IssuePathSegment>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ValidationIssue> for super::ValidationIssue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationIssue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    path: value.path?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationIssue> for ValidationIssue {
            fn from(value: super::ValidationIssue) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    path: Ok(value.path),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl Account {
        ///A `Account` with its required fields (`account_id`, `user`); every optional field starts unset.
        pub fn new(
            account_id: impl ::std::convert::Into<::std::string::String>,
            user: impl ::std::convert::Into<User>,
        ) -> Self {
            Self {
                account_id: account_id.into(),
                bridge: ::std::default::Default::default(),
                capabilities: ::std::default::Default::default(),
                login_id: ::std::default::Default::default(),
                network: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                status_text: ::std::default::Default::default(),
                user: user.into(),
            }
        }
    }
    impl AccountBridge {
        ///A `AccountBridge` with its required fields (`id`, `provider`, `kind`); every optional field starts unset.
        pub fn new(
            id: impl ::std::convert::Into<::std::string::String>,
            provider: impl ::std::convert::Into<crate::types::BridgeProvider>,
            kind: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                id: id.into(),
                provider: provider.into(),
                kind: kind.into(),
            }
        }
    }
    impl AddReactionRequest {
        ///A `AddReactionRequest` with its required fields (`reaction_key`); every optional field starts unset.
        pub fn new(
            reaction_key: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                reaction_key: reaction_key.into(),
                transaction_id: ::std::default::Default::default(),
            }
        }
    }
    impl ApiErrorBody {
        ///A `ApiErrorBody` with its required fields (`code`, `message`); every optional field starts unset.
        pub fn new(
            code: impl ::std::convert::Into<::std::string::String>,
            message: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                code: code.into(),
                details: ::std::default::Default::default(),
                message: message.into(),
            }
        }
    }
    impl AppInfo {
        ///A `AppInfo` with its required fields (`bundle_id`, `name`, `version`); every optional field starts unset.
        pub fn new(
            bundle_id: impl ::std::convert::Into<::std::string::String>,
            name: impl ::std::convert::Into<::std::string::String>,
            version: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                bundle_id: bundle_id.into(),
                name: name.into(),
                version: version.into(),
            }
        }
    }
    impl Attachment {
        ///A `Attachment` with its required fields (`kind`); every optional field starts unset.
        pub fn new(
            kind: impl ::std::convert::Into<crate::types::AttachmentType>,
        ) -> Self {
            Self {
                duration: ::std::default::Default::default(),
                file_name: ::std::default::Default::default(),
                file_size: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                is_gif: ::std::default::Default::default(),
                is_sticker: ::std::default::Default::default(),
                is_voice_note: ::std::default::Default::default(),
                mime_type: ::std::default::Default::default(),
                poster_img: ::std::default::Default::default(),
                size: ::std::default::Default::default(),
                src_url: ::std::default::Default::default(),
                transcription: ::std::default::Default::default(),
                kind: kind.into(),
            }
        }
    }
    impl AttachmentCapabilities {
        ///A `AttachmentCapabilities` with its required fields (`mime_types`); every optional field starts unset.
        pub fn new(
            mime_types: impl ::std::convert::Into<
                ::std::collections::HashMap<::std::string::String, CapabilityLevel>,
            >,
        ) -> Self {
            Self {
                caption: ::std::default::Default::default(),
                max_caption_length: ::std::default::Default::default(),
                max_duration: ::std::default::Default::default(),
                max_height: ::std::default::Default::default(),
                max_size: ::std::default::Default::default(),
                max_width: ::std::default::Default::default(),
                mime_types: mime_types.into(),
                view_once: ::std::default::Default::default(),
            }
        }
    }
    impl AttachmentSizeInput {
        ///A `AttachmentSizeInput` with its required fields (`height`, `width`); every optional field starts unset.
        pub fn new(
            height: impl ::std::convert::Into<u64>,
            width: impl ::std::convert::Into<u64>,
        ) -> Self {
            Self {
                height: height.into(),
                width: width.into(),
            }
        }
    }
    impl Chat {
        ///A `Chat` with its required fields (`account_id`, `id`, `participants`, `kind`, `unread_count`); every optional field starts unset.
        pub fn new(
            account_id: impl ::std::convert::Into<::std::string::String>,
            id: impl ::std::convert::Into<::std::string::String>,
            participants: impl ::std::convert::Into<ChatParticipants>,
            kind: impl ::std::convert::Into<crate::types::ChatType>,
            unread_count: impl ::std::convert::Into<u64>,
        ) -> Self {
            Self {
                account_id: account_id.into(),
                capabilities: ::std::default::Default::default(),
                description: ::std::default::Default::default(),
                draft: ::std::default::Default::default(),
                id: id.into(),
                img_url: ::std::default::Default::default(),
                is_archived: ::std::default::Default::default(),
                is_low_priority: ::std::default::Default::default(),
                is_marked_unread: ::std::default::Default::default(),
                is_muted: ::std::default::Default::default(),
                is_pinned: ::std::default::Default::default(),
                is_read_only: ::std::default::Default::default(),
                labels: ::std::default::Default::default(),
                last_activity: ::std::default::Default::default(),
                last_read_message_sort_key: ::std::default::Default::default(),
                local_chat_id: ::std::default::Default::default(),
                merge: ::std::default::Default::default(),
                merged_into_chat_id: ::std::default::Default::default(),
                message_expiry_seconds: ::std::default::Default::default(),
                network: ::std::default::Default::default(),
                participants: participants.into(),
                reminder: ::std::default::Default::default(),
                snooze: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                kind: kind.into(),
                unread_count: unread_count.into(),
                unread_mentions_count: ::std::default::Default::default(),
            }
        }
    }
    impl ChatCreateResponse {
        ///A `ChatCreateResponse` with its required fields (`chat_id`); every optional field starts unset.
        pub fn new(chat_id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                capabilities: ::std::default::Default::default(),
                chat_id: chat_id.into(),
                description: ::std::default::Default::default(),
                draft: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                img_url: ::std::default::Default::default(),
                is_archived: ::std::default::Default::default(),
                is_low_priority: ::std::default::Default::default(),
                is_marked_unread: ::std::default::Default::default(),
                is_muted: ::std::default::Default::default(),
                is_pinned: ::std::default::Default::default(),
                is_read_only: ::std::default::Default::default(),
                labels: ::std::default::Default::default(),
                last_activity: ::std::default::Default::default(),
                last_read_message_sort_key: ::std::default::Default::default(),
                local_chat_id: ::std::default::Default::default(),
                merge: ::std::default::Default::default(),
                merged_into_chat_id: ::std::default::Default::default(),
                message_expiry_seconds: ::std::default::Default::default(),
                network: ::std::default::Default::default(),
                participants: ::std::default::Default::default(),
                reminder: ::std::default::Default::default(),
                snooze: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                kind: ::std::default::Default::default(),
                unread_count: ::std::default::Default::default(),
                unread_mentions_count: ::std::default::Default::default(),
            }
        }
    }
    impl ChatDraft {
        ///A `ChatDraft` with its required fields (`text`); every optional field starts unset.
        pub fn new(text: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                attachments: ::std::default::Default::default(),
                text: text.into(),
            }
        }
    }
    impl ChatListItem {
        ///A `ChatListItem` with its required fields (`account_id`, `id`, `participants`, `kind`, `unread_count`); every optional field starts unset.
        pub fn new(
            account_id: impl ::std::convert::Into<::std::string::String>,
            id: impl ::std::convert::Into<::std::string::String>,
            participants: impl ::std::convert::Into<ChatParticipants>,
            kind: impl ::std::convert::Into<crate::types::ChatType>,
            unread_count: impl ::std::convert::Into<u64>,
        ) -> Self {
            Self {
                account_id: account_id.into(),
                capabilities: ::std::default::Default::default(),
                description: ::std::default::Default::default(),
                draft: ::std::default::Default::default(),
                id: id.into(),
                img_url: ::std::default::Default::default(),
                is_archived: ::std::default::Default::default(),
                is_low_priority: ::std::default::Default::default(),
                is_marked_unread: ::std::default::Default::default(),
                is_muted: ::std::default::Default::default(),
                is_pinned: ::std::default::Default::default(),
                is_read_only: ::std::default::Default::default(),
                labels: ::std::default::Default::default(),
                last_activity: ::std::default::Default::default(),
                last_read_message_sort_key: ::std::default::Default::default(),
                local_chat_id: ::std::default::Default::default(),
                merge: ::std::default::Default::default(),
                merged_into_chat_id: ::std::default::Default::default(),
                message_expiry_seconds: ::std::default::Default::default(),
                network: ::std::default::Default::default(),
                participants: participants.into(),
                preview: ::std::default::Default::default(),
                reminder: ::std::default::Default::default(),
                snooze: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                kind: kind.into(),
                unread_count: unread_count.into(),
                unread_mentions_count: ::std::default::Default::default(),
            }
        }
    }
    impl ChatMerge {
        ///A `ChatMerge` with its required fields (`chat_ids`); every optional field starts unset.
        pub fn new(
            chat_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            Self {
                chat_ids: chat_ids.into(),
                default_chat_id: ::std::default::Default::default(),
            }
        }
    }
    impl ChatPage {
        ///A `ChatPage` with its required fields (`items`); every optional field starts unset.
        pub fn new(
            items: impl ::std::convert::Into<::std::vec::Vec<ChatListItem>>,
        ) -> Self {
            Self {
                has_more: ::std::default::Default::default(),
                items: items.into(),
                newest_cursor: ::std::default::Default::default(),
                oldest_cursor: ::std::default::Default::default(),
            }
        }
    }
    impl ChatParticipant {
        ///A `ChatParticipant` with its required fields (`id`); every optional field starts unset.
        pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                cannot_message: ::std::default::Default::default(),
                email: ::std::default::Default::default(),
                full_name: ::std::default::Default::default(),
                id: id.into(),
                img_url: ::std::default::Default::default(),
                is_admin: ::std::default::Default::default(),
                is_network_bot: ::std::default::Default::default(),
                is_pending: ::std::default::Default::default(),
                is_self: ::std::default::Default::default(),
                phone_number: ::std::default::Default::default(),
                username: ::std::default::Default::default(),
            }
        }
    }
    impl ChatParticipants {
        ///A `ChatParticipants` with its required fields (`has_more`, `items`, `total`); every optional field starts unset.
        pub fn new(
            has_more: impl ::std::convert::Into<bool>,
            items: impl ::std::convert::Into<::std::vec::Vec<ChatParticipant>>,
            total: impl ::std::convert::Into<u64>,
        ) -> Self {
            Self {
                has_more: has_more.into(),
                items: items.into(),
                total: total.into(),
            }
        }
    }
    impl ChatSearchPage {
        ///A `ChatSearchPage` with its required fields (`items`); every optional field starts unset.
        pub fn new(items: impl ::std::convert::Into<::std::vec::Vec<Chat>>) -> Self {
            Self {
                has_more: ::std::default::Default::default(),
                items: items.into(),
                newest_cursor: ::std::default::Default::default(),
                oldest_cursor: ::std::default::Default::default(),
            }
        }
    }
    impl ContactSearchResponse {
        ///A `ContactSearchResponse` with its required fields (`items`); every optional field starts unset.
        pub fn new(items: impl ::std::convert::Into<::std::vec::Vec<User>>) -> Self {
            Self { items: items.into() }
        }
    }
    impl CreateChatRequest {
        ///A `CreateChatRequest` with its required fields (`account_id`, `participant_ids`, `kind`); every optional field starts unset.
        pub fn new(
            account_id: impl ::std::convert::Into<::std::string::String>,
            participant_ids: impl ::std::convert::Into<
                ::std::vec::Vec<::std::string::String>,
            >,
            kind: impl ::std::convert::Into<crate::types::ChatType>,
        ) -> Self {
            Self {
                account_id: account_id.into(),
                message_text: ::std::default::Default::default(),
                participant_ids: participant_ids.into(),
                title: ::std::default::Default::default(),
                kind: kind.into(),
            }
        }
    }
    impl CreateReminderRequest {
        ///A `CreateReminderRequest` with its required fields (`reminder`); every optional field starts unset.
        pub fn new(reminder: impl ::std::convert::Into<ReminderInput>) -> Self {
            Self { reminder: reminder.into() }
        }
    }
    impl DownloadAssetRequest {
        ///A `DownloadAssetRequest` with its required fields (`url`); every optional field starts unset.
        pub fn new(url: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self { url: url.into() }
        }
    }
    impl DraftAttachment {
        ///A `DraftAttachment` with its required fields (`id`, `kind`); every optional field starts unset.
        pub fn new(
            id: impl ::std::convert::Into<::std::string::String>,
            kind: impl ::std::convert::Into<crate::types::DraftAttachmentType>,
        ) -> Self {
            Self {
                audio_duration_seconds: ::std::default::Default::default(),
                file_name: ::std::default::Default::default(),
                file_path: ::std::default::Default::default(),
                file_size: ::std::default::Default::default(),
                id: id.into(),
                mime_type: ::std::default::Default::default(),
                size: ::std::default::Default::default(),
                sticker_id: ::std::default::Default::default(),
                kind: kind.into(),
            }
        }
    }
    impl DraftAttachmentInput {
        ///A `DraftAttachmentInput` with its required fields (`upload_id`); every optional field starts unset.
        pub fn new(upload_id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                duration: ::std::default::Default::default(),
                file_name: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                mime_type: ::std::default::Default::default(),
                size: ::std::default::Default::default(),
                kind: ::std::default::Default::default(),
                upload_id: upload_id.into(),
            }
        }
    }
    impl DraftInput {
        ///A `DraftInput` with its required fields (`text`); every optional field starts unset.
        pub fn new(text: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                attachments: ::std::default::Default::default(),
                text: text.into(),
            }
        }
    }
    impl EndpointsInfo {
        ///A `EndpointsInfo` with its required fields (`mcp`, `oauth`, `spec`, `ws_events`); every optional field starts unset.
        pub fn new(
            mcp: impl ::std::convert::Into<::std::string::String>,
            oauth: impl ::std::convert::Into<OAuthEndpoints>,
            spec: impl ::std::convert::Into<::std::string::String>,
            ws_events: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                mcp: mcp.into(),
                oauth: oauth.into(),
                spec: spec.into(),
                ws_events: ws_events.into(),
            }
        }
    }
    impl FocusResponse {
        ///A `FocusResponse` with its required fields (`success`); every optional field starts unset.
        pub fn new(success: impl ::std::convert::Into<bool>) -> Self {
            Self { success: success.into() }
        }
    }
    impl InfoResponse {
        ///A `InfoResponse` with its required fields (`app`, `endpoints`, `platform`, `server`); every optional field starts unset.
        pub fn new(
            app: impl ::std::convert::Into<AppInfo>,
            endpoints: impl ::std::convert::Into<EndpointsInfo>,
            platform: impl ::std::convert::Into<PlatformInfo>,
            server: impl ::std::convert::Into<ServerInfo>,
        ) -> Self {
            Self {
                app: app.into(),
                endpoints: endpoints.into(),
                platform: platform.into(),
                server: server.into(),
            }
        }
    }
    impl Label {
        ///A `Label` with its required fields (`id`, `name`); every optional field starts unset.
        pub fn new(
            id: impl ::std::convert::Into<::std::string::String>,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                id: id.into(),
                name: name.into(),
            }
        }
    }
    impl LinkPreview {
        ///A `LinkPreview` with its required fields (`title`, `url`); every optional field starts unset.
        pub fn new(
            title: impl ::std::convert::Into<::std::string::String>,
            url: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                favicon: ::std::default::Default::default(),
                img: ::std::default::Default::default(),
                img_size: ::std::default::Default::default(),
                original_url: ::std::default::Default::default(),
                summary: ::std::default::Default::default(),
                title: title.into(),
                url: url.into(),
            }
        }
    }
    impl Message {
        ///A `Message` with its required fields (`account_id`, `chat_id`, `id`, `sender_id`, `sort_key`, `timestamp`); every optional field starts unset.
        pub fn new(
            account_id: impl ::std::convert::Into<::std::string::String>,
            chat_id: impl ::std::convert::Into<::std::string::String>,
            id: impl ::std::convert::Into<::std::string::String>,
            sender_id: impl ::std::convert::Into<::std::string::String>,
            sort_key: impl ::std::convert::Into<crate::lenient::NumericString>,
            timestamp: impl ::std::convert::Into<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >,
        ) -> Self {
            Self {
                account_id: account_id.into(),
                attachments: ::std::default::Default::default(),
                chat_id: chat_id.into(),
                edited_timestamp: ::std::default::Default::default(),
                id: id.into(),
                is_deleted: ::std::default::Default::default(),
                is_hidden: ::std::default::Default::default(),
                is_sender: ::std::default::Default::default(),
                is_unread: ::std::default::Default::default(),
                linked_message_id: ::std::default::Default::default(),
                links: ::std::default::Default::default(),
                mentions: ::std::default::Default::default(),
                reactions: ::std::default::Default::default(),
                seen: ::std::default::Default::default(),
                send_status: ::std::default::Default::default(),
                sender_id: sender_id.into(),
                sender_name: ::std::default::Default::default(),
                sort_key: sort_key.into(),
                text: ::std::default::Default::default(),
                timestamp: timestamp.into(),
                kind: ::std::default::Default::default(),
            }
        }
    }
    impl MessageAttachmentInput {
        ///A `MessageAttachmentInput` with its required fields (`upload_id`); every optional field starts unset.
        pub fn new(upload_id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                duration: ::std::default::Default::default(),
                file_name: ::std::default::Default::default(),
                mime_type: ::std::default::Default::default(),
                size: ::std::default::Default::default(),
                kind: ::std::default::Default::default(),
                upload_id: upload_id.into(),
            }
        }
    }
    impl MessagePage {
        ///A `MessagePage` with its required fields (`items`); every optional field starts unset.
        pub fn new(items: impl ::std::convert::Into<::std::vec::Vec<Message>>) -> Self {
            Self {
                has_more: ::std::default::Default::default(),
                items: items.into(),
                newest_cursor: ::std::default::Default::default(),
                oldest_cursor: ::std::default::Default::default(),
            }
        }
    }
    impl MessageSendResponse {
        ///A `MessageSendResponse` with its required fields (`chat_id`, `pending_message_id`); every optional field starts unset.
        pub fn new(
            chat_id: impl ::std::convert::Into<::std::string::String>,
            pending_message_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                chat_id: chat_id.into(),
                pending_message_id: pending_message_id.into(),
            }
        }
    }
    impl MessageUpdateResponse {
        ///A `MessageUpdateResponse` with its required fields (`message_id`, `success`); every optional field starts unset.
        pub fn new(
            message_id: impl ::std::convert::Into<::std::string::String>,
            success: impl ::std::convert::Into<bool>,
        ) -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                attachments: ::std::default::Default::default(),
                chat_id: ::std::default::Default::default(),
                edited_timestamp: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                is_deleted: ::std::default::Default::default(),
                is_hidden: ::std::default::Default::default(),
                is_sender: ::std::default::Default::default(),
                is_unread: ::std::default::Default::default(),
                linked_message_id: ::std::default::Default::default(),
                links: ::std::default::Default::default(),
                mentions: ::std::default::Default::default(),
                message_id: message_id.into(),
                reactions: ::std::default::Default::default(),
                seen: ::std::default::Default::default(),
                send_status: ::std::default::Default::default(),
                sender_id: ::std::default::Default::default(),
                sender_name: ::std::default::Default::default(),
                sort_key: ::std::default::Default::default(),
                success: success.into(),
                text: ::std::default::Default::default(),
                timestamp: ::std::default::Default::default(),
                kind: ::std::default::Default::default(),
            }
        }
    }
    impl OAuthEndpoints {
        ///A `OAuthEndpoints` with its required fields (`authorization_endpoint`, `introspection_endpoint`, `registration_endpoint`, `revocation_endpoint`, `token_endpoint`, `userinfo_endpoint`); every optional field starts unset.
        pub fn new(
            authorization_endpoint: impl ::std::convert::Into<::std::string::String>,
            introspection_endpoint: impl ::std::convert::Into<::std::string::String>,
            registration_endpoint: impl ::std::convert::Into<::std::string::String>,
            revocation_endpoint: impl ::std::convert::Into<::std::string::String>,
            token_endpoint: impl ::std::convert::Into<::std::string::String>,
            userinfo_endpoint: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                authorization_endpoint: authorization_endpoint.into(),
                introspection_endpoint: introspection_endpoint.into(),
                registration_endpoint: registration_endpoint.into(),
                revocation_endpoint: revocation_endpoint.into(),
                token_endpoint: token_endpoint.into(),
                userinfo_endpoint: userinfo_endpoint.into(),
            }
        }
    }
    impl PlatformInfo {
        ///A `PlatformInfo` with its required fields (`arch`, `os`); every optional field starts unset.
        pub fn new(
            arch: impl ::std::convert::Into<::std::string::String>,
            os: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                arch: arch.into(),
                os: os.into(),
                release: ::std::default::Default::default(),
            }
        }
    }
    impl Reaction {
        ///A `Reaction` with its required fields (`id`, `participant_id`, `reaction_key`); every optional field starts unset.
        pub fn new(
            id: impl ::std::convert::Into<::std::string::String>,
            participant_id: impl ::std::convert::Into<::std::string::String>,
            reaction_key: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                emoji: ::std::default::Default::default(),
                id: id.into(),
                img_url: ::std::default::Default::default(),
                participant_id: participant_id.into(),
                reaction_key: reaction_key.into(),
            }
        }
    }
    impl ReactionAddResponse {
        ///A `ReactionAddResponse` with its required fields (`chat_id`, `message_id`, `reaction_key`, `success`, `transaction_id`); every optional field starts unset.
        pub fn new(
            chat_id: impl ::std::convert::Into<::std::string::String>,
            message_id: impl ::std::convert::Into<::std::string::String>,
            reaction_key: impl ::std::convert::Into<::std::string::String>,
            success: impl ::std::convert::Into<bool>,
            transaction_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                chat_id: chat_id.into(),
                message_id: message_id.into(),
                reaction_key: reaction_key.into(),
                success: success.into(),
                transaction_id: transaction_id.into(),
            }
        }
    }
    impl ReactionDeleteResponse {
        ///A `ReactionDeleteResponse` with its required fields (`chat_id`, `message_id`, `reaction_key`, `success`); every optional field starts unset.
        pub fn new(
            chat_id: impl ::std::convert::Into<::std::string::String>,
            message_id: impl ::std::convert::Into<::std::string::String>,
            reaction_key: impl ::std::convert::Into<::std::string::String>,
            success: impl ::std::convert::Into<bool>,
        ) -> Self {
            Self {
                chat_id: chat_id.into(),
                message_id: message_id.into(),
                reaction_key: reaction_key.into(),
                success: success.into(),
            }
        }
    }
    impl ReminderInput {
        ///A `ReminderInput` with its required fields (`remind_at`); every optional field starts unset.
        pub fn new(
            remind_at: impl ::std::convert::Into<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >,
        ) -> Self {
            Self {
                dismiss_on_incoming_message: ::std::default::Default::default(),
                remind_at: remind_at.into(),
            }
        }
    }
    impl SearchMessages {
        ///A `SearchMessages` with its required fields (`chats`, `items`); every optional field starts unset.
        pub fn new(
            chats: impl ::std::convert::Into<
                ::std::collections::HashMap<::std::string::String, Chat>,
            >,
            items: impl ::std::convert::Into<::std::vec::Vec<Message>>,
        ) -> Self {
            Self {
                chats: chats.into(),
                has_more: ::std::default::Default::default(),
                items: items.into(),
                newest_cursor: ::std::default::Default::default(),
                oldest_cursor: ::std::default::Default::default(),
            }
        }
    }
    impl SearchResponse {
        ///A `SearchResponse` with its required fields (`results`); every optional field starts unset.
        pub fn new(results: impl ::std::convert::Into<SearchResults>) -> Self {
            Self { results: results.into() }
        }
    }
    impl SearchResults {
        ///A `SearchResults` with its required fields (`chats`, `in_groups`, `messages`); every optional field starts unset.
        pub fn new(
            chats: impl ::std::convert::Into<::std::vec::Vec<Chat>>,
            in_groups: impl ::std::convert::Into<::std::vec::Vec<Chat>>,
            messages: impl ::std::convert::Into<SearchMessages>,
        ) -> Self {
            Self {
                chats: chats.into(),
                in_groups: in_groups.into(),
                messages: messages.into(),
            }
        }
    }
    impl SendStatus {
        ///A `SendStatus` with its required fields (`status`, `timestamp`); every optional field starts unset.
        pub fn new(
            status: impl ::std::convert::Into<crate::types::SendStatusKind>,
            timestamp: impl ::std::convert::Into<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >,
        ) -> Self {
            Self {
                delivered_to_users: ::std::default::Default::default(),
                internal_error: ::std::default::Default::default(),
                message: ::std::default::Default::default(),
                reason: ::std::default::Default::default(),
                status: status.into(),
                timestamp: timestamp.into(),
            }
        }
    }
    impl ServerInfo {
        ///A `ServerInfo` with its required fields (`base_url`, `hostname`, `mcp_enabled`, `port`, `remote_access`, `status`); every optional field starts unset.
        pub fn new(
            base_url: impl ::std::convert::Into<::std::string::String>,
            hostname: impl ::std::convert::Into<::std::string::String>,
            mcp_enabled: impl ::std::convert::Into<bool>,
            port: impl ::std::convert::Into<i64>,
            remote_access: impl ::std::convert::Into<bool>,
            status: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                base_url: base_url.into(),
                hostname: hostname.into(),
                mcp_enabled: mcp_enabled.into(),
                port: port.into(),
                remote_access: remote_access.into(),
                status: status.into(),
            }
        }
    }
    impl StartChatRequest {
        ///A `StartChatRequest` with its required fields (`account_id`, `user`); every optional field starts unset.
        pub fn new(
            account_id: impl ::std::convert::Into<::std::string::String>,
            user: impl ::std::convert::Into<StartChatUser>,
        ) -> Self {
            Self {
                account_id: account_id.into(),
                allow_invite: ::std::default::Default::default(),
                message_text: ::std::default::Default::default(),
                user: user.into(),
            }
        }
    }
    impl StateCapability {
        ///A `StateCapability` with its required fields (`level`); every optional field starts unset.
        pub fn new(level: impl ::std::convert::Into<CapabilityLevel>) -> Self {
            Self { level: level.into() }
        }
    }
    impl Transcription {
        ///A `Transcription` with its required fields (`engine`, `transcription`); every optional field starts unset.
        pub fn new(
            engine: impl ::std::convert::Into<::std::string::String>,
            transcription: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                engine: engine.into(),
                language: ::std::default::Default::default(),
                transcription: transcription.into(),
            }
        }
    }
    impl UpdateMessageRequest {
        ///A `UpdateMessageRequest` with its required fields (`text`); every optional field starts unset.
        pub fn new(text: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self { text: text.into() }
        }
    }
    impl UploadAssetBase64Request {
        ///A `UploadAssetBase64Request` with its required fields (`content`); every optional field starts unset.
        pub fn new(content: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                content: content.into(),
                file_name: ::std::default::Default::default(),
                mime_type: ::std::default::Default::default(),
            }
        }
    }
    impl UploadAssetForm {
        ///A `UploadAssetForm` with its required fields (`file`); every optional field starts unset.
        pub fn new(file: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                file: file.into(),
                file_name: ::std::default::Default::default(),
                mime_type: ::std::default::Default::default(),
            }
        }
    }
    impl User {
        ///A `User` with its required fields (`id`); every optional field starts unset.
        pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                cannot_message: ::std::default::Default::default(),
                email: ::std::default::Default::default(),
                full_name: ::std::default::Default::default(),
                id: id.into(),
                img_url: ::std::default::Default::default(),
                is_self: ::std::default::Default::default(),
                phone_number: ::std::default::Default::default(),
                username: ::std::default::Default::default(),
            }
        }
    }
    impl UserPage {
        ///A `UserPage` with its required fields (`items`); every optional field starts unset.
        pub fn new(items: impl ::std::convert::Into<::std::vec::Vec<User>>) -> Self {
            Self {
                has_more: ::std::default::Default::default(),
                items: items.into(),
                newest_cursor: ::std::default::Default::default(),
                oldest_cursor: ::std::default::Default::default(),
            }
        }
    }
    impl ValidationDetails {
        ///A `ValidationDetails` with its required fields (`issues`); every optional field starts unset.
        pub fn new(
            issues: impl ::std::convert::Into<::std::vec::Vec<ValidationIssue>>,
        ) -> Self {
            Self { issues: issues.into() }
        }
    }
    impl ValidationIssue {
        ///A `ValidationIssue` with its required fields (`code`, `message`, `path`); every optional field starts unset.
        pub fn new(
            code: impl ::std::convert::Into<::std::string::String>,
            message: impl ::std::convert::Into<::std::string::String>,
            path: impl ::std::convert::Into<::std::vec::Vec<IssuePathSegment>>,
        ) -> Self {
            Self {
                code: code.into(),
                message: message.into(),
                path: path.into(),
            }
        }
    }
    ///Connection state of an account (newer servers).
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AccountStatus {
        ///`connected`
        Connected,
        ///`connecting`
        Connecting,
        ///`backfilling`
        Backfilling,
        ///`connection_required`
        ConnectionRequired,
        ///`reconnect_required`
        ReconnectRequired,
        ///`attention_required`
        AttentionRequired,
        ///`disconnected`
        Disconnected,
        ///`disabled`
        Disabled,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl AccountStatus {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Connected => "connected",
                Self::Connecting => "connecting",
                Self::Backfilling => "backfilling",
                Self::ConnectionRequired => "connection_required",
                Self::ReconnectRequired => "reconnect_required",
                Self::AttentionRequired => "attention_required",
                Self::Disconnected => "disconnected",
                Self::Disabled => "disabled",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AccountStatus {
        fn from(value: &str) -> Self {
            match value {
                "connected" => Self::Connected,
                "connecting" => Self::Connecting,
                "backfilling" => Self::Backfilling,
                "connection_required" => Self::ConnectionRequired,
                "reconnect_required" => Self::ReconnectRequired,
                "attention_required" => Self::AttentionRequired,
                "disconnected" => Self::Disconnected,
                "disabled" => Self::Disabled,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AccountStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for AccountStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AccountStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AccountStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Where a bridge runs.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BridgeProvider {
        ///`cloud`
        Cloud,
        ///`self-hosted`
        SelfHosted,
        ///`local`
        Local,
        ///`platform-sdk`
        PlatformSdk,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl BridgeProvider {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Cloud => "cloud",
                Self::SelfHosted => "self-hosted",
                Self::Local => "local",
                Self::PlatformSdk => "platform-sdk",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for BridgeProvider {
        fn from(value: &str) -> Self {
            match value {
                "cloud" => Self::Cloud,
                "self-hosted" => Self::SelfHosted,
                "local" => Self::Local,
                "platform-sdk" => Self::PlatformSdk,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for BridgeProvider {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for BridgeProvider {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BridgeProvider {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BridgeProvider {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BridgeProvider {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Direct chat or group.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ChatType {
        ///`single`
        Single,
        ///`group`
        Group,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl ChatType {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Single => "single",
                Self::Group => "group",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ChatType {
        fn from(value: &str) -> Self {
            match value {
                "single" => Self::Single,
                "group" => Self::Group,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ChatType {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for ChatType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ChatType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ChatType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Whether a chat was newly created or already existed.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ChatCreateStatus {
        ///`existing`
        Existing,
        ///`created`
        Created,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl ChatCreateStatus {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Existing => "existing",
                Self::Created => "created",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ChatCreateStatus {
        fn from(value: &str) -> Self {
            match value {
                "existing" => Self::Existing,
                "created" => Self::Created,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ChatCreateStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for ChatCreateStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ChatCreateStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ChatCreateStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatCreateStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Kind of draft attachment.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum DraftAttachmentType {
        ///`file`
        File,
        ///`gif`
        Gif,
        ///`recorded_audio`
        RecordedAudio,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl DraftAttachmentType {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::File => "file",
                Self::Gif => "gif",
                Self::RecordedAudio => "recorded_audio",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for DraftAttachmentType {
        fn from(value: &str) -> Self {
            match value {
                "file" => Self::File,
                "gif" => Self::Gif,
                "recorded_audio" => Self::RecordedAudio,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for DraftAttachmentType {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for DraftAttachmentType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for DraftAttachmentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for DraftAttachmentType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DraftAttachmentType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///When a disappearing message's timer starts.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum DisappearingTimerType {
        ///`afterRead`
        AfterRead,
        ///`afterReadByRecipient`
        AfterReadByRecipient,
        ///`afterSend`
        AfterSend,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl DisappearingTimerType {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::AfterRead => "afterRead",
                Self::AfterReadByRecipient => "afterReadByRecipient",
                Self::AfterSend => "afterSend",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for DisappearingTimerType {
        fn from(value: &str) -> Self {
            match value {
                "afterRead" => Self::AfterRead,
                "afterReadByRecipient" => Self::AfterReadByRecipient,
                "afterSend" => Self::AfterSend,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for DisappearingTimerType {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for DisappearingTimerType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for DisappearingTimerType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for DisappearingTimerType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DisappearingTimerType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Kind of message.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum MessageType {
        ///`TEXT`
        Text,
        ///`NOTICE`
        Notice,
        ///`IMAGE`
        Image,
        ///`VIDEO`
        Video,
        ///`VOICE`
        Voice,
        ///`AUDIO`
        Audio,
        ///`FILE`
        File,
        ///`STICKER`
        Sticker,
        ///`LOCATION`
        Location,
        ///`REACTION`
        Reaction,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl MessageType {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Text => "TEXT",
                Self::Notice => "NOTICE",
                Self::Image => "IMAGE",
                Self::Video => "VIDEO",
                Self::Voice => "VOICE",
                Self::Audio => "AUDIO",
                Self::File => "FILE",
                Self::Sticker => "STICKER",
                Self::Location => "LOCATION",
                Self::Reaction => "REACTION",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for MessageType {
        fn from(value: &str) -> Self {
            match value {
                "TEXT" => Self::Text,
                "NOTICE" => Self::Notice,
                "IMAGE" => Self::Image,
                "VIDEO" => Self::Video,
                "VOICE" => Self::Voice,
                "AUDIO" => Self::Audio,
                "FILE" => Self::File,
                "STICKER" => Self::Sticker,
                "LOCATION" => Self::Location,
                "REACTION" => Self::Reaction,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for MessageType {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for MessageType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MessageType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MessageType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Kind of received attachment.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AttachmentType {
        ///`unknown`
        Unknown,
        ///`img`
        Img,
        ///`video`
        Video,
        ///`audio`
        Audio,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl AttachmentType {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Unknown => "unknown",
                Self::Img => "img",
                Self::Video => "video",
                Self::Audio => "audio",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AttachmentType {
        fn from(value: &str) -> Self {
            match value {
                "unknown" => Self::Unknown,
                "img" => Self::Img,
                "video" => Self::Video,
                "audio" => Self::Audio,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AttachmentType {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for AttachmentType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AttachmentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AttachmentType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AttachmentType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    ///Delivery outcome.
    ///
    /// Tolerant: values added by newer servers decode into `Other` instead of failing.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SendStatusKind {
        ///`SUCCESS`
        Success,
        ///`PENDING`
        Pending,
        ///`FAIL_RETRIABLE`
        FailRetriable,
        ///`FAIL_PERMANENT`
        FailPermanent,
        ///A value this version of the crate does not know; the server's string is kept as sent.
        Other(::std::string::String),
    }
    impl SendStatusKind {
        /// The value exactly as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Success => "SUCCESS",
                Self::Pending => "PENDING",
                Self::FailRetriable => "FAIL_RETRIABLE",
                Self::FailPermanent => "FAIL_PERMANENT",
                Self::Other(s) => s.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SendStatusKind {
        fn from(value: &str) -> Self {
            match value {
                "SUCCESS" => Self::Success,
                "PENDING" => Self::Pending,
                "FAIL_RETRIABLE" => Self::FailRetriable,
                "FAIL_PERMANENT" => Self::FailPermanent,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SendStatusKind {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Other(_) => Self::Other(value),
                known => known,
            }
        }
    }
    impl ::std::str::FromStr for SendStatusKind {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SendStatusKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SendStatusKind {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendStatusKind {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Beeper Desktop API

The local HTTP API served by Beeper Desktop: read and send messages across
every chat network connected to the app. This document is maintained by
hand for the `beeper-desktop` Rust crate and is the single source of truth
for its generated client.

Conventions: IDs are opaque strings; times are RFC 3339 date-times; list
endpoints page with `cursor` + `direction` (`before` = older, `after` =
newer); arrays in the query string repeat their key
(`accountIDs=a&accountIDs=b`); optional query parameters that are not set
are left out of the URL.


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::client::ClientState,
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::client::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::client::ClientState> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::client::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::client::ClientState>,
    {}
};
impl Client {
    /**Bring Beeper Desktop to the front

Raises the Desktop window. Optionally opens a chat, jumps to a message
and pre-fills the composer with text or an image file.


Sends a `POST` request to `/v1/focus`

```text
let response = client.focus()
    .body(body)
    .send()
    .await;
```*/
    pub fn focus(&self) -> builder::Focus<'_> {
        builder::Focus::new(self)
    }
    /**Search chats and messages at once

Matches the query literally against chat titles, group participants
and message text, and returns the best chats, the groups matched by a
participant name, and the first page of matching messages. Page on
with `searchMessages` / `searchChats` using the returned cursors.


Sends a `GET` request to `/v1/search`

Arguments:
- `query`: Words to look for, as the user typed them.
```text
let response = client.search()
    .query(query)
    .send()
    .await;
```*/
    pub fn search(&self) -> builder::Search<'_> {
        builder::Search::new(self)
    }
    /**Describe the running Desktop app

Discovery metadata: app name and version, platform, server settings
and the URLs of the WebSocket, MCP, OAuth and OpenAPI endpoints. Needs
no access token, so it doubles as a reachability check.


Sends a `GET` request to `/v1/info`

```text
let response = client.get_info()
    .send()
    .await;
```*/
    pub fn get_info(&self) -> builder::GetInfo<'_> {
        builder::GetInfo::new(self)
    }
    /**List connected accounts

Every chat-network account connected to this Beeper installation.

Sends a `GET` request to `/v1/accounts`

```text
let response = client.list_accounts()
    .send()
    .await;
```*/
    pub fn list_accounts(&self) -> builder::ListAccounts<'_> {
        builder::ListAccounts::new(self)
    }
    /**Page through an account's contacts

The known contacts of one account, a page at a time, optionally filtered by text.

Sends a `GET` request to `/v1/accounts/{accountID}/contacts/list`

Arguments:
- `account_id`: The account, e.g. `whatsapp` or `slackgo.TEAM-USER`.
- `cursor`: Opaque position from a previous page's `oldestCursor` or `newestCursor`.
- `direction`: Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
- `limit`: Largest number of contacts to return in this page.
- `query`: Only contacts whose names or handles contain this text.
```text
let response = client.list_contacts()
    .account_id(account_id)
    .cursor(cursor)
    .direction(direction)
    .limit(limit)
    .query(query)
    .send()
    .await;
```*/
    pub fn list_contacts(&self) -> builder::ListContacts<'_> {
        builder::ListContacts::new(self)
    }
    /**Look up contacts on an account

Searches the account's known contacts. A phone number, e-mail address
or `@username` also triggers an exact lookup on the network itself.


Sends a `GET` request to `/v1/accounts/{accountID}/contacts`

Arguments:
- `account_id`: The account, e.g. `whatsapp` or `slackgo.TEAM-USER`.
- `query`: Name, phone number, e-mail address or `@username`.
```text
let response = client.search_contacts()
    .account_id(account_id)
    .query(query)
    .send()
    .await;
```*/
    pub fn search_contacts(&self) -> builder::SearchContacts<'_> {
        builder::SearchContacts::new(self)
    }
    /**List chats by recent activity

Chats of every account (or of the given accounts), newest activity
first, each with a preview of its last message.


Sends a `GET` request to `/v1/chats`

Arguments:
- `account_ids`: Only these accounts (repeat the key per ID); leave out for all accounts.
- `cursor`: Opaque position from a previous page's `oldestCursor` or `newestCursor`.
- `direction`: Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
- `limit`: Page size, 1 to 200 (server default 25). Older servers ignore it.
```text
let response = client.list_chats()
    .account_ids(account_ids)
    .cursor(cursor)
    .direction(direction)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_chats(&self) -> builder::ListChats<'_> {
        builder::ListChats::new(self)
    }
    /**Create a chat with given participants

Creates a direct or group chat on one account. For starting a direct
chat from contact details (phone, e-mail, username) use `startChat`.


Sends a `POST` request to `/v1/chats`

```text
let response = client.create_chat()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_chat(&self) -> builder::CreateChat<'_> {
        builder::CreateChat::new(self)
    }
    /**Search chats

Finds chats by title, network or participant names, with inbox, type and activity filters.

Sends a `GET` request to `/v1/chats/search`

Arguments:
- `account_ids`: Only these accounts (repeat the key per ID); leave out for all accounts.
- `cursor`: Opaque position from a previous page's `oldestCursor` or `newestCursor`.
- `direction`: Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
- `inbox`: Only chats in this inbox; leave out for all chats.
- `include_muted`: Include muted chats (server default true).
- `label_id`: Only chats carrying this label (newer servers).
- `last_activity_after`: Only chats active after this time.
- `last_activity_before`: Only chats active before this time.
- `limit`: Page size, 1 to 200 (server default 50).
- `query`: Words that must all appear (case-insensitive, literal).
- `scope`: Where to match the query.
- `chat_type`: Only direct chats or only groups; leave out for both.
- `unread_only`: Only chats with unread messages.
```text
let response = client.search_chats()
    .account_ids(account_ids)
    .cursor(cursor)
    .direction(direction)
    .inbox(inbox)
    .include_muted(include_muted)
    .label_id(label_id)
    .last_activity_after(last_activity_after)
    .last_activity_before(last_activity_before)
    .limit(limit)
    .query(query)
    .scope(scope)
    .chat_type(chat_type)
    .unread_only(unread_only)
    .send()
    .await;
```*/
    pub fn search_chats(&self) -> builder::SearchChats<'_> {
        builder::SearchChats::new(self)
    }
    /**Start a direct chat from contact details

Resolves a person from an ID, phone number, e-mail or username and
opens a direct chat with them, reusing an existing one when there is
one. Needs Beeper Desktop 4.2.808 or newer.


Sends a `POST` request to `/v1/chats/start`

```text
let response = client.start_chat()
    .body(body)
    .send()
    .await;
```*/
    pub fn start_chat(&self) -> builder::StartChat<'_> {
        builder::StartChat::new(self)
    }
    /**Get one chat

Sends a `GET` request to `/v1/chats/{chatID}`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `max_participant_count`: Most participants to include; -1 for all, otherwise 0 to 500 (server default 100).
```text
let response = client.get_chat()
    .chat_id(chat_id)
    .max_participant_count(max_participant_count)
    .send()
    .await;
```*/
    pub fn get_chat(&self) -> builder::GetChat<'_> {
        builder::GetChat::new(self)
    }
    /**Change a chat's settings

Updates only the fields present in the body. For `title`,
`description`, `imgURL`, `messageExpirySeconds` and `draft` an
explicit `null` clears the value, which is different from leaving the
field out.


Sends a `PATCH` request to `/v1/chats/{chatID}`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `body`
```text
let response = client.update_chat()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_chat(&self) -> builder::UpdateChat<'_> {
        builder::UpdateChat::new(self)
    }
    /**Archive or unarchive a chat

Sends a `POST` request to `/v1/chats/{chatID}/archive`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `body`
```text
let response = client.archive_chat()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn archive_chat(&self) -> builder::ArchiveChat<'_> {
        builder::ArchiveChat::new(self)
    }
    /**Mark a chat as read

Sends a `POST` request to `/v1/chats/{chatID}/read`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `body`
```text
let response = client.mark_chat_read()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn mark_chat_read(&self) -> builder::MarkChatRead<'_> {
        builder::MarkChatRead::new(self)
    }
    /**Mark a chat as unread

Sends a `POST` request to `/v1/chats/{chatID}/unread`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `body`
```text
let response = client.mark_chat_unread()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn mark_chat_unread(&self) -> builder::MarkChatUnread<'_> {
        builder::MarkChatUnread::new(self)
    }
    /**Deliver a notification despite Focus mode

Asks the network to notify the other side even though they silenced
notifications. Only some networks support it (today iMessage on
macOS); elsewhere the server answers with an error. Sent without a
body.


Sends a `POST` request to `/v1/chats/{chatID}/notify-anyway`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
```text
let response = client.notify_anyway()
    .chat_id(chat_id)
    .send()
    .await;
```*/
    pub fn notify_anyway(&self) -> builder::NotifyAnyway<'_> {
        builder::NotifyAnyway::new(self)
    }
    /**Set a reminder on a chat

Sends a `POST` request to `/v1/chats/{chatID}/reminders`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `body`
```text
let response = client.create_reminder()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_reminder(&self) -> builder::CreateReminder<'_> {
        builder::CreateReminder::new(self)
    }
    /**Remove a chat's reminder

Sends a `DELETE` request to `/v1/chats/{chatID}/reminders`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
```text
let response = client.delete_reminder()
    .chat_id(chat_id)
    .send()
    .await;
```*/
    pub fn delete_reminder(&self) -> builder::DeleteReminder<'_> {
        builder::DeleteReminder::new(self)
    }
    /**Page through a chat's messages

Messages of one chat in timestamp order. Without a cursor the newest
page comes back; follow `oldestCursor` with `direction=before` for
older pages, `newestCursor` with `direction=after` for newer ones.
The server picks the page size.


Sends a `GET` request to `/v1/chats/{chatID}/messages`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `cursor`: Opaque position from a previous page's `oldestCursor` or `newestCursor`.
- `direction`: Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
```text
let response = client.list_messages()
    .chat_id(chat_id)
    .cursor(cursor)
    .direction(direction)
    .send()
    .await;
```*/
    pub fn list_messages(&self) -> builder::ListMessages<'_> {
        builder::ListMessages::new(self)
    }
    /**Send a message

Sends text and/or one attachment (uploaded first with the asset
endpoints), optionally as a reply. The answer carries a pending
message ID; the final message appears later. Never retried
automatically once it may have reached the server.


Sends a `POST` request to `/v1/chats/{chatID}/messages`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `body`
```text
let response = client.send_message()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
    /**Get one message

`messageID` may be the final message ID, the pending ID returned by `sendMessage`, or the Matrix event ID.

Sends a `GET` request to `/v1/chats/{chatID}/messages/{messageID}`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `message_id`: The message.
```text
let response = client.get_message()
    .chat_id(chat_id)
    .message_id(message_id)
    .send()
    .await;
```*/
    pub fn get_message(&self) -> builder::GetMessage<'_> {
        builder::GetMessage::new(self)
    }
    /**Edit a message's text

Replaces the text of one of your messages. Messages with attachments cannot be edited.

Sends a `PUT` request to `/v1/chats/{chatID}/messages/{messageID}`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `message_id`: The message.
- `body`
```text
let response = client.update_message()
    .chat_id(chat_id)
    .message_id(message_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_message(&self) -> builder::UpdateMessage<'_> {
        builder::UpdateMessage::new(self)
    }
    /**Delete a message

Pending (not yet sent) message IDs are refused.

Sends a `DELETE` request to `/v1/chats/{chatID}/messages/{messageID}`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `message_id`: The message.
- `for_everyone`: `true` deletes it for everyone where the network allows; `false` only for you.
```text
let response = client.delete_message()
    .chat_id(chat_id)
    .message_id(message_id)
    .for_everyone(for_everyone)
    .send()
    .await;
```*/
    pub fn delete_message(&self) -> builder::DeleteMessage<'_> {
        builder::DeleteMessage::new(self)
    }
    /**React to a message

Sends a `POST` request to `/v1/chats/{chatID}/messages/{messageID}/reactions`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `message_id`: The message.
- `body`
```text
let response = client.add_reaction()
    .chat_id(chat_id)
    .message_id(message_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_reaction(&self) -> builder::AddReaction<'_> {
        builder::AddReaction::new(self)
    }
    /**Remove your reaction from a message

Removes the caller's own reaction with this key. Servers older than
the JS 5.0 generation expect the key as a `reactionKey` query
parameter on `.../reactions` instead and answer 404 here.


Sends a `DELETE` request to `/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}`

Arguments:
- `chat_id`: The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
- `message_id`: The message.
- `reaction_key`: The reaction to take back (emoji, shortcode or custom key); percent-encoded on the wire.
```text
let response = client.delete_reaction()
    .chat_id(chat_id)
    .message_id(message_id)
    .reaction_key(reaction_key)
    .send()
    .await;
```*/
    pub fn delete_reaction(&self) -> builder::DeleteReaction<'_> {
        builder::DeleteReaction::new(self)
    }
    /**Search messages across chats

Finds messages by words and/or filters; with no `query` it only filters.

Sends a `GET` request to `/v1/messages/search`

Arguments:
- `account_ids`: Only these accounts (repeat the key per ID); leave out for all accounts.
- `chat_ids`: Only messages from these chats (repeat the key per ID).
- `chat_type`: Only messages from direct chats or from groups.
- `cursor`: Opaque position from a previous page's `oldestCursor` or `newestCursor`.
- `date_after`: Only messages strictly after this time.
- `date_before`: Only messages strictly before this time.
- `direction`: Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
- `exclude_low_priority`: Leave out low-priority chats (server default true).
- `include_muted`: Include messages from muted chats (server default true).
- `limit`: Largest number of messages in this page.
- `media_types`: Only messages carrying these kinds of media; `any` means any media at all.
- `query`: Literal words to match, in any order.
- `sender`: `me`, `others`, or a user ID.
```text
let response = client.search_messages()
    .account_ids(account_ids)
    .chat_ids(chat_ids)
    .chat_type(chat_type)
    .cursor(cursor)
    .date_after(date_after)
    .date_before(date_before)
    .direction(direction)
    .exclude_low_priority(exclude_low_priority)
    .include_muted(include_muted)
    .limit(limit)
    .media_types(media_types)
    .query(query)
    .sender(sender)
    .send()
    .await;
```*/
    pub fn search_messages(&self) -> builder::SearchMessages<'_> {
        builder::SearchMessages::new(self)
    }
    /**Fetch a Matrix media file to this device

Downloads an `mxc://` or `localmxc://` file into Desktop's cache and
answers with its local `file://` URL. A failure may come back as a
2xx whose `error` field is set.


Sends a `POST` request to `/v1/assets/download`

```text
let response = client.download_asset()
    .body(body)
    .send()
    .await;
```*/
    pub fn download_asset(&self) -> builder::DownloadAsset<'_> {
        builder::DownloadAsset::new(self)
    }
    /**Stream a media file's bytes

Returns the raw bytes of an `mxc://`, `localmxc://` or `file://`
asset, fetching it first when it is not cached. Honours `Range`
(answering 206). The content type is usually the file's own.


Sends a `GET` request to `/v1/assets/serve`

Arguments:
- `url`: The asset to stream.
- `range`: Optional byte range, e.g. `bytes=0-1023`.
```text
let response = client.serve_asset()
    .url(url)
    .range(range)
    .send()
    .await;
```*/
    pub fn serve_asset(&self) -> builder::ServeAsset<'_> {
        builder::ServeAsset::new(self)
    }
    /**Upload a file given as base64

Same as `uploadAsset`, with the bytes base64-encoded in a JSON body.

Sends a `POST` request to `/v1/assets/upload/base64`

```text
let response = client.upload_asset_base64()
    .body(body)
    .send()
    .await;
```*/
    pub fn upload_asset_base64(&self) -> builder::UploadAssetBase64<'_> {
        builder::UploadAssetBase64::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::focus`]

[`Client::focus`]: super::Client::focus*/
    #[derive(Debug, Clone)]
    pub struct Focus<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::FocusRequest, String>,
    }
    impl<'a> Focus<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///Sets the JSON request body of `focus` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FocusRequest>,
            <V as std::convert::TryInto<types::FocusRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FocusRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `focus` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FocusRequest,
            ) -> types::builder::FocusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/focus`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::FocusResponse>, Error<types::ApiErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FocusRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/focus", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "focus",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/focus`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::FocusResponse>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::search`]

[`Client::search`]: super::Client::search*/
    #[derive(Debug, Clone)]
    pub struct Search<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) query: Result<::std::string::String, String>,
    }
    impl<'a> Search<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                query: Err(
                    "`search` needs `query`: call `.query(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        ///Words to look for, as the user typed them.
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/search`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SearchResponse>, Error<types::ApiErrorBody>> {
            let Self { client, query } = self;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/search", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/search`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::SearchResponse>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::get_info`]

[`Client::get_info`]: super::Client::get_info*/
    #[derive(Debug, Clone)]
    pub struct GetInfo<'a> {
        pub(crate) client: &'a super::Client,
    }
    impl<'a> GetInfo<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v1/info`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::InfoResponse>, Error<types::ApiErrorBody>> {
            let Self { client } = self;
            let url = format!("{}/v1/info", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_info",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/info`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::InfoResponse>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::list_accounts`]

[`Client::list_accounts`]: super::Client::list_accounts*/
    #[derive(Debug, Clone)]
    pub struct ListAccounts<'a> {
        pub(crate) client: &'a super::Client,
    }
    impl<'a> ListAccounts<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v1/accounts`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::AccountList>, Error<types::ApiErrorBody>> {
            let Self { client } = self;
            let url = format!("{}/v1/accounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/accounts`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::AccountList>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::list_contacts`]

[`Client::list_contacts`]: super::Client::list_contacts*/
    #[derive(Debug, Clone)]
    pub struct ListContacts<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) account_id: Result<::std::string::String, String>,
        pub(crate) cursor: Result<Option<::std::string::String>, String>,
        pub(crate) direction: Result<Option<types::Direction>, String>,
        pub(crate) limit: Result<Option<i32>, String>,
        pub(crate) query: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListContacts<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err(
                    "`list_contacts` needs `account_id`: call `.account_id(..)` before `.send()`"
                        .to_string(),
                ),
                cursor: Ok(None),
                direction: Ok(None),
                limit: Ok(None),
                query: Ok(None),
            }
        }
        ///The account, e.g. `whatsapp` or `slackgo.TEAM-USER`.
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        ///Opaque position from a previous page's `oldestCursor` or `newestCursor`.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        ///Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Direction>,
        {
            self.direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Direction` for direction failed".to_string()
                });
            self
        }
        ///Largest number of contacts to return in this page.
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }
        ///Only contacts whose names or handles contain this text.
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/accounts/{accountID}/contacts/list`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::UserPage>, Error<types::ApiErrorBody>> {
            let Self { client, account_id, cursor, direction, limit, query } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/accounts/{}/contacts/list", client.baseurl, encode_path(&
                account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/accounts/{accountID}/contacts/list`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::UserPage>, crate::Error> {
            crate::checks::path_ids(
                "list_contacts",
                &[("accountID", self.account_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::search_contacts`]

[`Client::search_contacts`]: super::Client::search_contacts*/
    #[derive(Debug, Clone)]
    pub struct SearchContacts<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) account_id: Result<::std::string::String, String>,
        pub(crate) query: Result<::std::string::String, String>,
    }
    impl<'a> SearchContacts<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err(
                    "`search_contacts` needs `account_id`: call `.account_id(..)` before `.send()`"
                        .to_string(),
                ),
                query: Err(
                    "`search_contacts` needs `query`: call `.query(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        ///The account, e.g. `whatsapp` or `slackgo.TEAM-USER`.
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        ///Name, phone number, e-mail address or `@username`.
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/accounts/{accountID}/contacts`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ContactSearchResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, account_id, query } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/accounts/{}/contacts", client.baseurl, encode_path(& account_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/accounts/{accountID}/contacts`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ContactSearchResponse>,
            crate::Error,
        > {
            crate::checks::path_ids(
                "search_contacts",
                &[("accountID", self.account_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::list_chats`]

[`Client::list_chats`]: super::Client::list_chats*/
    #[derive(Debug, Clone)]
    pub struct ListChats<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) account_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) cursor: Result<Option<::std::string::String>, String>,
        pub(crate) direction: Result<Option<types::Direction>, String>,
        pub(crate) limit: Result<Option<i32>, String>,
    }
    impl<'a> ListChats<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_ids: Ok(None),
                cursor: Ok(None),
                direction: Ok(None),
                limit: Ok(None),
            }
        }
        ///Only these accounts (repeat the key per ID); leave out for all accounts.
        pub fn account_ids<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<::std::string::String>,
        {
            let list: ::std::vec::Vec<::std::string::String> = value
                .into_iter()
                .map(::std::convert::Into::into)
                .collect();
            self.account_ids = Ok(Some(list));
            self
        }
        ///Opaque position from a previous page's `oldestCursor` or `newestCursor`.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        ///Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Direction>,
        {
            self.direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Direction` for direction failed".to_string()
                });
            self
        }
        ///Page size, 1 to 200 (server default 25). Older servers ignore it.
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/chats`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ChatPage>, Error<types::ApiErrorBody>> {
            let Self { client, account_ids, cursor, direction, limit } = self;
            let account_ids = account_ids.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/chats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("accountIDs", &account_ids))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_chats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/chats`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ChatPage>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::create_chat`]

[`Client::create_chat`]: super::Client::create_chat*/
    #[derive(Debug, Clone)]
    pub struct CreateChat<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::CreateChatRequest, String>,
    }
    impl<'a> CreateChat<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///Sets the JSON request body of `create_chat` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateChatRequest>,
            <V as std::convert::TryInto<
                types::CreateChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `create_chat` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateChatRequest,
            ) -> types::builder::CreateChatRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ChatCreateResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateChatRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/chats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ChatCreateResponse>,
            crate::Error,
        > {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::search_chats`]

[`Client::search_chats`]: super::Client::search_chats*/
    #[derive(Debug, Clone)]
    pub struct SearchChats<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) account_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) cursor: Result<Option<::std::string::String>, String>,
        pub(crate) direction: Result<Option<types::Direction>, String>,
        pub(crate) inbox: Result<Option<types::InboxFilter>, String>,
        pub(crate) include_muted: Result<Option<bool>, String>,
        pub(crate) label_id: Result<Option<::std::string::String>, String>,
        pub(crate) last_activity_after: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) last_activity_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) limit: Result<Option<i32>, String>,
        pub(crate) query: Result<Option<::std::string::String>, String>,
        pub(crate) scope: Result<Option<types::ChatSearchScope>, String>,
        pub(crate) chat_type: Result<Option<crate::types::ChatType>, String>,
        pub(crate) unread_only: Result<Option<bool>, String>,
    }
    impl<'a> SearchChats<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_ids: Ok(None),
                cursor: Ok(None),
                direction: Ok(None),
                inbox: Ok(None),
                include_muted: Ok(None),
                label_id: Ok(None),
                last_activity_after: Ok(None),
                last_activity_before: Ok(None),
                limit: Ok(None),
                query: Ok(None),
                scope: Ok(None),
                chat_type: Ok(None),
                unread_only: Ok(None),
            }
        }
        ///Only these accounts (repeat the key per ID); leave out for all accounts.
        pub fn account_ids<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<::std::string::String>,
        {
            let list: ::std::vec::Vec<::std::string::String> = value
                .into_iter()
                .map(::std::convert::Into::into)
                .collect();
            self.account_ids = Ok(Some(list));
            self
        }
        ///Opaque position from a previous page's `oldestCursor` or `newestCursor`.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        ///Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Direction>,
        {
            self.direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Direction` for direction failed".to_string()
                });
            self
        }
        ///Only chats in this inbox; leave out for all chats.
        pub fn inbox<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InboxFilter>,
        {
            self.inbox = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `InboxFilter` for inbox failed".to_string());
            self
        }
        ///Include muted chats (server default true).
        pub fn include_muted<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_muted = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_muted failed".to_string()
                });
            self
        }
        ///Only chats carrying this label (newer servers).
        pub fn label_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.label_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for label_id failed"
                        .to_string()
                });
            self
        }
        ///Only chats active after this time.
        pub fn last_activity_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.last_activity_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for last_activity_after failed"
                        .to_string()
                });
            self
        }
        ///Only chats active before this time.
        pub fn last_activity_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.last_activity_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for last_activity_before failed"
                        .to_string()
                });
            self
        }
        ///Page size, 1 to 200 (server default 50).
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }
        ///Words that must all appear (case-insensitive, literal).
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Where to match the query.
        pub fn scope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ChatSearchScope>,
        {
            self.scope = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ChatSearchScope` for scope failed".to_string()
                });
            self
        }
        ///Only direct chats or only groups; leave out for both.
        pub fn chat_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::ChatType>,
        {
            self.chat_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: ChatType` for chat_type failed"
                        .to_string()
                });
            self
        }
        ///Only chats with unread messages.
        pub fn unread_only<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.unread_only = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for unread_only failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/chats/search`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ChatSearchPage>, Error<types::ApiErrorBody>> {
            let Self {
                client,
                account_ids,
                cursor,
                direction,
                inbox,
                include_muted,
                label_id,
                last_activity_after,
                last_activity_before,
                limit,
                query,
                scope,
                chat_type,
                unread_only,
            } = self;
            let account_ids = account_ids.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let inbox = inbox.map_err(Error::InvalidRequest)?;
            let include_muted = include_muted.map_err(Error::InvalidRequest)?;
            let label_id = label_id.map_err(Error::InvalidRequest)?;
            let last_activity_after = last_activity_after
                .map_err(Error::InvalidRequest)?;
            let last_activity_before = last_activity_before
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let scope = scope.map_err(Error::InvalidRequest)?;
            let chat_type = chat_type.map_err(Error::InvalidRequest)?;
            let unread_only = unread_only.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/chats/search", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("accountIDs", &account_ids))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .query(&progenitor_client::QueryParam::new("inbox", &inbox))
                .query(
                    &progenitor_client::QueryParam::new("includeMuted", &include_muted),
                )
                .query(&progenitor_client::QueryParam::new("labelID", &label_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastActivityAfter",
                        &last_activity_after,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastActivityBefore",
                        &last_activity_before,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .query(&progenitor_client::QueryParam::new("scope", &scope))
                .query(&progenitor_client::QueryParam::new("type", &chat_type))
                .query(&progenitor_client::QueryParam::new("unreadOnly", &unread_only))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_chats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/chats/search`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ChatSearchPage>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::start_chat`]

[`Client::start_chat`]: super::Client::start_chat*/
    #[derive(Debug, Clone)]
    pub struct StartChat<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::StartChatRequest, String>,
    }
    impl<'a> StartChat<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///Sets the JSON request body of `start_chat` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StartChatRequest>,
            <V as std::convert::TryInto<
                types::StartChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StartChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `start_chat` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StartChatRequest,
            ) -> types::builder::StartChatRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/start`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ChatCreateResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::StartChatRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/chats/start", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "start_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/start`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ChatCreateResponse>,
            crate::Error,
        > {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::get_chat`]

[`Client::get_chat`]: super::Client::get_chat*/
    #[derive(Debug, Clone)]
    pub struct GetChat<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) max_participant_count: Result<Option<i32>, String>,
    }
    impl<'a> GetChat<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`get_chat` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                max_participant_count: Ok(None),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Most participants to include; -1 for all, otherwise 0 to 500 (server default 100).
        pub fn max_participant_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.max_participant_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i32` for max_participant_count failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/chats/{chatID}`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, max_participant_count } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let max_participant_count = max_participant_count
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}", client.baseurl, encode_path(& chat_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "maxParticipantCount",
                        &max_participant_count,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/chats/{chatID}`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Chat>, crate::Error> {
            crate::checks::path_ids(
                "get_chat",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::update_chat`]

[`Client::update_chat`]: super::Client::update_chat*/
    #[derive(Debug, Clone)]
    pub struct UpdateChat<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::UpdateChatRequest, String>,
    }
    impl<'a> UpdateChat<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`update_chat` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `update_chat` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChatRequest>,
            <V as std::convert::TryInto<
                types::UpdateChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `update_chat` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateChatRequest,
            ) -> types::builder::UpdateChatRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/v1/chats/{chatID}`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateChatRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}", client.baseurl, encode_path(& chat_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PATCH` request to `/v1/chats/{chatID}`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Chat>, crate::Error> {
            crate::checks::path_ids(
                "update_chat",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::archive_chat`]

[`Client::archive_chat`]: super::Client::archive_chat*/
    #[derive(Debug, Clone)]
    pub struct ArchiveChat<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::ArchiveChatRequest, String>,
    }
    impl<'a> ArchiveChat<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`archive_chat` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `archive_chat` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ArchiveChatRequest>,
            <V as std::convert::TryInto<
                types::ArchiveChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ArchiveChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `archive_chat` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ArchiveChatRequest,
            ) -> types::builder::ArchiveChatRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/archive`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ArchiveChatRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/archive", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "archive_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/archive`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            crate::checks::path_ids(
                "archive_chat",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_raw(self.send_raw()).await
        }
    }
    /**Builder for [`Client::mark_chat_read`]

[`Client::mark_chat_read`]: super::Client::mark_chat_read*/
    #[derive(Debug, Clone)]
    pub struct MarkChatRead<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::MarkChatReadRequest, String>,
    }
    impl<'a> MarkChatRead<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`mark_chat_read` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `mark_chat_read` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkChatReadRequest>,
            <V as std::convert::TryInto<
                types::MarkChatReadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MarkChatReadRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `mark_chat_read` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MarkChatReadRequest,
            ) -> types::builder::MarkChatReadRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/read`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::MarkChatReadRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/read", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mark_chat_read",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/read`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Chat>, crate::Error> {
            crate::checks::path_ids(
                "mark_chat_read",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::mark_chat_unread`]

[`Client::mark_chat_unread`]: super::Client::mark_chat_unread*/
    #[derive(Debug, Clone)]
    pub struct MarkChatUnread<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::MarkChatUnreadRequest, String>,
    }
    impl<'a> MarkChatUnread<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`mark_chat_unread` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `mark_chat_unread` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkChatUnreadRequest>,
            <V as std::convert::TryInto<
                types::MarkChatUnreadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `MarkChatUnreadRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Edits the JSON request body of `mark_chat_unread` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MarkChatUnreadRequest,
            ) -> types::builder::MarkChatUnreadRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/unread`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::MarkChatUnreadRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/unread", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mark_chat_unread",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/unread`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Chat>, crate::Error> {
            crate::checks::path_ids(
                "mark_chat_unread",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::notify_anyway`]

[`Client::notify_anyway`]: super::Client::notify_anyway*/
    #[derive(Debug, Clone)]
    pub struct NotifyAnyway<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
    }
    impl<'a> NotifyAnyway<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`notify_anyway` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/notify-anyway`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/notify-anyway", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "notify_anyway",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/notify-anyway`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Chat>, crate::Error> {
            crate::checks::path_ids(
                "notify_anyway",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::create_reminder`]

[`Client::create_reminder`]: super::Client::create_reminder*/
    #[derive(Debug, Clone)]
    pub struct CreateReminder<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::CreateReminderRequest, String>,
    }
    impl<'a> CreateReminder<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`create_reminder` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `create_reminder` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateReminderRequest>,
            <V as std::convert::TryInto<
                types::CreateReminderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateReminderRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Edits the JSON request body of `create_reminder` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateReminderRequest,
            ) -> types::builder::CreateReminderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/reminders`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateReminderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/reminders", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/reminders`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            crate::checks::path_ids(
                "create_reminder",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_raw(self.send_raw()).await
        }
    }
    /**Builder for [`Client::delete_reminder`]

[`Client::delete_reminder`]: super::Client::delete_reminder*/
    #[derive(Debug, Clone)]
    pub struct DeleteReminder<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteReminder<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`delete_reminder` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/chats/{chatID}/reminders`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/reminders", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `DELETE` request to `/v1/chats/{chatID}/reminders`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            crate::checks::path_ids(
                "delete_reminder",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_raw(self.send_raw()).await
        }
    }
    /**Builder for [`Client::list_messages`]

[`Client::list_messages`]: super::Client::list_messages*/
    #[derive(Debug, Clone)]
    pub struct ListMessages<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) cursor: Result<Option<::std::string::String>, String>,
        pub(crate) direction: Result<Option<types::Direction>, String>,
    }
    impl<'a> ListMessages<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`list_messages` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                cursor: Ok(None),
                direction: Ok(None),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Opaque position from a previous page's `oldestCursor` or `newestCursor`.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        ///Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Direction>,
        {
            self.direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Direction` for direction failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/chats/{chatID}/messages`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::MessagePage>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, cursor, direction } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/chats/{chatID}/messages`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::MessagePage>, crate::Error> {
            crate::checks::path_ids(
                "list_messages",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::send_message`]

[`Client::send_message`]: super::Client::send_message*/
    #[derive(Debug, Clone)]
    pub struct SendMessage<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::SendMessageRequest, String>,
    }
    impl<'a> SendMessage<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`send_message` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `send_message` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageRequest>,
            <V as std::convert::TryInto<
                types::SendMessageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SendMessageRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `send_message` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendMessageRequest,
            ) -> types::builder::SendMessageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/messages`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::MessageSendResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SendMessageRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages", client.baseurl, encode_path(& chat_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/messages`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::MessageSendResponse>,
            crate::Error,
        > {
            crate::checks::path_ids(
                "send_message",
                &[("chatID", self.chat_id.as_deref().ok())],
            )?;
            crate::checks::send_message(&self.body)?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::get_message`]

[`Client::get_message`]: super::Client::get_message*/
    #[derive(Debug, Clone)]
    pub struct GetMessage<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) message_id: Result<::std::string::String, String>,
    }
    impl<'a> GetMessage<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`get_message` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                message_id: Err(
                    "`get_message` needs `message_id`: call `.message_id(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///The message.
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for message_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/chats/{chatID}/messages/{messageID}`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Message>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, message_id } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages/{}", client.baseurl, encode_path(& chat_id
                .to_string()), encode_path(& message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/chats/{chatID}/messages/{messageID}`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Message>, crate::Error> {
            crate::checks::path_ids(
                "get_message",
                &[
                    ("chatID", self.chat_id.as_deref().ok()),
                    ("messageID", self.message_id.as_deref().ok()),
                ],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::update_message`]

[`Client::update_message`]: super::Client::update_message*/
    #[derive(Debug, Clone)]
    pub struct UpdateMessage<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) message_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::UpdateMessageRequest, String>,
    }
    impl<'a> UpdateMessage<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`update_message` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                message_id: Err(
                    "`update_message` needs `message_id`: call `.message_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///The message.
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for message_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `update_message` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMessageRequest>,
            <V as std::convert::TryInto<
                types::UpdateMessageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMessageRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Edits the JSON request body of `update_message` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMessageRequest,
            ) -> types::builder::UpdateMessageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v1/chats/{chatID}/messages/{messageID}`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::MessageUpdateResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, chat_id, message_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMessageRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages/{}", client.baseurl, encode_path(& chat_id
                .to_string()), encode_path(& message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/v1/chats/{chatID}/messages/{messageID}`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::MessageUpdateResponse>,
            crate::Error,
        > {
            crate::checks::path_ids(
                "update_message",
                &[
                    ("chatID", self.chat_id.as_deref().ok()),
                    ("messageID", self.message_id.as_deref().ok()),
                ],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::delete_message`]

[`Client::delete_message`]: super::Client::delete_message*/
    #[derive(Debug, Clone)]
    pub struct DeleteMessage<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) message_id: Result<::std::string::String, String>,
        pub(crate) for_everyone: Result<Option<bool>, String>,
    }
    impl<'a> DeleteMessage<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`delete_message` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                message_id: Err(
                    "`delete_message` needs `message_id`: call `.message_id(..)` before `.send()`"
                        .to_string(),
                ),
                for_everyone: Ok(None),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///The message.
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for message_id failed"
                        .to_string()
                });
            self
        }
        ///`true` deletes it for everyone where the network allows; `false` only for you.
        pub fn for_everyone<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.for_everyone = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for for_everyone failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/v1/chats/{chatID}/messages/{messageID}`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ApiErrorBody>> {
            let Self { client, chat_id, message_id, for_everyone } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let for_everyone = for_everyone.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages/{}", client.baseurl, encode_path(& chat_id
                .to_string()), encode_path(& message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("forEveryone", &for_everyone))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `DELETE` request to `/v1/chats/{chatID}/messages/{messageID}`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            crate::checks::path_ids(
                "delete_message",
                &[
                    ("chatID", self.chat_id.as_deref().ok()),
                    ("messageID", self.message_id.as_deref().ok()),
                ],
            )?;
            crate::error::finish_raw(self.send_raw()).await
        }
    }
    /**Builder for [`Client::add_reaction`]

[`Client::add_reaction`]: super::Client::add_reaction*/
    #[derive(Debug, Clone)]
    pub struct AddReaction<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) message_id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::AddReactionRequest, String>,
    }
    impl<'a> AddReaction<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`add_reaction` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                message_id: Err(
                    "`add_reaction` needs `message_id`: call `.message_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///The message.
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for message_id failed"
                        .to_string()
                });
            self
        }
        ///Sets the JSON request body of `add_reaction` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddReactionRequest>,
            <V as std::convert::TryInto<
                types::AddReactionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddReactionRequest` for body failed: {}", s)
                });
            self
        }
        ///Edits the JSON request body of `add_reaction` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddReactionRequest,
            ) -> types::builder::AddReactionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/messages/{messageID}/reactions`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ReactionAddResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, chat_id, message_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddReactionRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages/{}/reactions", client.baseurl, encode_path(&
                chat_id.to_string()), encode_path(& message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_reaction",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/chats/{chatID}/messages/{messageID}/reactions`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ReactionAddResponse>,
            crate::Error,
        > {
            crate::checks::path_ids(
                "add_reaction",
                &[
                    ("chatID", self.chat_id.as_deref().ok()),
                    ("messageID", self.message_id.as_deref().ok()),
                ],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::delete_reaction`]

[`Client::delete_reaction`]: super::Client::delete_reaction*/
    #[derive(Debug, Clone)]
    pub struct DeleteReaction<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) chat_id: Result<::std::string::String, String>,
        pub(crate) message_id: Result<::std::string::String, String>,
        pub(crate) reaction_key: Result<::std::string::String, String>,
    }
    impl<'a> DeleteReaction<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err(
                    "`delete_reaction` needs `chat_id`: call `.chat_id(..)` before `.send()`"
                        .to_string(),
                ),
                message_id: Err(
                    "`delete_reaction` needs `message_id`: call `.message_id(..)` before `.send()`"
                        .to_string(),
                ),
                reaction_key: Err(
                    "`delete_reaction` needs `reaction_key`: call `.reaction_key(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        ///The chat, e.g. `!abc:beeper.local`, or its installation-local ID.
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///The message.
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for message_id failed"
                        .to_string()
                });
            self
        }
        ///The reaction to take back (emoji, shortcode or custom key); percent-encoded on the wire.
        pub fn reaction_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.reaction_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for reaction_key failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ReactionDeleteResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, chat_id, message_id, reaction_key } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let reaction_key = reaction_key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/chats/{}/messages/{}/reactions/{}", client.baseurl, encode_path(&
                chat_id.to_string()), encode_path(& message_id.to_string()),
                encode_path(& reaction_key.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_reaction",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `DELETE` request to `/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ReactionDeleteResponse>,
            crate::Error,
        > {
            crate::checks::path_ids(
                "delete_reaction",
                &[
                    ("chatID", self.chat_id.as_deref().ok()),
                    ("messageID", self.message_id.as_deref().ok()),
                    ("reactionKey", self.reaction_key.as_deref().ok()),
                ],
            )?;
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::search_messages`]

[`Client::search_messages`]: super::Client::search_messages*/
    #[derive(Debug, Clone)]
    pub struct SearchMessages<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) account_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) chat_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) chat_type: Result<Option<crate::types::ChatType>, String>,
        pub(crate) cursor: Result<Option<::std::string::String>, String>,
        pub(crate) date_after: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) date_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) direction: Result<Option<types::Direction>, String>,
        pub(crate) exclude_low_priority: Result<Option<bool>, String>,
        pub(crate) include_muted: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<i32>, String>,
        pub(crate) media_types: Result<
            Option<::std::vec::Vec<types::MediaTypeFilter>>,
            String,
        >,
        pub(crate) query: Result<Option<::std::string::String>, String>,
        pub(crate) sender: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SearchMessages<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_ids: Ok(None),
                chat_ids: Ok(None),
                chat_type: Ok(None),
                cursor: Ok(None),
                date_after: Ok(None),
                date_before: Ok(None),
                direction: Ok(None),
                exclude_low_priority: Ok(None),
                include_muted: Ok(None),
                limit: Ok(None),
                media_types: Ok(None),
                query: Ok(None),
                sender: Ok(None),
            }
        }
        ///Only these accounts (repeat the key per ID); leave out for all accounts.
        pub fn account_ids<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<::std::string::String>,
        {
            let list: ::std::vec::Vec<::std::string::String> = value
                .into_iter()
                .map(::std::convert::Into::into)
                .collect();
            self.account_ids = Ok(Some(list));
            self
        }
        ///Only messages from these chats (repeat the key per ID).
        pub fn chat_ids<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<::std::string::String>,
        {
            let list: ::std::vec::Vec<::std::string::String> = value
                .into_iter()
                .map(::std::convert::Into::into)
                .collect();
            self.chat_ids = Ok(Some(list));
            self
        }
        ///Only messages from direct chats or from groups.
        pub fn chat_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::ChatType>,
        {
            self.chat_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: ChatType` for chat_type failed"
                        .to_string()
                });
            self
        }
        ///Opaque position from a previous page's `oldestCursor` or `newestCursor`.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        ///Only messages strictly after this time.
        pub fn date_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.date_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for date_after failed"
                        .to_string()
                });
            self
        }
        ///Only messages strictly before this time.
        pub fn date_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.date_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for date_before failed"
                        .to_string()
                });
            self
        }
        ///Which side of `cursor` to read; the server assumes `before` when only a cursor is given.
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Direction>,
        {
            self.direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Direction` for direction failed".to_string()
                });
            self
        }
        ///Leave out low-priority chats (server default true).
        pub fn exclude_low_priority<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.exclude_low_priority = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for exclude_low_priority failed".to_string()
                });
            self
        }
        ///Include messages from muted chats (server default true).
        pub fn include_muted<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_muted = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_muted failed".to_string()
                });
            self
        }
        ///Largest number of messages in this page.
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }
        ///Only messages carrying these kinds of media; `any` means any media at all.
        pub fn media_types<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<types::MediaTypeFilter>,
        {
            let list: ::std::vec::Vec<types::MediaTypeFilter> = value
                .into_iter()
                .map(::std::convert::Into::into)
                .collect();
            self.media_types = Ok(Some(list));
            self
        }
        ///Literal words to match, in any order.
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///`me`, `others`, or a user ID.
        pub fn sender<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sender = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sender failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/messages/search`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::MessagePage>, Error<types::ApiErrorBody>> {
            let Self {
                client,
                account_ids,
                chat_ids,
                chat_type,
                cursor,
                date_after,
                date_before,
                direction,
                exclude_low_priority,
                include_muted,
                limit,
                media_types,
                query,
                sender,
            } = self;
            let account_ids = account_ids.map_err(Error::InvalidRequest)?;
            let chat_ids = chat_ids.map_err(Error::InvalidRequest)?;
            let chat_type = chat_type.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let date_after = date_after.map_err(Error::InvalidRequest)?;
            let date_before = date_before.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let exclude_low_priority = exclude_low_priority
                .map_err(Error::InvalidRequest)?;
            let include_muted = include_muted.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let media_types = media_types.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let sender = sender.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/messages/search", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("accountIDs", &account_ids))
                .query(&progenitor_client::QueryParam::new("chatIDs", &chat_ids))
                .query(&progenitor_client::QueryParam::new("chatType", &chat_type))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("dateAfter", &date_after))
                .query(&progenitor_client::QueryParam::new("dateBefore", &date_before))
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .query(
                    &progenitor_client::QueryParam::new(
                        "excludeLowPriority",
                        &exclude_low_priority,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("includeMuted", &include_muted),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("mediaTypes", &media_types))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .query(&progenitor_client::QueryParam::new("sender", &sender))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/messages/search`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::MessagePage>, crate::Error> {
            crate::error::finish_json(self.send_raw()).await
        }
    }
    /**Builder for [`Client::download_asset`]

[`Client::download_asset`]: super::Client::download_asset*/
    #[derive(Debug, Clone)]
    pub struct DownloadAsset<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::DownloadAssetRequest, String>,
    }
    impl<'a> DownloadAsset<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///Sets the JSON request body of `download_asset` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadAssetRequest>,
            <V as std::convert::TryInto<
                types::DownloadAssetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DownloadAssetRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Edits the JSON request body of `download_asset` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DownloadAssetRequest,
            ) -> types::builder::DownloadAssetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/assets/download`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::AssetDownloadResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DownloadAssetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/assets/download", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "download_asset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/assets/download`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::AssetDownloadResponse>,
            crate::Error,
        > {
            crate::error::finish_json(self.send_raw())
                .await
                .and_then(crate::error::check_reported)
        }
    }
    /**Builder for [`Client::serve_asset`]

[`Client::serve_asset`]: super::Client::serve_asset*/
    #[derive(Debug, Clone)]
    pub struct ServeAsset<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) url: Result<::std::string::String, String>,
        pub(crate) range: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ServeAsset<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                url: Err(
                    "`serve_asset` needs `url`: call `.url(..)` before `.send()`"
                        .to_string(),
                ),
                range: Ok(None),
            }
        }
        ///The asset to stream.
        pub fn url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.url = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for url failed"
                        .to_string()
                });
            self
        }
        ///Optional byte range, e.g. `bytes=0-1023`.
        pub fn range<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.range = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for range failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/assets/serve`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::ApiErrorBody>> {
            let Self { client, url, range } = self;
            let url = url.map_err(Error::InvalidRequest)?;
            let range = range.map_err(Error::InvalidRequest)?;
            let _url = format!("{}/v1/assets/serve", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = range {
                header_map.append("Range", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(_url)
                .query(&progenitor_client::QueryParam::new("url", &url))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "serve_asset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v1/assets/serve`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<ByteStream>, crate::Error> {
            crate::error::finish_raw(self.send_raw()).await
        }
    }
    /**Builder for [`Client::upload_asset_base64`]

[`Client::upload_asset_base64`]: super::Client::upload_asset_base64*/
    #[derive(Debug, Clone)]
    pub struct UploadAssetBase64<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::UploadAssetBase64Request, String>,
    }
    impl<'a> UploadAssetBase64<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///Sets the JSON request body of `upload_asset_base64` (any value convertible into it).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UploadAssetBase64Request>,
            <V as std::convert::TryInto<
                types::UploadAssetBase64Request,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UploadAssetBase64Request` for body failed: {}", s
                    )
                });
            self
        }
        ///Edits the JSON request body of `upload_asset_base64` in place with its builder's setters, starting from what is set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UploadAssetBase64Request,
            ) -> types::builder::UploadAssetBase64Request,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/assets/upload/base64`
        pub(crate) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::AssetUploadResponse>,
            Error<types::ApiErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UploadAssetBase64Request::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/assets/upload/base64", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_asset_base64",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v1/assets/upload/base64`
        ///
        /// Errors are [`crate::Error`]: the API's error body with its status,
        /// an unexpected status with its body, a decode error naming the
        /// JSON path, a transport error, or an input rejected before sending.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::AssetUploadResponse>,
            crate::Error,
        > {
            crate::error::finish_json(self.send_raw())
                .await
                .and_then(crate::error::check_reported)
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Facts about each operation read from `openapi.yaml`, used by the hooks.
pub mod spec {
    /// One operation of the spec.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Operation {
        /// snake_case operation id, as in `OperationInfo::operation_id`.
        pub id: &'static str,
        /// HTTP method, upper case.
        pub method: &'static str,
        /// Path template, e.g. `/v1/chats/{chatID}`.
        pub path: &'static str,
        /// Whether the access token is sent.
        pub authenticated: bool,
        /// `Accept` replacing `application/json` (raw-bytes and void
        /// operations), else empty.
        pub accept: &'static str,
    }
    /// Every operation, sorted by id.
    pub const OPERATIONS: &[Operation] = &[
        Operation {
            id: "add_reaction",
            method: "POST",
            path: "/v1/chats/{chatID}/messages/{messageID}/reactions",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "archive_chat",
            method: "POST",
            path: "/v1/chats/{chatID}/archive",
            authenticated: true,
            accept: "*/*",
        },
        Operation {
            id: "create_chat",
            method: "POST",
            path: "/v1/chats",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "create_reminder",
            method: "POST",
            path: "/v1/chats/{chatID}/reminders",
            authenticated: true,
            accept: "*/*",
        },
        Operation {
            id: "delete_message",
            method: "DELETE",
            path: "/v1/chats/{chatID}/messages/{messageID}",
            authenticated: true,
            accept: "*/*",
        },
        Operation {
            id: "delete_reaction",
            method: "DELETE",
            path: "/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "delete_reminder",
            method: "DELETE",
            path: "/v1/chats/{chatID}/reminders",
            authenticated: true,
            accept: "*/*",
        },
        Operation {
            id: "download_asset",
            method: "POST",
            path: "/v1/assets/download",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "focus",
            method: "POST",
            path: "/v1/focus",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "get_chat",
            method: "GET",
            path: "/v1/chats/{chatID}",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "get_info",
            method: "GET",
            path: "/v1/info",
            authenticated: false,
            accept: "",
        },
        Operation {
            id: "get_message",
            method: "GET",
            path: "/v1/chats/{chatID}/messages/{messageID}",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "list_accounts",
            method: "GET",
            path: "/v1/accounts",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "list_chats",
            method: "GET",
            path: "/v1/chats",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "list_contacts",
            method: "GET",
            path: "/v1/accounts/{accountID}/contacts/list",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "list_messages",
            method: "GET",
            path: "/v1/chats/{chatID}/messages",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "mark_chat_read",
            method: "POST",
            path: "/v1/chats/{chatID}/read",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "mark_chat_unread",
            method: "POST",
            path: "/v1/chats/{chatID}/unread",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "notify_anyway",
            method: "POST",
            path: "/v1/chats/{chatID}/notify-anyway",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "search",
            method: "GET",
            path: "/v1/search",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "search_chats",
            method: "GET",
            path: "/v1/chats/search",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "search_contacts",
            method: "GET",
            path: "/v1/accounts/{accountID}/contacts",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "search_messages",
            method: "GET",
            path: "/v1/messages/search",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "send_message",
            method: "POST",
            path: "/v1/chats/{chatID}/messages",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "serve_asset",
            method: "GET",
            path: "/v1/assets/serve",
            authenticated: true,
            accept: "application/octet-stream",
        },
        Operation {
            id: "start_chat",
            method: "POST",
            path: "/v1/chats/start",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "update_chat",
            method: "PATCH",
            path: "/v1/chats/{chatID}",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "update_message",
            method: "PUT",
            path: "/v1/chats/{chatID}/messages/{messageID}",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "upload_asset",
            method: "POST",
            path: "/v1/assets/upload",
            authenticated: true,
            accept: "",
        },
        Operation {
            id: "upload_asset_base64",
            method: "POST",
            path: "/v1/assets/upload/base64",
            authenticated: true,
            accept: "",
        },
    ];
}
