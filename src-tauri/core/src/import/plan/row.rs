//! One data row to one anecdote: each mapped cell cleaned and parsed, every bad cell reported
//! against its column, and rows repeated within the file dropped.

use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;

use super::{Builder, Cell, Cells, ImportRow, DEFAULT_SEVERITY};
use crate::db::NewAnecdote;
use crate::import::mapping::Field;
use crate::import::value::{
    clean, parse_count, parse_date, parse_sentiment, parse_severity, push_tag, push_tag_list,
    too_many_tags, TagList,
};
use crate::import::{ImportError, MAX_CELL_BYTES, MAX_TAGS_PER_CELL};
use crate::model::Sentiment;

/// The error for a cell longer than [`MAX_CELL_BYTES`].
fn too_long(bytes: usize) -> String {
    format!(
        "is {} KiB long; a cell can hold at most {} KiB. Shorten it or split it into several \
         rows",
        bytes.div_ceil(1024),
        MAX_CELL_BYTES / 1024
    )
}

/// A row's parsed cells, other than its text; `None` where unmapped or empty.
struct Fields {
    said_on: Option<NaiveDate>,
    channel: Option<String>,
    product_area: Option<String>,
    segment: Option<String>,
    sentiment: Option<Sentiment>,
    severity: Option<u8>,
    /// The count, and whether it was raised to 1.
    count: Option<(u32, bool)>,
    source_ref: Option<String>,
    tags: Vec<String>,
}

impl Builder<'_> {
    /// One data row. Rows with empty text are skipped (and their other cells not checked).
    pub(crate) fn add(&mut self, row: u64, cells: &impl Cells) {
        self.records += 1;
        let map = self.map;
        let Ok(text) = self.text_of(row, cells.cell(map.text), map.text, Field::Text) else {
            return;
        };
        let Some(text) = text else {
            self.empty_text.add(row);
            return;
        };
        let Ok(f) = self.fields(row, cells) else {
            return;
        };
        if self.is_duplicate(&text, f.said_on, f.source_ref.as_deref()) {
            self.duplicates.add(row);
            return;
        }
        let customer_count = match f.count {
            Some((count, raised)) => {
                if raised {
                    self.count_raised.add(row);
                }
                count
            }
            None => 1,
        };
        self.rows.push(ImportRow {
            row,
            anecdote: NewAnecdote {
                text: text.into_owned(),
                said_on: f.said_on,
                channel: f.channel.unwrap_or_else(|| self.default_channel.clone()),
                product_area: f.product_area.unwrap_or_default(),
                segment: f.segment.unwrap_or_default(),
                sentiment: f.sentiment.unwrap_or(Sentiment::Unknown),
                severity: f.severity.unwrap_or(DEFAULT_SEVERITY),
                customer_count,
                tags: f.tags,
                source_ref: f.source_ref,
                provenance: self.provenance,
                persona_ids: Vec::new(),
            },
        });
    }

    /// Every mapped cell but the text, parsed; `Err` when any is bad (each bad one is reported,
    /// so one pass over a file finds them all).
    fn fields(&mut self, row: u64, cells: &impl Cells) -> Result<Fields, ()> {
        let map = self.map;
        let plus_one = self.count_plus_one;
        let owned = |v: &str| Ok(v.to_owned());
        let order = self.date_order;
        let said_on = self.parsed(row, cells, map.said_on, Field::SaidOn, |v| {
            parse_date(v, order)
        });
        let channel = self.parsed(row, cells, map.channel, Field::Channel, |v| {
            Ok(v.to_lowercase())
        });
        let product_area = self.parsed(row, cells, map.product_area, Field::ProductArea, owned);
        let segment = self.parsed(row, cells, map.segment, Field::Segment, owned);
        let sentiment = self.parsed(row, cells, map.sentiment, Field::Sentiment, parse_sentiment);
        let severity = self.parsed(row, cells, map.severity, Field::Severity, parse_severity);
        let count = self.parsed(row, cells, map.customer_count, Field::CustomerCount, |v| {
            parse_count(v, plus_one)
        });
        let source_ref = self.parsed(row, cells, map.source_ref, Field::SourceRef, owned);
        let tags = self.tags(row, cells);
        Ok(Fields {
            said_on: said_on?,
            channel: channel?,
            product_area: product_area?,
            segment: segment?,
            sentiment: sentiment?,
            severity: severity?,
            count: count?,
            source_ref: source_ref?,
            tags: tags?,
        })
    }

    fn fail(&mut self, row: u64, position: usize, field: Field, message: String) {
        let error = ImportError {
            column: Some(self.map.name(position).to_owned()),
            field: Some(field.key().to_owned()),
            ..ImportError::row(self.file, row, message)
        };
        self.error(error);
    }

    /// The cleaned text of a cell; `Ok(None)` when empty, `Err` (reported) when the cell holds
    /// a list or an object.
    fn text_of<'c>(
        &mut self,
        row: u64,
        cell: Cell<'c>,
        position: usize,
        field: Field,
    ) -> Result<Option<Cow<'c, str>>, ()> {
        match cell {
            Cell::Missing => Ok(None),
            Cell::Str(s) => {
                let text = clean(s);
                if text.len() > MAX_CELL_BYTES {
                    self.fail(row, position, field, too_long(text.len()));
                    return Err(());
                }
                Ok((!text.is_empty()).then_some(text))
            }
            Cell::List(_) => {
                self.fail(row, position, field, "is a list; expected one value".into());
                Err(())
            }
            Cell::Unsupported(what) => {
                let message = format!("is {what}; expected text, a number or true/false");
                self.fail(row, position, field, message);
                Err(())
            }
        }
    }

    /// A mapped, non-empty cell parsed by `parse`; parse errors are reported against the cell.
    fn parsed<T>(
        &mut self,
        row: u64,
        cells: &impl Cells,
        position: Option<usize>,
        field: Field,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ()> {
        let Some(position) = position else {
            return Ok(None);
        };
        let Some(value) = self.text_of(row, cells.cell(position), position, field)? else {
            return Ok(None);
        };
        match parse(&value) {
            Ok(v) => Ok(Some(v)),
            Err(message) => {
                self.fail(row, position, field, message);
                Err(())
            }
        }
    }

    fn tags(&mut self, row: u64, cells: &impl Cells) -> Result<Vec<String>, ()> {
        let mut tags = TagList::default();
        let mut ok = true;
        let map = self.map;
        let list = map.tags.map(|p| (p, Field::Tags));
        let categories = map.category_tags.iter().map(|&p| (p, Field::CategoryTags));
        for (position, field) in list.into_iter().chain(categories) {
            let refused = match cells.cell(position) {
                Cell::Missing => None,
                Cell::Str(s) if s.len() > MAX_CELL_BYTES => Some(too_long(s.len())),
                Cell::Str(s) if field == Field::Tags => push_tag_list(&mut tags, s).err(),
                Cell::Str(s) => {
                    push_tag(&mut tags, &clean(s));
                    None
                }
                Cell::List(list) if list.len() > MAX_TAGS_PER_CELL => {
                    Some(too_many_tags(list.len()))
                }
                Cell::List(list) => {
                    list.iter().for_each(|t| push_tag(&mut tags, &clean(t)));
                    None
                }
                Cell::Unsupported(what) => {
                    Some(format!("is {what}; expected text or a list of text"))
                }
            };
            if let Some(message) = refused {
                self.fail(row, position, field, message);
                ok = false;
            }
        }
        ok.then(|| tags.into_vec()).ok_or(())
    }

    /// Whether an earlier kept row has the same source reference, or the same text and date
    /// (the rule the workspace applies too). Remembers this row otherwise. A hash collision
    /// between different rows keeps both.
    fn is_duplicate(
        &mut self,
        text: &str,
        said_on: Option<NaiveDate>,
        source_ref: Option<&str>,
    ) -> bool {
        let key = |value: &dyn Fn(&mut DefaultHasher)| {
            let mut hasher = DefaultHasher::new();
            value(&mut hasher);
            hasher.finish()
        };
        let text_key = key(&|h| (1u8, text, said_on).hash(h));
        let ref_key = source_ref.map(|r| key(&|h| (0u8, r).hash(h)));
        let rows = &self.rows;
        let same_ref = ref_key
            .and_then(|k| self.seen.get(&k))
            .is_some_and(|&i| rows[i].anecdote.source_ref.as_deref() == source_ref);
        let same_text = self
            .seen
            .get(&text_key)
            .is_some_and(|&i| rows[i].anecdote.said_on == said_on && rows[i].anecdote.text == text);
        if same_ref || same_text {
            return true;
        }
        self.seen.entry(text_key).or_insert(self.rows.len());
        if let Some(k) = ref_key {
            self.seen.entry(k).or_insert(self.rows.len());
        }
        false
    }
}
