//! Planting a text in every field of a decision and exporting it in every format.

use super::*;

/// The text of the template workspace: plain in every format.
pub(super) const MARK: &str = "BENIGN";

/// The characters a spreadsheet takes as the start of a formula (docs/EXPORTS.md): a cell
/// starting with one gets a leading apostrophe.
pub(super) const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// CSV columns of ids and timestamps, which differ between two workspaces.
pub(super) const CSV_VARYING: [&str; 5] = [
    "meeting_id",
    "decision_id",
    "impact_persona_id",
    "created_at",
    "updated_at",
];

/// A workspace in which one text is everything an export shows of customers and users: the
/// persona (who an impact is about), the evidence anecdote, the meeting's title and goal, its
/// attendee, the decision's statement, rationale, options, owner, the impact's reach and what
/// changes, and an annotation's author and comment. The filter names the meeting and the
/// persona, so the document titles carry the text too.
pub(super) struct Planted {
    pub(super) db: Db,
    pub(super) filter: DecisionFilter,
    pub(super) decision_id: String,
}

/// What an action item says when the text is longer than an action item may be.
pub(super) const LONG_WHAT: &str = "Answer the long one";

/// The text an action item's what can hold: `text`, unless it is longer than the 2000
/// characters the app takes (`add_action_item`); then `LONG_WHAT` (the owner still holds it).
pub(super) fn action_what(text: &str) -> &str {
    if text.trim().chars().count() <= 2000 {
        text
    } else {
        LONG_WHAT
    }
}

pub(super) fn plant(text: &str) -> Planted {
    plant_with(text, action_what(text))
}

/// `plant`, with the action items saying `what`.
pub(super) fn plant_with(text: &str, what: &str) -> Planted {
    let mut db = empty_db();
    let persona = add_persona(&mut db, text);
    let anecdote = db
        .create_anecdote(&AnecdoteInput {
            text: text.into(),
            said_on: Some(day(2026, 11, 30)),
            ..Default::default()
        })
        .unwrap();
    let meeting = db
        .create_meeting(&NewMeeting {
            held_on: Some(day(2026, 12, 2)),
            goal: Some(text.into()),
            attendees: Some(vec![NewAttendee {
                name: text.into(),
                role: Some(Role::Facilitator),
            }]),
            ..titled(text)
        })
        .unwrap();
    let decision = db
        .record_decision(&NewDecision {
            rationale: Some(text.into()),
            options_considered: Some(text.into()),
            owner: Some(text.into()),
            reversibility: Some(Reversibility::OneWay),
            impacts: Some(vec![NewImpact {
                persona_id: Some(persona.id.clone()),
                segment: None,
                direction: ImpactDirection::Hurts,
                magnitude: Some(4),
                confidence: None,
                reach: Some(text.into()),
                what_changes: text.into(),
            }]),
            evidence_ids: Some(vec![anecdote.id]),
            ..stating(&meeting.id, text)
        })
        .unwrap();
    annotate(&mut db, &decision.id, text, text);
    add_action_items(&mut db, &meeting.id, &decision.id, what, text);
    Planted {
        db,
        filter: DecisionFilter {
            meeting_id: Some(meeting.id),
            persona_id: Some(persona.id),
            ..Default::default()
        },
        decision_id: decision.id,
    }
}

/// Two action items saying `what`, owned by `owner`: one on the decision, open, due on
/// 2026-12-16; one on the meeting, done, with no due date.
pub(crate) fn add_action_items(
    db: &mut Db,
    meeting_id: &str,
    decision_id: &str,
    what: &str,
    owner: &str,
) {
    db.add_action_item(&ActionItemInput {
        meeting_id: meeting_id.into(),
        decision_id: Some(decision_id.into()),
        what: what.into(),
        owner: Some(owner.into()),
        due_on: Some(day(2026, 12, 16)),
        ..Default::default()
    })
    .unwrap();
    let on_meeting = db
        .add_action_item(&ActionItemInput {
            meeting_id: meeting_id.into(),
            what: what.into(),
            owner: Some(owner.into()),
            ..Default::default()
        })
        .unwrap();
    db.set_action_item_done(&on_meeting.id, true).unwrap();
}

/// One workspace's decision log in every format; the ADR folder holds one file.
pub(super) struct Exported {
    pub(super) json_path: PathBuf,
    pub(super) json: String,
    pub(super) markdown: String,
    pub(super) html: String,
    pub(super) csv: String,
    pub(super) adr_name: String,
    pub(super) adr: String,
}

pub(super) fn export_all(db: &Db, filter: &DecisionFilter) -> Exported {
    let dir = tempdir();
    let write = |format: ExportFormat, name: &str| {
        let path = dir.join(name);
        db.export_decision_log(filter, format, &path, false)
            .unwrap();
        path
    };
    let read = |path: PathBuf| std::fs::read_to_string(path).unwrap();
    let json_path = write(ExportFormat::Json, "log.json");
    let adr_dir = write(ExportFormat::Adr, "adr");
    let mut adrs: Vec<PathBuf> = std::fs::read_dir(&adr_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(adrs.len(), 1, "one decision, one ADR");
    let adr_path = adrs.remove(0);
    Exported {
        json: read(json_path.clone()),
        json_path,
        markdown: read(write(ExportFormat::Markdown, "log.md")),
        html: read(write(ExportFormat::Html, "log.html")),
        csv: read(write(ExportFormat::Csv, "log.csv")),
        adr_name: adr_path.file_name().unwrap().to_string_lossy().into_owned(),
        adr: read(adr_path),
    }
}
