//! Lists the connected chat accounts with their network, bridge and login
//! state.
//!
//! ```sh
//! export BEEPER_ACCESS_TOKEN=...   # Beeper Desktop → Settings → Developers
//! cargo run --example accounts
//! ```
//!
//! Bridge names and login states come from the bridges API of newer Desktop
//! builds; on an older build the accounts are still listed, without them.
//! When Beeper Desktop is not reachable or no token is set, it says what is
//! missing and how to fix it, and exits with status 2.

#[path = "common/mod.rs"]
mod common;

use std::collections::{BTreeSet, HashMap};

use beeper_desktop::{Client, types};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

async fn run() -> Result<(), String> {
    let common::Connection { client, info, fake: _fake } = common::connect().await?;
    common::say!("Connected to {} {}.", info.app.name, info.app.version);

    let accounts =
        client.list_accounts().send().await.map_err(|e| common::explain("Listing accounts failed", e))?.into_inner();
    if accounts.is_empty() {
        common::say!("No accounts connected yet.");
        return Ok(());
    }
    let (bridges, logins) = bridges_and_logins(&client, &accounts).await?;

    common::say!("{} account{}:", accounts.len(), if accounts.len() == 1 { "" } else { "s" });
    for account in accounts.iter() {
        let network = account.network.as_deref().unwrap_or("(unknown network)");
        common::say!("\n{network} · {}", account.account_id);
        common::say!("  user:   {}", describe_user(&account.user));
        if let Some(bridge) = &account.bridge {
            let name = bridges.get(&bridge.id).map_or(bridge.kind.as_str(), |b| b.display_name.as_str());
            common::say!("  bridge: {name} ({}, {})", bridge.id, bridge.provider);
        }
        let status = account.status.as_ref().map_or("unknown".to_owned(), ToString::to_string);
        common::say!("  state:  {}", with_text(&status, account.status_text.as_deref()));
        if let Some(login_id) = &account.login_id {
            match logins.get(login_id) {
                Some(login) => {
                    common::say!(
                        "  login:  {login_id} {}",
                        with_text(login.status.as_str(), login.status_text.as_deref())
                    )
                }
                None => common::say!("  login:  {login_id}"),
            }
        }
    }
    Ok(())
}

/// Bridges by ID and bridge logins by login ID, for the bridges the
/// accounts use. Empty when the server predates the bridges API.
async fn bridges_and_logins(
    client: &Client,
    accounts: &[types::Account],
) -> Result<(HashMap<String, types::Bridge>, HashMap<String, types::BridgeLogin>), String> {
    let bridges = match client.list_bridges().send().await {
        Ok(list) => list.into_inner().items,
        // Older Desktop builds have no `/v1/bridges`.
        Err(e) if e.is_not_found() || e.status().is_some_and(|s| s.as_u16() == 405) => {
            return Ok((HashMap::new(), HashMap::new()));
        }
        Err(e) => return Err(common::explain("Listing bridges failed", e)),
    };
    let used: BTreeSet<&str> = accounts.iter().filter_map(|a| a.bridge.as_ref().map(|b| b.id.as_str())).collect();
    let mut logins = HashMap::new();
    for bridge_id in used {
        let list = client
            .list_bridge_logins()
            .bridge_id(bridge_id)
            .send()
            .await
            .map_err(|e| common::explain(&format!("Listing the logins of {bridge_id} failed"), e))?;
        logins.extend(list.into_inner().items.into_iter().map(|login| (login.login_id.clone(), login)));
    }
    Ok((bridges.into_iter().map(|b| (b.id.clone(), b)).collect(), logins))
}

/// `Alice (+15550100)`: the best name, plus a handle when there is one.
fn describe_user(user: &types::User) -> String {
    let name = user.full_name.as_deref().or(user.username.as_deref()).unwrap_or(user.id.as_str());
    let handle = user.phone_number.as_deref().or(user.username.as_deref()).or(user.email.as_deref());
    match handle {
        Some(handle) if handle != name => format!("{name} ({handle})"),
        _ => name.to_owned(),
    }
}

/// `connected — Connected`, leaving out a text that adds nothing.
fn with_text(state: &str, text: Option<&str>) -> String {
    match text.filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case(state)) {
        Some(text) => format!("{state} — {text}"),
        None => state.to_owned(),
    }
}
