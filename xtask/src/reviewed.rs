//! The reviewed differences of `cargo xtask spec-diff`
//! (`spec-diff-reviewed.yaml`): differences a maintainer has looked at and
//! kept on purpose, each one line with its reason. Matching differences are
//! set apart from the unreviewed ones; an entry that matches nothing while
//! comparing with the document the file was reviewed against is stale.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::schema_diff::Change;
use crate::spec_diff::Section;

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    against: Against,
    #[serde(default)]
    reviewed: Vec<Entry>,
}

/// `info.title` and `info.version` of the document the entries were
/// reviewed against.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Against {
    pub title: String,
    pub version: String,
}

/// One reviewed difference.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Pattern for the section title (`GET /v1/chats (listChats)`);
    /// every section when left out.
    #[serde(default = "any_section")]
    pub at: String,
    /// Pattern for the printed line without its indent
    /// (`~ response 2XX/200 ...`).
    pub change: String,
    /// Why the difference is kept.
    pub why: String,
}

fn any_section() -> String {
    "*".to_owned()
}

/// The reviewed differences of one file.
#[derive(Debug)]
pub struct Reviewed {
    pub against: Against,
    pub entries: Vec<Entry>,
}

/// A difference an entry matched.
#[derive(Debug, PartialEq, Eq)]
pub struct Matched {
    pub section: String,
    pub change: Change,
    pub entry: usize,
}

/// The differences sorted out by the reviewed entries.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// What no entry matched, by section.
    pub unreviewed: Vec<Section>,
    /// What an entry matched (the first one that did), in order.
    pub reviewed: Vec<Matched>,
    /// Indices of the entries that matched nothing.
    pub unmatched: Vec<usize>,
}

impl Reviewed {
    /// Reads and checks the file: every entry needs a `change` pattern
    /// that starts with `+ `, `- `, `~ ` or `* `, and a reason.
    pub fn load(path: &Path) -> Result<Reviewed, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Reviewed::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// [`Reviewed::load`] on text.
    pub fn parse(text: &str) -> Result<Reviewed, String> {
        let file: File = serde_norway::from_str(text).map_err(|e| e.to_string())?;
        for (i, entry) in file.reviewed.iter().enumerate() {
            let signed = ["+ ", "- ", "~ ", "* "].iter().any(|sign| entry.change.starts_with(sign));
            if !signed {
                return Err(format!(
                    "entry {} (`{}`): `change` must start with `+ `, `- `, `~ ` or `* `",
                    i + 1,
                    entry.change
                ));
            }
            if entry.why.trim().is_empty() {
                return Err(format!("entry {} (`{}`): `why` is empty", i + 1, entry.change));
            }
        }
        Ok(Reviewed { against: file.against, entries: file.reviewed })
    }

    /// The file was reviewed against `document` (same `info.title` and
    /// `info.version`), so each entry must match something.
    pub fn reviewed_against(&self, document: &Value) -> bool {
        let info = |key: &str| document.pointer(&format!("/info/{key}")).and_then(Value::as_str);
        info("title") == Some(self.against.title.as_str()) && info("version") == Some(self.against.version.as_str())
    }

    /// Sorts `sections` into reviewed and unreviewed differences.
    pub fn apply(&self, sections: Vec<Section>) -> Outcome {
        let mut outcome = Outcome::default();
        let mut used = vec![false; self.entries.len()];
        for section in sections {
            let mut unreviewed = Vec::new();
            for change in section.changes {
                let line = format!("{} {}", change.sign, change.text);
                let found = self
                    .entries
                    .iter()
                    .position(|entry| matches(&entry.at, &section.title) && matches(&entry.change, &line));
                match found {
                    Some(entry) => {
                        used[entry] = true;
                        outcome.reviewed.push(Matched { section: section.title.clone(), change, entry });
                    }
                    None => unreviewed.push(change),
                }
            }
            if !unreviewed.is_empty() {
                outcome.unreviewed.push(Section { title: section.title, changes: unreviewed });
            }
        }
        outcome.unmatched = used.iter().enumerate().filter(|(_, used)| !**used).map(|(i, _)| i).collect();
        outcome
    }
}

/// `text` matches `pattern`, where `*` stands for any run of characters
/// (none included) and everything else for itself.
pub fn matches(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else { return rest.is_empty() };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_match_any_run() {
        for (pattern, text) in [
            ("abc", "abc"),
            ("*", ""),
            ("*", "anything"),
            ("a*c", "ac"),
            ("a*c", "abbbc"),
            (
                "~ response * `*`: type string|null → string",
                "~ response 2XX/200 `items[].title`: type string|null → string",
            ),
            ("*x*", "axb"),
            ("a*b*b", "abb"),
        ] {
            assert!(matches(pattern, text), "{pattern} vs {text}");
        }
        for (pattern, text) in [("abc", "abcd"), ("a*c", "ab"), ("a*b*b", "ab"), ("x*", "ax"), ("*a", "ab"), ("", "a")]
        {
            assert!(!matches(pattern, text), "{pattern} vs {text}");
        }
    }

    #[test]
    fn malformed_files_are_errors() {
        let head = "against: {title: T, version: '1'}\n";
        assert!(
            Reviewed::parse(&format!("{head}reviewed:\n  - {{change: 'x', why: w}}\n"))
                .unwrap_err()
                .contains("must start")
        );
        assert!(
            Reviewed::parse(&format!("{head}reviewed:\n  - {{change: '+ x', why: ' '}}\n"))
                .unwrap_err()
                .contains("empty")
        );
        assert!(Reviewed::parse(&format!("{head}reviewed:\n  - {{change: '+ x', why: w, extra: 1}}\n")).is_err());
        assert!(Reviewed::parse("reviewed: []\n").is_err(), "`against` is required");
        let ok = Reviewed::parse(&format!("{head}reviewed:\n  - {{change: '+ x', why: w}}\n")).unwrap();
        assert_eq!(ok.entries[0].at, "*");
    }
}
