//! Uploads turned into message attachments and draft attachments.

use beeper_desktop::types::{self, AttachmentType};
use serde_json::Value;

use crate::error::{ApiError, ApiResult, Issue};
use crate::state::World;

/// Turns an upload into an attachment of a message or draft.
pub(crate) fn attachment_from_upload(
    world: &World,
    input: &types::MessageAttachmentInput,
) -> ApiResult<types::Attachment> {
    let upload_id = input.upload_id.as_str();
    let upload = world.uploads.get(upload_id).ok_or_else(|| {
        ApiError::validation(vec![Issue::new(
            "custom",
            format!("Unknown uploadID '{upload_id}'"),
            vec![Value::from("attachment"), Value::from("uploadID")],
        )])
    })?;
    let hint = input.kind.as_ref();
    let mime = input.mime_type.clone().unwrap_or_else(|| upload.mime_type.clone());
    use types::AttachmentInputType as H;
    let kind = match hint {
        Some(H::Image | H::Gif | H::Sticker) => AttachmentType::Img,
        Some(H::Video) => AttachmentType::Video,
        Some(H::Audio | H::VoiceNote) => AttachmentType::Audio,
        Some(H::File) => AttachmentType::Unknown,
        None if mime.starts_with("image/") => AttachmentType::Img,
        None if mime.starts_with("video/") => AttachmentType::Video,
        None if mime.starts_with("audio/") => AttachmentType::Audio,
        None => AttachmentType::Unknown,
    };
    Ok(types::Attachment {
        duration: input.duration,
        file_name: Some(input.file_name.clone().unwrap_or_else(|| upload.file_name.clone())),
        file_size: Some(upload.bytes.len() as u64),
        id: Some(format!("mxc://beeper.local/{upload_id}")),
        is_gif: matches!(hint, Some(H::Gif)).then_some(true),
        is_sticker: matches!(hint, Some(H::Sticker)).then_some(true),
        is_voice_note: matches!(hint, Some(H::VoiceNote)).then_some(true),
        mime_type: Some(mime),
        poster_img: None,
        size: input.size.as_ref().map(|s| types::MediaSize { width: Some(s.width), height: Some(s.height) }),
        src_url: Some(format!("localmxc://beeper.local/{upload_id}")),
        transcription: None,
        kind,
    })
}

/// A stored draft from a `PATCH` draft input (uploads must exist).
pub(crate) fn draft_from_input(world: &World, input: &types::DraftInput) -> ApiResult<types::ChatDraft> {
    let mut attachments = std::collections::HashMap::new();
    for (key, a) in &input.attachments {
        let upload = world.uploads.get(&a.upload_id).ok_or_else(|| {
            ApiError::validation(vec![Issue::new(
                "custom",
                format!("Unknown uploadID '{}'", a.upload_id),
                vec!["draft".into(), "attachments".into(), key.clone().into(), "uploadID".into()],
            )])
        })?;
        let mime = a.mime_type.clone().unwrap_or_else(|| upload.mime_type.clone());
        use types::AttachmentInputType as H;
        let kind = match a.kind {
            Some(H::Gif) => types::DraftAttachmentType::Gif,
            Some(H::VoiceNote | H::Audio) => types::DraftAttachmentType::RecordedAudio,
            _ => types::DraftAttachmentType::File,
        };
        let id = a.id.clone().unwrap_or_else(|| key.clone());
        attachments.insert(
            key.clone(),
            types::DraftAttachment {
                audio_duration_seconds: a.duration,
                file_name: Some(a.file_name.clone().unwrap_or_else(|| upload.file_name.clone())),
                file_path: Some(format!("/tmp/beeper-desktop-fake/uploads/{}", a.upload_id)),
                file_size: Some(upload.bytes.len() as u64),
                id,
                mime_type: Some(mime),
                size: a.size.as_ref().map(|s| types::MediaSize { width: Some(s.width), height: Some(s.height) }),
                sticker_id: None,
                kind,
            },
        );
    }
    Ok(types::ChatDraft { text: input.text.clone(), attachments })
}
