//! Accounts, contacts and labels: `GET /v1/accounts`, one account, contacts
//! list and search, `GET /v1/labels`.

use axum::extract::State;
use axum::{Json, Router, routing::get};
use beeper_desktop::types;

use crate::auth::ReadAccess;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Ids, QueryParams};
use crate::matching::all_words;
use crate::paging;
use crate::paging::Paged;
use crate::state::FakeState;

/// Contacts per page unless `limit` says otherwise.
pub const CONTACTS_DEFAULT_LIMIT: usize = 50;
/// Largest contacts `limit`.
pub const CONTACTS_MAX_LIMIT: i64 = 200;

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/v1/accounts", get(list_accounts))
        .route("/v1/accounts/{accountID}", get(get_account))
        .route("/v1/labels", get(list_labels))
        .route("/v1/accounts/{accountID}/contacts/list", get(list_contacts))
        .route("/v1/accounts/{accountID}/contacts", get(search_contacts))
}

async fn list_accounts(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Json<types::AccountList>> {
    query.only(&[])?;
    Ok(Json(types::AccountList(state.world().accounts.clone())))
}

async fn get_account(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(account_id): Ids<String>,
) -> ApiResult<Json<types::Account>> {
    state.world().account(&account_id).cloned().map(Json).ok_or_else(|| ApiError::not_found("Account not found"))
}

async fn list_labels(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Json<types::LabelList>> {
    query.only(&[])?;
    Ok(Json(types::LabelList(state.world().labels.clone())))
}

fn contact_matches(u: &types::User, query: &str) -> bool {
    let hay = [u.full_name.as_deref(), u.username.as_deref(), u.email.as_deref(), u.phone_number.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    all_words(query, &hay)
}

async fn list_contacts(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(account_id): Ids<String>,
    query: QueryParams,
) -> ApiResult<Paged<types::UserPage>> {
    query.only(&["cursor", "direction", "limit", "query"])?;
    let limit = query.integer("limit", 1, CONTACTS_MAX_LIMIT)?.map(|n| n as usize).unwrap_or(CONTACTS_DEFAULT_LIMIT);
    let (cursor, toward) = paging::position(&query, "contacts")?;
    let cursor: Option<u64> = cursor
        .map(|c| {
            c.parse().map_err(|_| {
                ApiError::invalid("cursor", "invalid_string", "Invalid cursor: pass back a cursor this list returned")
            })
        })
        .transpose()?;
    let text = query.non_empty("query")?.unwrap_or("").to_owned();
    let world = state.world();
    let contacts = world.contacts.get(&account_id).ok_or_else(|| ApiError::not_found("Account not found"))?;
    // Top first = first by name; the key decreases down the list.
    let n = contacts.len() as u64;
    let listed: Vec<(u64, &types::User)> = contacts
        .iter()
        .enumerate()
        .map(|(i, u)| (n - i as u64, u))
        .filter(|(_, u)| text.trim().is_empty() || contact_matches(u, &text))
        .collect();
    let page = paging::cut(listed, |(k, _)| *k, cursor.as_ref(), toward, limit);
    let oldest = page.items.last().map(|(k, _)| paging::encode("contacts", &k.to_string()));
    let newest = page.items.first().map(|(k, _)| paging::encode("contacts", &k.to_string()));
    Ok(Paged::new(types::UserPage {
        items: page.items.into_iter().map(|(_, u)| u.clone()).collect(),
        has_more: Some(page.has_more),
        oldest_cursor: oldest,
        newest_cursor: newest,
    }))
}

async fn search_contacts(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(account_id): Ids<String>,
    query: QueryParams,
) -> ApiResult<Json<types::ContactSearchResponse>> {
    query.only(&["query"])?;
    let text = query.required("query")?.to_owned();
    let world = state.world();
    let contacts = world.contacts.get(&account_id).ok_or_else(|| ApiError::not_found("Account not found"))?;
    let exact = |u: &types::User| {
        let t = text.trim();
        u.phone_number.as_deref() == Some(t)
            || u.email.as_deref() == Some(t)
            || t.strip_prefix('@').is_some_and(|name| u.username.as_deref() == Some(name))
    };
    let items = contacts.iter().filter(|u| exact(u) || contact_matches(u, &text)).cloned().collect();
    Ok(Json(types::ContactSearchResponse { items }))
}
