//! A full TLS round trip with the default trust settings: two test CAs made
//! with the `openssl` command, loopback HTTPS + WSS servers
//! (`tls_server.py`, Python's `ssl`), and `SSL_CERT_FILE` naming one CA,
//! which the system trust store code honours. Against the server whose
//! certificate that CA signed, `get_info` over `https` and an events socket
//! over `wss` work and the socket delivers an event; against the one signed
//! by the other CA, both are refused for the certificate. Needs
//! `--features rustls` (CI runs it); one test only, because it sets
//! `SSL_CERT_FILE` for the whole process.

#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod round_trip {
    use std::io::{BufRead, BufReader};
    use std::path::{Path, PathBuf};
    use std::process::{Child, Command, Stdio};
    use std::time::Duration;

    use beeper_desktop::Client;
    use beeper_desktop::events::{Event, EventsError};
    use futures::StreamExt;

    /// Runs `openssl` in `dir`; it must succeed.
    fn openssl(dir: &Path, args: &[&str]) {
        let status = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .stderr(Stdio::null())
            .status()
            .expect("the openssl command runs");
        assert!(status.success(), "openssl {args:?}");
    }

    /// A CA named `name` and a 127.0.0.1 certificate it signs, in `dir`:
    /// the paths of the CA certificate, the leaf certificate and its key.
    fn ca_and_leaf(dir: &Path, name: &str) -> (PathBuf, PathBuf, PathBuf) {
        let new_key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
        let (ca, ca_key) = (format!("{name}-ca.pem"), format!("{name}-ca.key"));
        let (leaf, key, csr) = (format!("{name}-leaf.pem"), format!("{name}-leaf.key"), format!("{name}.csr"));
        let subject = format!("/CN=beeper-desktop {name} test CA");
        openssl(
            dir,
            &[&["req", "-x509"][..], &new_key, &["-days", "1", "-subj", &subject, "-keyout", &ca_key, "-out", &ca]]
                .concat(),
        );
        openssl(dir, &[&["req"][..], &new_key, &["-subj", "/CN=127.0.0.1", "-keyout", &key, "-out", &csr]].concat());
        let ext = format!("{name}.ext");
        std::fs::write(
            dir.join(&ext),
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        openssl(
            dir,
            &["x509", "-req", "-in", &csr, "-CA", &ca, "-CAkey", &ca_key, "-CAcreateserial", "-days", "1"]
                .into_iter()
                .chain(["-extfile", &ext, "-out", &leaf])
                .collect::<Vec<_>>(),
        );
        (dir.join(ca), dir.join(leaf), dir.join(key))
    }

    /// Starts `tls_server.py` with this certificate; it stops when its
    /// stdin closes (the `Child` is dropped or waited for).
    fn server(cert: &Path, key: &Path) -> (Child, u16) {
        let here = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
        let mut child = Command::new("python3")
            .arg(format!("{here}/tls_trusted/tls_server.py"))
            .arg(cert)
            .arg(key)
            .arg(format!("{here}/fixtures/info.json"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs");
        let mut port = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut port).unwrap();
        (child, port.trim().parse().expect("the server printed its port"))
    }

    fn client(port: u16) -> Client {
        Client::builder()
            .base_url(format!("https://127.0.0.1:{port}"))
            .access_token("t")
            .max_retries(0)
            .build()
            .unwrap()
    }

    async fn trusted(port: u16) -> Result<(), Box<dyn std::error::Error>> {
        let client = client(port);
        let info = client.get_info().send().await?.into_inner();
        assert_eq!(info.app.name, "Beeper");
        let mut events = client.events().url(format!("wss://127.0.0.1:{port}/v1/ws")).chats(["*"]).connect().await?;
        // The subscription's acknowledgement comes first, then the event.
        let mut seen = Vec::new();
        while seen.len() < 3 {
            match tokio::time::timeout(Duration::from_secs(10), events.next()).await? {
                Some(Ok(Event::ChatUpserted { meta })) => {
                    assert_eq!(meta.chat_id, "!tls:beeper.local");
                    return Ok(());
                }
                other => seen.push(format!("{other:?}")),
            }
        }
        Err(format!("no chat.upserted over wss, only: {seen:?}").into())
    }

    async fn untrusted(port: u16) {
        let client = client(port);
        let err = client.get_info().send().await.unwrap_err();
        let text = format!("{err:?}");
        assert!(text.contains("UnknownIssuer"), "https refused for the certificate: {text}");
        let err = client.events().url(format!("wss://127.0.0.1:{port}/v1/ws")).connect().await.unwrap_err();
        match &err {
            EventsError::Connect { reason, .. } => {
                assert!(reason.contains("UnknownIssuer"), "wss refused for the certificate: {reason}")
            }
            other => panic!("expected a connect error, got {other:?}"),
        }
    }

    #[test]
    fn https_and_wss_work_with_a_trusted_certificate_and_refuse_another() {
        let dir = tempfile::tempdir().unwrap();
        let (ca, cert, key) = ca_and_leaf(dir.path(), "trusted");
        let (_, other_cert, other_key) = ca_and_leaf(dir.path(), "other");

        // SAFETY: this binary's only test, and no other thread has started
        // yet in this process that reads the environment.
        unsafe { std::env::set_var("SSL_CERT_FILE", &ca) };

        let (mut good, good_port) = server(&cert, &key);
        let (mut bad, bad_port) = server(&other_cert, &other_key);
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let result = runtime.block_on(async {
            tokio::time::timeout(Duration::from_secs(30), async {
                untrusted(bad_port).await;
                trusted(good_port).await
            })
            .await
        });
        for child in [&mut good, &mut bad] {
            drop(child.stdin.take());
            let _ = child.wait();
        }
        result.expect("finished in time").expect("https and wss worked with the trusted certificate");
    }
}
