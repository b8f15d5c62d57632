//! Finding running Beeper Desktop instances on this machine by probing `GET /v1/info`.
//!
//! Desktop listens on port 23373 by default; profiles managed by the official
//! CLI use the ports above it, up to 23392. [`discover`] probes the configured
//! (or default) base URL and every port of that range on `127.0.0.1` and
//! `localhost`, all at once, each with a short timeout, and returns what
//! answered like Beeper Desktop, best first.
//!
//! ```no_run
//! # async fn run() -> Result<(), beeper_desktop::discovery::DiscoveryError> {
//! for desktop in beeper_desktop::discover().await? {
//!     println!("{} {} ({:?}) at {}", desktop.app_name, desktop.version, desktop.channel, desktop.base_url);
//! }
//! # Ok(())
//! # }
//! ```

use std::collections::HashSet;
use std::ops::RangeInclusive;
use std::time::Duration;

use serde::Deserialize;

use crate::ClientBuilder;
use crate::client::{DEFAULT_BASE_URL, ENV_BASE_URL, ENV_BASE_URL_LEGACY};
use crate::token_store::instance_key;

/// Ports Desktop and CLI-managed profiles use.
pub const DEFAULT_PORTS: RangeInclusive<u16> = 23373..=23392;
/// Hosts probed on each port.
pub const DEFAULT_HOSTS: [&str; 2] = ["127.0.0.1", "localhost"];
/// Per-probe timeout (the official CLI uses 500 ms).
pub const DEFAULT_PROBE_TIMEOUT: Duration = Duration::from_millis(500);

/// Which product answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AppKind {
    /// Beeper Desktop (`com.automattic.beeper.desktop…`).
    Desktop,
    /// Beeper Server, the headless build (`com.automattic.beeper.server…`).
    Server,
    /// Something speaking the same API with another bundle ID (a
    /// compatible server, a test double).
    Other,
}

/// Release channel, from the bundle ID's `.nightly` suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    /// The regular release.
    Stable,
    /// Nightly builds.
    Nightly,
}

/// OAuth endpoint URLs an instance advertises in `/v1/info`. Each is
/// optional here, since older or compatible servers may leave some out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct OAuthEndpointUrls {
    /// Where the browser is sent to approve access.
    #[serde(default)]
    pub authorization_endpoint: Option<String>,
    /// Where the authorization code is exchanged.
    #[serde(default)]
    pub token_endpoint: Option<String>,
    /// Dynamic client registration.
    #[serde(default)]
    pub registration_endpoint: Option<String>,
    /// Token revocation.
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    /// Token introspection.
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
    /// Token information.
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
}

/// URLs of an instance's other interfaces, as advertised in `/v1/info`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct Endpoints {
    /// Live-events WebSocket (may use an `http` scheme).
    #[serde(default)]
    pub ws_events: Option<String>,
    /// The server's own OpenAPI document.
    #[serde(default)]
    pub spec: Option<String>,
    /// MCP endpoint.
    #[serde(default)]
    pub mcp: Option<String>,
    /// OAuth endpoints.
    #[serde(default)]
    pub oauth: OAuthEndpointUrls,
}

/// A running instance that answered `GET /v1/info`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DesktopInstance {
    /// The URL that answered, without trailing `/`; pass it to
    /// [`ClientBuilder::base_url`](crate::ClientBuilder::base_url).
    pub base_url: String,
    /// `app.name`, e.g. `Beeper`.
    pub app_name: String,
    /// `app.version`, e.g. `4.2.808`.
    pub version: String,
    /// `app.bundle_id`, e.g. `com.automattic.beeper.desktop`.
    pub bundle_id: String,
    /// Desktop, Server or another implementation.
    pub kind: AppKind,
    /// Stable or Nightly.
    pub channel: Channel,
    /// Advertised endpoints.
    pub endpoints: Endpoints,
    /// Whether this is the configured (or default) base URL rather than a
    /// scanned port.
    pub preferred: bool,
}

impl DesktopInstance {
    /// Reads the identity out of a `/v1/info` body; `None` when the body
    /// does not look like Beeper's (no `app.bundle_id`, `app.name`,
    /// `app.version` strings).
    pub fn from_info(base_url: &str, body: &[u8]) -> Option<Self> {
        #[derive(Deserialize)]
        struct Info {
            app: App,
            #[serde(default)]
            endpoints: Option<Endpoints>,
        }
        #[derive(Deserialize)]
        struct App {
            bundle_id: String,
            name: String,
            version: String,
        }
        let info: Info = serde_json::from_slice(body).ok()?;
        let bundle = info.app.bundle_id.trim();
        if bundle.is_empty() {
            return None;
        }
        let lower = bundle.to_ascii_lowercase();
        let kind = if lower.starts_with("com.automattic.beeper.desktop") {
            AppKind::Desktop
        } else if lower.starts_with("com.automattic.beeper.server") {
            AppKind::Server
        } else {
            AppKind::Other
        };
        let channel = if lower.ends_with(".nightly") { Channel::Nightly } else { Channel::Stable };
        Some(Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            app_name: info.app.name,
            version: info.app.version,
            bundle_id: bundle.to_owned(),
            kind,
            channel,
            endpoints: info.endpoints.unwrap_or_default(),
            preferred: false,
        })
    }
}

/// Discovery could not run, or found nothing where something was required.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DiscoveryError {
    /// The probing HTTP client could not be built.
    #[error("cannot build the HTTP client for discovery: {0}")]
    Http(#[source] reqwest::Error),
    /// No Beeper Desktop answered.
    #[error(
        "no running Beeper Desktop answered GET /v1/info (tried {tried}); start Beeper Desktop and enable \
         its API (Settings → Developers), or set {ENV_BASE_URL}"
    )]
    NotFound {
        /// What was probed, in words.
        tried: String,
    },
}

/// What to probe and how long to wait; [`discover`] uses the defaults.
///
/// ```no_run
/// # async fn run() -> Result<(), beeper_desktop::discovery::DiscoveryError> {
/// use std::time::Duration;
/// use beeper_desktop::discovery::Discovery;
///
/// let found = Discovery::new()
///     .preferred_url(None)
///     .hosts(["127.0.0.1"])
///     .ports([23373, 23380])
///     .timeout(Duration::from_millis(200))
///     .run()
///     .await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Discovery {
    preferred: Option<String>,
    hosts: Vec<String>,
    ports: Vec<u16>,
    timeout: Duration,
}

impl Default for Discovery {
    fn default() -> Self {
        Self::new()
    }
}

impl Discovery {
    /// The configured base URL (`BEEPER_BASE_URL`, then
    /// `BEEPER_DESKTOP_BASE_URL`, else the default
    /// `http://localhost:23373`) first, then [`DEFAULT_PORTS`] on
    /// [`DEFAULT_HOSTS`], [`DEFAULT_PROBE_TIMEOUT`] each.
    pub fn new() -> Self {
        let preferred = [ENV_BASE_URL, ENV_BASE_URL_LEGACY]
            .iter()
            .find_map(|name| std::env::var(name).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()))
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        Self {
            preferred: Some(preferred),
            hosts: DEFAULT_HOSTS.iter().map(|h| (*h).to_owned()).collect(),
            ports: DEFAULT_PORTS.collect(),
            timeout: DEFAULT_PROBE_TIMEOUT,
        }
    }

    /// The URL probed first and preferred when it answers (`None`: only
    /// scan).
    pub fn preferred_url(mut self, url: Option<String>) -> Self {
        self.preferred = url.map(|u| u.trim().trim_end_matches('/').to_owned());
        self
    }

    /// Hosts to scan (default `127.0.0.1` and `localhost`).
    pub fn hosts<I, S>(mut self, hosts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.hosts = hosts.into_iter().map(Into::into).collect();
        self
    }

    /// Ports to scan on each host (default 23373–23392).
    pub fn ports(mut self, ports: impl IntoIterator<Item = u16>) -> Self {
        self.ports = ports.into_iter().collect();
        self
    }

    /// How long each probe may take (default 500 ms).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Every URL that will be probed, in order of preference.
    pub fn candidates(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let scanned = self.ports.iter().flat_map(|port| self.hosts.iter().map(move |host| (host, port)));
        for url in self.preferred.iter().cloned().chain(scanned.map(|(host, port)| {
            if host.contains(':') && !host.starts_with('[') {
                format!("http://[{host}]:{port}")
            } else {
                format!("http://{host}:{port}")
            }
        })) {
            if seen.insert(url.clone()) {
                out.push(url);
            }
        }
        out
    }

    /// Probes every candidate concurrently and returns the instances found:
    /// the preferred URL first when it answered, then Desktop before
    /// Server, stable before Nightly, lowest port first. An instance reached
    /// under several loopback names (`127.0.0.1`, `localhost`) is listed
    /// once, under the first name probed.
    pub async fn run(&self) -> Result<Vec<DesktopInstance>, DiscoveryError> {
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            // Probes stay on this machine: no proxy, no redirects elsewhere.
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(crate::client::DEFAULT_USER_AGENT)
            .build()
            .map_err(DiscoveryError::Http)?;
        let candidates = self.candidates();
        let probes = candidates.iter().map(|url| probe(&http, url, self.timeout));
        let answers = futures::future::join_all(probes).await;
        let mut seen = HashSet::new();
        let mut found: Vec<DesktopInstance> = Vec::new();
        for (url, answer) in candidates.iter().zip(answers) {
            let Some(mut instance) = answer else { continue };
            if !seen.insert((instance_key(url), instance.bundle_id.clone())) {
                continue;
            }
            instance.preferred = self.preferred.as_deref() == Some(url.as_str());
            found.push(instance);
        }
        found.sort_by_key(|i| (!i.preferred, i.kind, i.channel, port_of(&i.base_url)));
        Ok(found)
    }

    /// Like [`Self::run`], but an empty result is [`DiscoveryError::NotFound`];
    /// returns the best instance.
    pub async fn best(&self) -> Result<DesktopInstance, DiscoveryError> {
        let mut found = self.run().await?;
        if found.is_empty() {
            return Err(DiscoveryError::NotFound { tried: self.describe() });
        }
        Ok(found.remove(0))
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(url) = &self.preferred {
            parts.push(url.clone());
        }
        if !self.ports.is_empty() && !self.hosts.is_empty() {
            let (lo, hi) = (self.ports.iter().min().unwrap(), self.ports.iter().max().unwrap());
            let range = if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") };
            parts.push(format!("{} port{} {range}", self.hosts.join(" and "), if lo == hi { "" } else { "s" }));
        }
        if parts.is_empty() { "nothing".into() } else { parts.join(", ") }
    }
}

fn port_of(url: &str) -> u16 {
    reqwest::Url::parse(url).ok().and_then(|u| u.port_or_known_default()).unwrap_or(u16::MAX)
}

/// One `GET /v1/info`, bounded by `limit` even if the server trickles.
async fn probe(http: &reqwest::Client, base_url: &str, limit: Duration) -> Option<DesktopInstance> {
    let attempt = async {
        let response =
            http.get(format!("{base_url}/v1/info")).header("accept", "application/json").send().await.ok()?;
        if !response.status().is_success() {
            return None;
        }
        let body = response.bytes().await.ok()?;
        DesktopInstance::from_info(base_url, &body)
    };
    tokio::time::timeout(limit, attempt).await.ok().flatten()
}

/// Finds running Beeper Desktop instances with the default settings of
/// [`Discovery::new`]; empty when none answers. Takes at most about 500 ms.
pub async fn discover() -> Result<Vec<DesktopInstance>, DiscoveryError> {
    Discovery::new().run().await
}

// Discovery as a step of building a client; here rather than in `client`
// so that configuration never depends on probing.
impl ClientBuilder {
    /// Finds the running Desktop (see [`crate::discovery`]): the base URL
    /// set so far (or the default) is probed first, then the usual ports;
    /// the best instance found becomes the base URL. Fails with
    /// [`DiscoveryError::NotFound`] when nothing answers.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// let client = beeper_desktop::ClientBuilder::from_env().discover_base_url().await?.build()?;
    /// println!("using {}", client.base_url());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn discover_base_url(self) -> Result<Self, DiscoveryError> {
        let preferred = self.base_url.clone().unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        self.discover_with(Discovery::new().preferred_url(Some(preferred))).await
    }

    /// [`Self::discover_base_url`] with custom probing settings.
    pub async fn discover_with(mut self, discovery: Discovery) -> Result<Self, DiscoveryError> {
        let best = discovery.best().await?;
        self.base_url = Some(best.base_url);
        Ok(self)
    }
}
