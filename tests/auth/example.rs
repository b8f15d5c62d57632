//! The `login` example as a real process: against a fake Desktop named by
//! `BEEPER_BASE_URL`, and falling back to its own in-process fake when no
//! Desktop answers. Tokens go to a temporary `BEEPER_CONFIG_DIR`.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use beeper_desktop::token_store::TokenStore;
use beeper_desktop_fake::FakeDesktop;

/// Path of the built example (cargo builds examples before running tests).
fn example() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap().join("examples");
    let path = dir.join(format!("login{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is not built; run the tests with `cargo test`", path.display());
    path
}

async fn run(args: &[&str], base_url: &str, config_dir: &Path) -> Output {
    let mut cmd = tokio::process::Command::new(example());
    cmd.args(args)
        .env_remove("BEEPER_ACCESS_TOKEN")
        .env_remove("BEEPER_DESKTOP_BASE_URL")
        .env("BEEPER_BASE_URL", base_url)
        .env("BEEPER_CONFIG_DIR", config_dir)
        .kill_on_drop(true);
    tokio::time::timeout(Duration::from_secs(60), cmd.output()).await.expect("the example hung").unwrap()
}

fn text(out: &Output) -> String {
    format!("stdout:\n{}\nstderr:\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[tokio::test]
async fn login_example_signs_in_stores_lists_and_logs_out() {
    let fake = FakeDesktop::start().await;
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["--auto-approve", "--read-only"], fake.base_url(), dir.path()).await;
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Signed in: scopes read, valid for"), "{}", text(&out));
    assert!(stdout.contains("Your latest chats:"), "{}", text(&out));
    let first_chat = fake.chats()[0].title.clone().unwrap_or_default();
    assert!(stdout.contains(&first_chat), "{first_chat:?} missing: {}", text(&out));

    let store = TokenStore::new(dir.path());
    let token = store.load(fake.base_url()).unwrap().expect("token stored");
    assert_eq!(token.scopes(), ["read"]);
    assert!(!text(&out).contains(token.secret()), "the token was printed");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(store.path_for(fake.base_url())).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    let out = run(&["--logout"], fake.base_url(), dir.path()).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("revoked and deleted"), "{}", text(&out));
    assert!(store.load(fake.base_url()).unwrap().is_none());
    assert!(fake.state().tokens().get(token.secret()).is_none(), "the fake still accepts the token");
}

#[tokio::test]
async fn login_example_falls_back_to_a_fake_when_no_desktop_answers() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[], &format!("http://{closed}"), dir.path()).await;
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("No Beeper Desktop is running") && stdout.contains("fake"), "{}", text(&out));
    assert!(stdout.contains("Signed in: scopes read write"), "{}", text(&out));
    assert!(stdout.contains("Your latest chats:"), "{}", text(&out));
    assert!(!dir.path().join("tokens").exists(), "the fake's token must not go to the user's store");
}

#[tokio::test]
async fn login_example_rejects_unknown_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["--bogus"], "http://127.0.0.1:9", dir.path()).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: login"), "{}", text(&out));
}
