//! Connection setup shared by the examples: talk to the real Beeper Desktop
//! when the environment points at one, else start the built-in fake in this
//! process; explain exactly what is missing when the real one cannot work.

#![allow(dead_code)]

use beeper_desktop::client::{DEFAULT_BASE_URL, ENV_ACCESS_TOKEN, ENV_BASE_URL, ENV_BASE_URL_LEGACY};
use beeper_desktop::{Client, ClientBuilder, types};
use beeper_desktop_fake::{FakeDesktop, Lively};

pub mod show;

/// Prints a line like `println!`, but returns early (with `?`) instead of
/// panicking when stdout is closed (output piped into `head`, say): the
/// example then unwinds normally, its guards run, and [`exit_with`] ends
/// it with status 0. Other write errors become the example's error.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::common::write_line(::std::format_args!($($arg)*))?
    };
}
// `export` writes its progress to stderr only.
#[allow(unused_imports)]
pub(crate) use say;

/// The error [`say!`] returns when stdout is closed; [`exit_with`] treats
/// it as a normal end.
pub const STDOUT_CLOSED: &str = "standard output was closed";

/// Writes one line to stdout for [`say!`].
pub fn write_line(line: std::fmt::Arguments<'_>) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_fmt(line).and_then(|()| out.write_all(b"\n")).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(STDOUT_CLOSED.to_owned()),
        Err(e) => Err(format!("Cannot write to standard output: {e}")),
    }
}

/// A Desktop found on its usual ports (Desktop, then Nightly or a
/// CLI-managed profile on 23373–23392) for which a signed-in token is stored
/// (`cargo run --example login`), when there is one.
async fn signed_in_desktop() -> Option<(Client, types::InfoResponse)> {
    let client = ClientBuilder::from_env().discover_base_url().await.ok()?.build().ok()?;
    if !client.has_access_token() {
        return None;
    }
    let info = client.get_info().send().await.ok()?.into_inner();
    Some((client, info))
}

/// Runs an example body and turns its error text into exit status 2.
pub fn exit_with<T>(result: Result<T, String>) -> std::process::ExitCode {
    match result {
        Ok(_) => std::process::ExitCode::SUCCESS,
        // Nobody reads the output any more: not a failure of the example.
        Err(message) if message == STDOUT_CLOSED => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::from(2)
        }
    }
}

/// A working client, and the fake behind it when no real Desktop is set up.
pub struct Connection {
    /// Client for the Desktop (real or fake).
    pub client: Client,
    /// What `GET /v1/info` said.
    pub info: types::InfoResponse,
    /// The in-process fake, kept alive as long as the connection.
    pub fake: Option<FakeDesktop>,
}

impl Connection {
    /// Whether the examples talk to the built-in fake.
    pub fn is_fake(&self) -> bool {
        self.fake.is_some()
    }
}

/// Sets the built-in fake's lively mode, in which other participants write,
/// edit and react every few seconds: unset for every 2 s, a number of
/// seconds for another period, `off` (or `0`) for none. The example tests
/// turn it off, so that what they compare is the seeded data.
pub const ENV_FAKE_LIVELY: &str = "BEEPER_FAKE_LIVELY";

/// The lively mode [`ENV_FAKE_LIVELY`] asks for.
fn lively_setting() -> Result<Option<Lively>, String> {
    let value = std::env::var(ENV_FAKE_LIVELY).unwrap_or_default();
    let value = value.trim();
    match value {
        "" => Ok(Some(Lively::default())),
        "off" | "0" | "no" | "false" => Ok(None),
        secs => secs
            .parse::<f64>()
            .ok()
            .and_then(|s| std::time::Duration::try_from_secs_f64(s).ok())
            .filter(|d| !d.is_zero())
            .map(|d| Some(Lively::every(d)))
            .ok_or_else(|| format!("{ENV_FAKE_LIVELY} takes a number of seconds or `off`, not {secs:?}")),
    }
}

fn env_set(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.trim().is_empty())
}

/// Connects as the environment says.
///
/// With none of `BEEPER_ACCESS_TOKEN`, `BEEPER_BASE_URL` and
/// `BEEPER_DESKTOP_BASE_URL` set, uses a running Desktop that a token was
/// stored for by signing in, else starts the fake Desktop (lively unless
/// [`ENV_FAKE_LIVELY`] says otherwise; the first activity comes one period
/// after the start) and says so on the first line of stdout. Otherwise checks the real Desktop: it must answer
/// and a token must be set; when something is missing, every missing piece
/// is named at once.
pub async fn connect() -> Result<Connection, String> {
    if ![ENV_ACCESS_TOKEN, ENV_BASE_URL, ENV_BASE_URL_LEGACY].iter().any(|v| env_set(v)) {
        if let Some((client, info)) = signed_in_desktop().await {
            return Ok(Connection { client, info, fake: None });
        }
        let lively = lively_setting()?;
        let activity = match &lively {
            Some(l) => format!("sample data; other participants write, edit and react every {:?}", l.period()),
            None => "sample data".to_owned(),
        };
        let mut builder = FakeDesktop::builder();
        if let Some(lively) = lively {
            builder = builder.lively(lively);
        }
        let fake = builder
            .try_start()
            .await
            .map_err(|e| format!("Cannot start the built-in fake Beeper Desktop on 127.0.0.1: {e}"))?;
        say!(
            "Using the built-in fake Beeper Desktop at {url} ({activity}): no {ENV_ACCESS_TOKEN} or {ENV_BASE_URL} is set. \
             To use your real Beeper Desktop, set {ENV_ACCESS_TOKEN} (Beeper Desktop → Settings → Developers) \
             and, if it does not listen on {DEFAULT_BASE_URL}, {ENV_BASE_URL}.",
            url = fake.base_url()
        );
        let client = fake.client();
        let info =
            client.get_info().send().await.map_err(|e| format!("The built-in fake did not answer: {e}"))?.into_inner();
        return Ok(Connection { client, info, fake: Some(fake) });
    }
    let client = Client::from_env().map_err(|e| format!("Configuration problem: {e}"))?;
    // `get_info` needs no token, so it tells "Desktop not running" apart
    // from "token missing or wrong".
    let info = client.get_info().send().await;
    let mut problems = Vec::new();
    let info = match info {
        Ok(info) => Some(info.into_inner()),
        Err(e) if e.is_connect() || e.is_timeout() => {
            problems.push(format!(
                "Beeper Desktop is not reachable at {url}.\n  \
                 Start Beeper Desktop and enable its API (Settings → Developers), \
                 or point {ENV_BASE_URL} at where it listens.\n  (detail: {e})",
                url = client.base_url()
            ));
            None
        }
        Err(e) => return Err(format!("{} answered unexpectedly: {e}", client.base_url())),
    };
    if !client.has_access_token() {
        problems.push(format!(
            "{ENV_ACCESS_TOKEN} is not set and no signed-in token is stored for {url}.\n  \
             Sign in with `cargo run --example login`, or create an access token in Beeper Desktop \
             (Settings → Developers) and run:\n    \
             export {ENV_ACCESS_TOKEN}=<your token>",
            url = client.base_url()
        ));
    }
    match (info, problems.len()) {
        (Some(info), 0) => Ok(Connection { client, info, fake: None }),
        (_, 1) => Err(problems.remove(0)),
        _ => Err(format!("Two things are missing:\n1. {}\n2. {}", problems[0], problems[1])),
    }
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
