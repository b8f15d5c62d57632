//! Connection checks shared by the examples: build the client from the
//! environment and explain exactly what is missing when it cannot work.

#![allow(dead_code)]

use beeper_desktop::client::{ENV_ACCESS_TOKEN, ENV_BASE_URL, ENV_BASE_URL_LEGACY};
use beeper_desktop::{Client, ClientBuilder, ConfigError, types};

/// `Client::from_env()`, except that with no base URL configured the running
/// Desktop is looked for on its usual ports first (Desktop, then Nightly or
/// a CLI-managed profile on 23373–23392).
pub async fn discover_or_env() -> Result<Client, ConfigError> {
    let configured =
        [ENV_BASE_URL, ENV_BASE_URL_LEGACY].iter().any(|n| std::env::var(n).is_ok_and(|v| !v.trim().is_empty()));
    if !configured && let Ok(builder) = ClientBuilder::from_env().discover_base_url().await {
        return builder.build();
    }
    Client::from_env()
}

/// Runs an example body and turns its error text into exit status 2.
pub fn exit_with<T>(result: Result<T, String>) -> std::process::ExitCode {
    match result {
        Ok(_) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::from(2)
        }
    }
}

/// A client from `BEEPER_ACCESS_TOKEN` / `BEEPER_BASE_URL`, checked against
/// the running app: Desktop must answer and a token must be set.
pub async fn connect() -> Result<(Client, types::InfoResponse), String> {
    let client = discover_or_env().await.map_err(|e| format!("Configuration problem: {e}"))?;
    // `get_info` needs no token, so it tells "Desktop not running" apart
    // from "token missing or wrong".
    let info = client.get_info().send().await.map_err(|e| {
        if e.is_connect() || e.is_timeout() {
            format!(
                "Beeper Desktop is not reachable at {url}.\n\
                 Start Beeper Desktop and enable its API (Settings → Developers), \
                 or point BEEPER_BASE_URL at where it listens.\n(detail: {e})",
                url = client.base_url()
            )
        } else {
            format!("{} answered unexpectedly: {e}", client.base_url())
        }
    })?;
    if !client.has_access_token() {
        return Err(format!(
            "{ENV_ACCESS_TOKEN} is not set and no signed-in token is stored for {url}.\n\
             Sign in with `cargo run --example login`, or create an access token in Beeper Desktop \
             (Settings → Developers) and run:\n  \
             export {ENV_ACCESS_TOKEN}=<your token>",
            url = client.base_url()
        ));
    }
    Ok((client, info.into_inner()))
}

/// Describes an API failure, with a hint for a refused token.
pub fn explain(what: &str, e: beeper_desktop::Error) -> String {
    if let Some(failure) = e.auth_failure() {
        format!("{what}: {e}\n{failure}")
    } else if e.is_unauthorized() {
        format!(
            "{what}: Beeper Desktop refused the access token ({e}). Create a new one and update {ENV_ACCESS_TOKEN}."
        )
    } else {
        format!("{what}: {e}")
    }
}
