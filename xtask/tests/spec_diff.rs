//! Runs `cargo xtask spec-diff` on `openapi.yaml` against itself, against a
//! 3.1 JSON rewrite of it, against edited copies, against a loopback server
//! that plays a Desktop publishing its spec, and on small inline documents:
//! each kind of difference reported when it differs and not when equal,
//! reviewed entries, stale entries.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const XTASK: &str = env!("CARGO_BIN_EXE_xtask");

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives inside the workspace").to_path_buf()
}

fn real_spec() -> String {
    std::fs::read_to_string(workspace_root().join("openapi.yaml")).expect("openapi.yaml is readable")
}

/// A file under the system temp dir, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &str) -> Self {
        let path = std::env::temp_dir().join(format!("spec-diff-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).expect("temp file can be written");
        TempFile(path)
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("utf-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn spec_diff(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let mut command = Command::new(XTASK);
    command.arg("spec-diff").args(args).env_remove("BEEPER_ACCESS_TOKEN");
    for (key, value) in env {
        command.env(key, value);
    }
    let Output { status, stdout, stderr } = command.output().expect("xtask runs");
    (status.code(), String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned())
}

/// The 3.1 spelling of a 3.0 schema tree: `type: [x, "null"]` for
/// `nullable: true`, and `anyOf: [X, {type: "null"}]` for a nullable
/// `allOf: [X]`.
fn to_3_1(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.values_mut().for_each(to_3_1);
            if map.remove("nullable") != Some(Value::Bool(true)) {
                return;
            }
            if let Some(Value::String(typ)) = map.get("type").cloned() {
                map.insert("type".into(), json!([typ, "null"]));
                if let Some(Value::Array(values)) = map.get_mut("enum") {
                    values.push(Value::Null);
                }
            } else if let Some(Value::Array(mut parts)) = map.remove("allOf") {
                parts.push(json!({"type": "null"}));
                map.insert("anyOf".into(), Value::Array(parts));
            } else {
                panic!("a nullable schema this test cannot rewrite: {map:?}");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(to_3_1),
        _ => {}
    }
}

#[test]
fn openapi_yaml_against_itself_prints_only_no_differences() {
    let path = workspace_root().join("openapi.yaml");
    let (code, stdout, stderr) = spec_diff(&[path.to_str().expect("utf-8 path")], &[]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (Some(0), "no differences\n", ""));
}

#[test]
fn a_3_1_json_rewrite_has_no_differences() {
    let mut spec: Value = serde_norway::from_str(&real_spec()).expect("openapi.yaml parses");
    spec["openapi"] = json!("3.1.0");
    to_3_1(&mut spec);
    let text = serde_json::to_string_pretty(&spec).expect("serializes");
    assert!(text.contains(r#""null""#), "the rewrite changed nothing");
    let file = TempFile::new("3.1.json", &text);
    let (code, stdout, stderr) = spec_diff(&[file.arg()], &[]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (Some(0), "no differences\n", ""));
}

#[test]
fn drift_is_listed_by_operation_with_exit_status_1() {
    let edited = real_spec().replacen("operationId: markChatUnread", "operationId: markUnread", 1).replacen(
        "      enum: [single, group]\n",
        "      enum: [single, group, channel]\n",
        1,
    );
    assert_ne!(edited, real_spec(), "the snippets are gone from openapi.yaml; update the test");
    let file = TempFile::new("drift.yaml", &edited);
    let (code, stdout, _) = spec_diff(&[file.arg()], &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.starts_with("--- openapi.yaml (ours)\n+++ "), "{stdout}");
    for expected in [
        "POST /v1/chats/{chatID}/unread (markChatUnread)\n  ~ operationId `markChatUnread` → `markUnread`\n",
        "GET /v1/chats (listChats)\n  + response 2XX `items[].type`: enum value \"channel\" added\n",
        "GET /v1/messages/search (searchMessages)\n  + query parameter `chatType`: enum value \"channel\" added\n",
    ] {
        assert!(stdout.contains(expected), "missing\n{expected}\nin\n{stdout}");
    }
}

#[test]
fn unreadable_documents_exit_with_2() {
    let not_openapi = TempFile::new("not-openapi.yaml", "hello: world\n");
    let cases = [
        ("/nonexistent/spec.yaml", "cannot read /nonexistent/spec.yaml"),
        (not_openapi.arg(), "not an OpenAPI document"),
        ("https://127.0.0.1:1/v1/spec", "only plain http:// is supported"),
        ("http://127.0.0.1:1/v1/spec", "cannot fetch http://127.0.0.1:1/v1/spec"),
    ];
    for (source, message) in cases {
        let (code, stdout, stderr) = spec_diff(&[source], &[]);
        assert_eq!(code, Some(2), "{source}: {stdout}{stderr}");
        assert!(stderr.contains(message), "{source}: expected `{message}` in {stderr}");
    }
    let (code, _, stderr) = spec_diff(&[], &[]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("needs the file or URL"), "{stderr}");
}

/// A loopback HTTP server answering `/v1/info` and `/v1/spec` like a
/// Desktop, one request per connection, for at most 20 seconds. Returns its
/// base URL and the request heads it saw.
fn fake_desktop(spec: String) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("loopback port");
    listener.set_nonblocking(true).expect("nonblocking listener");
    let base = format!("http://{}", listener.local_addr().expect("bound address"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (info, requests) = (json!({"endpoints": {"spec": "/v1/spec", "mcp": "", "ws_events": ""}}), seen.clone());
    std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            let Ok((mut stream, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(10));
                continue;
            };
            let _ = stream.set_nonblocking(false);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && head.len() < 16_384 && stream.read(&mut byte).is_ok_and(|n| n == 1) {
                head.push(byte[0]);
            }
            let head = String::from_utf8_lossy(&head).into_owned();
            let (status, body) = match head.split_whitespace().nth(1) {
                Some("/v1/info") => ("200 OK", info.to_string()),
                Some("/v1/spec") => ("200 OK", spec.clone()),
                _ => ("404 Not Found", String::new()),
            };
            requests.lock().expect("lock").push(head);
            let response =
                format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (base, seen)
}

#[test]
fn a_desktop_base_url_is_followed_through_v1_info() {
    let (base, seen) = fake_desktop(real_spec());
    let (code, stdout, stderr) = spec_diff(&[&base], &[("BEEPER_ACCESS_TOKEN", "secret-token")]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (Some(0), "no differences\n", ""));
    let seen = seen.lock().expect("lock").clone();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen[0].starts_with("GET /v1/info "), "{seen:?}");
    assert!(seen[1].starts_with("GET /v1/spec "), "{seen:?}");
    assert!(seen[1].to_ascii_lowercase().contains("authorization: bearer secret-token"), "{seen:?}");
}

#[test]
fn a_spec_url_is_fetched_directly() {
    let (base, seen) = fake_desktop(real_spec().replacen("operationId: getChat\n", "operationId: retrieveChat\n", 1));
    let (code, stdout, _) = spec_diff(&[&format!("{base}/v1/spec")], &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("~ operationId `getChat` → `retrieveChat`"), "{stdout}");
    let seen = seen.lock().expect("lock").clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(!seen[0].to_ascii_lowercase().contains("authorization"), "no token set, none sent: {seen:?}");
}

/// A small document with one of each fact spec-diff compares: a status
/// range, a response header, numeric bounds, lengths, item counts, a
/// default, a deprecated field and a union that admits any value.
const SMALL: &str = r#"
openapi: 3.0.3
info: {title: Small, version: '1'}
paths:
  /v1/things:
    get:
      operationId: listThings
      parameters:
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 20, default: 20}}
        - {name: q, in: query, schema: {type: string, minLength: 1, maxLength: 9}}
      responses:
        '200':
          description: ok
          headers:
            X-Version: {schema: {type: string}}
          content:
            application/json:
              schema:
                type: object
                properties:
                  ids: {type: array, minItems: 1, maxItems: 5, items: {type: string}}
                  old: {type: string, deprecated: true}
                  details: {description: anything}
        4XX: {$ref: '#/components/responses/Error'}
components:
  responses:
    Error:
      description: failed
      content:
        application/json:
          schema: {type: object, properties: {code: {type: string}}}
"#;

/// SMALL as another publisher writes the same facts: explicit codes for the
/// range, a 3.1 exclusive minimum, `minItems`/`minLength` of 0 for none
/// where SMALL has none, and an `anyOf` with an unconstrained member.
fn small_theirs() -> String {
    edit(
        SMALL,
        &[
            ("info: {title: Small, version: '1'}", "info: {title: Small, version: '2'}"),
            (
                "{type: integer, minimum: 1, maximum: 20, default: 20}",
                "{type: integer, minimum: 0, exclusiveMinimum: true, maximum: 20, default: 20}",
            ),
            (
                "details: {description: anything}",
                "details: {anyOf: [{type: object, properties: {a: {type: string}}}, {nullable: true}]}",
            ),
            (
                "        4XX: {$ref: '#/components/responses/Error'}\n",
                "        '400': {$ref: '#/components/responses/Error'}\n        '404': {$ref: '#/components/responses/Error'}\n",
            ),
        ],
    )
}

/// `text` with each `(from, to)` replaced once; each `from` must be there.
fn edit(text: &str, edits: &[(&str, &str)]) -> String {
    let mut text = text.to_owned();
    for (from, to) in edits {
        assert!(text.contains(from), "the document lacks {from}");
        text = text.replacen(from, to, 1);
    }
    text
}

const NOTHING_REVIEWED: &str = "against: {title: Small, version: '2'}\nreviewed: []\n";

/// spec-diff of two documents with a reviewed file: exit code and the
/// printed difference lines (indented, without the indent).
fn compare(ours: &str, theirs: &str, reviewed: &str, extra: &[&str]) -> (Option<i32>, Vec<String>, String) {
    // Tests run in parallel: each call has its own files.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    let (ours, theirs, reviewed) = (
        TempFile::new(&format!("{n}-ours.yaml"), ours),
        TempFile::new(&format!("{n}-theirs.yaml"), theirs),
        TempFile::new(&format!("{n}-reviewed.yaml"), reviewed),
    );
    let mut args = vec!["--spec", ours.arg(), "--reviewed", reviewed.arg()];
    args.extend(extra);
    args.push(theirs.arg());
    let (code, stdout, stderr) = spec_diff(&args, &[]);
    assert_eq!(stderr, "", "{stdout}");
    let lines = stdout.lines().filter_map(|line| line.strip_prefix("  ")).map(str::to_owned).collect();
    (code, lines, stdout)
}

#[test]
fn the_same_facts_written_differently_are_equal() {
    let (code, lines, stdout) = compare(SMALL, &small_theirs(), NOTHING_REVIEWED, &[]);
    assert_eq!((code, lines), (Some(0), Vec::<String>::new()), "{stdout}");
    assert_eq!(stdout, "no differences\n");
}

#[test]
fn each_kind_of_difference_is_reported() {
    let cases: &[(&str, &str, &str)] = &[
        // A code inside a range whose body differs: that code only.
        (
            "        '404': {$ref: '#/components/responses/Error'}\n",
            "        '404': {description: gone, content: {application/json: {schema: {type: object, properties: {code: {type: integer}}}}}}\n",
            "~ response 4XX/404 `code`: type string → integer",
        ),
        // Codes that differ from the range alike share one line.
        (
            "          schema: {type: object, properties: {code: {type: string}}}",
            "          schema: {type: object, properties: {code: {type: string}, hint: {type: string}}}",
            "+ response 4XX/400,404 `hint`: property added (string, optional)",
        ),
        ("            X-Version: {schema: {type: string}}\n", "", "- response 200 header `X-Version` removed"),
        (
            "            X-Version: {schema: {type: string}}",
            "            X-Version: {schema: {type: integer}}",
            "~ response 200 header `X-Version`: type string → integer",
        ),
        (
            "            X-Version: {schema: {type: string}}",
            "            X-Version: {schema: {type: string}}\n            X-Other: {required: true, schema: {type: string}}",
            "+ response 200 header `X-Other` added (string, required)",
        ),
        (
            "maximum: 20, default: 20",
            "maximum: 200, default: 20",
            "~ query parameter `limit`: upper bound <= 20 → <= 200",
        ),
        ("minimum: 0, exclusiveMinimum: true,", "minimum: 0,", "~ query parameter `limit`: lower bound >= 1 → >= 0"),
        ("maximum: 20, default: 20", "maximum: 20, default: 50", "~ query parameter `limit`: default 20 → 50"),
        (
            "{type: string, minLength: 1, maxLength: 9}",
            "{type: string, minLength: 2, maxLength: 9}",
            "~ query parameter `q`: minLength 1 → 2",
        ),
        (
            "{type: string, minLength: 1, maxLength: 9}",
            "{type: string, minLength: 1}",
            "~ query parameter `q`: maxLength 9 → (none)",
        ),
        ("minItems: 1, maxItems: 5", "minItems: 0, maxItems: 5", "~ response 200 `ids`: minItems 1 → (none)"),
        ("minItems: 1, maxItems: 5", "minItems: 1, maxItems: 6", "~ response 200 `ids`: maxItems 5 → 6"),
        (
            "old: {type: string, deprecated: true}",
            "old: {type: string}",
            "~ response 200 `old`: deprecated → not deprecated",
        ),
        ("{nullable: true}]}", "{type: string}]}", "~ response 200 `details`: type any → one of 2 variants"),
    ];
    for (from, to, expected) in cases {
        let theirs = edit(&small_theirs(), &[(from, to)]);
        let (code, lines, stdout) = compare(SMALL, &theirs, NOTHING_REVIEWED, &[]);
        assert_eq!((code, lines), (Some(1), vec![expected.to_string()]), "{from} → {to}:\n{stdout}");
    }
}

#[test]
fn reviewed_differences_are_counted_and_stale_entries_fail() {
    let theirs = edit(
        &small_theirs(),
        &[
            ("maximum: 20, default: 20", "maximum: 200, default: 50"),
            ("old: {type: string, deprecated: true}", "old: {type: string}"),
        ],
    );
    let entry = |change: &str| format!("  - {{at: 'GET /v1/things (listThings)', change: '{change}', why: test}}\n");
    let head = "against: {title: Small, version: '2'}\nreviewed:\n";
    // Both reviewed: exit 0, counted, not shown.
    let both = format!("{head}{}{}", entry("~ query parameter `limit`: *"), entry("~ response 200 `old`: *"));
    let (code, lines, stdout) = compare(SMALL, &theirs, &both, &[]);
    assert_eq!((code, lines), (Some(0), Vec::<String>::new()), "{stdout}");
    assert!(stdout.contains("no unreviewed differences\n3 reviewed differences ("), "{stdout}");
    // --show-reviewed lists them with the reason.
    let (code, lines, _) = compare(SMALL, &theirs, &both, &["--show-reviewed"]);
    assert_eq!(code, Some(0));
    assert!(lines.contains(&"~ query parameter `limit`: default 20 → 50  [test]".to_owned()), "{lines:?}");
    // One reviewed: the other is shown, exit 1.
    let one = format!("{head}{}", entry("~ query parameter `limit`: *"));
    let (code, lines, _) = compare(SMALL, &theirs, &one, &[]);
    assert_eq!((code, lines), (Some(1), vec!["~ response 200 `old`: deprecated → not deprecated".to_owned()]));
    // An entry that matches nothing is stale against the reviewed document...
    let stale = format!("{both}{}", entry("+ operation added"));
    let (code, lines, stdout) = compare(SMALL, &theirs, &stale, &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(lines, ["- {at: \"GET /v1/things (listThings)\", change: \"+ operation added\"}"], "{stdout}");
    assert!(stdout.contains("1 stale entry"), "{stdout}");
    // ...and not against another document, which may just lack it.
    let other = stale.replace("version: '2'", "version: '3'");
    let (code, _, stdout) = compare(SMALL, &theirs, &other, &[]);
    assert_eq!(code, Some(0), "{stdout}");
}

#[test]
fn a_malformed_reviewed_file_is_an_error() {
    let reviewed = "against: {title: Small, version: '2'}\nreviewed:\n  - {change: 'no sign', why: x}\n";
    let (ours, theirs, file) = (
        TempFile::new("m-ours.yaml", SMALL),
        TempFile::new("m-theirs.yaml", SMALL),
        TempFile::new("m-rev.yaml", reviewed),
    );
    let (code, _, stderr) = spec_diff(&["--spec", ours.arg(), "--reviewed", file.arg(), theirs.arg()], &[]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("must start with"), "{stderr}");
    let (code, _, stderr) = spec_diff(&["--spec", ours.arg(), "--reviewed", "/nonexistent/r.yaml", theirs.arg()], &[]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("cannot read /nonexistent/r.yaml"), "{stderr}");
}
