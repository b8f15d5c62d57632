//! Percent-encoding of path parameters.
//!
//! The generated code calls `encode_path` for every path parameter; codegen
//! points it here instead of at progenitor-client's version, which leaves
//! `\`, `|`, `[`, `]`, `^` and `` ` `` unescaped (the URL parser then reads
//! `\` as `/`, splitting the ID). The rule here is the official SDKs': keep
//! RFC 3986 `pchar` characters as they are, so Matrix IDs such as
//! `!room:beeper.local` or `@user:server` read naturally, and percent-encode
//! every other byte of the UTF-8 text.

/// Encodes one path segment.
pub(crate) fn encode_path(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for &byte in segment.as_bytes() {
        if is_pchar(byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 0xF)]));
        }
    }
    out
}

/// RFC 3986: `pchar = unreserved / pct-encoded / sub-delims / ":" / "@"`
/// (a literal `%` is encoded, so an ID is never decoded twice).
fn is_pchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::encode_path;

    #[test]
    fn keeps_pchar_and_encodes_the_rest() {
        assert_eq!(encode_path("!abc:beeper.local"), "!abc:beeper.local");
        assert_eq!(encode_path("@user+tag:server;x=1,y&z'(*)~_-."), "@user+tag:server;x=1,y&z'(*)~_-.");
        assert_eq!(encode_path("$evt/1?x#y"), "$evt%2F1%3Fx%23y");
        assert_eq!(encode_path("a\\b|c[d]^e`f{g}h\"i<j>k l"), "a%5Cb%7Cc%5Bd%5D%5Ee%60f%7Bg%7Dh%22i%3Cj%3Ek%20l");
        assert_eq!(encode_path("100%"), "100%25");
        assert_eq!(encode_path("👍"), "%F0%9F%91%8D");
        assert_eq!(encode_path(""), "");
    }
}
