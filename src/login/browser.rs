//! Opening the authorize URL: the user's browser, or anything a test scripts.

use std::io;

/// Opens the authorization page for the user. Implement it to script a
/// sign-in (tests) or to show the URL your own way; closures
/// `Fn(&str) -> io::Result<()>` implement it too.
///
/// When `open` fails, [`Login::run`](super::Login::run) prints the URL to
/// stderr so the user can open it by hand.
pub trait Browser: Send + Sync {
    /// Shows `url` to the user, normally in a browser tab.
    fn open(&self, url: &str) -> io::Result<()>;
}

impl<F> Browser for F
where
    F: Fn(&str) -> io::Result<()> + Send + Sync,
{
    fn open(&self, url: &str) -> io::Result<()> {
        self(url)
    }
}

/// The system's default browser (through the `webbrowser` crate).
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemBrowser;

impl Browser for SystemBrowser {
    fn open(&self, url: &str) -> io::Result<()> {
        webbrowser::open(url)
    }
}

/// Opens nothing, so the URL is printed for the user to open (headless
/// machines, SSH sessions).
#[derive(Clone, Copy, Debug, Default)]
pub struct PrintUrl;

impl Browser for PrintUrl {
    fn open(&self, _url: &str) -> io::Result<()> {
        Err(io::Error::new(io::ErrorKind::Unsupported, "opening a browser is disabled"))
    }
}
