//! `cargo xtask fake`: serves the fake Beeper Desktop in the foreground.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use beeper_desktop_fake::{DEFAULT_LIVELY_PERIOD, FakeDesktop, Fault, Lively};

/// Options of `cargo xtask fake`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub port: u16,
    pub token: Option<String>,
    pub seed: Option<u64>,
    /// `(operation, body)`: the operation always answers 200 with this body.
    pub fault_bodies: Vec<(String, String)>,
    /// Lively mode's period: other participants write, edit and react.
    pub lively: Option<Duration>,
}

/// Reads the seconds of `--lively`.
fn lively_period(value: &str) -> Result<Duration, String> {
    value
        .parse::<f64>()
        .ok()
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("`--lively` takes a number of seconds above 0, not `{value}`"))
}

/// Parses `[--port N] [--token T] [--seed S] [--fault-body OP=JSON]...
/// [--lively [SECS]]` (also `--flag=value`).
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        if flag == "--lively" {
            // The seconds are optional: a following number is taken.
            let value = match inline {
                Some(v) => Some(v),
                None => match iter.as_slice().first() {
                    Some(next) if !next.starts_with("--") => {
                        let next = next.clone();
                        iter.next();
                        Some(next)
                    }
                    _ => None,
                },
            };
            options.lively = Some(value.as_deref().map(lively_period).transpose()?.unwrap_or(DEFAULT_LIVELY_PERIOD));
            continue;
        }
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
        if let Some(period) = options.lively {
            builder = builder.lively(Lively::every(period));
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
        if let Some(period) = options.lively {
            eprintln!("lively: other participants write, edit and react every {period:?}");
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
            Ok(Options {
                port: 23373,
                token: Some("abc".into()),
                seed: Some(7),
                fault_bodies: Vec::new(),
                lively: None
            })
        );
    }

    #[test]
    fn lively_takes_optional_seconds() {
        let lively = |list: &[&str]| parse(&args(list)).map(|o| o.lively);
        assert_eq!(lively(&["--lively"]), Ok(Some(DEFAULT_LIVELY_PERIOD)));
        assert_eq!(lively(&["--lively", "5"]), Ok(Some(Duration::from_secs(5))));
        assert_eq!(lively(&["--lively=0.5"]), Ok(Some(Duration::from_millis(500))));
        // A flag after it is not its value.
        assert_eq!(
            parse(&args(&["--lively", "--seed", "3"])).map(|o| (o.lively, o.seed)),
            Ok((Some(DEFAULT_LIVELY_PERIOD), Some(3)))
        );
        assert!(lively(&["--lively", "0"]).is_err());
        assert!(lively(&["--lively", "soon"]).is_err(), "a word after it is an error, not ignored");
        assert!(lively(&["--lively=-1"]).is_err());
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
