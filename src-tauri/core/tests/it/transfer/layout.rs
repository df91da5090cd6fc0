//! The file format pinned: every record's keys, their order and their kinds.

use super::*;

/// A JSON value reduced to what the file format promises: each object's keys in file order,
/// and what kind of value each holds.
enum Shape {
    Scalar(char),
    List(Vec<Shape>),
    Object(Vec<(String, Shape)>),
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Shape;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Shape, E> {
                Ok(Shape::Scalar('z'))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Shape, E> {
                Ok(Shape::Scalar('b'))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Shape, E> {
                Ok(Shape::Scalar('n'))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Shape, E> {
                Ok(Shape::Scalar('n'))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Shape, E> {
                Ok(Shape::Scalar('n'))
            }
            fn visit_str<E>(self, _: &str) -> Result<Shape, E> {
                Ok(Shape::Scalar('s'))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Shape, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = a.next_element()? {
                    items.push(item);
                }
                Ok(Shape::List(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Shape, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = a.next_entry()? {
                    fields.push(field);
                }
                Ok(Shape::Object(fields))
            }
        }
        d.deserialize_any(V)
    }
}

/// Every object path (`meetings[].agenda[]`) with its keys in order, each with the kinds of
/// value seen under it (`s` string, `n` number, `b` bool, `z` null, `a` list, `o` object).
/// Objects at one path must all have the same keys in the same order.
fn layout(shape: &Shape) -> String {
    use std::collections::{BTreeMap, BTreeSet};
    type Keys = Vec<(String, BTreeSet<char>)>;
    fn kind(s: &Shape) -> char {
        match s {
            Shape::Scalar(c) => *c,
            Shape::List(_) => 'a',
            Shape::Object(_) => 'o',
        }
    }
    fn walk(path: &str, s: &Shape, out: &mut BTreeMap<String, Keys>) {
        match s {
            Shape::Scalar(_) => {}
            Shape::List(items) => {
                let path = format!("{path}[]");
                for item in items {
                    if let Shape::Scalar(c) = item {
                        let keys = out.entry(path.clone()).or_default();
                        if keys.is_empty() {
                            keys.push((String::new(), BTreeSet::new()));
                        }
                        keys[0].1.insert(*c);
                    }
                    walk(&path, item, out);
                }
            }
            Shape::Object(fields) => {
                let names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
                let keys = out.entry(path.to_owned()).or_insert_with(|| {
                    names
                        .iter()
                        .map(|n| (n.to_string(), BTreeSet::new()))
                        .collect()
                });
                let known: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
                assert_eq!(known, names, "objects at {path} differ in their keys");
                for ((_, kinds), (_, value)) in keys.iter_mut().zip(fields) {
                    kinds.insert(kind(value));
                }
                for (k, value) in fields {
                    let sep = if path.is_empty() { "" } else { "." };
                    walk(&format!("{path}{sep}{k}"), value, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk("", shape, &mut out);
    let mut text = String::new();
    for (path, keys) in out {
        let keys: Vec<String> = keys
            .iter()
            .map(|(k, kinds)| {
                let kinds: String = kinds.iter().collect();
                if k.is_empty() {
                    kinds
                } else {
                    format!("{k}:{kinds}")
                }
            })
            .collect();
        let path = if path.is_empty() { "(file)" } else { &path };
        text.push_str(&format!("{path}: {}\n", keys.join(" ")));
    }
    text
}

/// The file format, pinned: every record's field names, their order in the file and the kind
/// of value each holds. A change here is a change of the file users keep and exchange.
#[test]
fn the_export_file_keeps_its_field_names_order_and_kinds() {
    let mut db = rich_sample();
    with_carrier_call(&mut db);
    let file = tempdir().join("a.json");
    let bytes = export_json(&db, &file);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("{\n  \"schema\": \"empty-chair/decision-log\",\n  \"version\": 2,"));
    assert!(text.ends_with("}\n"));
    let shape: Shape = serde_json::from_str(&text).unwrap();
    let expected = "\
(file): schema:s version:n filter:o people:a personas:a anecdotes:a escalations:a decks:a \
        meetings:a decisions:a actionItems:a\n\
actionItems[]: id:s meetingId:s decisionId:sz what:s owner:s ownerPersonId:z dueOn:sz \
        doneAt:sz createdAt:s updatedAt:s\n\
anecdotes[]: id:s text:s saidOn:s channel:s productArea:s segment:s sentiment:s \
        severity:n customerCount:n tags:a sourceRef:sz provenance:s personaIds:a createdAt:s \
        updatedAt:s\n\
anecdotes[].personaIds[]: s\n\
anecdotes[].tags[]: s\n\
decisions[]: id:s meetingId:s agendaItemId:sz statement:s rationale:s \
        optionsConsidered:s owner:s status:s reversibility:s reviewOn:sz supersededBy:z \
        gateOverriddenBy:z gateOverriddenAt:z reviewedAt:z reviewHappened:z reviewNote:s \
        createdAt:s updatedAt:s impacts:a evidence:a annotations:a\n\
decisions[].annotations[]: id:s personId:s author:s role:s stance:s feeling:n comment:s \
        flags:a createdAt:s updatedAt:s\n\
decisions[].annotations[].flags[]: s\n\
decisions[].evidence[]: anecdoteId:s createdAt:s\n\
decisions[].impacts[]: id:s personaId:s segment:s direction:s magnitude:n confidence:sz \
        reach:s whatChanges:s createdAt:s updatedAt:s\n\
decks[]: id:s name:s description:s builtin:b position:n createdAt:s updatedAt:s \
        prompts:a\n\
decks[].prompts[]: id:s position:n text:s help:s createdAt:s updatedAt:s\n\
escalations[]: id:s anecdoteId:s owner:s note:s raisedBy:s meetingId:s deadlineHours:n \
        dueAt:s resolvedAt:s resolvedBy:s rootCause:s fix:s reportedInMeetingId:z createdAt:s \
        updatedAt:s\n\
filter: from:z to:z meetingId:z personaId:z status:z reversibility:z direction:z query:z \
        reviewDue:z\n\
meetings[]: id:s title:s heldOn:s goal:s status:s deckId:sz promptIndex:n nudgeMinutes:n \
        currentAgendaItemId:z lastCustomerReferenceAt:s spokenForCustomer:n startedAt:s \
        endedAt:sz createdAt:s updatedAt:s personaIds:a attendees:a agenda:a answers:a \
        consulted:a\n\
meetings[].agenda[]: id:s position:n title:s plannedMinutes:n elapsedMs:n startedAt:s \
        runningSince:z doneAt:s lastCustomerReferenceAt:z createdAt:s updatedAt:s\n\
meetings[].answers[]: id:s promptId:s agendaItemId:s decisionId:z answer:s createdAt:s \
        updatedAt:s\n\
meetings[].attendees[]: id:s name:s role:s createdAt:s\n\
meetings[].consulted[]: anecdoteId:s kind:s at:s\n\
meetings[].personaIds[]: s\n\
people[]: id:s name:s role:s archivedAt:z createdAt:s updatedAt:s\n\
personas[]: id:s name:s segment:s bio:s goals:a frustrations:a needs:a quote:s \
        successMeasure:s archivedAt:z createdAt:s updatedAt:s\n\
personas[].frustrations[]: s\n\
personas[].goals[]: s\n\
personas[].needs[]: s\n\
";
    assert_eq!(layout(&shape), expected);
}
