//! Signs in to Beeper Desktop without copying a token: finds the running
//! Desktop, signs in through its OAuth page in your browser, stores the
//! token for that Desktop, and lists your chats with it.
//!
//! ```sh
//! cargo run --example login                    # sign in (read + write), store, list chats
//! cargo run --example login -- --read-only     # ask for the `read` scope only
//! cargo run --example login -- --no-browser    # print the sign-in URL instead of opening it
//! cargo run --example login -- --logout        # revoke and delete the stored token
//! ```
//!
//! With `BEEPER_BASE_URL` set, only that URL is tried; otherwise ports
//! 23373–23392 on this machine are searched. When no Desktop answers, the
//! example says so and signs in against an in-process fake Desktop instead
//! (which approves at once), storing that token in a temporary directory.
//! `--auto-approve` follows the authorize redirect itself instead of using a
//! browser: only useful against the fake, which shows no consent page.
//! Tokens are stored under `BEEPER_CONFIG_DIR` when set, else in the
//! platform's config directory.

#[path = "common/mod.rs"]
mod common;

use std::time::{Duration, SystemTime};

use beeper_desktop::client::{DEFAULT_BASE_URL, ENV_BASE_URL, ENV_BASE_URL_LEGACY};
use beeper_desktop::discovery::{DesktopInstance, Discovery};
use beeper_desktop::login::{Login, PrintUrl, SCOPE_READ, SCOPE_WRITE, SystemBrowser, logout};
use beeper_desktop::token_store::TokenStore;
use beeper_desktop::{Client, ClientBuilder};
use beeper_desktop_fake::FakeDesktop;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

struct Options {
    logout: bool,
    read_only: bool,
    no_browser: bool,
    auto_approve: bool,
}

fn options() -> Result<Options, String> {
    let mut options = Options { logout: false, read_only: false, no_browser: false, auto_approve: false };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--logout" => options.logout = true,
            "--read-only" => options.read_only = true,
            "--no-browser" => options.no_browser = true,
            "--auto-approve" => options.auto_approve = true,
            other => {
                return Err(format!(
                    "unknown argument {other:?}\nusage: login [--read-only] [--no-browser] [--auto-approve] [--logout]"
                ));
            }
        }
    }
    Ok(options)
}

fn configured_url() -> Option<String> {
    [ENV_BASE_URL, ENV_BASE_URL_LEGACY]
        .iter()
        .find_map(|name| std::env::var(name).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()))
}

/// The configured URL only, when there is one; else the default URL and
/// the usual ports.
async fn find_desktop() -> Result<Option<DesktopInstance>, String> {
    let discovery = match configured_url() {
        Some(url) => Discovery::new().preferred_url(Some(url)).ports([]),
        None => Discovery::new(),
    };
    let found = discovery.run().await.map_err(|e| e.to_string())?;
    Ok(found.into_iter().next())
}

async fn run() -> Result<(), String> {
    let options = options()?;
    let store = TokenStore::from_env().map_err(|e| e.to_string())?;
    let desktop = find_desktop().await?;

    if options.logout {
        let base_url = match &desktop {
            Some(d) => d.base_url.clone(),
            None => configured_url().unwrap_or_else(|| DEFAULT_BASE_URL.to_owned()),
        };
        let outcome = logout(&base_url, &store).await.map_err(|e| format!("Signing out failed: {e}"))?;
        match (outcome.had_token, outcome.revoked) {
            (false, _) => common::say!("No token was stored for {base_url}; nothing to sign out of."),
            (true, true) => common::say!("Signed out of {base_url}: the token was revoked and deleted."),
            (true, false) => {
                common::say!("Deleted the stored token for {base_url} (Beeper Desktop did not confirm the revocation).")
            }
        }
        return Ok(());
    }

    // Keep the fake running, and its throwaway store, while we use them.
    let mut _fake = None;
    let mut _temp_store = None;
    let (desktop, store, auto_approve) = match desktop {
        Some(desktop) => (desktop, store, options.auto_approve),
        None => {
            common::say!(
                "No Beeper Desktop is running ({}). Signing in against an in-process fake Desktop instead; \
                 it approves at once and its token is kept in a temporary directory.",
                configured_url()
                    .map(|u| format!("nothing answers at {u}"))
                    .unwrap_or_else(|| "searched ports 23373–23392".into())
            );
            let fake = FakeDesktop::start().await;
            let found = Discovery::new()
                .preferred_url(Some(fake.base_url().to_owned()))
                .ports([])
                .best()
                .await
                .map_err(|e| format!("the fake did not answer: {e}"))?;
            _fake = Some(fake);
            let temp = std::env::temp_dir().join(format!("beeper-login-example-{}", std::process::id()));
            _temp_store = Some(RemoveOnDrop(temp.clone()));
            (found, TokenStore::new(temp), true)
        }
    };
    common::say!("Signing in to {} {} at {}.", desktop.app_name, desktop.version, desktop.base_url);

    let scopes: &[&str] = if options.read_only { &[SCOPE_READ] } else { &[SCOPE_READ, SCOPE_WRITE] };
    let login = Login::new(&desktop.base_url).scopes(scopes.iter().copied());
    let login = if auto_approve {
        login.browser(follow_redirects)
    } else if options.no_browser {
        login.browser(PrintUrl)
    } else {
        common::say!("Approve the request in the browser window that opens.");
        login.browser(SystemBrowser)
    };
    let token = login.run().await.map_err(|e| format!("Sign-in failed: {e}"))?;
    let path = store.save(&token).map_err(|e| format!("Cannot store the token: {e}"))?;
    let expiry = match token.expires_at().and_then(|at| at.duration_since(SystemTime::now()).ok()) {
        Some(left) => format!("valid for {} min", left.as_secs() / 60),
        None => "no expiry given".into(),
    };
    common::say!("Signed in: scopes {}, {expiry}. Token stored in {}.", token.scopes().join(" "), path.display());

    // A client that takes the stored token, as `Client::from_env()` does.
    let client: Client = ClientBuilder::new()
        .base_url(&desktop.base_url)
        .token_store(store)
        .build()
        .map_err(|e| format!("Configuration problem: {e}"))?;
    let page = client.list_chats().limit(5).send().await.map_err(|e| common::explain("Listing chats failed", e))?;
    common::say!("Your latest chats:");
    for chat in &page.items {
        common::say!("  {}", chat.title.as_deref().filter(|t| !t.is_empty()).unwrap_or("(untitled)"));
    }
    if page.items.is_empty() {
        common::say!("  (none)");
    }
    Ok(())
}

/// Deletes a directory when dropped (the fake's token dies with the fake).
struct RemoveOnDrop(std::path::PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A "browser" that fetches the authorize URL and follows its redirect to
/// our callback, as a browser would after an instant approval.
fn follow_redirects(url: &str) -> std::io::Result<()> {
    let url = url.to_owned();
    tokio::spawn(async move {
        let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build();
        if let Ok(http) = http {
            let _ = http.get(url).send().await;
        }
    });
    Ok(())
}
