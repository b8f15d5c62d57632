//! Reading steady's verdicts: its NDJSON log (`--log-format json
//! --log-level full`) has one `request` record per request, with what steady
//! saw on the wire and every diagnostic it raised.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Where the mock listens (set by `contract/run`).
pub const ENV_URL: &str = "BEEPER_CONTRACT_MOCK_URL";
/// Where steady writes its NDJSON log (set by `contract/run`).
pub const ENV_LOG: &str = "BEEPER_CONTRACT_MOCK_LOG";

/// Reads a setting `contract/run` must give; running without it is an error,
/// never a silent pass.
pub fn setting(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: this test target needs a running steady mock; start it with `contract/run requests`")
    })
}

/// One request as steady logged it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// The spec path steady matched, e.g. `/v1/chats/{chatID}`.
    pub pattern: String,
    /// Query parameter names, in order, repeated keys once.
    pub query: BTreeSet<String>,
    /// Lower-case request header names.
    pub headers: BTreeSet<String>,
    /// Top-level body field names (steady decodes JSON and multipart).
    pub body: Option<BTreeSet<String>>,
    pub user_agent: String,
    pub status: u64,
    /// `code path: message` of every diagnostic, whatever its severity.
    pub diagnostics: Vec<String>,
}

impl Seen {
    /// The operation key used by [`crate::spec::shapes`].
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.pattern)
    }

    /// steady found something wrong with the request. Informational
    /// diagnostics count too: an unknown query parameter is only `info` to
    /// steady, and it is exactly the misspelling this check exists for.
    pub fn flagged(&self) -> bool {
        !self.diagnostics.is_empty() || self.status == 400
    }
}

fn parse(line: &str) -> Option<Seen> {
    let record: Value = serde_json::from_str(line).ok()?;
    if record["type"] != "request" {
        return None;
    }
    let request = &record["request"];
    let names = |value: &Value| -> BTreeSet<String> {
        value.as_object().map(|map| map.keys().cloned().collect()).unwrap_or_default()
    };
    let query = request["query"]
        .as_str()
        .unwrap_or("")
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split('=').next().unwrap_or(pair).to_owned())
        .collect();
    let diagnostics = record["diagnostics"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|d| {
                    format!(
                        "{} {} {}: {}",
                        d["severity"].as_str().unwrap_or("?"),
                        d["code"].as_str().unwrap_or("?"),
                        d["requestPath"].as_str().unwrap_or("?"),
                        d["message"].as_str().unwrap_or("?")
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Some(Seen {
        method: request["method"].as_str()?.to_owned(),
        pattern: request["pathPattern"].as_str().unwrap_or("(no match)").to_owned(),
        query,
        headers: names(&request["headers"]),
        body: request.get("body").filter(|b| b.is_object()).map(names),
        user_agent: request["headers"]["user-agent"].as_str().unwrap_or("").to_owned(),
        status: record["response"]["status"].as_u64().unwrap_or(0),
        diagnostics,
    })
}

/// Waits until steady has logged `count` requests sent with `user_agent`
/// (it writes each record after answering), then returns them.
pub fn wait_for(user_agent: &str, count: usize) -> Vec<Seen> {
    let path = setting(ENV_LOG);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read steady's log {path}: {e}"));
        let seen: Vec<Seen> = text.lines().filter_map(parse).filter(|s| s.user_agent == user_agent).collect();
        if seen.len() >= count || Instant::now() > deadline {
            assert_eq!(seen.len(), count, "steady logged a different number of `{user_agent}` requests");
            return seen;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
