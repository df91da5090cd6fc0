//! The candidate topics of a report: every telling word stem and tag of its anecdotes, each
//! weighted by how rare it is in the whole library and named by the word customers used most.

use std::collections::HashMap;

use crate::db::wocas::ReportRow;
use crate::search::STOPWORDS;
use crate::{index, Db, Result};

/// Words customers use to tell any story; they name no topic. Compared by their stems.
const CHATTER_TEXT: &str = "day days week weeks month months year years time today yesterday \
    back still even ever never always again every one two three first last next new got get go \
    went come came made make take took told tell said say ask asked call called know knew want \
    wanted need needed use used look way thing like really actually well much many since show \
    showed kept keep put gave give let try tried seem seemed think thought feel felt something \
    anything nothing everything someone anyone people person hour hours minute minutes number \
    also just only very can could would will now sure good great bad right wrong lot without \
    another around least little long start started stop stopped turn turned work worked help \
    see saw hold left leave set find found didn don doesn isn wasn won couldn wouldn haven \
    hasn aren half";

static CHATTER: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        index::tokens(CHATTER_TEXT)
            .into_iter()
            .map(|t| t.stem)
            .collect()
    });

/// A candidate topic: a word stem, or a tag (tags are topics people chose).
pub(super) struct Term {
    pub(super) label: String,
    pub(super) stem: Option<String>,
    pub(super) docs: Vec<u32>,
    pub(super) weight: f64,
}

/// Reads the terms of every anecdote; returns the terms and, per anecdote, its term ids.
pub(super) fn collect_terms(db: &Db, rows: &[ReportRow]) -> Result<(Vec<Term>, Vec<Vec<u32>>)> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut surfaces: Vec<HashMap<String, u32>> = Vec::new();
    let mut terms: Vec<Term> = Vec::new();
    let mut per_doc: Vec<Vec<u32>> = Vec::with_capacity(rows.len());
    let mut intern = |key: String, label: &str, stem: Option<String>, terms: &mut Vec<Term>| {
        *ids.entry(key).or_insert_with(|| {
            terms.push(Term {
                label: label.to_owned(),
                stem,
                docs: Vec::new(),
                weight: 0.0,
            });
            surfaces.push(HashMap::new());
            (terms.len() - 1) as u32
        })
    };
    let mut word_counts: Vec<(u32, String)> = Vec::new();
    for (doc, row) in rows.iter().enumerate() {
        let mut mine: Vec<u32> = Vec::new();
        for t in index::tokens(&row.text) {
            let useful = t.stem.chars().count() >= 3
                && !t.stem.chars().all(|c| c.is_ascii_digit())
                && !t.stem.eq_ignore_ascii_case("xxxx")
                && !STOPWORDS.contains(&t.stem)
                && !CHATTER.contains(&t.stem);
            if !useful {
                continue;
            }
            let id = intern(
                format!("w:{}", t.stem),
                &t.stem,
                Some(t.stem.clone()),
                &mut terms,
            );
            word_counts.push((id, row.text[t.start..t.end].to_lowercase()));
            mine.push(id);
        }
        for tag in &row.tags {
            let tag = tag.trim().to_lowercase();
            if !tag.is_empty() {
                mine.push(intern(format!("t:{tag}"), &tag, None, &mut terms));
            }
        }
        mine.sort_unstable();
        mine.dedup();
        for &id in &mine {
            terms[id as usize].docs.push(doc as u32);
        }
        per_doc.push(mine);
    }
    // A stem is named by the word customers used most for it.
    for (id, word) in word_counts {
        *surfaces[id as usize].entry(word).or_default() += 1;
    }
    for (term, words) in terms.iter_mut().zip(&surfaces) {
        if let Some((word, _)) = words.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            term.label = word.clone();
        }
    }
    // Rarer across the whole library means more telling (tags weigh a little more).
    let library = db.index().num_docs().max(1) as f64;
    for term in &mut terms {
        term.weight = match &term.stem {
            Some(stem) => {
                let df = db.index().doc_freq(stem)?.max(term.docs.len() as u64) as f64;
                (library / df).ln() + 1.0
            }
            None => ((rows.len() as f64) / term.docs.len() as f64).ln() + 3.0,
        };
    }
    Ok((terms, per_doc))
}
