//! `GET /v1/search`: top chats, groups by participant, first page of messages.

use axum::extract::State;
use axum::{Router, routing::get};
use beeper_desktop::types::{self, ChatType};

use crate::auth::ReadAccess;
use crate::error::ApiResult;
use crate::extract::QueryParams;
use crate::matching::{MessageFilter, SEARCH_DEFAULT_LIMIT, chat_matches, search_page};
use crate::paging::Paged;
use crate::state::{ChatRecord, FakeState};
use crate::views;

/// Chats listed in `results.chats` and in `results.in_groups`, at most.
pub const TOP_CHATS: usize = 10;

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new().route("/v1/search", get(search))
}

async fn search(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Paged<types::SearchResponse>> {
    query.only(&["query"])?;
    let text = query.required("query")?.to_owned();
    let world = state.world();
    let mut by_activity: Vec<&ChatRecord> = world.chats.values().collect();
    by_activity.sort_by(|a, b| (b.chat.last_activity, &b.chat.id).cmp(&(a.chat.last_activity, &a.chat.id)));
    let chats = by_activity
        .iter()
        .filter(|c| chat_matches(c, &text, types::ChatSearchScope::Titles))
        .take(TOP_CHATS)
        .map(|c| views::chat(c, views::LISTED_PARTICIPANTS))
        .collect();
    let in_groups = by_activity
        .iter()
        .filter(|c| c.chat.kind == ChatType::Group && chat_matches(c, &text, types::ChatSearchScope::Participants))
        .take(TOP_CHATS)
        .map(|c| views::chat(c, views::LISTED_PARTICIPANTS))
        .collect();
    let page = search_page(&world, &MessageFilter::text(&text), &QueryParams::default(), SEARCH_DEFAULT_LIMIT)?;
    let messages = types::SearchMessages {
        chats: views::chats_of(&world, &page.items),
        has_more: page.has_more,
        items: page.items,
        newest_cursor: page.newest_cursor,
        oldest_cursor: page.oldest_cursor,
    };
    let answer = types::SearchResponse { results: types::SearchResults { chats, in_groups, messages } };
    Ok(Paged::at(answer, "/results/messages"))
}
