//! "Relevant now" against labelled real text: precision of the words it chooses.

use super::*;

/// Labelled real records: their text and the label a hit must share to count as relevant.
pub(super) struct LabelledSet {
    pub(super) name: &'static str,
    pub(super) records: Vec<(String, String)>,
}

/// The CFPB narratives (labelled by product, and by issue) and the drug reviews (labelled by
/// condition; conditions that are HTML debris are left out), as they are in `../shared/data`.
pub(super) fn labelled_sets(data: &Path) -> Vec<LabelledSet> {
    let clean = |t: &str| {
        let t = html_escape::decode_html_entities(t);
        t.trim().trim_matches('"').trim().to_owned()
    };
    let cfpb = data.join("cfpb/cfpb_combined_18col.csv");
    let mut reader =
        csv::Reader::from_path(&cfpb).unwrap_or_else(|e| panic!("{}: {e}", cfpb.display()));
    let headers = reader.headers().expect("headers").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (narrative, product, issue) = (
        col("Consumer complaint narrative"),
        col("Product"),
        col("Issue"),
    );
    let mut by_product = Vec::new();
    let mut by_issue = Vec::new();
    for record in reader.records() {
        let record = record.expect("cfpb record");
        let text = clean(&record[narrative]);
        if text.len() < 20 {
            continue;
        }
        by_product.push((text.clone(), record[product].trim().to_owned()));
        by_issue.push((text, record[issue].trim().to_owned()));
    }
    let mut by_condition = Vec::new();
    for record in drug_reviews(data) {
        let condition = record[2].trim();
        if condition.is_empty() || condition.contains('<') {
            continue;
        }
        by_condition.push((clean(&record[3]), condition.to_owned()));
    }
    vec![
        LabelledSet {
            name: "CFPB narratives, same product",
            records: by_product,
        },
        LabelledSet {
            name: "CFPB narratives, same issue",
            records: by_issue,
        },
        LabelledSet {
            name: "drug reviews, same condition",
            records: by_condition,
        },
    ]
}

/// Precision@10 of "relevant now" on labelled real text, beside BM25 over all the query's words
/// (FTS5, Porter stemmer), BM25 over the same terms ours chose, and a random pick. Split:
/// every fifth record (0, 5, 10, ...) is a query, the others are the library; a hit is
/// relevant when it has the query's label.
pub(super) fn bench_relevance(data: &Path) {
    println!(
        "\nRelevance: precision@{K}, query = one held-out record's text (every 5th record), \
         library = the other records, relevant = same label"
    );
    println!(
        "  {:<48} {:>13} {:>12} {:>15} {:>13} {:>8}",
        "set (library / queries, labels)",
        "relevant now",
        "BM25 all",
        "BM25 same terms",
        "random",
        "labels"
    );
    for set in labelled_sets(data) {
        let (queries, library): (Vec<_>, Vec<_>) = set
            .records
            .iter()
            .enumerate()
            .partition(|(i, _)| i % 5 == 0);
        let (db, fts) = relevance_libraries(&library);
        let precision = set_precision(&set, &db, &fts, &queries, &library);
        let labels: std::collections::HashSet<&str> =
            set.records.iter().map(|(_, l)| l.as_str()).collect();
        println!(
            "  {:<48} {:>13.3} {:>12.3} {:>15.3} {:>13.3} {:>8}",
            format!("{} ({} / {})", set.name, library.len(), queries.len()),
            precision.ours,
            precision.all,
            precision.same_terms,
            precision.random,
            labels.len()
        );
    }
}

/// How many hits a query asks for: precision@K.
const K: usize = 10;

/// A set's records, by their place in it, with their text and label.
type Records<'a> = [(usize, &'a (String, String))];

/// The library in our workspace (each anecdote's source reference is its record's place) and
/// in an FTS5 table with the Porter stemmer (each row's rowid is its record's place).
fn relevance_libraries(library: &Records<'_>) -> (Db, Connection) {
    let dir = scratch("relevance");
    let mut db = Db::open(&dir.join("ours.db")).expect("open");
    let fts = Connection::open(dir.join("fts.db")).expect("fts db");
    fts.execute_batch("CREATE VIRTUAL TABLE d USING fts5 (text, tokenize = 'porter unicode61');")
        .expect("fts schema");
    let rows: Vec<(u64, NewAnecdote)> = library
        .iter()
        .map(|(i, (text, _))| (*i as u64, labelled_anecdote(*i, text)))
        .collect();
    db.import_anecdotes(&rows, &mut |_, _| {}, &AtomicBool::new(false))
        .expect("import");
    {
        let mut insert = fts
            .prepare("INSERT INTO d (rowid, text) VALUES (?1, ?2)")
            .expect("insert");
        for (i, (text, _)) in library {
            insert
                .execute(rusqlite::params![*i as i64, text])
                .expect("insert");
        }
    }
    (db, fts)
}

/// Record `i`'s text as an anecdote, its source reference saying which record a hit is.
fn labelled_anecdote(i: usize, text: &str) -> NewAnecdote {
    NewAnecdote {
        text: text.to_owned(),
        said_on: None,
        channel: String::new(),
        product_area: String::new(),
        segment: String::new(),
        sentiment: Sentiment::Neutral,
        severity: 3,
        customer_count: 1,
        tags: Vec::new(),
        // Which record a hit is.
        source_ref: Some(i.to_string()),
        provenance: Provenance::Real,
        persona_ids: Vec::new(),
    }
}

/// The mean precision@K of each way of choosing hits, over a set's queries.
struct Precision {
    ours: f64,
    all: f64,
    same_terms: f64,
    random: f64,
}

fn set_precision(
    set: &LabelledSet,
    db: &Db,
    fts: &Connection,
    queries: &Records<'_>,
    library: &Records<'_>,
) -> Precision {
    let label = |i: usize| set.records[i].1.as_str();
    let mut bm25 = fts
        .prepare("SELECT rowid FROM d WHERE d MATCH ?1 ORDER BY rank LIMIT 10")
        .expect("fts query");
    let mut fts_top = |q: &str| -> Vec<usize> {
        if q.is_empty() {
            return Vec::new();
        }
        bm25.query_map([q], |r| r.get::<_, i64>(0))
            .expect("fts")
            .map(|r| r.expect("row") as usize)
            .collect()
    };
    let mut rng = fastrand::Rng::with_seed(SEED);
    let precision = |query: usize, hits: &[usize]| {
        hits.iter().filter(|&&h| label(h) == label(query)).count() as f64 / K as f64
    };
    let (mut ours, mut all, mut same12, mut random) = (0.0, 0.0, 0.0, 0.0);
    for (q, (text, _)) in queries {
        ours += precision(*q, &relevant_now_hits(db, text));
        let words: std::collections::BTreeSet<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let words: Vec<String> = words.iter().map(|w| fts_phrase(w)).collect();
        all += precision(*q, &fts_top(&words.join(" OR ")));
        let terms: Vec<String> = db
            .relevant_terms(text)
            .expect("terms")
            .iter()
            .map(|t| fts_phrase(t))
            .collect();
        same12 += precision(*q, &fts_top(&terms.join(" OR ")));
        let pick: Vec<usize> = (0..K)
            .map(|_| library[rng.usize(..library.len())].0)
            .collect();
        random += precision(*q, &pick);
    }
    let n = queries.len() as f64;
    Precision {
        ours: ours / n,
        all: all / n,
        same_terms: same12 / n,
        random: random / n,
    }
}

/// The records "relevant now" answers for `text`, best first.
fn relevant_now_hits(db: &Db, text: &str) -> Vec<usize> {
    db.search_anecdotes(&AnecdoteQuery {
        text: text.to_owned(),
        mode: Some(SearchMode::Relevant),
        limit: Some(K as u32),
        ..Default::default()
    })
    .expect("search")
    .iter()
    .map(|h| {
        h.anecdote
            .source_ref
            .as_deref()
            .expect("ref")
            .parse()
            .expect("index")
    })
    .collect()
}
