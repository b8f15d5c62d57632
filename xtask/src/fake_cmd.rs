//! `cargo xtask fake`: serves the fake Beeper Desktop in the foreground.

use std::io::Write;
use std::process::ExitCode;

use beeper_desktop_fake::{FakeDesktop, Fault};

/// Options of `cargo xtask fake`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub port: u16,
    pub token: Option<String>,
    pub seed: Option<u64>,
    /// `(operation, body)`: the operation always answers 200 with this body.
    pub fault_bodies: Vec<(String, String)>,
}

/// Parses `[--port N] [--token T] [--seed S] [--fault-body OP=JSON]...`
/// (also `--flag=value`).
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        if !matches!(flag, "--port" | "--token" | "--seed" | "--fault-body") {
            return Err(format!("unexpected argument `{arg}` for `fake`"));
        }
        let value = match inline {
            Some(v) => v,
            None => iter.next().cloned().ok_or_else(|| format!("`{flag}` needs a value"))?,
        };
        match flag {
            "--port" => {
                options.port = value.parse().map_err(|_| format!("`--port` needs a port number, not `{value}`"))?
            }
            "--seed" => {
                options.seed = Some(value.parse().map_err(|_| format!("`--seed` needs a number, not `{value}`"))?)
            }
            "--fault-body" => {
                let (operation, body) = value
                    .split_once('=')
                    .ok_or_else(|| format!("`--fault-body` needs OPERATION=BODY, not `{value}`"))?;
                if !beeper_desktop::spec::OPERATIONS.iter().any(|op| op.id == operation) {
                    return Err(format!(
                        "`--fault-body`: no operation `{operation}` (use the snake_case ID, e.g. `get_info`)"
                    ));
                }
                options.fault_bodies.push((operation.to_owned(), body.to_owned()));
            }
            _ => {
                if value.is_empty() || !value.chars().all(|c| c.is_ascii_graphic()) {
                    return Err("`--token` needs printable ASCII without spaces".into());
                }
                options.token = Some(value);
            }
        }
    }
    Ok(options)
}

/// Starts the fake and serves until Ctrl-C (or SIGTERM-like termination).
pub fn run(options: Options) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let mut builder = FakeDesktop::builder().port(options.port);
        if let Some(token) = options.token {
            builder = builder.token(token);
        }
        if let Some(seed) = options.seed {
            builder = builder.seed(seed);
        }
        let fake = match builder.try_start().await {
            Ok(fake) => fake,
            Err(e) => {
                eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", options.port);
                return ExitCode::FAILURE;
            }
        };
        for (operation, body) in &options.fault_bodies {
            fake.inject(Fault::body(operation, 200, body.as_bytes()));
            eprintln!("fault: {operation} answers 200 with {body}");
        }
        println!("listening on {} token {}", fake.base_url(), fake.token());
        let _ = std::io::stdout().flush();
        eprintln!(
            "Fake Beeper Desktop (seed {}). Try:\n  BEEPER_BASE_URL={} BEEPER_ACCESS_TOKEN={} cargo run --example quickstart\nStop with Ctrl-C.",
            fake.state().seed(),
            fake.base_url(),
            fake.token()
        );
        match tokio::signal::ctrl_c().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot wait for Ctrl-C: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_every_flag_in_both_spellings() {
        assert_eq!(parse(&args(&[])), Ok(Options::default()));
        assert_eq!(
            parse(&args(&["--port", "23373", "--token=abc", "--seed", "7"])),
            Ok(Options { port: 23373, token: Some("abc".into()), seed: Some(7), fault_bodies: Vec::new() })
        );
    }

    #[test]
    fn rejects_bad_values() {
        assert!(parse(&args(&["--port", "x"])).is_err());
        assert!(parse(&args(&["--port"])).is_err());
        assert!(parse(&args(&["--seed", "-1"])).is_err());
        assert!(parse(&args(&["--token", "a b"])).is_err());
        assert!(parse(&args(&["--verbose"])).is_err());
        assert!(parse(&args(&["--fault-body", "get_info"])).is_err(), "needs OP=BODY");
        assert!(parse(&args(&["--fault-body", "getInfo={}"])).is_err(), "snake_case IDs only");
        assert_eq!(
            parse(&args(&["--fault-body=get_info={\"app\": 1}"])).map(|o| o.fault_bodies),
            Ok(vec![("get_info".to_owned(), "{\"app\": 1}".to_owned())])
        );
    }
}
