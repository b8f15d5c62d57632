//! Message text as a reader sees it: the Matrix HTML of the wire reduced to plain text.
//!
//! Beeper Desktop sends message bodies as Matrix HTML: `She said
//! &quot;hi&quot;`, `<b>bold</b>`, line breaks as `<br>`, and replies
//! prefixed with an `<mx-reply>` quote of the message they answer.
//! [`to_plain_text`] parses that with a real HTML parser (`html5ever`,
//! through `scraper`) and keeps only what a reader sees; the raw text stays
//! in [`types::Message::text`](crate::types::Message::text).
//!
//! Needs the `plain-text` feature.

use scraper::node::Node;
use scraper::{ElementRef, Html};

use crate::types;

/// Elements that start and end on a line of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
];

/// Elements whose content a reader never sees: the reply fallback (the
/// quoted message a reply repeats, which Matrix clients hide) and code that
/// is not text.
const HIDDEN: &[&str] = &["mx-reply", "script", "style", "template", "head"];

/// Reduces Matrix HTML to plain text: entities decoded (`&quot;` → `"`,
/// `&amp;lt;` → `&lt;`), tags dropped, `<br>` and block elements as line
/// breaks, list items as `- item`, images as their `alt` text, and the
/// `<mx-reply>` fallback of a reply left out. Whitespace inside text is kept
/// as sent (chat text is not reflowed); leading and trailing blank space is
/// trimmed.
///
/// ```
/// use beeper_desktop::text::to_plain_text;
///
/// assert_eq!(to_plain_text("She said &quot;absolutely not&quot; 😂"), "She said \"absolutely not\" 😂");
/// assert_eq!(to_plain_text("<b>Bold</b> and<br>a new line"), "Bold and\na new line");
/// assert_eq!(to_plain_text("write &amp;lt;b&amp;gt; for bold"), "write &lt;b&gt; for bold");
/// ```
pub fn to_plain_text(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    let mut out = String::with_capacity(html.len());
    write_children(fragment.root_element(), &mut out);
    trim_in_place(&mut out);
    out
}

impl types::Message {
    /// The message's text as plain text (see [`to_plain_text`]); `None`
    /// when the message has no text (an attachment alone, say). The raw
    /// Matrix HTML stays in [`text`](Self::text).
    ///
    /// ```
    /// # fn show(message: &beeper_desktop::types::Message) {
    /// println!("{}", message.plain_text().as_deref().unwrap_or("(no text)"));
    /// # }
    /// ```
    pub fn plain_text(&self) -> Option<String> {
        self.text.as_deref().map(to_plain_text)
    }
}

impl types::MessageUpdateResponse {
    /// The edited message's text as plain text (see [`to_plain_text`]);
    /// `None` when the answer carries no text.
    pub fn plain_text(&self) -> Option<String> {
        self.text.as_deref().map(to_plain_text)
    }
}

fn write_children(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    write_element(child, out);
                }
            }
            _ => {}
        }
    }
}

fn write_element(element: ElementRef<'_>, out: &mut String) {
    let name = element.value().name();
    if HIDDEN.contains(&name) {
        return;
    }
    match name {
        "br" => out.push('\n'),
        "img" => {
            if let Some(alt) = element.value().attr("alt") {
                out.push_str(alt);
            }
        }
        _ if BLOCKS.contains(&name) => {
            start_line(out);
            if name == "li" {
                out.push_str("- ");
            }
            write_children(element, out);
            start_line(out);
        }
        _ => write_children(element, out),
    }
}

/// Ends the current line unless the text is empty or already at a line start.
fn start_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn trim_in_place(text: &mut String) {
    let end = text.trim_end().len();
    text.truncate(end);
    let start = text.len() - text.trim_start().len();
    text.drain(..start);
}

#[cfg(test)]
mod tests {
    use super::to_plain_text;

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(to_plain_text("She said &quot;absolutely not&quot; 😂"), "She said \"absolutely not\" 😂");
        assert_eq!(to_plain_text("Tom &amp; Jerry &#x1F600; &#39;quoted&#39;"), "Tom & Jerry 😀 'quoted'");
        // Text that talks about markup arrives escaped twice; one level is undone.
        assert_eq!(to_plain_text("type &amp;lt;br&amp;gt; for a break"), "type &lt;br&gt; for a break");
        assert_eq!(to_plain_text("a &lt;b&gt; tag"), "a <b> tag");
    }

    #[test]
    fn plain_text_passes_through_unchanged() {
        for text in ["hello", "multi\nline\n  indented", "emoji 👩‍👩‍👧 and ünïcödé", "5 < 6 and 7 > 3", "a <3 b"]
        {
            assert_eq!(to_plain_text(text), text);
        }
    }

    #[test]
    fn markup_becomes_text_and_line_breaks() {
        assert_eq!(to_plain_text("<b>bold</b>, <i>italic</i>, <code>x</code>"), "bold, italic, x");
        assert_eq!(to_plain_text("one<br>two<br/>three"), "one\ntwo\nthree");
        assert_eq!(to_plain_text("<p>first</p><p>second</p>"), "first\nsecond");
        assert_eq!(to_plain_text("see <a href=\"https://example.com\">the site</a>"), "see the site");
        assert_eq!(to_plain_text("<ul><li>milk</li><li>eggs</li></ul>done"), "- milk\n- eggs\ndone");
        assert_eq!(to_plain_text("<blockquote>quoted</blockquote>my answer"), "quoted\nmy answer");
        assert_eq!(to_plain_text("nice <img src=\"mxc://x/y\" alt=\":party:\">"), "nice :party:");
        assert_eq!(to_plain_text("<pre><code>fn main() {\n    run();\n}</code></pre>"), "fn main() {\n    run();\n}");
    }

    #[test]
    fn reply_fallback_is_left_out() {
        let reply = "<mx-reply><blockquote><a href=\"https://matrix.to/#/!r/$e\">In reply to</a> \
                     <a href=\"https://matrix.to/#/@a:b\">@a:b</a><br>original</blockquote></mx-reply>Sounds good!";
        assert_eq!(to_plain_text(reply), "Sounds good!");
    }

    #[test]
    fn broken_markup_never_panics_and_keeps_the_text() {
        assert_eq!(to_plain_text("<b>unclosed"), "unclosed");
        assert_eq!(to_plain_text("</i>stray close"), "stray close");
        assert_eq!(to_plain_text(""), "");
        assert_eq!(to_plain_text("<br><br>"), "");
        assert_eq!(to_plain_text("&unknown; &amp"), "&unknown; &");
    }
}
