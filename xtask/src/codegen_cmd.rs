//! `cargo xtask codegen [--check]`: the reviewed snapshot of the generated
//! client.
//!
//! `generated/client.rs` is what `build.rs` compiles, written out so spec and
//! generator changes show up as reviewable diffs. It is not compiled itself.

use std::fs;
use std::io::ErrorKind;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::codegen;

/// Lines of unchanged context shown around a difference.
const CONTEXT: usize = 3;
/// Most changed lines shown per side.
const MAX_SHOWN: usize = 12;

/// Inputs of one run; the `*_name` fields are how paths appear in messages.
pub struct Paths {
    pub spec: PathBuf,
    pub out: PathBuf,
    pub spec_name: String,
    pub out_name: String,
    pub check: bool,
}

pub fn run(paths: &Paths) -> ExitCode {
    let text = match fs::read_to_string(&paths.spec) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", paths.spec_name);
            return ExitCode::FAILURE;
        }
    };
    let generated = match codegen::generate(&text) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: cannot generate the client from {}:\n{message}", paths.spec_name);
            return ExitCode::FAILURE;
        }
    };
    let current = match fs::read_to_string(&paths.out) {
        Ok(current) => Some(current.replace("\r\n", "\n")),
        Err(e) if e.kind() == ErrorKind::NotFound => None,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", paths.out_name);
            return ExitCode::FAILURE;
        }
    };

    if paths.check {
        return match current {
            None => {
                eprintln!("{} is missing; run `cargo xtask codegen` and commit the result", paths.out_name);
                ExitCode::FAILURE
            }
            Some(current) if current == generated => {
                println!("{} is up to date with {}", paths.out_name, paths.spec_name);
                ExitCode::SUCCESS
            }
            Some(current) => {
                let hunk = first_hunk(&current, &generated);
                eprintln!(
                    "{} is out of date with {} (first difference at line {}); run `cargo xtask codegen` and commit the result",
                    paths.out_name, paths.spec_name, hunk.first_line
                );
                eprintln!("--- {} (committed)\n+++ {} (generated)\n{}", paths.out_name, paths.out_name, hunk.text);
                ExitCode::FAILURE
            }
        };
    }

    if current.as_deref() == Some(generated.as_str()) {
        println!("{} is up to date with {}", paths.out_name, paths.spec_name);
        return ExitCode::SUCCESS;
    }
    if let Some(parent) = paths.out.parent().filter(|p| !p.as_os_str().is_empty())
        && let Err(e) = fs::create_dir_all(parent)
    {
        eprintln!("error: cannot create {}: {e}", parent.display());
        return ExitCode::FAILURE;
    }
    if let Err(e) = fs::write(&paths.out, &generated) {
        eprintln!("error: cannot write {}: {e}", paths.out_name);
        return ExitCode::FAILURE;
    }
    println!("wrote {} ({} lines) from {}", paths.out_name, generated.lines().count(), paths.spec_name);
    ExitCode::SUCCESS
}

/// The region between the first and the last differing line, in unified
/// diff style.
#[derive(Debug)]
pub struct Hunk {
    /// 1-based line number of the first difference.
    pub first_line: usize,
    pub text: String,
}

/// Compares line by line: everything between the common prefix and the
/// common suffix is one changed region, shown with a few context lines and
/// cut to [`MAX_SHOWN`] lines per side.
pub fn first_hunk(old: &str, new: &str) -> Hunk {
    let old: Vec<&str> = old.split('\n').collect();
    let new: Vec<&str> = new.split('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    let (old_changed, new_changed) = (&old[prefix..old.len() - suffix], &new[prefix..new.len() - suffix]);

    let start = prefix.saturating_sub(CONTEXT);
    let after = CONTEXT.min(suffix);
    let mut text = format!(
        "@@ -{},{} +{},{} @@\n",
        start + 1,
        prefix - start + old_changed.len() + after,
        start + 1,
        prefix - start + new_changed.len() + after
    );
    let mut push = |marker: char, lines: &[&str]| {
        for line in lines.iter().take(MAX_SHOWN) {
            text.push(marker);
            text.push_str(line);
            text.push('\n');
        }
        if lines.len() > MAX_SHOWN {
            text.push_str(&format!("{marker}... ({} more lines)\n", lines.len() - MAX_SHOWN));
        }
    };
    push(' ', &old[start..prefix]);
    push('-', old_changed);
    push('+', new_changed);
    push(' ', &old[old.len() - suffix..old.len() - suffix + after]);
    Hunk { first_line: prefix + 1, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunk_shows_context_and_both_sides() {
        let old = "a\nb\nc\nd\ne\nf\ng\n";
        let new = "a\nb\nc\nD\ne\nf\ng\n";
        let hunk = first_hunk(old, new);
        assert_eq!(hunk.first_line, 4);
        assert_eq!(hunk.text, "@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n");
    }

    #[test]
    fn hunk_handles_growth_at_the_end() {
        let hunk = first_hunk("a\n", "a\nb\n");
        assert_eq!(hunk.first_line, 2);
        assert_eq!(hunk.text, "@@ -1,2 +1,3 @@\n a\n+b\n \n");
    }

    #[test]
    fn long_changes_are_cut() {
        let old = "x\n";
        let new: String = (0..40).map(|i| format!("line {i}\n")).collect();
        let hunk = first_hunk(old, &new);
        assert!(hunk.text.contains("+... (28 more lines)"), "{}", hunk.text);
    }
}
