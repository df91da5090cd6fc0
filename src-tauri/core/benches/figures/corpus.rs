//! The generated library: real sentences recombined with a fixed seed, as anecdotes and as CSV.

use super::*;

/// Real sentences and the words they use.
pub(super) struct Corpus {
    pub(super) sentences: Vec<String>,
    pub(super) words: Vec<String>,
    pub(super) areas: Vec<String>,
}

pub(super) fn split_sentences(text: &str, out: &mut Vec<String>) {
    let text = html_escape::decode_html_entities(text);
    let text = text.trim_matches('"');
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let end_of_sentence = matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
        if end_of_sentence {
            let s = text[start..=i].trim();
            if (25..=300).contains(&s.len()) {
                out.push(s.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            start = i + 1;
        }
    }
}

/// Every drug review (id, drug, condition, review, rating, date, useful count), both files.
pub(super) fn drug_reviews(data: &Path) -> Vec<csv::StringRecord> {
    let mut records = Vec::new();
    for file in [
        "drug_reviews/drugsComTrain.tsv",
        "drug_reviews/drugsComTest.tsv",
    ] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .from_path(data.join(file))
            .expect("drug reviews");
        for record in reader.records() {
            records.push(record.expect("review record"));
        }
    }
    records
}

pub(super) fn load_corpus(data: &Path) -> Corpus {
    let mut sentences = Vec::new();
    let mut areas = Vec::new();
    let cfpb = data.join("cfpb/cfpb_combined_18col.csv");
    let mut reader =
        csv::Reader::from_path(&cfpb).unwrap_or_else(|e| panic!("{}: {e}", cfpb.display()));
    let headers = reader.headers().expect("headers").clone();
    let narrative = headers
        .iter()
        .position(|h| h == "Consumer complaint narrative")
        .expect("narrative");
    let product = headers
        .iter()
        .position(|h| h == "Product")
        .expect("product");
    for record in reader.records() {
        let record = record.expect("cfpb record");
        split_sentences(&record[narrative], &mut sentences);
        areas.push(record[product].to_owned());
    }
    for record in drug_reviews(data) {
        split_sentences(&record[3], &mut sentences);
    }
    sentences.sort();
    sentences.dedup();
    areas.sort();
    areas.dedup();
    let mut counts = std::collections::HashMap::<String, u32>::new();
    for s in &sentences {
        for w in s
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 4)
        {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut words: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= 5)
        .map(|(w, _)| w)
        .collect();
    words.sort();
    Corpus {
        sentences,
        words,
        areas,
    }
}

pub(super) fn generate(corpus: &Corpus, n: usize, seed: u64) -> Vec<(u64, NewAnecdote)> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    (0..n)
        .map(|i| {
            let parts = rng.usize(1..=4);
            let text = (0..parts)
                .map(|_| corpus.sentences[rng.usize(..corpus.sentences.len())].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let tags = (0..rng.usize(1..=3))
                .map(|_| TAGS[rng.usize(..TAGS.len())].to_owned())
                .collect();
            let anecdote = NewAnecdote {
                text,
                said_on: Some(start + chrono::Days::new(rng.u64(0..1050))),
                channel: CHANNELS[rng.usize(..CHANNELS.len())].to_owned(),
                product_area: corpus.areas[rng.usize(..corpus.areas.len())].clone(),
                segment: String::new(),
                sentiment: [Sentiment::Negative, Sentiment::Neutral, Sentiment::Positive]
                    [rng.usize(..3)],
                severity: rng.u8(1..=5),
                customer_count: 1 + (rng.f64().powi(4) * 200.0) as u32,
                tags,
                source_ref: Some(format!("BENCH-{i}")),
                provenance: Provenance::Synthesized,
                persona_ids: Vec::new(),
            };
            (i as u64 + 2, anecdote)
        })
        .collect()
}

pub(super) fn write_csv(rows: &[(u64, NewAnecdote)], path: &Path) {
    let mut w = csv::Writer::from_path(path).expect("csv writer");
    w.write_record([
        "text",
        "date",
        "channel",
        "product area",
        "sentiment",
        "severity",
        "count",
        "tags",
        "id",
    ])
    .expect("header");
    for (_, a) in rows {
        w.write_record([
            a.text.as_str(),
            &a.said_on.map(|d| d.to_string()).unwrap_or_default(),
            &a.channel,
            &a.product_area,
            a.sentiment.as_str(),
            &a.severity.to_string(),
            &a.customer_count.to_string(),
            &a.tags.join(";"),
            a.source_ref.as_deref().unwrap_or(""),
        ])
        .expect("record");
    }
    w.flush().expect("flush");
}
