//! What kind of file this is: JSON Lines or delimited text, and which delimiter. Also the one
//! question about a delimited record the CSV parser does not answer: did the file end inside a
//! quoted field (a cut-off file)?

use super::FileKind;

/// Delimiters tried, in order of preference when the evidence ties.
const DELIMITERS: [u8; 4] = [b',', b'\t', b';', b'|'];
/// How much of the file the delimiter sniffer looks at.
const SNIFF_BYTES: usize = 64 * 1024;
const SNIFF_RECORDS: usize = 20;

/// JSON Lines when the name says so (`.jsonl`, `.ndjson`, `.json`) or the text starts with `{`;
/// otherwise delimited text with a sniffed delimiter.
pub(crate) fn detect_kind(file_name: &str, text: &str) -> FileKind {
    let ext = extension(file_name);
    if matches!(ext.as_str(), "jsonl" | "ndjson" | "json") || text.trim_start().starts_with('{') {
        return FileKind::JsonLines;
    }
    let delimiter = sniff_delimiter(text).unwrap_or(match ext.as_str() {
        "tsv" | "tab" => b'\t',
        "psv" => b'|',
        _ => b',',
    });
    FileKind::Delimited { delimiter }
}

fn extension(file_name: &str) -> String {
    std::path::Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Counts each candidate delimiter outside quotes in the header and the first records. The
/// winner appears in the header and the same number of times in most records. A one-column
/// file gets a candidate that appears nowhere; `None` when there is none.
pub(crate) fn sniff_delimiter(text: &str) -> Option<u8> {
    let sample = &text.as_bytes()[..text.len().min(SNIFF_BYTES)];
    let cut = sample.len() < text.len();
    let mut records: Vec<[usize; 4]> = Vec::new();
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    let mut blank = true;
    for &b in sample {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => {
                if !blank {
                    records.push(counts);
                    if records.len() == SNIFF_RECORDS {
                        break;
                    }
                }
                counts = [0; 4];
                blank = true;
                continue;
            }
            _ => {
                if !in_quotes {
                    if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                        counts[i] += 1;
                    }
                }
            }
        }
        blank = false;
    }
    // A record the sample cut is only trusted when it is all there is.
    if !blank && (!cut || records.is_empty()) {
        records.push(counts);
    }
    let (header, rest) = records.split_first()?;
    let mut best: Option<(usize, usize, usize)> = None; // (agreeing records, header count, index)
    for (i, &in_header) in header.iter().enumerate() {
        if in_header == 0 {
            continue;
        }
        let agreeing = rest.iter().filter(|r| r[i] == in_header).count();
        let better = match best {
            None => true,
            Some((a, h, _)) => (agreeing, in_header) > (a, h),
        };
        if better {
            best = Some((agreeing, in_header, i));
        }
    }
    if let Some((_, _, i)) = best {
        return Some(DELIMITERS[i]);
    }
    // One column: any candidate that never appears splits nothing.
    DELIMITERS
        .iter()
        .enumerate()
        .find(|&(i, _)| records.iter().all(|r| r[i] == 0))
        .map(|(_, &d)| d)
}

/// Whether `record` (from the start of a record to the end of the file) ends inside a quoted
/// field, following the same rules as the CSV parser: a quote opens a field only at its start,
/// `""` inside a quoted field is a literal quote.
pub(crate) fn ends_inside_quotes(record: &[u8], delimiter: u8) -> bool {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::FieldStart;
    for &b in record {
        let ends_field = b == delimiter || b == b'\n' || b == b'\r';
        state = match state {
            State::FieldStart if b == b'"' => State::Quoted,
            State::FieldStart | State::Unquoted | State::QuoteInQuoted if ends_field => {
                State::FieldStart
            }
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if b == b'"' => State::Quoted,
            State::QuoteInQuoted => State::Unquoted,
        };
    }
    state == State::Quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_delimiter() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), Some(b','));
        assert_eq!(sniff_delimiter("a\tb\n\"x, y\"\t2\n"), Some(b'\t'));
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;\"x;y\"\n"), Some(b';'));
        assert_eq!(sniff_delimiter("a|b\n1|2\n"), Some(b'|'));
        assert_eq!(sniff_delimiter("text\nhello, world\n"), Some(b'\t'));
        assert_eq!(sniff_delimiter("text\n,\t;|\n"), None);
    }

    #[test]
    fn sees_unterminated_quotes() {
        assert!(ends_inside_quotes(b"1,\"abc", b','));
        assert!(ends_inside_quotes(b"1,\"ab\"\"c", b','));
        assert!(!ends_inside_quotes(b"1,\"ab\"\"c\"", b','));
        assert!(!ends_inside_quotes(b"1,5\" screen", b','));
        assert!(!ends_inside_quotes(b"1\t\"\"\"x\"\"\"\t2", b'\t'));
    }
}
