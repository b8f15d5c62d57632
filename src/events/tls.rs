//! The TLS client configuration for `wss://` sockets (feature `rustls`).

use std::sync::{Arc, OnceLock};

use tokio_tungstenite::Connector;

/// The rustls connector, built once per process: the system's root
/// certificates (which `SSL_CERT_FILE` and `SSL_CERT_DIR` extend) and the
/// process's default crypto provider, else aws-lc-rs as reqwest uses.
/// Choosing the provider here, instead of letting tokio-tungstenite call
/// `ClientConfig::builder()`, avoids rustls' panic when a program compiles
/// in more than one provider and installs none.
pub(crate) fn connector() -> Result<Connector, String> {
    static CONFIG: OnceLock<Arc<rustls::ClientConfig>> = OnceLock::new();
    if let Some(config) = CONFIG.get() {
        return Ok(Connector::Rustls(config.clone()));
    }
    // A failure is not kept: the next dial tries again.
    let config = build()?;
    Ok(Connector::Rustls(CONFIG.get_or_init(|| config).clone()))
}

fn build() -> Result<Arc<rustls::ClientConfig>, String> {
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::aws_lc_rs::default_provider()));
    let found = rustls_native_certs::load_native_certs();
    let mut roots = rustls::RootCertStore::empty();
    let (added, _unparsable) = roots.add_parsable_certificates(found.certs);
    if added == 0 {
        let why = found.errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
        return Err(format!(
            "no usable root certificates in the system store{}",
            if why.is_empty() { String::new() } else { format!(" ({why})") }
        ));
    }
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup failed: {e}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}
