//! What the benches share: running a scenario in a fresh child process (under
//! an optional wrapper such as valgrind), and reading its CPU time and memory
//! from `/proc` (Linux).

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

/// Starts this bench's own binary with `serve` and returns it with the first
/// line it prints (where to reach the server it started).
pub fn start_server() -> (Child, String) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .arg("serve")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the server process");
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    (child, line.trim().to_owned())
}

/// Runs this bench's own binary with `args` (under `wrapper` when given, e.g.
/// `valgrind --tool=callgrind …`) and returns the JSON line it prints. A
/// failed run stops the bench with its stderr.
pub fn run_scenario(wrapper: &[String], args: &[&str]) -> Value {
    let exe = std::env::current_exe().unwrap();
    let mut command = match wrapper.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(&exe);
            c
        }
        None => Command::new(&exe),
    };
    let out = command.args(args).stderr(Stdio::piped()).output().expect("run scenario");
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("scenario output")
}

/// The median of some measurements.
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Instructions (`Ir`) of a callgrind run, from its output file.
pub fn callgrind_instructions(file: &str) -> u64 {
    let text = std::fs::read_to_string(file).expect("callgrind output");
    let line = text.lines().find(|l| l.starts_with("summary:") || l.starts_with("totals:")).expect("summary line");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// This process's user + system CPU seconds (`/proc/self/stat`).
pub fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    ticks / 100.0
}

/// Peak resident set size in kB (`VmHWM`).
pub fn peak_rss_kb() -> u64 {
    status_kb("VmHWM:")
}

/// A kB figure of `/proc/self/status` (`RssAnon:` and `RssFile:` at the end
/// of a run tell heap and stacks from mapped code).
pub fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}
