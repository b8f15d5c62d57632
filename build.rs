//! Generates the typed client from `openapi.yaml` with progenitor.
//!
//! The generation itself lives in `codegen/mod.rs`, shared with
//! `cargo xtask codegen`, so the reviewed snapshot is byte-for-byte what is
//! compiled here.

#[path = "codegen/mod.rs"]
mod codegen;

use std::{env, fs, path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=openapi.yaml");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=codegen");

    let text = match fs::read_to_string("openapi.yaml") {
        Ok(text) => text,
        Err(e) => {
            println!("cargo::error=cannot read openapi.yaml: {e}");
            return ExitCode::FAILURE;
        }
    };
    match codegen::generate(&text) {
        Ok(code) => {
            let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("codegen.rs");
            if let Err(e) = fs::write(&out, code) {
                println!("cargo::error=cannot write {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            for line in message.lines() {
                println!("cargo::error={line}");
            }
            ExitCode::FAILURE
        }
    }
}
