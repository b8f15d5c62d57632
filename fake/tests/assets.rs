//! Uploads, attachments, downloads and serving bytes (with `Range`), plus
//! the remaining top-level operations (focus, search).

use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, LARGE_CHAT_ID, NewChat};

#[tokio::test]
async fn upload_then_send_as_attachment_then_serve_its_bytes() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let chat = fake.add_chat(NewChat::single("whatsapp", "Pat"));
    let bytes: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
    let uploaded = client
        .upload_asset()
        .bytes(bytes.clone())
        .file_name("notes.bin")
        .mime_type("application/octet-stream")
        .send()
        .await
        .unwrap()
        .into_inner();
    let upload_id = uploaded.upload_id.clone().unwrap();
    assert_eq!(uploaded.file_size, Some(50_000));
    assert_eq!(uploaded.file_name.as_deref(), Some("notes.bin"));
    // The upload's own URL serves it right away.
    let src = uploaded.src_url.clone().unwrap();
    assert_eq!(client.serve_asset().url(&src).bytes().await.unwrap().as_ref(), bytes.as_slice());

    let body = types::SendMessageRequest {
        text: Some("the file".into()),
        attachment: Some(types::MessageAttachmentInput {
            upload_id: upload_id.clone(),
            file_name: None,
            mime_type: None,
            duration: None,
            size: None,
            kind: Some(types::AttachmentInputType::File),
        }),
        ..Default::default()
    };
    let sent = client.send_message().chat_id(&chat).body(body).send().await.unwrap().into_inner();
    let message =
        client.get_message().chat_id(&chat).message_id(&sent.pending_message_id).send().await.unwrap().into_inner();
    assert_eq!(message.kind, Some(types::MessageType::File));
    let attachment = &message.attachments[0];
    assert_eq!(attachment.file_name.as_deref(), Some("notes.bin"));
    assert_eq!(attachment.file_size, Some(50_000));
    let url = attachment.src_url.clone().unwrap();
    assert_eq!(client.serve_asset().url(&url).bytes().await.unwrap().as_ref(), bytes.as_slice());
    let part = client.serve_asset().url(&url).byte_range(100, Some(199)).bytes().await.unwrap();
    assert_eq!(part.as_ref(), &bytes[100..200]);
    let tail = client.serve_asset().url(&url).byte_range(49_990, None).bytes().await.unwrap();
    assert_eq!(tail.as_ref(), &bytes[49_990..]);
    let mxc = attachment.id.clone().unwrap();
    let downloaded = client
        .download_asset()
        .body(types::DownloadAssetRequest { url: mxc.clone() })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(downloaded.error, None);
    let local = downloaded.src_url.unwrap();
    assert!(local.starts_with("file://"));
    assert_eq!(client.serve_asset().url(&local).bytes().await.unwrap().as_ref(), bytes.as_slice());
    let media = client
        .search_messages()
        .chat_ids(vec![chat.clone()])
        .media_types(vec![types::MediaTypeFilter::File])
        .send()
        .await
        .unwrap()
        .into_inner()
        .items;
    assert_eq!(media.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), [message.id.as_str()]);
}

#[tokio::test]
async fn range_requests_get_206_and_unsatisfiable_ones_416() {
    let fake = FakeDesktop::start().await;
    let image = fake
        .messages(LARGE_CHAT_ID)
        .into_iter()
        .find_map(|m| m.attachments.into_iter().find(|a| a.kind == types::AttachmentType::Img))
        .unwrap();
    let url = image.src_url.unwrap();
    let size = image.file_size.unwrap() as usize;
    let http = reqwest::Client::new();
    let get = |range: Option<&str>| {
        let mut req = http
            .get(format!("{}/v1/assets/serve", fake.base_url()))
            .query(&[("url", url.as_str())])
            .bearer_auth(fake.token());
        if let Some(r) = range {
            req = req.header("range", r);
        }
        req.send()
    };
    let whole = get(None).await.unwrap();
    assert_eq!(whole.status().as_u16(), 200);
    assert_eq!(whole.headers()["content-type"], "image/png");
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    let body = whole.bytes().await.unwrap();
    assert_eq!(body.len(), size);
    assert!(body.starts_with(b"\x89PNG\r\n\x1a\n"), "real PNG bytes");
    let part = get(Some("bytes=0-7")).await.unwrap();
    assert_eq!(part.status().as_u16(), 206);
    assert_eq!(part.headers()["content-range"], format!("bytes 0-7/{size}").as_str());
    assert_eq!(part.bytes().await.unwrap().as_ref(), &body[..8]);
    let suffix = get(Some("bytes=-10")).await.unwrap();
    assert_eq!(suffix.status().as_u16(), 206);
    assert_eq!(suffix.bytes().await.unwrap().as_ref(), &body[size - 10..]);
    let beyond = get(Some(&format!("bytes={size}-"))).await.unwrap();
    assert_eq!(beyond.status().as_u16(), 416);
    assert_eq!(beyond.headers()["content-range"], format!("bytes */{size}").as_str());

    let client = fake.client();
    assert!(client.serve_asset().url("mxc://beeper.local/missing").bytes().await.unwrap_err().is_not_found());
    assert_eq!(
        client.serve_asset().url("https://example.com/x.png").bytes().await.unwrap_err().code(),
        Some("VALIDATION_ERROR")
    );
    let missing = client
        .download_asset()
        .body(types::DownloadAssetRequest { url: "mxc://beeper.local/missing".into() })
        .send()
        .await
        .unwrap_err();
    // The app reports a failed download inside a 2xx body; the client turns it into an error.
    assert!(
        matches!(missing, beeper_desktop::Error::Reported { ref message, .. } if message.contains("not found")),
        "{missing}"
    );
}

#[tokio::test]
async fn base64_uploads_sniff_the_type_and_feed_drafts() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let png = b"\x89PNG\r\n\x1a\n0000";
    use base64::Engine;
    let content = base64::engine::general_purpose::STANDARD.encode(png);
    let uploaded = client
        .upload_asset_base64()
        .body(types::UploadAssetBase64Request { content, file_name: Some("pic.png".into()), mime_type: None })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(uploaded.mime_type.as_deref(), Some("image/png"));
    assert_eq!(uploaded.file_size, Some(png.len() as u64));
    let bad = client
        .upload_asset_base64()
        .body(types::UploadAssetBase64Request { content: "%%%".into(), file_name: None, mime_type: None })
        .send()
        .await
        .unwrap_err();
    assert_eq!(bad.code(), Some("VALIDATION_ERROR"));

    let chat = fake.add_chat(NewChat::single("signal", "Drafty"));
    let mut attachments = std::collections::HashMap::new();
    attachments.insert(
        "a1".to_owned(),
        types::DraftAttachmentInput {
            upload_id: uploaded.upload_id.clone().unwrap(),
            id: None,
            duration: None,
            file_name: None,
            mime_type: None,
            size: None,
            kind: None,
        },
    );
    let body = types::UpdateChatRequest {
        draft: Some(beeper_desktop::Patch::Set(types::DraftInput { text: "see pic".into(), attachments })),
        ..Default::default()
    };
    let updated = client.update_chat().chat_id(&chat).body(body).send().await.unwrap().into_inner();
    let draft = updated.draft.unwrap();
    assert_eq!(draft.attachments["a1"].file_name.as_deref(), Some("pic.png"));
    assert_eq!(draft.attachments["a1"].mime_type.as_deref(), Some("image/png"));

    let sent = client
        .send_message()
        .chat_id(&chat)
        .body(types::SendMessageRequest {
            attachment: Some(types::MessageAttachmentInput {
                upload_id: uploaded.upload_id.unwrap(),
                file_name: None,
                mime_type: None,
                duration: None,
                size: Some(types::AttachmentSizeInput { width: 640, height: 480 }),
                kind: None,
            }),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let m = client.get_message().chat_id(&chat).message_id(&sent.pending_message_id).send().await.unwrap().into_inner();
    assert_eq!((m.kind, m.attachments[0].kind.clone()), (Some(types::MessageType::Image), types::AttachmentType::Img));
    assert_eq!(m.attachments[0].size.as_ref().and_then(|s| s.width), Some(640));
}

#[tokio::test]
async fn focus_and_top_level_search() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let chat = fake.chats()[0].clone();
    let ok = client
        .focus()
        .body(types::FocusRequest {
            chat_id: Some(chat.id.clone()),
            draft_text: Some("hi".into()),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(ok.success);
    assert!(client.focus().body(types::FocusRequest::default()).send().await.unwrap().success);
    assert!(
        client
            .focus()
            .body(types::FocusRequest { chat_id: Some("!nope:x".into()), ..Default::default() })
            .send()
            .await
            .unwrap_err()
            .is_not_found()
    );

    let found = client.search().query("lounge").send().await.unwrap().into_inner();
    assert_eq!(found.results.chats.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), [LARGE_CHAT_ID]);
    let person =
        fake.with_world(|w| w.chat(LARGE_CHAT_ID).unwrap().chat.participants.items[5].full_name.clone().unwrap());
    let by_person = client.search().query(&person).send().await.unwrap().into_inner();
    assert!(by_person.results.in_groups.iter().any(|c| c.id == LARGE_CHAT_ID), "{person}");
    let msgs = client.search().query("ferris").send().await.unwrap().into_inner().results.messages;
    assert!(!msgs.items.is_empty());
    assert!(msgs.items.iter().all(|m| msgs.chats.contains_key(&m.chat_id)));
    assert_eq!(msgs.has_more, Some(true));
    let more =
        client.search_messages().query("ferris").cursor(msgs.oldest_cursor.unwrap()).send().await.unwrap().into_inner();
    assert!(
        more.items.iter().all(|m| m.timestamp <= msgs.items.last().unwrap().timestamp),
        "search cursors continue in messages search"
    );
}
