//! Maintenance commands for the `beeper-desktop` workspace, run as
//! `cargo xtask <command>`:
//!
//! * `validate [--spec PATH]` checks `openapi.yaml` against the rules the
//!   generated client relies on (see [`validate`]).
//! * `spec-diff [--spec PATH] <file-or-url>` lists what differs between
//!   `openapi.yaml` and another OpenAPI document (see [`spec_diff`]).
//! * `codegen [--check] [--spec PATH] [--out PATH]` writes, or compares, the
//!   reviewed snapshot `generated/client.rs` (see [`codegen_cmd`]).
//! * `fake [--port N] [--token T] [--seed S] [--fault-body OP=JSON]... [--lively [SECS]]`
//!   serves the fake Beeper Desktop until stopped (see [`fake_cmd`]).

// Shared with build.rs, so the snapshot and the compiled client come from the
// same code. Not every item is used by both includers.
#[allow(dead_code)]
#[path = "../../codegen/mod.rs"]
mod codegen;

mod codegen_cmd;
mod example_check;
mod fake_cmd;
mod findings;
mod operations;
mod raw;
mod resolve;
mod reviewed;
mod schema_diff;
mod schema_rules;
mod spec_diff;
mod spec_source;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  validate [--spec PATH]
      Check the OpenAPI document against the rules the generated client
      relies on, then generate the client from it. Default spec: openapi.yaml
      at the workspace root.
  spec-diff [--spec PATH] [--reviewed FILE] [--show-reviewed] <file-or-url>
      List what differs between openapi.yaml (or --spec PATH) and another
      OpenAPI 3.0/3.1 document, YAML or JSON: a file, an http:// URL, or a
      running Desktop's base URL (its /v1/info names its spec). Differences
      listed in spec-diff-reviewed.yaml (or --reviewed FILE) are counted, not
      shown (--show-reviewed shows them with their reasons). Exit 0 when no
      unreviewed difference and no stale entry remains, 1 otherwise, 2 when
      a document cannot be read.
  codegen [--check] [--spec PATH] [--out PATH]
      Write the generated client to generated/client.rs (or --out PATH).
      With --check, compare instead and fail when the file is stale.
  fake [--port N] [--token T] [--seed S] [--fault-body OP=JSON]... [--lively [SECS]]
      Serve the fake Beeper Desktop on 127.0.0.1 (default: a free port) until
      Ctrl-C. The first stdout line is
      `listening on http://127.0.0.1:<port> token <token>`. Each --fault-body
      makes operation OP (snake_case, e.g. get_info) answer 200 with JSON.
      --lively: other participants write, edit and react every SECS seconds
      (default 2), in the five most recently active chats.
  help
      Show this message.";

/// The reviewed differences of spec-diff, at the workspace root.
const REVIEWED_FILE: &str = "spec-diff-reviewed.yaml";

/// A parsed command line.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Validate { spec: PathBuf },
    Codegen { spec: PathBuf, out: PathBuf, check: bool },
    SpecDiff { spec: PathBuf, other: String, reviewed: Option<PathBuf>, show_reviewed: bool },
    Help,
}

/// The workspace root: the parent of this crate's manifest directory.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// Parses the arguments after the program name. Errors are usage messages.
fn parse_args(args: &[String], root: &Path) -> Result<Command, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("missing command".into());
    };
    let mut spec = root.join("openapi.yaml");
    let mut out = root.join("generated").join("client.rs");
    let mut check = false;
    let mut other = None;
    let mut reviewed = None;
    let mut show_reviewed = false;
    let mut iter = rest.iter();
    let allowed: &[&str] = match command.as_str() {
        "validate" => &["--spec"],
        "codegen" => &["--spec", "--out", "--check"],
        "spec-diff" => &["--spec", "--reviewed", "--show-reviewed"],
        "help" | "--help" | "-h" => &[],
        other => return Err(format!("unknown command `{other}`")),
    };
    while let Some(arg) = iter.next() {
        let (flag, inline_value) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        if command == "spec-diff" && !arg.starts_with("--") && other.is_none() {
            other = Some(arg.clone());
            continue;
        }
        if !allowed.contains(&flag) {
            return Err(format!("unexpected argument `{arg}` for `{command}`"));
        }
        match flag {
            "--check" | "--show-reviewed" => {
                if inline_value.is_some() {
                    return Err(format!("`{flag}` takes no value"));
                }
                if flag == "--check" {
                    check = true;
                } else {
                    show_reviewed = true;
                }
            }
            "--spec" | "--out" | "--reviewed" => {
                let value = match inline_value {
                    Some(value) => value,
                    None => iter.next().cloned().ok_or_else(|| format!("`{flag}` needs a path"))?,
                };
                if value.is_empty() {
                    return Err(format!("`{flag}` needs a path"));
                }
                match flag {
                    "--spec" => spec = PathBuf::from(value),
                    "--reviewed" => reviewed = Some(PathBuf::from(value)),
                    _ => out = PathBuf::from(value),
                }
            }
            _ => unreachable!("flag list and match arms agree"),
        }
    }
    Ok(match command.as_str() {
        "validate" => Command::Validate { spec },
        "codegen" => Command::Codegen { spec, out, check },
        "spec-diff" => Command::SpecDiff {
            spec,
            other: other.ok_or("`spec-diff` needs the file or URL to compare with")?,
            reviewed,
            show_reviewed,
        },
        _ => Command::Help,
    })
}

/// How a path is shown in messages: relative to the workspace root when it
/// is inside it.
fn display_path(path: &Path, root: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    if args.first().map(String::as_str) == Some("fake") {
        return match fake_cmd::parse(&args[1..]) {
            Ok(options) => fake_cmd::run(options),
            Err(message) => {
                eprintln!("error: {message}\n\n{USAGE}");
                ExitCode::from(2)
            }
        };
    }
    match parse_args(&args, &root) {
        Ok(Command::Validate { spec }) => validate::run(&spec, &display_path(&spec, &root)),
        Ok(Command::Codegen { spec, out, check }) => codegen_cmd::run(&codegen_cmd::Paths {
            spec_name: display_path(&spec, &root),
            out_name: display_path(&out, &root),
            spec,
            out,
            check,
        }),
        Ok(Command::SpecDiff { spec, other, reviewed, show_reviewed }) => {
            let path = reviewed.clone().unwrap_or_else(|| root.join(REVIEWED_FILE));
            let name = display_path(&path, &root);
            let file =
                spec_diff::ReviewedFile { path: &path, name: &name, required: reviewed.is_some(), show: show_reviewed };
            spec_diff::run(&spec, &display_path(&spec, &root), &other, &file)
        }
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_point_at_the_workspace_root() {
        let root = Path::new("/ws");
        assert_eq!(
            parse_args(&args(&["validate"]), root),
            Ok(Command::Validate { spec: PathBuf::from("/ws/openapi.yaml") })
        );
        assert_eq!(
            parse_args(&args(&["codegen"]), root),
            Ok(Command::Codegen {
                spec: PathBuf::from("/ws/openapi.yaml"),
                out: PathBuf::from("/ws/generated/client.rs"),
                check: false
            })
        );
    }

    #[test]
    fn flags_take_separate_or_inline_values() {
        let root = Path::new("/ws");
        assert_eq!(
            parse_args(&args(&["codegen", "--check", "--out=x.rs", "--spec", "s.yaml"]), root),
            Ok(Command::Codegen { spec: PathBuf::from("s.yaml"), out: PathBuf::from("x.rs"), check: true })
        );
    }

    #[test]
    fn spec_diff_takes_one_document() {
        let root = Path::new("/ws");
        assert_eq!(
            parse_args(&args(&["spec-diff", "http://127.0.0.1:1/v1/spec"]), root),
            Ok(Command::SpecDiff {
                spec: PathBuf::from("/ws/openapi.yaml"),
                other: "http://127.0.0.1:1/v1/spec".into(),
                reviewed: None,
                show_reviewed: false,
            })
        );
        assert_eq!(
            parse_args(&args(&["spec-diff", "--reviewed=r.yaml", "--show-reviewed", "a.json"]), root),
            Ok(Command::SpecDiff {
                spec: PathBuf::from("/ws/openapi.yaml"),
                other: "a.json".into(),
                reviewed: Some(PathBuf::from("r.yaml")),
                show_reviewed: true,
            })
        );
        assert!(parse_args(&args(&["spec-diff", "--show-reviewed=yes", "a.json"]), root).is_err());
        assert!(parse_args(&args(&["spec-diff"]), root).is_err());
        assert!(parse_args(&args(&["spec-diff", "a.yaml", "b.yaml"]), root).is_err());
        assert!(parse_args(&args(&["spec-diff", "--check", "a.yaml"]), root).is_err());
    }

    #[test]
    fn bad_arguments_are_usage_errors() {
        let root = Path::new("/ws");
        assert!(parse_args(&args(&[]), root).is_err());
        assert!(parse_args(&args(&["frobnicate"]), root).is_err());
        assert!(parse_args(&args(&["validate", "--check"]), root).is_err());
        assert!(parse_args(&args(&["validate", "--spec"]), root).is_err());
        assert!(parse_args(&args(&["codegen", "--check=yes"]), root).is_err());
        assert!(parse_args(&args(&["codegen", "stray"]), root).is_err());
    }
}
