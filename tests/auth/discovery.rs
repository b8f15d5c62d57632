//! Discovery on free loopback ports: several instances, an unreachable
//! port, a non-Beeper server, a server that never answers. The port range
//! and hosts are set per test, so nothing running on this machine matters.

use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::get;
use beeper_desktop::discovery::{AppKind, Channel, Discovery, DiscoveryError};
use serde_json::json;

/// Serves `router` on a free port; the task ends with the test runtime.
async fn serve(router: Router) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    port
}

async fn beeper(bundle_id: &'static str, version: &'static str) -> u16 {
    serve(Router::new().route(
        "/v1/info",
        get(move || async move {
            axum::Json(json!({
                "app": {"bundle_id": bundle_id, "name": "Beeper", "version": version},
                "platform": {"arch": "x64", "os": "linux"},
                "server": {"status": "running"},
                "endpoints": {"ws_events": "http://127.0.0.1:1/v1/ws", "oauth": {"token_endpoint": "http://127.0.0.1:1/oauth/token"}},
                "unknown_future_field": true,
            }))
        }),
    ))
    .await
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn scan(ports: &[u16]) -> Discovery {
    Discovery::new()
        .preferred_url(None)
        .hosts(["127.0.0.1"])
        .ports(ports.iter().copied())
        .timeout(Duration::from_millis(500))
}

#[tokio::test]
async fn finds_every_instance_and_skips_what_is_not_beeper() {
    let stable = beeper("com.automattic.beeper.desktop", "4.2.808").await;
    let nightly = beeper("com.automattic.beeper.desktop.nightly", "4.3.1").await;
    let server = beeper("com.automattic.beeper.server", "4.1.0").await;
    let not_beeper_json =
        serve(Router::new().route("/v1/info", get(|| async { axum::Json(json!({"status": "ok"})) }))).await;
    let not_beeper_html =
        serve(Router::new().route("/v1/info", get(|| async { axum::response::Html("<h1>hello</h1>") }))).await;
    let not_found = serve(Router::new()).await;
    let unreachable = free_port();

    let found =
        scan(&[unreachable, not_beeper_json, server, nightly, not_beeper_html, stable, not_found]).run().await.unwrap();
    let summary: Vec<_> = found.iter().map(|i| (i.base_url.clone(), i.kind, i.channel, i.version.clone())).collect();
    assert_eq!(
        summary,
        vec![
            (format!("http://127.0.0.1:{stable}"), AppKind::Desktop, Channel::Stable, "4.2.808".to_owned()),
            (format!("http://127.0.0.1:{nightly}"), AppKind::Desktop, Channel::Nightly, "4.3.1".to_owned()),
            (format!("http://127.0.0.1:{server}"), AppKind::Server, Channel::Stable, "4.1.0".to_owned()),
        ],
        "Desktop before Server, stable before Nightly"
    );
    assert_eq!(found[0].bundle_id, "com.automattic.beeper.desktop");
    assert_eq!(found[0].app_name, "Beeper");
    assert_eq!(found[0].endpoints.ws_events.as_deref(), Some("http://127.0.0.1:1/v1/ws"));
    assert_eq!(found[0].endpoints.oauth.token_endpoint.as_deref(), Some("http://127.0.0.1:1/oauth/token"));
    assert!(found.iter().all(|i| !i.preferred));
}

#[tokio::test]
async fn the_preferred_url_comes_first_and_duplicates_are_listed_once() {
    let a = beeper("com.automattic.beeper.desktop.nightly", "1").await;
    let b = beeper("com.automattic.beeper.desktop", "2").await;
    let found = Discovery::new()
        .preferred_url(Some(format!("http://localhost:{a}/")))
        .hosts(["127.0.0.1", "localhost"])
        .ports([a, b])
        .timeout(Duration::from_millis(500))
        .run()
        .await
        .unwrap();
    // `a` answers as localhost and 127.0.0.1: one entry, the preferred one,
    // first although it is Nightly.
    let urls: Vec<_> = found.iter().map(|i| i.base_url.as_str()).collect();
    assert_eq!(urls, [format!("http://localhost:{a}"), format!("http://127.0.0.1:{b}")]);
    assert!(found[0].preferred);
}

#[tokio::test]
async fn a_server_that_never_answers_costs_only_the_timeout() {
    // Accepts connections, never writes a byte.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let live = beeper("com.automattic.beeper.desktop", "4").await;
    let started = Instant::now();
    let found = scan(&[silent, live]).timeout(Duration::from_millis(300)).run().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].base_url, format!("http://127.0.0.1:{live}"));
    assert!(started.elapsed() < Duration::from_secs(5), "probes run at once, each bounded: {:?}", started.elapsed());
}

#[tokio::test]
async fn nothing_found_is_a_typed_error_naming_what_was_tried() {
    let port = free_port();
    let err = scan(&[port]).best().await.unwrap_err();
    assert!(matches!(err, DiscoveryError::NotFound { .. }), "{err:?}");
    assert!(err.to_string().contains(&format!("127.0.0.1 port {port}")), "{err}");
}

#[tokio::test]
async fn the_builder_takes_the_discovered_base_url() {
    let live = beeper("com.automattic.beeper.desktop", "4").await;
    let client =
        beeper_desktop::Client::builder().discover_with(scan(&[free_port(), live])).await.unwrap().build().unwrap();
    assert_eq!(client.base_url(), format!("http://127.0.0.1:{live}"));
}

#[test]
fn default_candidates_cover_the_documented_range_on_both_hosts() {
    let candidates = Discovery::new().preferred_url(Some("http://localhost:23373".into())).candidates();
    assert_eq!(candidates[0], "http://localhost:23373");
    assert!(candidates.contains(&"http://127.0.0.1:23373".to_owned()));
    assert!(candidates.contains(&"http://127.0.0.1:23392".to_owned()));
    assert!(candidates.contains(&"http://localhost:23392".to_owned()));
    assert!(!candidates.contains(&"http://127.0.0.1:23393".to_owned()));
    assert_eq!(candidates.len(), 40, "the preferred URL is not probed twice");
}
