//! The HTTP surface: one `Router` per API area, merged here.
//!
//! To add an area (OAuth, bridges, app setup, WebSocket events), write
//! `routes/<area>.rs` with `pub fn router() -> Router<FakeState>`, declare the
//! module below and merge it in [`router`]. Handlers take
//! [`ReadAccess`](crate::auth::ReadAccess) or
//! [`WriteAccess`](crate::auth::WriteAccess) first (or neither when the
//! route is open), decode bodies with [`JsonBody`](crate::extract::JsonBody)
//! and query strings with [`QueryParams`](crate::extract::QueryParams), and
//! publish a [`Change`](crate::changes::Change) after every state change.
//! Route templates use the spec's spelling (`/v1/chats/{chatID}`), so
//! faults can target them by operation ID.
//!
//! Route files never import each other (nor this file): what two of them
//! share lives below them (`matching`, `attachments`, [`paging`](crate::paging),
//! [`views`](crate::views), [`seed`](crate::seed)), and the records an area
//! keeps live in [`state`](crate::state).

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::Response;

use crate::error::ApiError;
use crate::faults;
use crate::state::FakeState;

/// The header naming the Desktop version on every answer.
pub const VERSION_HEADER: HeaderName = HeaderName::from_static("x-beeper-desktop-version");

pub mod accounts;
pub mod app;
pub mod assets;
pub mod bridges;
pub mod chats;
pub mod messages;
pub mod oauth;
pub mod search;
pub mod setup;
pub mod ws;

/// Every route of the fake, with faults applied and unknown routes answered
/// in the API's error shape.
pub fn router(state: FakeState) -> Router {
    Router::new()
        .merge(app::router())
        .merge(accounts::router())
        .merge(chats::router())
        .merge(messages::router())
        .merge(search::router())
        .merge(assets::router())
        .merge(bridges::router())
        .merge(setup::router())
        .merge(oauth::router())
        .merge(ws::router())
        .route_layer(middleware::from_fn_with_state(state.clone(), apply_faults))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::map_response_with_state(state.clone(), add_version))
        .with_state(state)
}

/// Applies an armed [`Fault`](crate::faults::Fault) before the handler runs.
async fn apply_faults(
    State(state): State<FakeState>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    faults::apply(state.faults(), matched, request, next).await
}

/// Every answer (success, error, fault, unknown route) names the Desktop
/// version, as Beeper's document declares.
async fn add_version(State(state): State<FakeState>, mut response: Response) -> Response {
    if let Ok(value) = HeaderValue::from_str(&state.desktop_version()) {
        response.headers_mut().insert(VERSION_HEADER, value);
    }
    response
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("No route for {}", uri.path()))
}

async fn method_not_allowed(uri: Uri) -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", format!("Method not allowed on {}", uri.path()))
}
