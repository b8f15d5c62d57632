//! Top-level routes: `GET /v1/info`, `GET /v1/spec`, `POST /v1/focus`.

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use beeper_desktop::types;

use crate::auth::WriteAccess;
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::state::FakeState;

/// The OpenAPI document the client is generated from, served at `/v1/spec`.
pub const OPENAPI_YAML: &str = beeper_desktop::OPENAPI_YAML;

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new().route("/v1/info", get(info)).route("/v1/spec", get(spec)).route("/v1/focus", post(focus))
}

/// The `GET /v1/info` answer for a fake listening at `base_url` and
/// reporting Desktop `version`.
pub fn info_for(base_url: &str, version: &str) -> types::InfoResponse {
    let (host, port) = base_url
        .trim_start_matches("http://")
        .rsplit_once(':')
        .map(|(h, p)| (h.to_owned(), p.parse().unwrap_or(0)))
        .unwrap_or_else(|| ("127.0.0.1".to_owned(), 0));
    let ws = format!("ws{}/v1/ws", base_url.trim_start_matches("http"));
    types::InfoResponse {
        app: types::AppInfo {
            bundle_id: "com.beeper.desktop.fake".to_owned(),
            name: "Beeper Desktop (fake)".to_owned(),
            version: version.to_owned(),
        },
        endpoints: types::EndpointsInfo {
            mcp: format!("{base_url}/v0/mcp"),
            spec: format!("{base_url}/v1/spec"),
            ws_events: ws,
            oauth: types::OAuthEndpoints {
                authorization_endpoint: format!("{base_url}/oauth/authorize"),
                introspection_endpoint: format!("{base_url}/oauth/introspect"),
                registration_endpoint: format!("{base_url}/oauth/register"),
                revocation_endpoint: format!("{base_url}/oauth/revoke"),
                token_endpoint: format!("{base_url}/oauth/token"),
                userinfo_endpoint: format!("{base_url}/oauth/userinfo"),
            },
        },
        platform: types::PlatformInfo {
            arch: std::env::consts::ARCH.to_owned(),
            os: std::env::consts::OS.to_owned(),
            release: None,
        },
        server: types::ServerInfo {
            base_url: base_url.to_owned(),
            hostname: host,
            mcp_enabled: false,
            port,
            remote_access: false,
            status: "running".to_owned(),
        },
    }
}

async fn info(State(state): State<FakeState>) -> Json<types::InfoResponse> {
    Json(info_for(&state.base_url(), &state.desktop_version()))
}

async fn spec() -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/yaml")], OPENAPI_YAML)
}

async fn focus(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::FocusRequest>,
) -> ApiResult<Json<types::FocusResponse>> {
    let world = state.world();
    if let Some(chat_id) = &body.chat_id {
        world.chat(chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        if let Some(message_id) = &body.message_id {
            world.message(chat_id, message_id).ok_or_else(|| ApiError::not_found("Message not found"))?;
        }
    } else if body.message_id.is_some() {
        return Err(ApiError::invalid("messageID", "custom", "messageID needs chatID"));
    }
    Ok(Json(types::FocusResponse { success: true }))
}
