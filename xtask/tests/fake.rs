//! Runs `xtask fake` as a process: the first stdout line names the URL and
//! token, and the server answers on it until the process is stopped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const XTASK: &str = env!("CARGO_BIN_EXE_xtask");

/// Kills the child (by its own handle) when the test ends, pass or fail.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(addr: &str, path: &str, token: Option<&str>) -> String {
    let mut stream = TcpStream::connect(addr).expect("fake accepts connections");
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("fake answers within the timeout");
    response
}

#[test]
fn serves_until_stopped_and_announces_url_and_token() {
    let child = Command::new(XTASK)
        .args(["fake", "--token", "process-test-token", "--seed", "5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("xtask runs");
    let mut running = Running(child);
    let stdout = running.0.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    let rest = first
        .trim_end()
        .strip_prefix("listening on http://127.0.0.1:")
        .unwrap_or_else(|| panic!("first line: {first:?}"));
    let (port, token) = rest.split_once(" token ").unwrap();
    let port: u16 = port.parse().unwrap();
    assert_eq!(token, "process-test-token");
    let addr = format!("127.0.0.1:{port}");

    let info = get(&addr, "/v1/info", None);
    assert!(info.starts_with("HTTP/1.1 200"), "{info}");
    assert!(info.contains(&format!("\"base_url\":\"http://127.0.0.1:{port}\"")), "{info}");
    let denied = get(&addr, "/v1/chats", None);
    assert!(denied.starts_with("HTTP/1.1 401"), "{denied}");
    let chats = get(&addr, "/v1/chats?limit=2", Some(token));
    assert!(chats.starts_with("HTTP/1.1 200") && chats.contains("\"items\""), "{chats}");

    running.0.kill().unwrap();
    let status = running.0.wait().unwrap();
    assert!(!status.success(), "killed, not exited on its own");
    assert!(
        TcpStream::connect_timeout(&addr.parse().unwrap(), Duration::from_secs(2)).is_err(),
        "port closed after stop"
    );
}

#[test]
fn bad_flags_are_usage_errors() {
    let out = Command::new(XTASK).args(["fake", "--port", "not-a-port"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--port"));
}
