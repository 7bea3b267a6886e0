//! Line breaking for printed text.
//!
//! printpdf's `Op` API draws a string where it is told and never breaks it, so
//! every paragraph is wrapped here first. The functions take the width measure
//! as a closure: the real caller measures glyph advances of the embedded font,
//! the unit tests use a fake measure so the rules can be checked exactly.

/// Breaks `text` into lines no wider than `width`.
///
/// Explicit line breaks start a new line (a blank line stays blank), runs of
/// spaces collapse, no-break spaces hold their neighbours together ("4:05 p.m."
/// as CLDR writes it), words wider than a whole line are split between
/// characters, and the first line has `indent` less room (it follows a label).
/// Text that is empty or only whitespace gives no lines.
pub(crate) fn wrap(
    text: &str,
    width: f32,
    indent: f32,
    measure: impl Fn(&str) -> f32,
) -> Vec<String> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let mut filler = Filler::new(width, indent, measure(" "));
    for paragraph in text.lines() {
        let breaks = |c: char| c.is_whitespace() && !NO_BREAK_SPACES.contains(&c);
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            filler.add_word(word, &measure);
        }
        filler.end_line();
    }
    filler.lines
}

/// Spaces a line never breaks at: no-break, narrow no-break and figure space.
const NO_BREAK_SPACES: [char; 3] = ['\u{a0}', '\u{202f}', '\u{2007}'];

/// Shortens `text` with a trailing ellipsis until it fits in `width`.
pub(crate) fn truncate(text: &str, width: f32, measure: impl Fn(&str) -> f32) -> String {
    if measure(text) <= width + EPSILON {
        return text.to_owned();
    }
    let mut kept: Vec<char> = text.chars().collect();
    while !kept.is_empty() {
        kept.pop();
        let candidate: String = kept.iter().collect::<String>().trim_end().to_owned() + "…";
        if measure(&candidate) <= width + EPSILON {
            return candidate;
        }
    }
    String::new()
}

/// Rounding slack so a line measured at exactly the column width still fits.
const EPSILON: f32 = 0.001;

/// Greedy line filler: the state of the line being built.
struct Filler {
    lines: Vec<String>,
    current: String,
    used: f32,
    room: f32,
    width: f32,
    space: f32,
}

impl Filler {
    fn new(width: f32, indent: f32, space: f32) -> Self {
        Filler {
            lines: Vec::new(),
            current: String::new(),
            used: 0.0,
            room: (width - indent).max(0.0),
            width,
            space,
        }
    }

    fn add_word(&mut self, word: &str, measure: &impl Fn(&str) -> f32) {
        let word_width = measure(word);
        if !self.current.is_empty() {
            if self.used + self.space + word_width <= self.room + EPSILON {
                self.current.push(' ');
                self.current.push_str(word);
                self.used += self.space + word_width;
                return;
            }
            self.end_line();
        }
        if word_width <= self.room + EPSILON {
            self.current.push_str(word);
            self.used = word_width;
        } else {
            self.split_word(word, measure);
        }
    }

    /// Places an over-long word character by character, starting a new line
    /// whenever the next character would overflow (each line keeps at least one).
    fn split_word(&mut self, word: &str, measure: &impl Fn(&str) -> f32) {
        let mut buffer = [0u8; 4];
        for c in word.chars() {
            let char_width = measure(c.encode_utf8(&mut buffer));
            if !self.current.is_empty() && self.used + char_width > self.room + EPSILON {
                self.end_line();
            }
            self.current.push(c);
            self.used += char_width;
        }
    }

    fn end_line(&mut self) {
        self.lines.push(std::mem::take(&mut self.current));
        self.used = 0.0;
        self.room = self.width;
    }
}

#[cfg(test)]
mod tests {
    use super::{truncate, wrap};

    /// Every character is one unit wide.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn fills_lines_greedily_at_spaces() {
        let lines = wrap("the quick brown fox jumps over", 10.0, 0.0, chars);
        assert_eq!(lines, ["the quick", "brown fox", "jumps over"]);
    }

    #[test]
    fn no_break_spaces_keep_a_time_on_one_line() {
        let lines = wrap("9:50 a.m. – 10:05\u{202f}a.m.", 10.0, 0.0, chars);
        assert_eq!(lines, ["9:50 a.m.", "–", "10:05\u{202f}a.m."]);
    }

    #[test]
    fn a_line_exactly_the_width_fits() {
        assert_eq!(wrap("abcde fghi", 10.0, 0.0, chars), ["abcde fghi"]);
    }

    #[test]
    fn explicit_newlines_and_blank_lines_are_kept() {
        let lines = wrap("one\ntwo three\n\nfour", 20.0, 0.0, chars);
        assert_eq!(lines, ["one", "two three", "", "four"]);
    }

    #[test]
    fn windows_line_endings_and_extra_spaces_collapse() {
        let lines = wrap("  a   b\r\nc\t d  \n", 20.0, 0.0, chars);
        assert_eq!(lines, ["a b", "c d"]);
    }

    #[test]
    fn over_long_words_are_split_between_characters() {
        let lines = wrap("ab abcdefghijkl xy", 5.0, 0.0, chars);
        assert_eq!(lines, ["ab", "abcde", "fghij", "kl xy"]);
    }

    #[test]
    fn split_respects_multibyte_characters() {
        let lines = wrap("ñáéíóúü", 3.0, 0.0, chars);
        assert_eq!(lines, ["ñáé", "íóú", "ü"]);
    }

    #[test]
    fn first_line_indent_leaves_room_for_a_label() {
        let lines = wrap("aaa bbb ccc", 7.0, 4.0, chars);
        assert_eq!(lines, ["aaa", "bbb ccc"]);
    }

    #[test]
    fn every_line_fits_when_width_is_variable() {
        // Wide "W", narrow everything else: lines must respect real widths.
        let measure = |s: &str| s.chars().map(|c| if c == 'W' { 3.0 } else { 1.0 }).sum();
        let text = "WWW ab WW abc W a WWWW abcd";
        for line in wrap(text, 8.0, 0.0, measure) {
            assert!(measure(&line) <= 8.0, "{line:?} is too wide");
        }
    }

    #[test]
    fn a_character_wider_than_the_line_still_progresses() {
        let lines = wrap("abc", 0.5, 0.0, chars);
        assert_eq!(lines, ["a", "b", "c"]);
    }

    #[test]
    fn empty_or_blank_text_gives_no_lines() {
        assert!(wrap("", 10.0, 0.0, chars).is_empty());
        assert!(wrap(" \n\t ", 10.0, 0.0, chars).is_empty());
    }

    #[test]
    fn truncate_adds_an_ellipsis_only_when_needed() {
        assert_eq!(truncate("short", 10.0, chars), "short");
        assert_eq!(truncate("a long footer line", 8.0, chars), "a long…");
        assert_eq!(truncate("abc", 0.5, chars), "");
    }
}
