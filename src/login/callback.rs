//! The loopback listener that receives the authorization redirect.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::response::Html;
use axum::routing::get;
use tokio::sync::oneshot;

/// What the redirect carried.
#[derive(Debug, Default)]
pub(crate) struct CallbackParams {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

type Slot = Arc<Mutex<Option<oneshot::Sender<CallbackParams>>>>;

/// A listener on `127.0.0.1` (OS-chosen port) answering `GET /callback`.
pub(crate) struct CallbackServer {
    addr: SocketAddr,
    received: oneshot::Receiver<CallbackParams>,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl CallbackServer {
    pub(crate) async fn bind() -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let (sender, received) = oneshot::channel();
        let slot: Slot = Arc::new(Mutex::new(Some(sender)));
        let app = Router::new().route("/callback", get(callback)).with_state(slot);
        let (shutdown, stop) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stop.await;
                })
                .await;
        });
        Ok(Self { addr, received, shutdown: Some(shutdown), task })
    }

    /// `http://127.0.0.1:<port>/callback`.
    pub(crate) fn redirect_uri(&self) -> String {
        format!("http://{}/callback", self.addr)
    }

    /// The first callback, or `None` after `limit`. The listener is stopped
    /// either way.
    pub(crate) async fn wait(mut self, limit: Duration) -> Option<CallbackParams> {
        let result = tokio::time::timeout(limit, &mut self.received).await.ok().and_then(Result::ok);
        self.stop().await;
        result
    }

    async fn stop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        // Graceful shutdown lets the answer page reach the browser; a
        // browser holding its connection open must not keep us here.
        if tokio::time::timeout(Duration::from_secs(2), &mut self.task).await.is_err() {
            self.task.abort();
        }
    }
}

impl Drop for CallbackServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn callback(State(slot): State<Slot>, Query(query): Query<HashMap<String, String>>) -> Html<&'static str> {
    let params = CallbackParams {
        code: query.get("code").cloned(),
        state: query.get("state").cloned(),
        error: query.get("error").cloned(),
        error_description: query.get("error_description").cloned(),
    };
    let failed = params.error.is_some() || params.code.is_none();
    let sender = slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
    if let Some(sender) = sender {
        let _ = sender.send(params);
    }
    if failed { Html(PAGE_FAILED) } else { Html(PAGE_DONE) }
}

const PAGE_DONE: &str = "<!doctype html><meta charset=utf-8><title>Signed in</title>\
<p>Beeper Desktop answered. You can close this tab and return to the terminal.</p>";
const PAGE_FAILED: &str = "<!doctype html><meta charset=utf-8><title>Sign-in failed</title>\
<p>Beeper Desktop did not grant access. Return to the terminal for details.</p>";
