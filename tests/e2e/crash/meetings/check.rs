//! The killed app's workspace, opened as its next start would: every acknowledged write there,
//! and what the restarted app must show.

use super::*;

fn timestamp(text: &str) -> Result<DateTime<chrono::FixedOffset>> {
    Ok(DateTime::parse_from_rfc3339(text).map_err(|e| format!("{text:?}: {e}"))?)
}

/// What the restarted app must show: the meeting the workspace remembers, its persona in the
/// chair, its draft in the decision form, and the newest acknowledged meeting in the list.
pub(super) struct Shown {
    title: String,
    chair: String,
    statement: Option<String>,
    newest: Option<String>,
}

impl Shown {
    pub(super) async fn check(&self, app: &App, context: &str) -> Result {
        let checks = async {
            app.wait_text("meeting-title", &self.title).await?;
            app.wait_text("chair-name", &self.chair).await?;
            if let Some(statement) = &self.statement {
                app.wait_value("decision-statement", statement).await?;
            }
            if let Some(newest) = &self.newest {
                let listed = app.texts("meeting-item").await?;
                if !listed.iter().any(|t| t.contains(newest.as_str())) {
                    return Err(format!("{newest:?} is not in the meeting list {listed:?}").into());
                }
            }
            Ok::<_, chair_e2e::Error>(())
        };
        checks
            .await
            .or_else(|e| fail(context, format!("after the restart: {e}")))
    }
}

/// Values a later write replaces, as the acknowledged writes left them: per meeting, the last
/// prompt index and the last draft; and the newest meeting's title.
#[derive(Default)]
struct Latest<'a> {
    index: HashMap<&'a str, u64>,
    drafts: HashMap<&'a str, &'a str>,
    newest: Option<String>,
}

/// Opens the killed app's workspace as its next start would and checks every acknowledged
/// write; returns what the restarted app must show.
pub(super) fn check_meeting_writes(path: &Path, log: &Log, context: &str) -> Result<Shown> {
    integrity(path, context, "as the kill left it")?;
    let db = Db::open(path).or_else(|e| fail(context, format!("the workspace opens: {e}")))?;
    integrity(path, context, "after Db::open")?;
    let mut latest = Latest::default();
    for ack in &log.acks {
        let found = is_stored(&db, ack, &mut latest)?;
        ensure(found, context, format!("acknowledged but lost: {ack:?}"))?;
    }
    check_latest(&db, log, &latest, context)?;
    check_decisions_whole(&db, context)?;
    shown(&db, latest.newest, context)
}

/// Whether the write `ack` is in the workspace; a value a later write replaces is noted in
/// `latest` and checked once all are seen.
fn is_stored<'a>(db: &Db, ack: &'a Ack, latest: &mut Latest<'a>) -> Result<bool> {
    Ok(match ack {
        Ack::Person(id) => db.current_person()?.is_some_and(|p| p.id == *id),
        Ack::Meeting { id, title } => {
            latest.newest = Some(title.clone());
            db.meeting_view(id).is_ok_and(|v| v.meeting.title == *title)
        }
        Ack::ItemStarted { meeting, item } => db
            .meeting_view(meeting)?
            .agenda
            .iter()
            .any(|a| a.id == *item && a.started_at.is_some()),
        Ack::PromptIndex { meeting, index: i } => {
            latest.index.insert(meeting, *i);
            true
        }
        Ack::Answer {
            meeting,
            prompt,
            text,
        } => db
            .meeting_view(meeting)?
            .answers
            .iter()
            .any(|a| a.prompt_id == *prompt && a.answer == *text),
        Ack::Draft { meeting, draft } => {
            latest.drafts.insert(meeting, draft);
            true
        }
        Ack::Decision {
            id,
            meeting,
            statement,
        } => {
            // Recording a decision clears the meeting's draft.
            latest.drafts.insert(meeting, "");
            db.get_decision(id).is_ok_and(|d| {
                d.meeting_id == *meeting && d.statement == *statement && d.impacts.len() == 1
            })
        }
        Ack::Reference { meeting, at } => {
            let stored = db.meeting_view(meeting)?.meeting.last_customer_reference_at;
            match stored {
                Some(stored) => timestamp(&stored)? >= timestamp(at)?,
                None => false,
            }
        }
        Ack::Annotation { decision, id } => db
            .get_decision(decision)
            .is_ok_and(|d| d.annotations.iter().any(|a| a.id == *id)),
        Ack::Ended(id) => db.meeting_view(id)?.meeting.status == MeetingStatus::Ended,
    })
}

/// For a value a later write replaces: the last acknowledged one is stored, or the one on its
/// way.
fn check_latest(db: &Db, log: &Log, latest: &Latest<'_>, context: &str) -> Result {
    let on_its_way = |cmd: &str, meeting: &str| {
        log.pending
            .as_ref()
            .filter(|(c, args)| c == cmd && args["meetingId"] == meeting)
            .map(|(_, args)| args.clone())
    };
    for (&meeting, &acked) in &latest.index {
        let stored = u64::from(db.meeting_view(meeting)?.meeting.prompt_index);
        let sent = on_its_way("set_prompt_index", meeting).and_then(|a| a["index"].as_u64());
        ensure(
            stored == acked || Some(stored) == sent,
            context,
            format!("meeting {meeting}: prompt {stored}, acknowledged {acked}"),
        )?;
    }
    for (&meeting, &acked) in &latest.drafts {
        let stored = db.decision_draft(meeting)?.unwrap_or_default();
        let sent = on_its_way("save_decision_draft", meeting);
        let sent = sent.as_ref().and_then(|a| a["draft"].as_str());
        let recording = log.pending.as_ref().is_some_and(|(cmd, args)| {
            cmd == "record_decision" && args["input"]["meetingId"] == meeting
        });
        ensure(
            stored == acked || Some(stored.as_str()) == sent || (recording && stored.is_empty()),
            context,
            format!("meeting {meeting}: draft {stored:?}, acknowledged {acked:?}"),
        )?;
    }
    Ok(())
}

/// Whatever the kill interrupted is whole or absent: no decision without its impact.
fn check_decisions_whole(db: &Db, context: &str) -> Result {
    for m in db.list_meetings()? {
        if m.title.starts_with("Crash round") {
            for d in db.list_decisions(&m.id)? {
                ensure(
                    d.impacts.len() == 1,
                    context,
                    format!("{:?} has {} impacts", d.statement, d.impacts.len()),
                )?;
            }
        }
    }
    Ok(())
}

/// What the restarted app must show: the meeting it reopens, with its chair and draft, and the
/// `newest` acknowledged meeting in the list.
fn shown(db: &Db, newest: Option<String>, context: &str) -> Result<Shown> {
    let last = db
        .summary()?
        .last_meeting_id
        .ok_or_else(|| format!("{context}: no meeting to reopen"))?;
    let view = db.meeting_view(&last)?;
    let statement = db
        .decision_draft(&last)?
        .and_then(|d| serde_json::from_str::<Value>(&d).ok())
        .and_then(|d| d["draft"]["statement"].as_str().map(str::to_owned));
    Ok(Shown {
        title: view.meeting.title,
        chair: view
            .personas
            .first()
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        statement,
        newest,
    })
}
