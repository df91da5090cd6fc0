use super::*;

#[test]
fn cleans_text() {
    assert_eq!(clean("  plain  "), "plain");
    assert!(matches!(clean(" plain "), Cow::Borrowed(_)));
    assert_eq!(
        clean("\"I&#039;ve been\r\nfine\rok\""),
        "I've been\nfine\nok"
    );
    assert_eq!(clean("\"No\" means \"no\""), "\"No\" means \"no\"");
    assert_eq!(clean("&quot;quoted&quot;"), "\"quoted\"");
    assert_eq!(
        clean("<b>bold</b> &amp; <script>x</script>"),
        "<b>bold</b> & <script>x</script>"
    );
    assert_eq!(clean("\"\""), "");
}

#[test]
fn entities_of_control_characters_are_removed() {
    assert_eq!(clean("a&#27;[31mred&#x1B;[0m b"), "a[31mred[0m b");
    assert_eq!(clean("bell&#7;&#x7f;&#0;!"), "bell!");
    assert_eq!(clean("line&#13;&#10;two&#9;tab"), "line\ntwo\ttab");
    assert_eq!(clean("&#65;&#x42; &amp; &#;&#x;"), "AB & &#;&#x;");
}

#[test]
fn parses_dates() {
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let parse_date = |v: &str| super::parse_date(v, DateOrder::MonthFirst);
    assert_eq!(parse_date("2016-09-14"), Ok(d(2016, 9, 14)));
    assert_eq!(parse_date("2016-09-14T10:00:00Z"), Ok(d(2016, 9, 14)));
    assert_eq!(parse_date("2016/09/14"), Ok(d(2016, 9, 14)));
    assert_eq!(parse_date("09/14/2016"), Ok(d(2016, 9, 14)));
    assert_eq!(parse_date("9/4/2016 10:00 AM"), Ok(d(2016, 9, 4)));
    assert_eq!(parse_date("September 14, 2016"), Ok(d(2016, 9, 14)));
    assert_eq!(parse_date("Sep 4, 2016"), Ok(d(2016, 9, 4)));
    assert_eq!(parse_date("14 September 2016"), Ok(d(2016, 9, 14)));
    for bad in [
        "31/31/2020",
        "31/12/2020",
        "XX/XX/XXXX",
        "2016-13-01",
        "yesterday",
        "2016",
    ] {
        assert!(parse_date(bad).is_err(), "{bad}");
    }
    let day_first = |v: &str| super::parse_date(v, DateOrder::DayFirst);
    assert_eq!(day_first("03/04/2026"), Ok(d(2026, 4, 3)));
    assert_eq!(parse_date("03/04/2026"), Ok(d(2026, 3, 4)));
    assert_eq!(day_first("31/12/2020 10:00"), Ok(d(2020, 12, 31)));
    assert_eq!(day_first("2016-09-14"), Ok(d(2016, 9, 14)));
    let advice = parse_date("31/12/2020").unwrap_err();
    assert!(advice.contains("choose that order"), "{advice}");
    assert!(day_first("12/31/2020").unwrap_err().contains("month/day"));
    assert_eq!(slashed_parts("3/04/2026 10:00"), Some((3, 4)));
    assert_eq!(slashed_parts("XX/XX/XXXX"), None);
    assert_eq!(slashed_parts("2016/09/14"), None);
}

#[test]
fn parses_sentiment_severity_count() {
    assert_eq!(parse_sentiment("Positive"), Ok(Sentiment::Positive));
    assert_eq!(parse_sentiment("bad"), Ok(Sentiment::Negative));
    assert_eq!(parse_sentiment("4"), Ok(Sentiment::Negative));
    assert_eq!(parse_sentiment("5"), Ok(Sentiment::Neutral));
    assert_eq!(parse_sentiment("6"), Ok(Sentiment::Neutral));
    assert_eq!(parse_sentiment("7"), Ok(Sentiment::Positive));
    assert_eq!(parse_sentiment("10"), Ok(Sentiment::Positive));
    assert!(parse_sentiment("11").is_err());
    assert!(parse_sentiment("0").is_err());
    assert!(parse_sentiment("meh").is_err());
    assert_eq!(parse_severity("4"), Ok(4));
    assert_eq!(parse_severity("3.0"), Ok(3));
    assert_eq!(parse_severity("Critical"), Ok(5));
    assert!(parse_severity("6").is_err());
    assert!(parse_severity("0").is_err());
    assert_eq!(parse_count("0", true), Ok((1, false)));
    assert_eq!(parse_count("41", true), Ok((42, false)));
    assert_eq!(parse_count("0", false), Ok((1, true)));
    assert_eq!(parse_count("-3", false), Ok((1, true)));
    assert!(parse_count("many", false).is_err());
}

#[test]
fn splits_and_normalises_tags() {
    let mut tags = TagList::default();
    push_tag_list(&mut tags, "Billing, refund;  Late   Fee |billing").unwrap();
    push_tag_list(&mut tags, r#"["App", "refund", "Dark &amp; Light"]"#).unwrap();
    assert_eq!(
        tags.into_vec(),
        ["billing", "refund", "late fee", "app", "dark & light"]
    );
}
