//! Projector-safe masking on the laptop: finds e-mail addresses, phone numbers and card-like
//! numbers in customer text and replaces each with a visible placeholder ("[email]", "[phone]",
//! "[card]"). Dates, money amounts, short order numbers and CFPB's own "XXXX" redactions are
//! left alone. The room's server masks everything it sends with this, whatever the laptop's
//! setting, so such text never leaves the laptop; the UI's `ui/src/lib/mask.ts` follows the
//! same rules for the projector.
//!
//! Linear time: the `regex` crate runs in time linear in the text, the lookarounds the
//! JavaScript patterns use are checked by hand on one character each side, and a candidate is
//! at most a few dozen characters, so the work per candidate is bounded.

use std::sync::LazyLock;

use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Email,
    Phone,
    Card,
}

impl Kind {
    fn placeholder(self) -> &'static str {
        match self {
            Kind::Email => "[email]",
            Kind::Phone => "[phone]",
            Kind::Card => "[card]",
        }
    }
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid pattern")
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}"));
/// 13 to 19 digits, optionally grouped by single spaces or dashes; then what may follow (not a
/// letter or digit), consumed so the engine picks the longest run that is followed by it.
static CARD: LazyLock<Regex> =
    LazyLock::new(|| re(r"([0-9](?:[ -]?[0-9]){12,18})(?:$|[^\p{L}\p{N}])"));
/// A run of digits and parenthesised area codes separated by at most one space, dot or dash,
/// optionally after a `+`; then what may follow: not a letter or digit, not a decimal part.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"((?:\+[ \x{a0}]?)?(?:\([0-9]{1,4}\)|[0-9])(?:[ \x{a0}.-]?(?:\([0-9]{1,4}\)|[0-9])){5,24})",
        r"(?:$|[.,](?:$|[^0-9])|[^\p{L}\p{N}.,])"
    ))
});
static DATE_YEAR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:19|20)[0-9]{2}[ ./-]([0-9]{1,2})[ ./-]([0-9]{1,2})$"));
static DATE_YEAR_LAST: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([0-9]{1,2})[ ./-]([0-9]{1,2})[ ./-](?:[0-9]{2}|(?:19|20)[0-9]{2})$"));
static DATE_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$"));
static YEAR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:19|20)[0-9]{2} ?- ?(?:19|20)[0-9]{2}$"));
static DECIMAL: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]+\.[0-9]{1,2}$"));

fn number(s: &str) -> u32 {
    s.parse().unwrap_or(0)
}

fn looks_like_date(s: &str) -> bool {
    if DATE_COMPACT.is_match(s) || YEAR_RANGE.is_match(s) {
        return true;
    }
    let day = |n: u32| (1..=31).contains(&n);
    let month = |n: u32| (1..=12).contains(&n);
    if let Some(c) = DATE_YEAR_FIRST.captures(s) {
        return month(number(&c[1])) && day(number(&c[2]));
    }
    if let Some(c) = DATE_YEAR_LAST.captures(s) {
        let (a, b) = (number(&c[1]), number(&c[2]));
        return day(a) && day(b) && (month(a) || month(b));
    }
    false
}

fn digit_count(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

fn is_phone(candidate: &str) -> bool {
    let digits = digit_count(candidate);
    (7..=15).contains(&digits) && !looks_like_date(candidate) && !DECIMAL.is_match(candidate)
}

/// Card numbers are one run of digits or grouped like 4-4-4-4(-n) or 4-6-5 (4-6-4).
fn is_card(candidate: &str) -> bool {
    if !(13..=19).contains(&digit_count(candidate)) {
        return false;
    }
    let lengths: Vec<usize> = candidate.split([' ', '-']).map(str::len).collect();
    let Some((&last, groups)) = lengths.split_last() else {
        return false;
    };
    groups.is_empty()
        || (groups.iter().all(|&n| n == 4) && (1..=4).contains(&last))
        || (lengths.len() == 3 && lengths[0] == 4 && lengths[1] == 6)
}

/// The parts of a candidate that pass `ok`: all of it, or else the longest runs of its
/// whitespace-separated pieces that do (a phone number right before a date is still found).
fn accepted_parts(candidate: &str, ok: fn(&str) -> bool) -> Vec<(usize, usize)> {
    if ok(candidate) {
        return vec![(0, candidate.len())];
    }
    let mut pieces = Vec::new();
    let mut start = None;
    for (i, ch) in candidate.char_indices() {
        match (ch.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                pieces.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        pieces.push((s, candidate.len()));
    }
    let mut parts = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let taken = (i..pieces.len()).rev().find(|&j| {
            !(i == 0 && j == pieces.len() - 1) && ok(&candidate[pieces[i].0..pieces[j].1])
        });
        match taken {
            Some(j) => {
                parts.push((pieces[i].0, pieces[j].1));
                i = j + 1;
            }
            None => i += 1,
        }
    }
    parts
}

/// Whether a phone number may start right after `before` (the text up to the candidate): not
/// inside a word or a bigger number, not after a currency sign (and one space).
fn phone_may_start(before: &str) -> bool {
    let mut back = before.chars().rev();
    let currency = |c: char| "$€£¥₹".contains(c);
    match back.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || ",.-+/".contains(c) || currency(c) => false,
        Some(' ' | '\u{a0}') => !back.next().is_some_and(currency),
        Some(_) => true,
    }
}

/// Runs `re` (its first group is the candidate) over `text` from every start position where
/// `may_start` holds, and keeps the accepted parts that overlap nothing found before.
fn collect(
    text: &str,
    re: &Regex,
    kind: Kind,
    may_start: fn(&str) -> bool,
    ok: fn(&str) -> bool,
    found: &mut Vec<(usize, usize, Kind)>,
) {
    let mut at = 0;
    while at <= text.len() {
        let Some(m) = re.captures_at(text, at).and_then(|c| c.get(1).or(c.get(0))) else {
            break;
        };
        if !may_start(&text[..m.start()]) {
            // As a backtracking engine would: try again one character further on.
            at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        for (from, to) in accepted_parts(m.as_str(), ok) {
            let (start, end) = (m.start() + from, m.start() + to);
            if !found.iter().any(|&(s, e, _)| start < e && s < end) {
                found.push((start, end, kind));
            }
        }
        at = m.end();
    }
}

fn card_may_start(before: &str) -> bool {
    !before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Where `text` holds an e-mail address, a phone number or a card-like number, in order.
fn sensitive_ranges(text: &str) -> Vec<(usize, usize, Kind)> {
    let mut found = Vec::new();
    // E-mails first (they hold digits), then cards (longer than phones), then phones.
    collect(text, &EMAIL, Kind::Email, |_| true, |_| true, &mut found);
    collect(text, &CARD, Kind::Card, card_may_start, is_card, &mut found);
    collect(
        text,
        &PHONE,
        Kind::Phone,
        phone_may_start,
        is_phone,
        &mut found,
    );
    found.sort_by_key(|&(start, _, _)| start);
    found
}

/// `text` with every e-mail address, phone number and card-like number replaced by a
/// placeholder.
pub fn mask_sensitive(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, kind) in sensitive_ranges(text) {
        out.push_str(&text[at..start]);
        out.push_str(kind.placeholder());
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::mask_sensitive;

    // The cases of ui/src/lib/mask.test.ts: the two must agree.
    #[test]
    fn hides_emails_phones_and_cards() {
        for (input, output) in [
            (
                "Write to jane.doe+refunds@example.co.uk today",
                "Write to [email] today",
            ),
            ("mail: JOSÉ_99@correo.es.", "mail: [email]."),
            ("two: a@b.io, c.d@e-f.com", "two: [email], [email]"),
            (
                "Call me at (555) 123-4567 please",
                "Call me at [phone] please",
            ),
            ("Call me at 555-123-4567.", "Call me at [phone]."),
            ("my cell 555.123.4567", "my cell [phone]"),
            ("reach me on +1 (555) 123-4567", "reach me on [phone]"),
            ("UK office +44 20 7946 0958", "UK office [phone]"),
            ("Paris: +33 1 23 45 67 89", "Paris: [phone]"),
            ("toll free 1-800-555-0199", "toll free [phone]"),
            ("number 5551234567 again", "number [phone] again"),
            ("local 555-1234", "local [phone]"),
            ("call +491701234567!", "call [phone]!"),
            ("(555)123-4567", "[phone]"),
            (
                "card 4111 1111 1111 1111 was charged",
                "card [card] was charged",
            ),
            ("card 4111-1111-1111-1111", "card [card]"),
            ("card 4111111111111111 twice", "card [card] twice"),
            ("amex 3782 822463 10005", "amex [card]"),
            ("19 digits 4111 1111 1111 1111 123", "19 digits [card]"),
            (
                "Email bob@x.com or call 555-123-4567; card 4111 1111 1111 1111.",
                "Email [email] or call [phone]; card [card].",
            ),
            (
                "called 555-123-4567 2024-01-15 and again",
                "called [phone] 2024-01-15 and again",
            ),
        ] {
            assert_eq!(mask_sensitive(input), output, "{input}");
        }
    }

    #[test]
    fn leaves_dates_money_and_order_numbers_alone() {
        for input in [
            "Ordered on 2025-03-14 and it came on 2025-03-20.",
            "It was 03/14/2025 or 14.03.2025 or 2025.03.14 or 20250314.",
            "Member from 2019-2023, again in 2024.",
            "I was charged $3,500.00 instead of $350.00.",
            "Refund of 1234567.89 pending, and €1.234.567,89 too.",
            "It cost $ 1234567 in total.",
            "Order #123456 and order 98765 never came.",
            "The account XXXX XXXX XXXX 1234 was opened XX/XX/2019 by XXXX.",
            "Wait time was 45 minutes at 10:30, 3 of 5 stars, 99.5% sure.",
            "Delivered 2025-03-14T10:00:00Z.",
            "Nothing sensitive here at all.",
            "",
        ] {
            assert_eq!(mask_sensitive(input), input);
        }
    }

    #[test]
    fn a_long_hostile_text_is_masked_without_blowing_up() {
        let text = "1 ".repeat(50_000) + &"9".repeat(50_000) + "a@b.co";
        let masked = mask_sensitive(&text);
        assert!(masked.ends_with("[email]"));
    }
}
