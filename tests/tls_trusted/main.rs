//! A full TLS round trip with the default trust settings: a test CA made
//! with the `openssl` command, a loopback HTTPS + WSS server
//! (`tls_server.py`, Python's `ssl`), and `SSL_CERT_FILE` pointing at the
//! CA, which the system trust store code honours. `get_info` over `https`
//! and an events socket over `wss` must both work, and the socket must
//! deliver an event. Needs `--features rustls` (CI runs it); one test only,
//! because it sets `SSL_CERT_FILE` for the whole process.

#[cfg(any(feature = "rustls", feature = "native-tls"))]
#[test]
fn https_and_wss_work_with_a_certificate_the_system_trusts() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    use std::time::Duration;

    use beeper_desktop::Client;
    use beeper_desktop::events::Event;
    use futures::StreamExt;

    // A test CA, and a certificate for 127.0.0.1 that it signs.
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name);
    let openssl = |args: &[&str]| {
        let status = Command::new("openssl")
            .args(args)
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .status()
            .expect("the openssl command runs");
        assert!(status.success(), "openssl {args:?}");
    };
    let new_key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    openssl(
        &[
            &["req", "-x509"][..],
            &new_key,
            &["-days", "1", "-subj", "/CN=beeper-desktop test CA", "-keyout", "ca.key", "-out", "ca.pem"],
        ]
        .concat(),
    );
    openssl(&[&["req"][..], &new_key, &["-subj", "/CN=127.0.0.1", "-keyout", "key.pem", "-out", "leaf.csr"]].concat());
    std::fs::write(
        file("leaf.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "1",
        "-extfile",
        "leaf.ext",
        "-out",
        "cert.pem",
    ]);
    let (ca, cert, key) = (file("ca.pem"), file("cert.pem"), file("key.pem"));

    // SAFETY: this binary's only test, and no other thread has started yet
    // in this process that reads the environment.
    unsafe { std::env::set_var("SSL_CERT_FILE", &ca) };

    let here = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let mut server = Command::new("python3")
        .arg(format!("{here}/tls_trusted/tls_server.py"))
        .arg(&cert)
        .arg(&key)
        .arg(format!("{here}/fixtures/info.json"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut port = String::new();
    BufReader::new(server.stdout.take().unwrap()).read_line(&mut port).unwrap();
    let port: u16 = port.trim().parse().expect("the server printed its port");

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let result = runtime.block_on(async {
        tokio::time::timeout(Duration::from_secs(30), async {
            let client = Client::builder()
                .base_url(format!("https://127.0.0.1:{port}"))
                .access_token("t")
                .max_retries(0)
                .build()?;
            let info = client.get_info().send().await?.into_inner();
            assert_eq!(info.app.name, "Beeper");

            let mut events =
                client.events().url(format!("wss://127.0.0.1:{port}/v1/ws")).chats(["*"]).connect().await?;
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
            Err::<(), Box<dyn std::error::Error>>(format!("no chat.upserted over wss, only: {seen:?}").into())
        })
        .await
    });
    drop(server.stdin.take());
    let _ = server.wait();
    result.expect("finished in time").expect("https and wss worked");
}
