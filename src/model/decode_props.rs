//! Property tests: every response model's decoder survives arbitrary bytes and JSON.

use bytes::Bytes;
use proptest::prelude::*;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::transport::answer::decode_error;
use crate::types;

/// Cases per property; fixed so CI time is bounded.
const CASES: u32 = 256;

/// Calls `$check::<T>` for every schema a response of the spec uses.
macro_rules! response_models {
    ($check:ident, $body:expr) => {{
        let body: &[u8] = $body;
        $check::<types::Account>(body);
        $check::<types::AccountList>(body);
        $check::<types::AppStateSnapshot>(body);
        $check::<types::AssetDownloadResponse>(body);
        $check::<types::AssetUploadResponse>(body);
        $check::<types::Bridge>(body);
        $check::<types::BridgeList>(body);
        $check::<types::BridgeLogin>(body);
        $check::<types::BridgeLoginList>(body);
        $check::<types::Chat>(body);
        $check::<types::ChatCreateResponse>(body);
        $check::<types::ChatPage>(body);
        $check::<types::ChatSearchPage>(body);
        $check::<types::ContactSearchResponse>(body);
        $check::<types::ApiErrorBody>(body);
        $check::<types::FocusResponse>(body);
        $check::<types::InfoResponse>(body);
        $check::<types::LabelList>(body);
        $check::<types::LoginFlowList>(body);
        $check::<types::LoginRemoveResponse>(body);
        $check::<types::LoginSession>(body);
        $check::<types::LoginSessionCancelResponse>(body);
        $check::<types::Message>(body);
        $check::<types::MessagePage>(body);
        $check::<types::MessageSearchPage>(body);
        $check::<types::MessageSendResponse>(body);
        $check::<types::MessageUpdateResponse>(body);
        $check::<types::ProvisioningCapabilities>(body);
        $check::<types::ReactionAddResponse>(body);
        $check::<types::ReactionDeleteResponse>(body);
        $check::<types::RecoveryKeyResetResponse>(body);
        $check::<types::SearchResponse>(body);
        $check::<super::unions::SetupResponse>(body);
        $check::<types::SetupSessionResponse>(body);
        $check::<types::SetupSignedIn>(body);
        $check::<types::SetupStartResponse>(body);
        $check::<types::UserPage>(body);
        $check::<types::VerificationActionResponse>(body);
        $check::<types::VerificationList>(body);
    }};
}

/// The names [`response_models!`] covers, checked against the spec.
const COVERED: &[&str] = &[
    "Account",
    "AccountList",
    "AppStateSnapshot",
    "AssetDownloadResponse",
    "AssetUploadResponse",
    "Bridge",
    "BridgeList",
    "BridgeLogin",
    "BridgeLoginList",
    "Chat",
    "ChatCreateResponse",
    "ChatPage",
    "ChatSearchPage",
    "ContactSearchResponse",
    "ApiErrorBody",
    "FocusResponse",
    "InfoResponse",
    "LabelList",
    "LoginFlowList",
    "LoginRemoveResponse",
    "LoginSession",
    "LoginSessionCancelResponse",
    "Message",
    "MessagePage",
    "MessageSearchPage",
    "MessageSendResponse",
    "MessageUpdateResponse",
    "ProvisioningCapabilities",
    "ReactionAddResponse",
    "ReactionDeleteResponse",
    "RecoveryKeyResetResponse",
    "SearchResponse",
    "SetupResponse",
    "SetupSessionResponse",
    "SetupSignedIn",
    "SetupStartResponse",
    "UserPage",
    "VerificationActionResponse",
    "VerificationList",
];

/// What the client does with a body: progenitor's `serde_json::from_slice`,
/// then, on failure, the crate's decode error (JSON path) and its display.
fn decode<T: DeserializeOwned>(body: &[u8]) {
    let Err(source) = serde_json::from_slice::<T>(body) else { return };
    for status in [StatusCode::OK, StatusCode::BAD_REQUEST] {
        let error = decode_error::<T>(Some(status), Bytes::copy_from_slice(body), source_again::<T>(body));
        let shown = error.to_string();
        assert!(shown.chars().count() <= 1000, "display of {} characters", shown.chars().count());
        assert!(!shown.contains('\n'), "{shown}");
        assert_eq!(error.body(), Some(body), "the body is kept");
    }
    drop(source);
}

fn source_again<T: DeserializeOwned>(body: &[u8]) -> serde_json::Error {
    serde_json::from_slice::<T>(body).err().expect("decoding is deterministic")
}

fn spec() -> openapiv3::OpenAPI {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    serde_norway::from_str(&text).unwrap()
}

/// Every property name of every schema: keys that reach deep into decoders.
fn vocabulary() -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    let yaml: Value = serde_norway::from_str(&text).unwrap();
    let mut names = std::collections::BTreeSet::new();
    fn walk(value: &Value, names: &mut std::collections::BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    names.extend(props.keys().cloned());
                }
                map.values().for_each(|v| walk(v, names));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, names)),
            _ => {}
        }
    }
    walk(&yaml, &mut names);
    names.into_iter().collect()
}

fn json_value(keys: Vec<String>) -> impl Strategy<Value = Value> {
    let key = prop_oneof![4 => proptest::sample::select(keys), 1 => any::<String>()];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        Just(Value::String("2025-09-01T08:00:00Z".into())),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

#[test]
fn every_response_schema_of_the_spec_is_covered() {
    let spec = spec();
    let mut used = std::collections::BTreeSet::new();
    let schema_name = |schema: &openapiv3::ReferenceOr<openapiv3::Schema>| match schema {
        openapiv3::ReferenceOr::Reference { reference } => reference.rsplit('/').next().unwrap_or_default().to_owned(),
        openapiv3::ReferenceOr::Item(_) => "<inline schema>".to_owned(),
    };
    let components = spec.components.as_ref().unwrap();
    for item in spec.paths.paths.values() {
        let item = item.as_item().unwrap();
        for (_, op) in item.iter() {
            for response in op.responses.responses.values() {
                let response = match response {
                    openapiv3::ReferenceOr::Item(r) => r,
                    openapiv3::ReferenceOr::Reference { reference } => {
                        let name = reference.rsplit('/').next().unwrap();
                        components.responses[name].as_item().unwrap()
                    }
                };
                for media in response.content.values().filter(|m| m.schema.is_some()) {
                    let name = schema_name(media.schema.as_ref().unwrap());
                    // Raw bytes (`serve_asset`) are not decoded.
                    if !matches!(media.schema.as_ref(), Some(openapiv3::ReferenceOr::Item(s)) if matches!(&s.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(_))))
                    {
                        used.insert(name);
                    }
                }
            }
        }
    }
    let covered: std::collections::BTreeSet<String> = COVERED.iter().map(|s| s.to_string()).collect();
    assert_eq!(used, covered, "response_models! must list exactly the spec's response schemas");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for depth in [10usize, 127, 128, 129, 1_000, 100_000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let objects = format!("{}1{}", "{\"details\":".repeat(depth), "}".repeat(depth));
        let in_details = format!("{{\"code\":\"x\",\"message\":\"y\",\"details\":{arrays}}}");
        for body in [arrays.as_bytes(), objects.as_bytes(), in_details.as_bytes()] {
            response_models!(decode, body);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512)) {
        response_models!(decode, &body);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value(vocabulary())) {
        let body = serde_json::to_vec(&value).unwrap();
        response_models!(decode, &body);
    }
}
