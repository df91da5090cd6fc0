//! A mapping turned into column positions: by header for delimited files, by key for JSON
//! Lines, with every mapped column that is not there named in an error.

use super::suggest::normalise;
use super::{ColumnMapping, Field, Resolved};
use crate::import::ImportError;

impl ColumnMapping {
    /// Every (field, column name) pair the mapping uses, text first.
    pub(crate) fn fields(&self) -> Vec<(Field, &str)> {
        let mut pairs = vec![(Field::Text, self.text.as_str())];
        let optional = [
            (Field::SaidOn, &self.said_on),
            (Field::Channel, &self.channel),
            (Field::ProductArea, &self.product_area),
            (Field::Segment, &self.segment),
            (Field::Sentiment, &self.sentiment),
            (Field::Severity, &self.severity),
            (Field::CustomerCount, &self.customer_count),
            (Field::Tags, &self.tags),
            (Field::SourceRef, &self.source_ref),
        ];
        pairs.extend(
            optional
                .into_iter()
                .filter_map(|(field, name)| Some((field, name.as_deref()?))),
        );
        pairs.extend(
            self.category_tags
                .iter()
                .map(|name| (Field::CategoryTags, name.as_str())),
        );
        pairs
    }

    /// Positions of the mapped columns among `headers`; every column that is not there is an
    /// error naming it.
    pub(crate) fn resolve_headers(
        &self,
        file: &str,
        headers: &[String],
    ) -> Result<Resolved, Vec<ImportError>> {
        self.check_text(file)?;
        let normalised: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
        self.resolve(headers.to_vec(), |name| {
            headers.iter().position(|h| h == name).or_else(|| {
                let want = normalise(name);
                let mut found = normalised.iter().enumerate().filter(|(_, h)| **h == want);
                match (found.next(), found.next()) {
                    (Some((i, _)), None) if !want.is_empty() => Some(i),
                    _ => None,
                }
            })
        })
        .map_err(|missing| {
            missing
                .into_iter()
                .map(|(field, name)| ImportError {
                    column: Some(name.to_owned()),
                    field: Some(field.key().to_owned()),
                    ..ImportError::file(
                        file,
                        format!(
                            "there is no such column; the file's columns are {}",
                            quoted_list(headers)
                        ),
                    )
                })
                .collect()
        })
    }

    /// Positions for JSON Lines: each distinct key gets one; whether the keys exist is only
    /// known after reading the file.
    pub(crate) fn resolve_keys(&self, file: &str) -> Result<Resolved, Vec<ImportError>> {
        self.check_text(file)?;
        let mut names: Vec<String> = Vec::new();
        let mut resolved = self
            .resolve(Vec::new(), |name| {
                Some(names.iter().position(|n| n == name).unwrap_or_else(|| {
                    names.push(name.to_owned());
                    names.len() - 1
                }))
            })
            .map_err(|_| vec![ImportError::file(file, "the mapping could not be applied")])?;
        resolved.names = names;
        Ok(resolved)
    }

    fn check_text(&self, file: &str) -> Result<(), Vec<ImportError>> {
        if self.text.trim().is_empty() {
            return Err(vec![ImportError {
                field: Some(Field::Text.key().to_owned()),
                ..ImportError::file(file, "choose the column that holds the customer's words")
            }]);
        }
        Ok(())
    }

    fn resolve(
        &self,
        names: Vec<String>,
        mut lookup: impl FnMut(&str) -> Option<usize>,
    ) -> Result<Resolved, Vec<(Field, &str)>> {
        let mut missing = Vec::new();
        let mut resolved = Resolved {
            text: 0,
            said_on: None,
            channel: None,
            product_area: None,
            segment: None,
            sentiment: None,
            severity: None,
            customer_count: None,
            tags: None,
            category_tags: Vec::new(),
            source_ref: None,
            names,
        };
        for (field, name) in self.fields() {
            let Some(position) = lookup(name) else {
                missing.push((field, name));
                continue;
            };
            let slot = match field {
                Field::Text => {
                    resolved.text = position;
                    continue;
                }
                Field::CategoryTags => {
                    if !resolved.category_tags.contains(&position) {
                        resolved.category_tags.push(position);
                    }
                    continue;
                }
                Field::SaidOn => &mut resolved.said_on,
                Field::Channel => &mut resolved.channel,
                Field::ProductArea => &mut resolved.product_area,
                Field::Segment => &mut resolved.segment,
                Field::Sentiment => &mut resolved.sentiment,
                Field::Severity => &mut resolved.severity,
                Field::CustomerCount => &mut resolved.customer_count,
                Field::Tags => &mut resolved.tags,
                Field::SourceRef => &mut resolved.source_ref,
            };
            *slot = Some(position);
        }
        if missing.is_empty() {
            Ok(resolved)
        } else {
            Err(missing)
        }
    }
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}
