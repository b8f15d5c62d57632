//! How the examples print a message on one line: its text and its reactions.

use beeper_desktop::types;

/// A message's plain text on one line (whitespace runs become one space),
/// or what stands in for it: `[2 attachment(s)]`, `(no text)`.
pub fn one_line(text: Option<String>, attachments: usize) -> String {
    match (text, attachments) {
        (Some(text), _) if !text.trim().is_empty() => text.split_whitespace().collect::<Vec<_>>().join(" "),
        (_, 0) => "(no text)".to_owned(),
        (_, n) => format!("[{n} attachment(s)]"),
    }
}

/// The reactions on one line, each key once in order of first appearance
/// with its count when above one (`👍×2 ❤️`); empty when there are none.
pub fn reactions(list: &[types::Reaction]) -> String {
    let mut keys: Vec<(&str, usize)> = Vec::new();
    for r in list {
        match keys.iter_mut().find(|(k, _)| *k == r.reaction_key) {
            Some((_, n)) => *n += 1,
            None => keys.push((&r.reaction_key, 1)),
        }
    }
    let shown: Vec<String> =
        keys.iter().map(|(k, n)| if *n > 1 { format!("{k}×{n}") } else { (*k).to_owned() }).collect();
    shown.join(" ")
}
