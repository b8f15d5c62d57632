//! Server text and error chains shown on one line, cut to a bounded length, for error messages.

use std::fmt::{self, Display, Write as _};

/// `value` displayed on one line (runs of whitespace become one space) and
/// cut to `max` characters with `…`. Formatting stops at the cut, so a
/// 50 MB string is never copied whole.
pub(crate) fn bounded(value: impl Display, max: usize) -> String {
    struct Folded {
        out: String,
        chars: usize,
        max: usize,
        space: bool,
        cut: bool,
    }
    impl fmt::Write for Folded {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            for c in s.chars() {
                if c.is_whitespace() {
                    self.space = !self.out.is_empty();
                    continue;
                }
                if self.chars + usize::from(self.space) >= self.max {
                    self.cut = true;
                    return Err(fmt::Error);
                }
                if std::mem::take(&mut self.space) {
                    self.out.push(' ');
                    self.chars += 1;
                }
                self.out.push(c);
                self.chars += 1;
            }
            Ok(())
        }
    }
    let mut folded = Folded { out: String::new(), chars: 0, max, space: false, cut: false };
    let _ = write!(folded, "{value}");
    if folded.cut {
        folded.out.push('…');
    }
    folded.out
}

/// The error's own message followed by each source that adds something,
/// e.g. `error sending request for url (…): client error (SendRequest):
/// connection closed before message completed`.
pub(crate) fn causes(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = vec![error.to_string()];
    let mut next = error.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = cause.source();
    }
    parts.join(": ")
}

/// The start of a body on one line, cut to `max` characters with `…` (at
/// most `4 × max` bytes of it are read).
pub(crate) fn body(body: &[u8], max: usize) -> String {
    let head = &body[..body.len().min(4 * max)];
    bounded(String::from_utf8_lossy(head), max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_folded_onto_one_line_and_cut() {
        assert_eq!(body(b"  <h1>\n502\tBad   Gateway</h1>\n", 200), "<h1> 502 Bad Gateway</h1>");
        assert_eq!(body(b"", 200), "");
        let long = "é".repeat(500);
        let cut = body(long.as_bytes(), 200);
        assert_eq!(cut.chars().count(), 201, "{cut}");
        assert!(cut.ends_with("é…"), "{cut}");
    }

    #[test]
    fn causes_name_each_source_that_adds_something() {
        #[derive(Debug)]
        struct Layer(&'static str, Option<Box<Layer>>);
        impl Display for Layer {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        impl std::error::Error for Layer {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.1.as_deref().map(|l| l as _)
            }
        }
        let root = Layer("connection reset by peer", None);
        let repeats = Layer("io error: connection reset by peer", Some(Box::new(root)));
        let top = Layer("error sending request", Some(Box::new(repeats)));
        assert_eq!(causes(&top), "error sending request: io error: connection reset by peer");
    }
}
