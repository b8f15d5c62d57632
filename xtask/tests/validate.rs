//! Runs the built `xtask` binary on the real `openapi.yaml` and on copies
//! broken in one known way each, and checks that the right rule fires.
//!
//! The broken copies are made by replacing a snippet of the real spec; if a
//! snippet disappears from `openapi.yaml`, the test fails and names it, so
//! the test can be pointed at a new snippet rather than silently passing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const XTASK: &str = env!("CARGO_BIN_EXE_xtask");

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives inside the workspace").to_path_buf()
}

fn real_spec() -> String {
    fs::read_to_string(workspace_root().join("openapi.yaml")).expect("openapi.yaml is readable")
}

/// A directory under the system temp dir, unique per test, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(label: &str) -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("xtask-test-{}-{n}-{label}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir can be created");
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The real spec with each `(snippet, replacement)` applied once.
fn edited_spec(edits: &[(&str, &str)]) -> String {
    let mut text = real_spec();
    for (snippet, replacement) in edits {
        assert!(text.contains(snippet), "openapi.yaml no longer contains this snippet; update the test:\n{snippet}");
        text = text.replacen(snippet, replacement, 1);
    }
    text
}

/// Runs xtask; returns success and stdout + stderr.
fn xtask(args: &[&str]) -> (bool, String) {
    let output = Command::new(XTASK).args(args).output().expect("xtask runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// Validates the real spec with `edits` applied; it must fail and report
/// every line in `expected`.
fn assert_rejected(label: &str, edits: &[(&str, &str)], expected: &[&str]) {
    let scratch = Scratch::new(label);
    let spec = scratch.path("openapi.yaml");
    fs::write(&spec, edited_spec(edits)).expect("spec copy can be written");
    let (ok, output) = xtask(&["validate", "--spec", spec.to_str().expect("utf-8 temp path")]);
    assert!(!ok, "validate accepted the `{label}` copy:\n{output}");
    for line in expected {
        assert!(output.contains(line), "`{label}`: expected\n  {line}\nin the output:\n{output}");
    }
}

#[test]
fn the_real_spec_passes() {
    let (ok, output) = xtask(&["validate"]);
    assert!(ok, "openapi.yaml breaks a rule:\n{output}");
    assert!(output.starts_with("openapi.yaml: "), "{output}");
    assert!(output.trim_end().ends_with("all rules pass"), "{output}");
}

#[test]
fn undeclared_path_parameter() {
    assert_rejected(
        "path-params",
        &[(
            "  /v1/chats/{chatID}/archive:\n    parameters:\n      - {$ref: '#/components/parameters/ChatID'}\n",
            "  /v1/chats/{chatID}/archive:\n",
        )],
        &["POST /v1/chats/{chatID}/archive (archiveChat): path parameter `chatID` is not declared [path-params]"],
    );
}

#[test]
fn generation_failure_names_the_operation_progenitor_panics_on() {
    // progenitor panics ("missing path name mapping") without saying where;
    // codegen retries each operation alone and names the culprit.
    assert_rejected(
        "generate",
        &[(
            "  /v1/chats/{chatID}/archive:\n    parameters:\n      - {$ref: '#/components/parameters/ChatID'}\n",
            "  /v1/chats/{chatID}/archive:\n",
        )],
        &["progenitor panicked: missing path name mapping chatID", "POST /v1/chats/{chatID}/archive (archiveChat)"],
    );
}

#[test]
fn duplicate_operation_id() {
    assert_rejected(
        "duplicate-id",
        &[("operationId: markChatUnread", "operationId: markChatRead")],
        &[
            "POST /v1/chats/{chatID}/unread (markChatRead): operationId `markChatRead` is already used by POST /v1/chats/{chatID}/read (markChatRead) [operation-id]",
        ],
    );
}

#[test]
fn operation_ids_colliding_after_snake_case() {
    assert_rejected(
        "snake-id",
        &[("operationId: deleteMessage", "operationId: getCHAT")],
        &[
            "operationId `getCHAT` becomes `get_chat` in Rust, like `getChat` of GET /v1/chats/{chatID} (getChat) [operation-id]",
        ],
    );
}

#[test]
fn inline_enum_in_a_response_schema() {
    assert_rejected(
        "inline-enum",
        &[(
            "        type: {$ref: '#/components/schemas/DraftAttachmentType'}",
            "        type: {type: string, enum: [file, gif, recorded_audio]}",
        )],
        &["schema DraftAttachment.properties.type: inline string `enum` [file, gif, recorded_audio]", "[inline-enum]"],
    );
}

#[test]
fn union_variant_without_a_pinned_tag() {
    // Without the one-value enum, a `cookies` step also matches the
    // `user_input` variant, and `oneOf` fails for any JSON Schema validator.
    assert_rejected(
        "unpinned-tag",
        &[(
            "        type: {type: string, enum: [user_input], description: 'Always `user_input`.'}",
            "        type: {type: string, description: '`user_input`.'}",
        )],
        &["schema UserInputLoginStep: the tag of LoginStep must be required and declared \
             `type: {type: string, enum: [user_input]}` [discriminator]"],
    );
}

#[test]
fn union_variant_missing_from_the_mapping() {
    assert_rejected(
        "unmapped-variant",
        &[("          cookies: '#/components/schemas/CookiesLoginStep'\n", "")],
        &["schema LoginStep: `oneOf` variant CookiesLoginStep has no `discriminator.mapping` entry [discriminator]"],
    );
}

#[test]
fn union_tag_with_a_wider_enum_is_still_not_pinned() {
    assert_rejected(
        "wide-tag",
        &[(
            "        type: {type: string, enum: [qr], description: 'Always `qr`.'}",
            "        type: {type: string, enum: [qr, code], description: 'Always `qr`.'}",
        )],
        &["schema QrLoginDisplay: the tag of LoginDisplay must be required"],
    );
}

#[test]
fn response_enum_without_tolerant_marker() {
    assert_rejected(
        "tolerant-enum",
        &[(
            "      description: Direct chat or group.\n      x-tolerant-enum: true\n",
            "      description: Direct chat or group.\n",
        )],
        &[
            "schema ChatType: string enum reachable from the response",
            "must carry `x-tolerant-enum: true` [tolerant-enum]",
        ],
    );
}

#[test]
fn additional_properties_false() {
    assert_rejected(
        "additional-properties",
        &[(
            "      description: Why a request failed (the body of every 4xx/5xx answer).\n      required: [code, message]\n",
            "      description: Why a request failed (the body of every 4xx/5xx answer).\n      additionalProperties: false\n      required: [code, message]\n",
        )],
        &["schema ApiErrorBody: `additionalProperties: false` is not allowed", "[additional-properties]"],
    );
}

#[test]
fn any_of() {
    assert_rejected(
        "any-of",
        &[(
            "      description: An object key or an array index.\n      oneOf:",
            "      description: An object key or an array index.\n      anyOf:",
        )],
        &["schema IssuePathSegment: `anyOf` is not allowed", "[any-of]"],
    );
}

#[test]
fn unresolved_ref() {
    assert_rejected(
        "refs",
        &[(
            "schema: {$ref: '#/components/schemas/FocusResponse'}",
            "schema: {$ref: '#/components/schemas/FocusReply'}",
        )],
        &[
            "$ref at paths./v1/focus.post.responses.2XX.content.application/json.schema: `#/components/schemas/FocusReply` does not resolve [refs]",
        ],
    );
}

#[test]
fn example_with_a_wrong_type() {
    assert_rejected(
        "example",
        &[(
            "participants: {hasMore: false, total: 2, items: [{id: '@alice:beeper.local', fullName: Alice, isSelf: true, isAdmin: true}",
            "participants: {hasMore: false, total: '2', items: [{id: '@alice:beeper.local', fullName: Alice, isSelf: true, isAdmin: true}",
        )],
        &[
            "example of GET /v1/chats (listChats) 2XX: $.items[0].participants.total: \"2\" is not of type \"integer\" [example]",
        ],
    );
}

#[test]
fn example_with_a_misspelt_field_and_a_bad_date() {
    assert_rejected(
        "example-fields",
        &[
            (
                "{id: '@bob:beeper.local', fullName: Bob, username: bob",
                "{id: '@bob:beeper.local', fullname: Bob, username: bob",
            ),
            ("remindAt: '2025-09-01T08:00:00.000Z'", "remindAt: '2025-09-01 08:00'"),
        ],
        &[
            "example of GET /v1/accounts/{accountID}/contacts/list (listContacts) 2XX: $.items[0].fullname: property is not declared by the schema [example]",
            "example of GET /v1/chats/{chatID} (getChat) 2XX: $.reminder.remindAt: \"2025-09-01 08:00\" is not a \"date-time\" [example]",
        ],
    );
}

#[test]
fn openapi_3_1() {
    assert_rejected(
        "version",
        &[("openapi: 3.0.3", "openapi: 3.1.0")],
        &["openapi: version is `3.1.0`; progenitor only reads 3.0.x", "[openapi-version]"],
    );
}

#[test]
fn second_request_media_type() {
    assert_rejected(
        "request-body",
        &[(
            "            schema: {$ref: '#/components/schemas/FocusRequest'}\n",
            "            schema: {$ref: '#/components/schemas/FocusRequest'}\n          application/x-www-form-urlencoded:\n            schema: {$ref: '#/components/schemas/FocusRequest'}\n",
        )],
        &[
            "POST /v1/focus (focus): request body has 2 media types (`application/json`, `application/x-www-form-urlencoded`); progenitor panics on more than one [request-body]",
        ],
    );
}

#[test]
fn every_failure_is_reported_not_just_the_first() {
    assert_rejected(
        "many",
        &[
            ("openapi: 3.0.3", "openapi: 3.1.0"),
            ("operationId: markChatUnread", "operationId: markChatRead"),
            (
                "      description: An object key or an array index.\n      oneOf:",
                "      description: An object key or an array index.\n      anyOf:",
            ),
        ],
        &["[openapi-version]", "[operation-id]", "[any-of]", "[generate]", "rule failures"],
    );
}

#[test]
fn codegen_check_detects_missing_and_stale_snapshots() {
    let scratch = Scratch::new("codegen");
    let out = scratch.path("client.rs");
    let out_arg = out.to_str().expect("utf-8 temp path");

    let (ok, output) = xtask(&["codegen", "--check", "--out", out_arg]);
    assert!(!ok, "a missing snapshot passed the check:\n{output}");
    assert!(output.contains("is missing; run `cargo xtask codegen`"), "{output}");

    let (ok, output) = xtask(&["codegen", "--out", out_arg]);
    assert!(ok, "codegen failed:\n{output}");
    let fresh = fs::read_to_string(&out).expect("snapshot was written");
    assert!(fresh.starts_with("// Generated from openapi.yaml"), "unexpected snapshot start");

    let (ok, output) = xtask(&["codegen", "--check", "--out", out_arg]);
    assert!(ok, "a fresh snapshot failed the check:\n{output}");

    // Change line 3: the report names that line and shows both versions.
    let mut lines: Vec<&str> = fresh.split('\n').collect();
    let original = lines[2].to_owned();
    lines[2] = "// edited by hand";
    fs::write(&out, lines.join("\n")).expect("snapshot can be edited");
    let (ok, output) = xtask(&["codegen", "--check", "--out", out_arg]);
    assert!(!ok, "a stale snapshot passed the check:\n{output}");
    assert!(output.contains("is out of date with openapi.yaml (first difference at line 3)"), "{output}");
    assert!(output.contains("run `cargo xtask codegen`"), "{output}");
    assert!(output.contains("-// edited by hand\n"), "{output}");
    assert!(output.contains(&format!("+{original}\n")), "{output}");

    // Without --check the stale file is rewritten.
    let (ok, output) = xtask(&["codegen", "--out", out_arg]);
    assert!(ok, "{output}");
    assert_eq!(fs::read_to_string(&out).expect("snapshot is readable"), fresh);
}

#[test]
fn codegen_reports_a_spec_it_cannot_generate() {
    let scratch = Scratch::new("codegen-bad-spec");
    let spec = scratch.path("openapi.yaml");
    fs::write(&spec, edited_spec(&[("openapi: 3.0.3", "openapi: 3.1.0")])).expect("spec copy can be written");
    let out = scratch.path("client.rs");
    let (ok, output) =
        xtask(&["codegen", "--spec", spec.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8")]);
    assert!(!ok, "{output}");
    assert!(output.contains("cannot generate the client"), "{output}");
    assert!(!out.exists(), "nothing is written when generation fails");
}

#[test]
fn usage_errors_exit_with_2() {
    let output = Command::new(XTASK).args(["validate", "--bogus"]).output().expect("xtask runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unexpected argument `--bogus`"));
}
