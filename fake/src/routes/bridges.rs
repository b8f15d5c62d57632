//! Bridges, their logins and login sessions: `/v1/bridges/...`.
//!
//! Bridges and logins are derived from the accounts in [`World`], so what
//! `listAccounts` shows and what the bridges say always agree. A login
//! session walks through the steps of its flow (QR code, phone number and
//! code, user name and password, or browser cookies) and, once complete,
//! connects a new account or reconnects the one it was opened for.

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use beeper_desktop::types::{self, LoginDisplay, LoginStep};

use crate::auth::{ReadAccess, WriteAccess};
use crate::changes::Change;
use crate::error::{ApiError, ApiResult, Issue};
use crate::extract::{Ids, JsonBody, QueryParams};
use crate::state::bridges::LoginSessionRecord;
use crate::state::{FakeState, World};

/// The sign-in code the fake's phone flow accepts as wrong: submitting it
/// fails the session, to exercise the failure path.
pub const REJECTED_CODE: &str = "000000";

/// A bridge the fake offers even when no account uses it.
struct CatalogEntry {
    id: &'static str,
    kind: &'static str,
    display_name: &'static str,
    provider: types::BridgeProvider,
    multiple: bool,
}

fn catalog() -> Vec<CatalogEntry> {
    use types::BridgeProvider::{Cloud, Local};
    let entry =
        |id, kind, display_name, provider, multiple| CatalogEntry { id, kind, display_name, provider, multiple };
    vec![
        entry("local-whatsapp", "whatsapp", "WhatsApp", Local, true),
        entry("signal", "signal", "Signal", Cloud, true),
        entry("telegram", "telegram", "Telegram", Cloud, true),
        entry("instagramgo", "meta", "Instagram", Cloud, true),
        entry("matrix", "matrix", "Beeper (Matrix)", Cloud, false),
        entry("local-imessage", "imessage", "iMessage", Local, false),
        entry("discordgo", "discordgo", "Discord", Cloud, true),
        entry("slackgo", "slackgo", "Slack", Cloud, true),
        entry("linkedin", "linkedin", "LinkedIn", Cloud, false),
    ]
}

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/v1/bridges", get(list_bridges))
        .route("/v1/bridges/{bridgeID}", get(get_bridge))
        .route("/v1/bridges/{bridgeID}/capabilities", get(get_capabilities))
        .route("/v1/bridges/{bridgeID}/login-flows", get(list_login_flows))
        .route("/v1/bridges/{bridgeID}/logins", get(list_logins))
        .route("/v1/bridges/{bridgeID}/logins/{loginID}", get(get_login))
        .route("/v1/bridges/{bridgeID}/logins/{loginID}/remove", post(remove_login))
        .route("/v1/bridges/{bridgeID}/login-sessions", post(create_session))
        .route("/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}", get(get_session).delete(cancel_session))
        .route("/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}", post(submit_step))
}

// ---------------------------------------------------------------- derived views

/// Every bridge: those of the accounts (in account order), then the rest of
/// the catalog.
pub fn bridges(world: &World) -> Vec<types::Bridge> {
    let catalog = catalog();
    let mut ids: Vec<String> = Vec::new();
    for account in &world.accounts {
        if let Some(bridge) = &account.bridge
            && !ids.contains(&bridge.id)
        {
            ids.push(bridge.id.clone());
        }
    }
    for entry in &catalog {
        if !ids.iter().any(|id| id == entry.id) {
            ids.push(entry.id.to_owned());
        }
    }
    ids.iter().filter_map(|id| bridge(world, id)).collect()
}

/// One bridge, if the fake knows it.
pub fn bridge(world: &World, id: &str) -> Option<types::Bridge> {
    let accounts: Vec<types::Account> =
        world.accounts.iter().filter(|a| a.bridge.as_ref().is_some_and(|b| b.id == id)).cloned().collect();
    let known = catalog().into_iter().find(|e| e.id == id);
    let first = accounts.first();
    let (kind, display_name, provider, multiple) = match (&known, first) {
        (Some(e), _) => (e.kind.to_owned(), e.display_name.to_owned(), e.provider.clone(), e.multiple),
        (None, Some(a)) => {
            let b = a.bridge.as_ref()?;
            (b.kind.clone(), a.network.clone().unwrap_or_else(|| b.kind.clone()), b.provider.clone(), true)
        }
        (None, None) => return None,
    };
    let connected = accounts.iter().filter(|a| a.status == Some(types::AccountStatus::Connected)).count();
    let (status, status_text) = match (accounts.len(), multiple) {
        (0, _) => (types::BridgeStatus::Available, None),
        (_, false) => (types::BridgeStatus::LimitReached, Some("Only one account can be connected".to_owned())),
        (n, true) => (types::BridgeStatus::Connected, Some(format!("{connected} of {n} accounts connected"))),
    };
    Some(types::Bridge {
        id: id.to_owned(),
        active_account_count: connected as i64,
        display_name,
        network: Some(kind.clone()),
        provider,
        status,
        status_text,
        supports_multiple_accounts: multiple,
        kind,
        accounts,
    })
}

fn login_status(account: &types::Account) -> types::BridgeLoginStatus {
    use types::AccountStatus as A;
    use types::BridgeLoginStatus as L;
    match &account.status {
        Some(A::Connected) => L::Connected,
        Some(A::Connecting | A::Backfilling) => L::Connecting,
        Some(A::ConnectionRequired | A::ReconnectRequired | A::AttentionRequired) => L::NeedsLogin,
        Some(A::Disconnected | A::Disabled) => L::LoggedOut,
        _ => L::Unknown,
    }
}

/// The logins of a bridge: its accounts grouped by `loginID` (an account
/// without one is its own login).
pub fn logins(world: &World, bridge_id: &str) -> Vec<types::BridgeLogin> {
    let mut out: Vec<types::BridgeLogin> = Vec::new();
    for account in world.accounts.iter().filter(|a| a.bridge.as_ref().is_some_and(|b| b.id == bridge_id)) {
        let login_id = account.login_id.clone().unwrap_or_else(|| account.account_id.clone());
        if let Some(login) = out.iter_mut().find(|l| l.login_id == login_id) {
            login.account_ids.push(account.account_id.clone());
            continue;
        }
        let status = login_status(account);
        let status_text = match status {
            types::BridgeLoginStatus::NeedsLogin => Some("Sign in again to keep receiving messages".to_owned()),
            _ => account.status_text.clone(),
        };
        out.push(types::BridgeLogin {
            bridge_id: bridge_id.to_owned(),
            login_id,
            account_ids: vec![account.account_id.clone()],
            remove_scopes: vec![types::LoginRemoveScope::CurrentDevice, types::LoginRemoveScope::AllDevices],
            status,
            status_text,
            user: Some(account.user.clone()),
        });
    }
    out
}

fn flows(bridge: &types::Bridge) -> Vec<types::LoginFlow> {
    let flow = |id: &str, name: &str, description: &str| types::LoginFlow {
        id: id.to_owned(),
        name: Some(name.to_owned()),
        description: Some(description.to_owned()),
    };
    let app = &bridge.display_name;
    let qr = flow("qr", "QR code", &format!("Scan a code with {app} on your phone."));
    let phone = flow("phone", "Phone number", "Get a code by text message and enter it here.");
    let password = flow("password", "Password", &format!("Sign in with your {app} user name and password."));
    let cookies = flow("cookies", "Browser sign-in", &format!("Sign in to {app} in a browser window."));
    match bridge.kind.as_str() {
        "whatsapp" | "signal" => vec![qr, phone],
        "telegram" => vec![phone, qr],
        "discordgo" | "slackgo" | "meta" | "linkedin" => vec![cookies, password],
        _ => vec![password],
    }
}

fn field(id: &str, label: &str, kind: &str, placeholder: Option<&str>) -> types::LoginInputField {
    types::LoginInputField {
        id: id.to_owned(),
        initial_value: None,
        label: Some(label.to_owned()),
        optional: Some(false),
        placeholder: placeholder.map(str::to_owned),
        kind: Some(kind.to_owned()),
    }
}

/// Step `index` of `flow`, or `None` past the last input step.
fn flow_step(flow: &str, index: usize, session_id: &str, bridge: &types::Bridge) -> Option<LoginStep> {
    let app = &bridge.display_name;
    let input = |step_id: &str, instructions: String, fields| {
        LoginStep::UserInput(types::UserInputLoginStep {
            step_id: step_id.to_owned(),
            instructions: Some(instructions),
            fields,
            attachments: Vec::new(),
        })
    };
    match (flow, index) {
        ("qr", 0) => Some(LoginStep::DisplayAndWait(types::DisplayAndWaitLoginStep {
            step_id: "qr".to_owned(),
            instructions: Some(format!("Open {app} on your phone, go to Linked devices and scan this code.")),
            display: LoginDisplay::Qr(types::QrLoginDisplay { data: format!("2@{session_id},{},fake", bridge.id) }),
        })),
        ("phone", 0) => Some(input(
            "phone",
            format!("Enter the phone number of your {app} account."),
            vec![field("phone_number", "Phone number", "phone_number", Some("+1 555 010 0000"))],
        )),
        ("phone", 1) => Some(input(
            "code",
            format!("Enter the code {app} sent you (any six digits; {REJECTED_CODE} is refused)."),
            vec![field("code", "Code", "2fa_code", Some("123456"))],
        )),
        ("password", 0) => Some(input(
            "credentials",
            format!("Sign in to {app}."),
            vec![field("username", "User name", "username", None), field("password", "Password", "password", None)],
        )),
        ("cookies", 0) => Some(LoginStep::Cookies(types::CookiesLoginStep {
            step_id: "cookies".to_owned(),
            url: format!("https://{}.example/login", bridge.kind),
            fields: vec![types::CookieField {
                id: "session".to_owned(),
                name: Some("session_token".to_owned()),
                kind: Some(types::CookieFieldType::Cookie),
            }],
            expected_final_url_regex: Some(format!("^https://{}\\.example/app", bridge.kind)),
            extract_js: None,
            instructions: Some(format!("Sign in to {app} in the browser window.")),
            user_agent: None,
        })),
        _ => None,
    }
}

fn status_for(step: &LoginStep) -> types::LoginSessionStatus {
    match step {
        LoginStep::UserInput(_) => types::LoginSessionStatus::WaitingForInput,
        LoginStep::Cookies(_) => types::LoginSessionStatus::WaitingForCookies,
        LoginStep::DisplayAndWait(_) => types::LoginSessionStatus::WaitingForDisplay,
        _ => types::LoginSessionStatus::Complete,
    }
}

fn is_finished(status: &types::LoginSessionStatus) -> bool {
    use types::LoginSessionStatus as S;
    matches!(status, S::Complete | S::Cancelled | S::Failed)
}

fn conflict(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, code, message)
}

fn known_bridge(world: &World, bridge_id: &str) -> ApiResult<types::Bridge> {
    bridge(world, bridge_id).ok_or_else(|| ApiError::not_found("Bridge not found"))
}

// ---------------------------------------------------------------- handlers

async fn list_bridges(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Json<types::BridgeList>> {
    query.only(&[])?;
    Ok(Json(types::BridgeList { items: bridges(&state.world()) }))
}

async fn get_bridge(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(bridge_id): Ids<String>,
) -> ApiResult<Json<types::Bridge>> {
    known_bridge(&state.world(), &bridge_id).map(Json)
}

async fn get_capabilities(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(bridge_id): Ids<String>,
) -> ApiResult<Json<types::ProvisioningCapabilities>> {
    let bridge = known_bridge(&state.world(), &bridge_id)?;
    let allowed = |max_length: Option<i64>| types::GroupFieldCapability {
        allowed: true,
        max_length,
        min_length: None,
        required: None,
        settings: None,
    };
    let phone_network = matches!(bridge.kind.as_str(), "whatsapp" | "signal" | "telegram" | "imessage");
    let group = types::GroupTypeCapabilities {
        type_description: "group".to_owned(),
        avatar: Some(allowed(None)),
        disappear: Some(types::GroupFieldCapability {
            settings: Some(types::DisappearingTimerCapability {
                types: vec![types::GroupTimerType::Empty, types::GroupTimerType::AfterSend],
                omit_empty_timer: Some(true),
                timers: vec![86_400_000, 604_800_000, 7_776_000_000],
            }),
            ..allowed(None)
        }),
        name: Some(allowed(Some(100))),
        parent: None,
        participants: Some(types::GroupFieldCapability { required: Some(true), min_length: Some(1), ..allowed(None) }),
        topic: Some(allowed(Some(512))),
        username: None,
    };
    Ok(Json(types::ProvisioningCapabilities {
        group_creation: HashMap::from([("group".to_owned(), group)]),
        resolve_identifier: types::ResolveIdentifierCapabilities {
            any_phone: phone_network,
            contact_list: true,
            create_dm: true,
            lookup_email: bridge.kind == "imessage",
            lookup_phone: phone_network,
            lookup_username: !phone_network,
            search: true,
        },
        image_pack_import: Some(bridge.kind == "telegram"),
    }))
}

async fn list_login_flows(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(bridge_id): Ids<String>,
) -> ApiResult<Json<types::LoginFlowList>> {
    let bridge = known_bridge(&state.world(), &bridge_id)?;
    Ok(Json(types::LoginFlowList { items: flows(&bridge) }))
}

async fn list_logins(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(bridge_id): Ids<String>,
) -> ApiResult<Json<types::BridgeLoginList>> {
    let world = state.world();
    known_bridge(&world, &bridge_id)?;
    Ok(Json(types::BridgeLoginList { items: logins(&world, &bridge_id) }))
}

fn find_login(world: &World, bridge_id: &str, login_id: &str) -> ApiResult<types::BridgeLogin> {
    known_bridge(world, bridge_id)?;
    logins(world, bridge_id)
        .into_iter()
        .find(|l| l.login_id == login_id)
        .ok_or_else(|| ApiError::not_found("Login not found"))
}

async fn get_login(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids((bridge_id, login_id)): Ids<(String, String)>,
) -> ApiResult<Json<types::BridgeLogin>> {
    find_login(&state.world(), &bridge_id, &login_id).map(Json)
}

async fn remove_login(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((bridge_id, login_id)): Ids<(String, String)>,
    JsonBody(body): JsonBody<types::RemoveBridgeLoginRequest>,
) -> ApiResult<Json<types::LoginRemoveResponse>> {
    let removed_chats: Vec<String>;
    let affected: Vec<String>;
    {
        let mut world = state.world();
        let login = find_login(&world, &bridge_id, &login_id)?;
        if !login.remove_scopes.contains(&body.scope) {
            return Err(ApiError::invalid(
                "scope",
                "invalid_enum_value",
                format!("Scope {} is not allowed", body.scope),
            ));
        }
        affected = login.account_ids.clone();
        world.accounts.retain(|a| !affected.contains(&a.account_id));
        for account in &affected {
            world.contacts.remove(account);
        }
        removed_chats =
            world.chats.values().filter(|c| affected.contains(&c.chat.account_id)).map(|c| c.chat.id.clone()).collect();
        world.chats.retain(|id, _| !removed_chats.contains(id));
    }
    for chat_id in removed_chats {
        state.publish(Change::ChatDeleted { chat_id });
    }
    Ok(Json(types::LoginRemoveResponse {
        bridge_id,
        login_id,
        scope: body.scope,
        status: types::LoginRemoveStatus::Removed,
        affected_account_ids: affected,
    }))
}

async fn create_session(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(bridge_id): Ids<String>,
    JsonBody(body): JsonBody<types::CreateLoginSessionRequest>,
) -> ApiResult<Json<types::LoginSession>> {
    let mut world = state.world();
    let bridge = known_bridge(&world, &bridge_id)?;
    let flows = flows(&bridge);
    let flow_id = match &body.flow_id {
        Some(id) if flows.iter().any(|f| &f.id == id) => id.clone(),
        Some(id) => return Err(ApiError::invalid("flowID", "invalid_enum_value", format!("Unknown login flow {id}"))),
        None => flows[0].id.clone(),
    };
    // Reconnecting: the account or login must belong to this bridge.
    let mut target_login = body.login_id.clone();
    if let Some(account_id) = &body.account_id {
        let account = bridge
            .accounts
            .iter()
            .find(|a| &a.account_id == account_id)
            .ok_or_else(|| ApiError::not_found("Account not found on this bridge"))?;
        target_login.get_or_insert_with(|| account.login_id.clone().unwrap_or_else(|| account.account_id.clone()));
    }
    if let Some(login_id) = &target_login {
        find_login(&world, &bridge_id, login_id)?;
    } else if !bridge.supports_multiple_accounts && !bridge.accounts.is_empty() {
        return Err(conflict("LIMIT_REACHED", format!("{} allows only one account", bridge.display_name)));
    }
    world.bridges.next_session += 1;
    let session_id = format!("ls-{}", world.bridges.next_session);
    let step = flow_step(&flow_id, 0, &session_id, &bridge).expect("every flow has a first step");
    let session = types::LoginSession {
        bridge_id,
        login_session_id: session_id.clone(),
        status: status_for(&step),
        account: None,
        account_id: body.account_id,
        current_step: Some(step),
        error: None,
        login: None,
        login_id: target_login,
    };
    let record = LoginSessionRecord { session: session.clone(), flow_id, step: 0, collected: HashMap::new() };
    world.bridges.sessions.insert(session_id, record);
    Ok(Json(session))
}

fn session_mut<'w>(world: &'w mut World, bridge_id: &str, session_id: &str) -> ApiResult<&'w mut LoginSessionRecord> {
    world
        .bridges
        .sessions
        .get_mut(session_id)
        .filter(|r| r.session.bridge_id == bridge_id)
        .ok_or_else(|| ApiError::not_found("Login session not found"))
}

async fn get_session(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids((bridge_id, session_id)): Ids<(String, String)>,
) -> ApiResult<Json<types::LoginSession>> {
    let mut world = state.world();
    Ok(Json(session_mut(&mut world, &bridge_id, &session_id)?.session.clone()))
}

async fn cancel_session(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((bridge_id, session_id)): Ids<(String, String)>,
) -> ApiResult<Json<types::LoginSessionCancelResponse>> {
    let mut world = state.world();
    let record = session_mut(&mut world, &bridge_id, &session_id)?;
    if is_finished(&record.session.status) {
        return Err(conflict("SESSION_FINISHED", format!("The login session is already {}", record.session.status)));
    }
    record.session.status = types::LoginSessionStatus::Cancelled;
    record.session.current_step = None;
    Ok(Json(types::LoginSessionCancelResponse {
        bridge_id,
        login_session_id: session_id,
        status: types::LoginSessionCancelStatus::Cancelled,
    }))
}

/// Checks the submitted values against what the step asks for.
fn check_fields(step: &LoginStep, body: &types::SubmitLoginStepRequest) -> ApiResult<Vec<(String, String)>> {
    let wanted: Vec<&str> = match step {
        LoginStep::UserInput(s) => {
            s.fields.iter().filter(|f| f.optional != Some(true)).map(|f| f.id.as_str()).collect()
        }
        LoginStep::Cookies(s) => s.fields.iter().map(|f| f.id.as_str()).collect(),
        _ => Vec::new(),
    };
    let mut issues = Vec::new();
    for id in &wanted {
        if body.fields.get(*id).is_none_or(|v| v.trim().is_empty()) {
            issues.push(Issue::new(
                "invalid_type",
                format!("Field {id} is required"),
                vec!["fields".into(), (*id).into()],
            ));
        }
    }
    for id in body.fields.keys().filter(|k| !wanted.contains(&k.as_str())) {
        issues.push(Issue::new(
            "unrecognized_keys",
            format!("This step has no field {id}"),
            vec!["fields".into(), id.as_str().into()],
        ));
    }
    if !issues.is_empty() {
        return Err(ApiError::validation(issues));
    }
    Ok(body.fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
}

/// Connects the account the session produced (or reconnects its target)
/// and returns the final step.
fn complete(world: &mut World, record: &mut LoginSessionRecord, bridge: &types::Bridge) -> LoginStep {
    let login_id = match record.session.login_id.clone() {
        Some(login_id) => {
            for account in world.accounts.iter_mut().filter(|a| {
                a.bridge.as_ref().is_some_and(|b| b.id == bridge.id)
                    && a.login_id.as_deref().unwrap_or(&a.account_id) == login_id
            }) {
                account.status = Some(types::AccountStatus::Connected);
                account.status_text = None;
            }
            login_id
        }
        None => {
            let mut n = bridge.accounts.len() + 1;
            let mut account_id = bridge.kind.clone();
            while world.account(&account_id).is_some() {
                account_id = format!("{}_{n}", bridge.kind);
                n += 1;
            }
            let name = record.collected.get("username").cloned();
            let phone = record.collected.get("phone_number").cloned();
            let account = types::Account {
                account_id: account_id.clone(),
                bridge: Some(types::AccountBridge {
                    id: bridge.id.clone(),
                    provider: bridge.provider.clone(),
                    kind: bridge.kind.clone(),
                }),
                capabilities: None,
                login_id: Some(format!("login-{account_id}")),
                network: Some(bridge.display_name.clone()),
                status: Some(types::AccountStatus::Connected),
                status_text: None,
                user: types::User {
                    id: format!("@{account_id}_self:beeper.local"),
                    cannot_message: None,
                    email: None,
                    full_name: Some(name.clone().unwrap_or_else(|| "You".to_owned())),
                    img_url: None,
                    is_self: Some(true),
                    phone_number: phone,
                    username: name,
                },
            };
            world.contacts.insert(account_id.clone(), Vec::new());
            world.accounts.push(account);
            record.session.account_id = Some(account_id.clone());
            format!("login-{account_id}")
        }
    };
    let login = logins(world, &bridge.id).into_iter().find(|l| l.login_id == login_id);
    let account = login
        .as_ref()
        .and_then(|l| record.session.account_id.clone().or_else(|| l.account_ids.first().cloned()))
        .and_then(|id| world.account(&id).cloned());
    record.session.login_id = Some(login_id);
    record.session.login = login.clone();
    record.session.account = account.clone();
    LoginStep::Complete(types::CompleteLoginStep {
        step_id: Some("done".to_owned()),
        account,
        login,
        instructions: Some(format!("Connected to {}.", bridge.display_name)),
    })
}

async fn submit_step(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((bridge_id, session_id, step_id)): Ids<(String, String, String)>,
    JsonBody(body): JsonBody<types::SubmitLoginStepRequest>,
) -> ApiResult<Json<types::LoginSession>> {
    let mut world = state.world();
    let bridge = known_bridge(&world, &bridge_id)?;
    let mut record = session_mut(&mut world, &bridge_id, &session_id)?.clone();
    if is_finished(&record.session.status) {
        return Err(conflict("SESSION_FINISHED", format!("The login session is already {}", record.session.status)));
    }
    let step = record.session.current_step.clone().ok_or_else(|| conflict("NO_STEP", "Nothing to submit"))?;
    if step.step_id() != Some(step_id.as_str()) {
        return Err(conflict(
            "STEP_MISMATCH",
            format!("The current step is {}, not {step_id}", step.step_id().unwrap_or("(none)")),
        ));
    }
    if body.kind.as_str() != step.kind() {
        return Err(ApiError::invalid(
            "type",
            "invalid_literal",
            format!("The current step is a {} step", step.kind()),
        ));
    }
    let values = check_fields(&step, &body)?;
    if values.iter().any(|(k, v)| k == "code" && v.trim() == REJECTED_CODE) {
        record.session.status = types::LoginSessionStatus::Failed;
        record.session.current_step = None;
        record.session.error = Some(types::LoginSessionError {
            code: "invalid_code".to_owned(),
            message: "The code is not correct".to_owned(),
            details: None,
        });
    } else {
        record.collected.extend(values);
        record.step += 1;
        let next = match flow_step(&record.flow_id, record.step, &session_id, &bridge) {
            Some(next) => next,
            None => complete(&mut world, &mut record, &bridge),
        };
        record.session.status = status_for(&next);
        record.session.current_step = Some(next);
    }
    let session = record.session.clone();
    world.bridges.sessions.insert(session_id, record);
    Ok(Json(session))
}
