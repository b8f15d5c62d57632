//! App sign-in and encryption setup: `/v1/app/setup/...`.
//!
//! The fake starts signed in and ready, as `@alice:beeper.com` with the
//! recovery key [`RECOVERY_KEY`](crate::state::setup::RECOVERY_KEY). Signing in again (start → e-mail → code)
//! puts it on a new device that needs verification: by the recovery key or
//! by an interactive verification that walks `requested → ready →
//! sas_ready → done` and can be cancelled at any point.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use beeper_desktop::types::{self, SetupResponse};

use crate::auth::{ReadAccess, WriteAccess, authorize};
use crate::error::{ApiError, ApiResult, Issue};
use crate::extract::{Ids, JsonBody};
use crate::state::setup::{HOMESERVER, REGISTRATION_TERMS, SetupRequest, USER_ID, e2ee, is_final};
use crate::state::tokens::Scope;
use crate::state::{FakeState, World};

/// The code every sign-in e-mail "contains".
pub const EMAIL_CODE: &str = "123456";
/// Addresses that already have a Beeper user; others must register.
pub const KNOWN_EMAILS: &[&str] = &["alice@example.com"];

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/v1/app/setup", get(get_state))
        .route("/v1/app/setup/start", post(start))
        .route("/v1/app/setup/email", post(email))
        .route("/v1/app/setup/response", post(response))
        .route("/v1/app/setup/register", post(register))
        .route("/v1/app/setup/verification/recovery-key", post(verify_recovery_key))
        .route("/v1/app/setup/verification/recovery-key/reset", post(reset_recovery_key))
        .route("/v1/app/setup/verification/recovery-key/reset/confirm", post(confirm_reset))
        .route("/v1/app/setup/verifications", post(create_verification).get(list_verifications))
        .route("/v1/app/setup/verifications/qr/scan", post(scan_qr))
        .route("/v1/app/setup/verifications/{verificationID}", get(get_verification))
        .route("/v1/app/setup/verifications/{verificationID}/accept", post(accept))
        .route("/v1/app/setup/verifications/{verificationID}/cancel", post(cancel))
        .route("/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned", post(confirm_scanned))
        .route("/v1/app/setup/verifications/{verificationID}/sas/start", post(sas_start))
        .route("/v1/app/setup/verifications/{verificationID}/sas/confirm", post(sas_confirm))
}

fn bad_request(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, code, message)
}

fn same_key(a: &str, b: &str) -> bool {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squash(a) == squash(b)
}

// ------------------------------------------------------------------ state

/// Public while signed out; afterwards it needs a token, like Desktop.
async fn get_state(State(state): State<FakeState>, headers: HeaderMap) -> ApiResult<Json<types::AppStateSnapshot>> {
    let signed_out = state.world().setup.snapshot.state == types::SetupState::NeedsLogin;
    if !signed_out || headers.contains_key(axum::http::header::AUTHORIZATION) {
        authorize(&state, &headers, Scope::Read)?;
    }
    Ok(Json(state.world().setup.current()))
}

// ---------------------------------------------------------------- sign-in

async fn start(State(state): State<FakeState>) -> Json<types::SetupStartResponse> {
    let mut world = state.world();
    let id = world.setup.fresh("sr");
    world.setup.requests.insert(id.clone(), SetupRequest::default());
    Json(types::SetupStartResponse { setup_request_id: id, sign_in_methods: vec!["email".to_owned()] })
}

fn request_mut<'w>(world: &'w mut World, id: &str) -> ApiResult<&'w mut SetupRequest> {
    world.setup.requests.get_mut(id).ok_or_else(|| ApiError::not_found("Unknown setupRequestID; call start first"))
}

async fn email(
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::SetupEmailRequest>,
) -> ApiResult<StatusCode> {
    if !body.email.contains('@') {
        return Err(ApiError::invalid("email", "invalid_string", "Invalid e-mail address"));
    }
    let mut world = state.world();
    request_mut(&mut world, &body.setup_request_id)?.email = Some(body.email.trim().to_ascii_lowercase());
    Ok(StatusCode::NO_CONTENT)
}

/// Signs in on a new device: verification is needed before encrypted
/// messages can be read.
fn sign_in(world: &mut World, user_id: String) -> types::SetupSignedIn {
    let device = world.setup.fresh("DEVICE").replace('-', "").to_ascii_uppercase();
    world.setup.snapshot = types::AppStateSnapshot {
        state: types::SetupState::NeedsVerification,
        e2ee: e2ee(false),
        matrix: Some(types::SessionMatrix {
            device_id: device.clone(),
            homeserver: HOMESERVER.to_owned(),
            user_id: user_id.clone(),
        }),
        verification: None,
    };
    types::SetupSignedIn {
        matrix: types::MatrixCredentials {
            access_token: format!("syt_fake_{device}").into(),
            device_id: device,
            homeserver: HOMESERVER.to_owned(),
            user_id,
        },
        session: world.setup.current(),
    }
}

async fn response(
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::SetupResponseRequest>,
) -> ApiResult<Json<SetupResponse>> {
    let mut world = state.world();
    let request = request_mut(&mut world, &body.setup_request_id)?;
    let Some(email) = request.email.clone() else {
        return Err(ApiError::new(StatusCode::CONFLICT, "NO_EMAIL", "Send the e-mail first"));
    };
    if body.response.trim() != EMAIL_CODE {
        return Err(bad_request("INVALID_CODE", "The code is not correct"));
    }
    let user = if KNOWN_EMAILS.contains(&email.as_str()) {
        Some(USER_ID.to_owned())
    } else {
        world.setup.registered.get(&email).cloned()
    };
    if let Some(user) = user {
        world.setup.requests.remove(&body.setup_request_id);
        return Ok(Json(SetupResponse::SignedIn(sign_in(&mut world, user))));
    }
    let lead = world.setup.fresh("lead");
    world.setup.requests.get_mut(&body.setup_request_id).expect("checked above").lead_token = Some(lead.clone());
    let local = email.split('@').next().unwrap_or("user").to_owned();
    Ok(Json(SetupResponse::RegistrationRequired(types::SetupRegistrationRequired {
        registration_required: true,
        lead_token: lead,
        setup_request_id: body.setup_request_id,
        copy: types::SetupRegistrationCopy {
            submit: "Continue".to_owned(),
            title: "Choose your username".to_owned(),
            username_placeholder: "Username".to_owned(),
            terms: REGISTRATION_TERMS.to_owned(),
        },
        username_suggestions: vec![local.clone(), format!("{local}.beeper")],
    })))
}

async fn register(
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::RegisterUserRequest>,
) -> ApiResult<Json<types::SetupSignedIn>> {
    if !body.accept_terms {
        return Err(ApiError::invalid("acceptTerms", "invalid_literal", "The terms must be accepted"));
    }
    let name = body.username.trim().to_ascii_lowercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_') {
        return Err(ApiError::invalid("username", "invalid_string", "Use letters, digits, `.` and `_`"));
    }
    let mut world = state.world();
    let request = request_mut(&mut world, &body.setup_request_id)?;
    if request.lead_token.as_deref() != Some(body.lead_token.as_str()) {
        return Err(bad_request("INVALID_LEAD_TOKEN", "The lead token does not belong to this sign-in"));
    }
    let email = request.email.clone().unwrap_or_default();
    let user_id = format!("@{name}:beeper.com");
    if user_id == USER_ID || world.setup.registered.values().any(|u| *u == user_id) {
        return Err(ApiError::new(StatusCode::CONFLICT, "USERNAME_TAKEN", "That username is taken"));
    }
    world.setup.registered.insert(email, user_id.clone());
    world.setup.requests.remove(&body.setup_request_id);
    Ok(Json(sign_in(&mut world, user_id)))
}

// ----------------------------------------------------------- recovery key

async fn verify_recovery_key(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::VerifyRecoveryKeyRequest>,
) -> ApiResult<Json<types::SetupSessionResponse>> {
    let mut world = state.world();
    if !same_key(&body.recovery_key, &world.setup.recovery_key) {
        return Err(bad_request("INVALID_RECOVERY_KEY", "The recovery key is not correct"));
    }
    world.setup.verified();
    Ok(Json(types::SetupSessionResponse { session: world.setup.current() }))
}

async fn reset_recovery_key(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::ResetRecoveryKeyRequest>,
) -> ApiResult<Json<types::RecoveryKeyResetResponse>> {
    let mut world = state.world();
    if let Some(existing) = &body.existing_recovery_key
        && !same_key(existing, &world.setup.recovery_key)
    {
        return Err(bad_request("INVALID_RECOVERY_KEY", "The existing recovery key is not correct"));
    }
    let n = world.setup.fresh("key");
    let key = format!("NeWk {} Fake Key0 {}", n.trim_start_matches("key-"), "Zt6H");
    world.setup.pending_recovery_key = Some(key.clone());
    Ok(Json(types::RecoveryKeyResetResponse { recovery_key: key, session: world.setup.current() }))
}

async fn confirm_reset(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::ConfirmRecoveryKeyResetRequest>,
) -> ApiResult<Json<types::SetupSessionResponse>> {
    let mut world = state.world();
    let Some(pending) = world.setup.pending_recovery_key.clone() else {
        return Err(ApiError::new(StatusCode::CONFLICT, "NO_RESET", "Call reset first"));
    };
    if !same_key(&body.recovery_key, &pending) {
        return Err(bad_request("INVALID_RECOVERY_KEY", "That is not the new recovery key"));
    }
    world.setup.recovery_key = pending;
    world.setup.pending_recovery_key = None;
    world.setup.verified();
    Ok(Json(types::SetupSessionResponse { session: world.setup.current() }))
}

// ---------------------------------------------------------- verifications

fn action_response(
    world: &World,
    verification: Option<types::Verification>,
) -> Json<types::VerificationActionResponse> {
    Json(types::VerificationActionResponse { session: world.setup.current(), verification })
}

async fn create_verification(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::CreateVerificationRequest>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    let purpose = body.purpose.unwrap_or(types::VerificationPurpose::Login);
    if let types::VerificationPurpose::Other(value) = &purpose {
        return Err(ApiError::validation(vec![Issue::at(
            "invalid_enum_value",
            format!("purpose must be 'login' or 'device', not '{value}'"),
            "purpose",
        )]));
    }
    let mut world = state.world();
    let id = world.setup.fresh("verif");
    let verification = types::Verification {
        id: id.clone(),
        available_actions: vec![types::VerificationAction::Cancel],
        direction: types::VerificationDirection::Outgoing,
        methods: vec![types::VerificationMethod::Qr, types::VerificationMethod::Sas],
        purpose,
        state: types::VerificationState::Requested,
        error: None,
        other_device: None,
        other_user_id: Some(body.user_id.unwrap_or_else(|| USER_ID.to_owned())),
        qr: None,
        sas: None,
    };
    world.setup.verifications.insert(id, verification.clone());
    Ok(action_response(&world, Some(verification)))
}

async fn list_verifications(_: ReadAccess, State(state): State<FakeState>) -> Json<types::VerificationList> {
    let world = state.world();
    Json(types::VerificationList {
        items: world.setup.verifications.values().filter(|v| !is_final(v)).cloned().collect(),
    })
}

/// An outgoing request is picked up by the other device the first time it
/// is looked at again: it becomes `ready`, with a QR code to show.
fn other_device_answers(v: &mut types::Verification) {
    if v.direction == types::VerificationDirection::Outgoing && v.state == types::VerificationState::Requested {
        v.state = types::VerificationState::Ready;
        v.other_device =
            Some(types::VerificationDevice { id: "PHONEDEVICE".to_owned(), name: Some("Beeper on iPhone".to_owned()) });
        v.qr = Some(types::VerificationQr { data: format!("MATRIX\u{2}\u{1}{}", v.id) });
        v.available_actions = vec![
            types::VerificationAction::Cancel,
            types::VerificationAction::QrConfirmScanned,
            types::VerificationAction::SasStart,
        ];
    }
}

async fn get_verification(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(id): Ids<String>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    let mut world = state.world();
    let verification =
        world.setup.verifications.get_mut(&id).ok_or_else(|| ApiError::not_found("Verification not found"))?;
    other_device_answers(verification);
    let verification = verification.clone();
    Ok(action_response(&world, Some(verification)))
}

/// Applies `action` to verification `id` if it currently allows it.
fn act(
    state: &FakeState,
    id: &str,
    action: types::VerificationAction,
    apply: impl FnOnce(&mut types::Verification),
) -> ApiResult<Json<types::VerificationActionResponse>> {
    let mut world = state.world();
    let verification =
        world.setup.verifications.get_mut(id).ok_or_else(|| ApiError::not_found("Verification not found"))?;
    if !verification.available_actions.contains(&action) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "INVALID_STATE",
            format!("Verification is {}; {action} is not possible now", verification.state),
        ));
    }
    apply(verification);
    let verification = verification.clone();
    if verification.state == types::VerificationState::Done {
        world.setup.verified();
    }
    Ok(action_response(&world, Some(verification)))
}

async fn accept(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(id): Ids<String>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    act(&state, &id, types::VerificationAction::Accept, |v| {
        v.state = types::VerificationState::Ready;
        v.available_actions = vec![types::VerificationAction::Cancel, types::VerificationAction::SasStart];
    })
}

async fn cancel(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(id): Ids<String>,
    JsonBody(body): JsonBody<types::CancelVerificationRequest>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    act(&state, &id, types::VerificationAction::Cancel, |v| {
        v.state = types::VerificationState::Cancelled;
        v.available_actions.clear();
        v.sas = None;
        v.qr = None;
        v.error = Some(types::VerificationError {
            code: body.code.unwrap_or_else(|| "m.user".to_owned()),
            reason: body.reason.unwrap_or_else(|| "Cancelled by the user".to_owned()),
        });
    })
}

async fn confirm_scanned(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(id): Ids<String>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    act(&state, &id, types::VerificationAction::QrConfirmScanned, |v| {
        v.state = types::VerificationState::Done;
        v.available_actions.clear();
    })
}

async fn sas_start(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(id): Ids<String>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    act(&state, &id, types::VerificationAction::SasStart, |v| {
        v.state = types::VerificationState::SasReady;
        v.qr = None;
        v.sas = Some(types::VerificationSas {
            emojis: "🐶 🐱 🦁 🐎 🦄 🐷 🐘".to_owned(),
            decimals: Some("1234 5678 9012".to_owned()),
        });
        v.available_actions = vec![types::VerificationAction::Cancel, types::VerificationAction::SasConfirm];
    })
}

async fn sas_confirm(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(id): Ids<String>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    act(&state, &id, types::VerificationAction::SasConfirm, |v| {
        v.state = types::VerificationState::Done;
        v.available_actions.clear();
    })
}

/// Scanning the other device's code: a payload in Matrix QR format
/// (starting with `MATRIX`) verifies this device at once.
async fn scan_qr(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::ScanVerificationQrRequest>,
) -> ApiResult<Json<types::VerificationActionResponse>> {
    if !body.data.starts_with("MATRIX") {
        return Err(ApiError::invalid("data", "invalid_string", "Not a verification QR code"));
    }
    let mut world = state.world();
    let id = world.setup.fresh("verif");
    let verification = types::Verification {
        id: id.clone(),
        available_actions: Vec::new(),
        direction: types::VerificationDirection::Incoming,
        methods: vec![types::VerificationMethod::Qr],
        purpose: types::VerificationPurpose::Login,
        state: types::VerificationState::Done,
        error: None,
        other_device: Some(types::VerificationDevice { id: "PHONEDEVICE".to_owned(), name: None }),
        other_user_id: Some(USER_ID.to_owned()),
        qr: None,
        sas: None,
    };
    world.setup.verifications.insert(id, verification.clone());
    world.setup.verified();
    Ok(action_response(&world, Some(verification)))
}
