//! Fails when an operation of openapi.yaml has no wire test.

use std::collections::BTreeSet;

/// Every operation id passed to `assert_operation` in the wire-test sources.
fn asserted_operations() -> BTreeSet<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wire");
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("support.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split("assert_operation(\"").skip(1) {
                found.insert(piece.split('"').next().unwrap().to_owned());
            }
        }
    }
    found
}

/// operationIds read straight from openapi.yaml (not from generated code).
fn spec_operation_ids() -> BTreeSet<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    let spec: openapiv3::OpenAPI = serde_norway::from_str(&text).unwrap();
    spec.operations().filter_map(|(_, _, op)| op.operation_id.clone()).collect()
}

#[test]
fn every_operation_has_a_wire_test() {
    let spec = spec_operation_ids();
    let table: BTreeSet<String> = beeper_desktop::spec::OPERATIONS.iter().map(|op| op.id.to_owned()).collect();
    assert_eq!(spec.len(), table.len(), "generated operation table out of step with openapi.yaml");
    let tested = asserted_operations();
    let missing: Vec<_> = table.difference(&tested).collect();
    assert!(missing.is_empty(), "operations without a wire test: {missing:?}");
    let unknown: Vec<_> = tested.difference(&table).collect();
    assert!(unknown.is_empty(), "wire tests name operations the spec lacks: {unknown:?}");
}

#[test]
fn no_wire_test_is_skipped() {
    // Submodules live in folders (tests/wire/examples/), so walk them too.
    let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wire"))];
    let mut files = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(!text.contains(concat!("#[", "ignore")), "{} skips a test", path.display());
            files += 1;
        }
    }
    assert!(files > 10, "only {files} wire test files found");
}
