//! Message text as a person reads it: HTML entities decoded, tags dropped
//! (search matches what is shown, not the markup).

/// `Tom &amp; <b>Jerry</b>` → `Tom & Jerry`.
pub fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => match rest.find('>') {
                Some(end) => rest = &rest[end + 1..],
                None => {
                    out.push_str(rest);
                    break;
                }
            },
            '&' => {
                let decoded =
                    rest.find(';').filter(|&end| end <= 10).and_then(|end| Some((entity(&rest[1..end])?, end)));
                match decoded {
                    Some((ch, end)) => {
                        out.push(ch);
                        rest = &rest[end + 1..];
                    }
                    None => {
                        out.push('&');
                        rest = &rest[1..];
                    }
                }
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        "mdash" => Some('—'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn decodes_entities_and_drops_tags() {
        assert_eq!(plain("Tom &amp; <b>Jerry</b> &lt;3 it&#39;s &#x1F600;"), "Tom & Jerry <3 it's 😀");
        assert_eq!(plain("a & b &unknown; <unclosed"), "a & b &unknown; <unclosed");
    }
}
