//! Contract run against Stainless' steady mock, an independent request
//! validator serving openapi.yaml: every operation of the client is called
//! once with every optional parameter and field set and once with none, and
//! must be answered and decoded; steady's log must show no diagnostic for any
//! of those requests, and must show that each call really sent what the spec
//! declares. Deliberately wrong raw requests prove steady flags mistakes.
//!
//! Not part of `cargo test`: `contract/run requests` starts steady and runs
//! `cargo test --test contract` with [`steady::ENV_URL`] and
//! [`steady::ENV_LOG`] set. Without them every test fails.

mod spec;
mod steady;

use std::collections::BTreeSet;
use std::future::Future;

use beeper_desktop::types::{self, AttachmentInputType, Direction};
use beeper_desktop::{Client, Error, Patch};
use chrono::{TimeZone, Utc};

const TOKEN: &str = "contract-token";
const CHAT: &str = "!a1b2c3:beeper.local";
const MESSAGE: &str = "1343993";
const BRIDGE: &str = "local-whatsapp";
const VERIFICATION: &str = "v-1";

/// Which requests a client sends, told apart in steady's log by user agent.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// Every optional parameter and body field set.
    Full,
    /// Only what the spec requires.
    Bare,
}

impl Mode {
    fn user_agent(self) -> &'static str {
        match self {
            Mode::Full => "beeper-desktop-contract/full",
            Mode::Bare => "beeper-desktop-contract/bare",
        }
    }
}

fn client(mode: Mode) -> Client {
    Client::builder()
        .base_url(steady::setting(steady::ENV_URL))
        .access_token(TOKEN)
        .user_agent(mode.user_agent())
        .max_retries(0)
        .build()
        .expect("client builds")
}

/// Calls made and the ones that failed (sent, answered, or decoded wrong).
#[derive(Default)]
struct Calls {
    made: usize,
    failures: Vec<String>,
}

impl Calls {
    async fn check<T, F>(&mut self, operation: &str, call: F)
    where
        F: Future<Output = Result<T, Error>>,
    {
        self.made += 1;
        if let Err(error) = call.await {
            self.failures.push(format!("{operation}: {error}"));
        }
    }
}

/// Calls every operation of the client once in the given mode.
async fn drive(mode: Mode) -> Calls {
    let c = client(mode);
    let full = mode == Mode::Full;
    let at = |day| Utc.with_ymd_and_hms(2025, 8, day, 12, 0, 0).unwrap();
    let mut calls = Calls::default();

    // app
    let focus = if full {
        types::FocusRequest {
            chat_id: Some(CHAT.into()),
            draft_attachment_path: Some("/tmp/table.jpg".into()),
            draft_text: Some("See you".into()),
            message_id: Some(MESSAGE.into()),
        }
    } else {
        types::FocusRequest::default()
    };
    calls.check("focus", async { c.focus().body(focus).send().await.map(drop) }).await;
    calls.check("search", async { c.search().query("dinner").send().await.map(drop) }).await;
    calls.check("getInfo", async { c.get_info().send().await.map(drop) }).await;

    // accounts and contacts
    calls.check("listAccounts", async { c.list_accounts().send().await.map(drop) }).await;
    calls
        .check("listContacts", async {
            let mut b = c.list_contacts().account_id("whatsapp");
            if full {
                b = b.cursor("c1").direction(Direction::Before).limit(20).query("bob");
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("searchContacts", async {
            c.search_contacts().account_id("whatsapp").query("bob").send().await.map(drop)
        })
        .await;

    // chats
    calls
        .check("listChats", async {
            let mut b = c.list_chats();
            if full {
                b = b.account_ids(["whatsapp", "signal"]).cursor("c1").direction(Direction::After).limit(10);
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("createChat", async {
            c.create_chat()
                .body(types::CreateChatRequest {
                    account_id: "whatsapp".into(),
                    participant_ids: vec!["@bob:beeper.local".into()],
                    kind: types::ChatType::Group,
                    title: full.then(|| "Weekend trip".into()),
                    message_text: full.then(|| "Hello".into()),
                })
                .send()
                .await
                .map(drop)
        })
        .await;
    calls
        .check("searchChats", async {
            let mut b = c.search_chats();
            if full {
                b = b
                    .account_ids(["whatsapp"])
                    .cursor("c1")
                    .direction(Direction::Before)
                    .inbox(types::InboxFilter::LowPriority)
                    .include_muted(true)
                    .label_id("work")
                    .last_activity_after(at(1))
                    .last_activity_before(at(31))
                    .limit(20)
                    .query("family")
                    .scope(types::ChatSearchScope::Participants)
                    .chat_type(types::ChatType::Group)
                    .unread_only(true);
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("startChat", async {
            let user = if full {
                types::StartChatUser {
                    email: Some("bob@example.org".into()),
                    full_name: Some("Bob".into()),
                    id: Some("@bob:beeper.local".into()),
                    phone_number: Some("+15550100".into()),
                    username: Some("bob".into()),
                }
            } else {
                types::StartChatUser { id: Some("@bob:beeper.local".into()), ..Default::default() }
            };
            c.start_chat()
                .body(types::StartChatRequest {
                    account_id: "whatsapp".into(),
                    user,
                    allow_invite: full.then_some(true),
                    message_text: full.then(|| "Hello".into()),
                })
                .send()
                .await
                .map(drop)
        })
        .await;
    calls
        .check("getChat", async {
            let mut b = c.get_chat().chat_id(CHAT);
            if full {
                b = b.max_participant_count(50);
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("updateChat", async {
            let body = if full {
                types::UpdateChatRequest {
                    description: Some(Patch::Clear),
                    draft: Some(Patch::Set(types::DraftInput {
                        text: "See you".into(),
                        attachments: [(
                            "a1".to_owned(),
                            types::DraftAttachmentInput {
                                duration: Some(1.5),
                                file_name: Some("plan.pdf".into()),
                                id: Some("a1".into()),
                                mime_type: Some("application/pdf".into()),
                                size: Some(types::AttachmentSizeInput { height: 480, width: 640 }),
                                kind: Some(AttachmentInputType::File),
                                upload_id: "up_7f3a".into(),
                            },
                        )]
                        .into(),
                    })),
                    img_url: Some(Patch::Set("file:///tmp/avatar.png".into())),
                    is_archived: Some(false),
                    is_low_priority: Some(false),
                    is_muted: Some(true),
                    is_pinned: Some(true),
                    message_expiry_seconds: Some(Patch::Set(86400)),
                    title: Some(Patch::Set("Weekend trip".into())),
                }
            } else {
                types::UpdateChatRequest::default()
            };
            c.update_chat().chat_id(CHAT).body(body).send().await.map(drop)
        })
        .await;
    if full {
        // Once more with every clearable field set to null.
        calls
            .check("updateChat", async {
                let body = types::UpdateChatRequest {
                    description: Some(Patch::Clear),
                    draft: Some(Patch::Clear),
                    img_url: Some(Patch::Clear),
                    is_archived: Some(true),
                    is_low_priority: Some(true),
                    is_muted: Some(false),
                    is_pinned: Some(false),
                    message_expiry_seconds: Some(Patch::Clear),
                    title: Some(Patch::Clear),
                };
                c.update_chat().chat_id(CHAT).body(body).send().await.map(drop)
            })
            .await;
    }
    calls
        .check("archiveChat", async {
            let body = types::ArchiveChatRequest { archived: full.then_some(false) };
            c.archive_chat().chat_id(CHAT).body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("markChatRead", async {
            let body = types::MarkChatReadRequest { message_id: full.then(|| MESSAGE.into()) };
            c.mark_chat_read().chat_id(CHAT).body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("markChatUnread", async {
            let body = types::MarkChatUnreadRequest { message_id: full.then(|| MESSAGE.into()) };
            c.mark_chat_unread().chat_id(CHAT).body(body).send().await.map(drop)
        })
        .await;
    calls.check("notifyAnyway", async { c.notify_anyway().chat_id(CHAT).send().await.map(drop) }).await;

    // reminders
    calls
        .check("createReminder", async {
            let reminder = types::ReminderInput { remind_at: at(2), dismiss_on_incoming_message: full.then_some(true) };
            c.create_reminder().chat_id(CHAT).body(types::CreateReminderRequest { reminder }).send().await.map(drop)
        })
        .await;
    calls.check("deleteReminder", async { c.delete_reminder().chat_id(CHAT).send().await.map(drop) }).await;

    // messages
    calls
        .check("listMessages", async {
            let mut b = c.list_messages().chat_id(CHAT);
            if full {
                b = b.cursor("c1").direction(Direction::Before);
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("sendMessage", async {
            let body = if full {
                types::SendMessageRequest {
                    attachment: Some(types::MessageAttachmentInput {
                        duration: Some(3.0),
                        file_name: Some("table.jpg".into()),
                        mime_type: Some("image/jpeg".into()),
                        size: Some(types::AttachmentSizeInput { height: 768, width: 1024 }),
                        kind: Some(AttachmentInputType::Image),
                        upload_id: "up_7f3a".into(),
                    }),
                    reply_to_message_id: Some(MESSAGE.into()),
                    text: Some("Dinner at eight?".into()),
                }
            } else {
                // The least a send can carry: the API needs text or an
                // attachment (the client refuses neither before sending).
                types::SendMessageRequest { text: Some("Hi".into()), ..Default::default() }
            };
            c.send_message().chat_id(CHAT).body(body).send().await.map(drop)
        })
        .await;
    calls.check("getMessage", async { c.get_message().chat_id(CHAT).message_id(MESSAGE).send().await.map(drop) }).await;
    calls
        .check("updateMessage", async {
            let body = types::UpdateMessageRequest { text: "Dinner at nine?".into() };
            c.update_message().chat_id(CHAT).message_id(MESSAGE).body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("deleteMessage", async {
            let mut b = c.delete_message().chat_id(CHAT).message_id(MESSAGE);
            if full {
                b = b.for_everyone(true);
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("searchMessages", async {
            let mut b = c.search_messages();
            if full {
                b = b
                    .account_ids(["whatsapp"])
                    .chat_ids([CHAT])
                    .chat_type(types::ChatType::Group)
                    .cursor("c1")
                    .date_after(at(1))
                    .date_before(at(31))
                    .direction(Direction::Before)
                    .exclude_low_priority(true)
                    .include_muted(true)
                    .limit(20)
                    .media_types(vec![types::MediaTypeFilter::Image, types::MediaTypeFilter::File])
                    .query("dinner")
                    .sender("me");
            }
            b.send().await.map(drop)
        })
        .await;

    // reactions
    calls
        .check("addReaction", async {
            let body =
                types::AddReactionRequest { reaction_key: "👍".into(), transaction_id: full.then(|| "tx-1".into()) };
            c.add_reaction().chat_id(CHAT).message_id(MESSAGE).body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("deleteReaction", async {
            c.delete_reaction().chat_id(CHAT).message_id(MESSAGE).reaction_key("👍").send().await.map(drop)
        })
        .await;

    // assets
    calls
        .check("downloadAsset", async {
            let body = types::DownloadAssetRequest { url: "mxc://beeper.local/photo1".into() };
            c.download_asset().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("serveAsset", async {
            let mut b = c.serve_asset().url("mxc://beeper.local/photo1");
            if full {
                b = b.range("bytes=0-1023");
            }
            b.bytes().await.map(drop)
        })
        .await;
    calls
        .check("uploadAsset", async {
            let mut b = c.upload_asset().bytes(&b"hello"[..]);
            if full {
                b = b.file_name("hello.txt").mime_type("text/plain");
            }
            b.send().await.map(drop)
        })
        .await;
    calls
        .check("uploadAssetBase64", async {
            let body = types::UploadAssetBase64Request {
                content: "aGVsbG8=".into(),
                file_name: full.then(|| "hello.txt".into()),
                mime_type: full.then(|| "text/plain".into()),
            };
            c.upload_asset_base64().body(body).send().await.map(drop)
        })
        .await;

    // accounts, labels, bridges and bridge logins
    calls.check("getAccount", async { c.get_account().account_id("whatsapp").send().await.map(drop) }).await;
    calls.check("listLabels", async { c.list_labels().send().await.map(drop) }).await;
    calls.check("listBridges", async { c.list_bridges().send().await.map(drop) }).await;
    calls.check("getBridge", async { c.get_bridge().bridge_id(BRIDGE).send().await.map(drop) }).await;
    calls
        .check("getBridgeCapabilities", async { c.get_bridge_capabilities().bridge_id(BRIDGE).send().await.map(drop) })
        .await;
    calls.check("listLoginFlows", async { c.list_login_flows().bridge_id(BRIDGE).send().await.map(drop) }).await;
    calls.check("listBridgeLogins", async { c.list_bridge_logins().bridge_id(BRIDGE).send().await.map(drop) }).await;
    calls
        .check("getBridgeLogin", async {
            c.get_bridge_login().bridge_id(BRIDGE).login_id("login-1").send().await.map(drop)
        })
        .await;
    calls
        .check("removeBridgeLogin", async {
            let body = types::RemoveBridgeLoginRequest { scope: types::LoginRemoveScope::CurrentDevice };
            c.remove_bridge_login().bridge_id(BRIDGE).login_id("login-1").body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("createLoginSession", async {
            let body = types::CreateLoginSessionRequest {
                account_id: full.then(|| "whatsapp".into()),
                flow_id: full.then(|| "qr".into()),
                login_id: full.then(|| "login-1".into()),
            };
            c.create_login_session().bridge_id(BRIDGE).body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("getLoginSession", async {
            c.get_login_session().bridge_id(BRIDGE).login_session_id("ls-1").send().await.map(drop)
        })
        .await;
    calls
        .check("cancelLoginSession", async {
            c.cancel_login_session().bridge_id(BRIDGE).login_session_id("ls-1").send().await.map(drop)
        })
        .await;
    calls
        .check("submitLoginStep", async {
            let body = types::SubmitLoginStepRequest {
                fields: if full {
                    [("phone_number".to_owned(), "+15550100".to_owned())].into()
                } else {
                    Default::default()
                },
                last_url: full.then(|| "https://example.org/done".into()),
                source: full.then_some(types::LoginStepSource::Api),
                kind: types::LoginStepKind::UserInput,
            };
            c.submit_login_step()
                .bridge_id(BRIDGE)
                .login_session_id("ls-1")
                .step_id("step-1")
                .body(body)
                .send()
                .await
                .map(drop)
        })
        .await;

    // app setup and recovery key
    calls.check("getSetupState", async { c.get_setup_state().send().await.map(drop) }).await;
    calls.check("startSetup", async { c.start_setup().send().await.map(drop) }).await;
    calls
        .check("sendSetupEmail", async {
            let body = types::SetupEmailRequest { email: "alex@example.org".into(), setup_request_id: "sr-1".into() };
            c.send_setup_email().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("submitSetupResponse", async {
            let body = types::SetupResponseRequest { response: "123456".into(), setup_request_id: "sr-1".into() };
            c.submit_setup_response().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("registerUser", async {
            let body = types::RegisterUserRequest {
                accept_terms: true,
                lead_token: "lead-1".into(),
                setup_request_id: "sr-1".into(),
                username: "alex".into(),
            };
            c.register_user().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("verifyRecoveryKey", async {
            let body = types::VerifyRecoveryKeyRequest { recovery_key: "EsTc 1234".into() };
            c.verify_recovery_key().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("resetRecoveryKey", async {
            let body = types::ResetRecoveryKeyRequest { existing_recovery_key: full.then(|| "EsTc 1234".into()) };
            c.reset_recovery_key().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("confirmRecoveryKeyReset", async {
            let body = types::ConfirmRecoveryKeyResetRequest { recovery_key: "EsTd 5678".into() };
            c.confirm_recovery_key_reset().body(body).send().await.map(drop)
        })
        .await;

    // device verification
    calls
        .check("createVerification", async {
            let body = types::CreateVerificationRequest {
                purpose: full.then_some(types::VerificationPurpose::Device),
                user_id: full.then(|| "@alex:beeper.local".into()),
            };
            c.create_verification().body(body).send().await.map(drop)
        })
        .await;
    calls.check("listVerifications", async { c.list_verifications().send().await.map(drop) }).await;
    calls
        .check("scanVerificationQr", async {
            let body = types::ScanVerificationQrRequest { data: "MATRIX-QR".into() };
            c.scan_verification_qr().body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("getVerification", async { c.get_verification().verification_id(VERIFICATION).send().await.map(drop) })
        .await;
    calls
        .check("acceptVerification", async {
            c.accept_verification().verification_id(VERIFICATION).send().await.map(drop)
        })
        .await;
    calls
        .check("cancelVerification", async {
            let body = types::CancelVerificationRequest {
                code: full.then(|| "m.user".into()),
                reason: full.then(|| "Not me".into()),
            };
            c.cancel_verification().verification_id(VERIFICATION).body(body).send().await.map(drop)
        })
        .await;
    calls
        .check("confirmQrScanned", async {
            c.confirm_qr_scanned().verification_id(VERIFICATION).send().await.map(drop)
        })
        .await;
    calls
        .check("startSasVerification", async {
            c.start_sas_verification().verification_id(VERIFICATION).send().await.map(drop)
        })
        .await;
    calls
        .check("confirmSasVerification", async {
            c.confirm_sas_verification().verification_id(VERIFICATION).send().await.map(drop)
        })
        .await;
    calls
}

/// What is wrong with one logged request, judged against the spec.
fn problems(mode: Mode, seen: &steady::Seen, shape: &spec::Shape) -> Vec<String> {
    let mut out: Vec<String> = seen.diagnostics.iter().map(|d| format!("steady: {d}")).collect();
    if seen.status >= 300 {
        out.push(format!("steady answered {}", seen.status));
    }
    let expect = |fields: &[spec::Field]| -> BTreeSet<String> {
        fields.iter().filter(|f| f.required || mode == Mode::Full).map(|f| f.name.clone()).collect()
    };
    // steady does not check security; the spec says which operations take
    // the token, and only those may get it.
    match (shape.authenticated, seen.headers.contains("authorization")) {
        (true, false) => out.push("no Authorization header".into()),
        (false, true) => out.push("Authorization header sent to an operation without security".into()),
        _ => {}
    }
    let query = expect(&shape.query);
    if seen.query != query {
        out.push(format!("query parameters {:?}, expected {query:?}", seen.query));
    }
    for header in expect(&shape.headers) {
        if !seen.headers.contains(&header.to_lowercase()) {
            out.push(format!("header `{header}` not sent"));
        }
    }
    if mode == Mode::Bare {
        for header in shape.headers.iter().filter(|f| !f.required) {
            if seen.headers.contains(&header.name.to_lowercase()) {
                out.push(format!("optional header `{}` sent", header.name));
            }
        }
    }
    match (&shape.body, &seen.body) {
        (None, None) => {}
        (Some(fields), Some(sent)) => {
            let mut body = expect(fields);
            if mode == Mode::Bare && shape.operation_id == "sendMessage" {
                // Text or an attachment is required, a rule the spec states in prose.
                body.insert("text".into());
            }
            if *sent != body {
                out.push(format!("body fields {sent:?}, expected {body:?}"));
            }
        }
        (Some(_), None) => out.push("no body sent".into()),
        (None, Some(sent)) => out.push(format!("body {sent:?} sent to an operation without one")),
    }
    out
}

async fn check_mode(mode: Mode) {
    let shapes = spec::shapes();
    let calls = drive(mode).await;
    let seen = steady::wait_for(mode.user_agent(), calls.made);
    let mut report: Vec<String> = calls.failures.iter().map(|f| format!("client: {f}")).collect();
    let mut by_operation = BTreeSet::new();
    for request in &seen {
        let Some(shape) = shapes.get(&request.key()) else {
            report.push(format!("{}: not an operation of openapi.yaml", request.key()));
            continue;
        };
        by_operation.insert(shape.operation_id.clone());
        report.extend(problems(mode, request, shape).into_iter().map(|p| format!("{}: {p}", shape.operation_id)));
    }
    for shape in shapes.values() {
        if !by_operation.contains(&shape.operation_id) {
            report.push(format!("{}: never called", shape.operation_id));
        }
    }
    assert!(report.is_empty(), "{mode:?} run through steady:\n  {}", report.join("\n  "));
}

/// Runs [`check_mode`] on a thread of its own: in debug builds the future
/// of sixty calls outgrows a test thread's stack.
fn run_mode(mode: Mode) {
    let worker = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(check_mode(mode));
        })
        .expect("spawn the driver thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn every_operation_with_every_optional_parameter_passes_steady() {
    run_mode(Mode::Full);
}

#[test]
fn every_operation_with_only_required_parameters_passes_steady() {
    run_mode(Mode::Bare);
}

/// Sends a raw request past the client and returns steady's verdict on it.
async fn raw(user_agent: &str, request: reqwest::RequestBuilder) -> steady::Seen {
    let response = request.header("user-agent", user_agent).bearer_auth(TOKEN).send().await.expect("steady answers");
    drop(response.bytes().await);
    steady::wait_for(user_agent, 1).remove(0)
}

#[tokio::test]
async fn steady_flags_a_misspelt_query_parameter() {
    let url = format!("{}/v1/chats?limt=5", steady::setting(steady::ENV_URL));
    let seen = raw("beeper-desktop-contract/misspelt", reqwest::Client::new().get(url)).await;
    assert!(seen.flagged(), "steady accepted `limt`: {seen:?}");
    assert!(seen.diagnostics.iter().any(|d| d.contains("limt")), "{:?}", seen.diagnostics);
    let shape = &spec::shapes()["GET /v1/chats"];
    assert!(!problems(Mode::Bare, &seen, shape).is_empty(), "the contract run would let it pass");
}

#[tokio::test]
async fn steady_flags_a_body_field_of_the_wrong_type() {
    let url = format!("{}/v1/focus", steady::setting(steady::ENV_URL));
    let body = serde_json::json!({"chatID": 5});
    let seen = raw("beeper-desktop-contract/wrong-type", reqwest::Client::new().post(url).json(&body)).await;
    assert!(seen.flagged(), "steady accepted a numeric chatID: {seen:?}");
    assert!(seen.diagnostics.iter().any(|d| d.contains("body.chatID")), "{:?}", seen.diagnostics);
    assert_eq!(seen.status, 400);
}
