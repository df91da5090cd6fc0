//! A meeting's life: created (planned or running), started, paused, resumed, moved from one
//! agenda item to the next, ended, changed and deleted, with what each step does to the
//! agenda clock and to the escalations the meeting reports.
//!
//! The clock lives in the database, not in memory (see `db/meetings.rs`): every step takes the
//! instant `at` from the caller (the app passes now; tests pass chosen instants).

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::view;
use crate::db::{agenda, decisions, escalations, meetings, settings, trash};
use crate::model::{Deleted, Meeting, MeetingEdit, MeetingStatus, MeetingView, NewMeeting};
use crate::time::stamp;
use crate::{Db, Error, Result};

/// Moves the meeting to `status` at `at`, with what that means for the current agenda item:
/// running starts its timer (choosing the first item not yet discussed when none is current),
/// pausing or planning stops it, ending stops it and marks it discussed. Running for the first
/// time also stamps the resolved escalations no meeting has reported yet.
fn change_status(
    conn: &Connection,
    meeting_id: &str,
    status: MeetingStatus,
    at: DateTime<Utc>,
) -> Result<()> {
    let meeting = meetings::get(conn, meeting_id)?;
    let text = stamp(at);
    match status {
        MeetingStatus::Running => {
            if meeting.started_at.is_none() {
                // Its first start: it reports the escalations resolved since the last meeting.
                escalations::report_resolved(conn, meeting_id, &text)?;
            }
            let current = match meeting.current_agenda_item_id {
                Some(id) => Some(id),
                None => {
                    let first = agenda::for_meeting(conn, meeting_id)?
                        .into_iter()
                        .find(|a| a.done_at.is_none())
                        .map(|a| a.id);
                    meetings::set_current(conn, meeting_id, first.as_deref())?;
                    first
                }
            };
            if let Some(item) = current {
                agenda::start_timer(conn, &item, &text)?;
            }
        }
        MeetingStatus::Planned | MeetingStatus::Paused | MeetingStatus::Ended => {
            if let Some(item) = &meeting.current_agenda_item_id {
                agenda::stop_timer(conn, item, at, status == MeetingStatus::Ended)?;
            }
        }
    }
    meetings::set_status(conn, meeting_id, status, &text)
}

fn refuse_ended(meeting: &Meeting, what: &str) -> Result<()> {
    if meeting.status == MeetingStatus::Ended {
        return Err(Error::invalid(
            "status",
            format!("the meeting has ended; it cannot be {what}"),
        ));
    }
    Ok(())
}

/// Refuses moving a meeting in `status` to `to` (a verb: "paused", "resumed").
fn refuse_move(status: MeetingStatus, to: &str) -> Error {
    let status = status.as_str();
    let article = if status.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    Error::invalid(
        "status",
        format!("{article} {status} meeting cannot be {to}"),
    )
}

impl Db {
    /// Creates a meeting that starts now (or, with `planned`, later), and makes it the one the
    /// app reopens.
    pub fn create_meeting(&mut self, input: &NewMeeting) -> Result<Meeting> {
        self.write(|tx| {
            let status = if input.planned.unwrap_or(false) {
                MeetingStatus::Planned
            } else {
                MeetingStatus::Running
            };
            let meeting = meetings::insert(tx, input, status)?;
            if status == MeetingStatus::Running {
                // Created running is started: it reports the escalations resolved since.
                escalations::report_resolved(tx, &meeting.id, &meeting.created_at)?;
            }
            settings::set(tx, settings::LAST_MEETING, &meeting.id)?;
            Ok(meeting)
        })
    }

    /// Changes a meeting, before, during or after it: each field `edit` carries replaces the
    /// meeting's (see `MeetingEdit`). Answers stay with their prompts whatever decks the
    /// meeting has; the agenda keeps the clock of every item it keeps.
    pub fn update_meeting(&mut self, meeting_id: &str, edit: &MeetingEdit) -> Result<MeetingView> {
        self.write(|tx| {
            meetings::apply_edit(tx, meeting_id, edit)?;
            view(tx, meeting_id)
        })
    }

    /// Deletes a meeting with everything that is only its own: its agenda, answers and
    /// decisions (with their impacts, evidence and reactions). A snapshot of the workspace is
    /// taken first (a workspace with a file), and the deletion can be undone with
    /// `undo_delete` and the token returned, while the app runs.
    pub fn delete_meeting(&mut self, meeting_id: &str) -> Result<Deleted> {
        let meeting = meetings::get(self.conn(), meeting_id)?;
        let decisions = decisions::for_meeting(self.conn(), meeting_id)?.len() as u32;
        let backup = self.snapshot_before_delete()?;
        let trash = self.write(|tx| {
            let trash = trash::Trash::of_meeting(tx, meeting_id)?;
            meetings::delete(tx, meeting_id)?;
            if settings::get(tx, settings::LAST_MEETING)?.as_deref() == Some(meeting_id) {
                settings::remove(tx, settings::LAST_MEETING)?;
            }
            Ok(trash)
        })?;
        Ok(self.keep_trash(trash, "meeting", meeting.title, decisions, backup))
    }

    /// Moves the meeting to any status, now, with the same effect on the agenda clock as
    /// `start_meeting`, `pause_meeting` and `end_meeting`.
    pub fn set_meeting_status(
        &mut self,
        meeting_id: &str,
        status: MeetingStatus,
    ) -> Result<Meeting> {
        self.write(|tx| {
            change_status(tx, meeting_id, status, Utc::now())?;
            meetings::get(tx, meeting_id)
        })
    }

    /// Starts a planned meeting: the first agenda item becomes current and its timer runs, and
    /// it reports the escalations resolved since the last meeting started. A paused meeting
    /// resumes; a running one is left as it is; an ended one is refused.
    pub fn start_meeting(&mut self, id: &str, at: DateTime<Utc>) -> Result<MeetingView> {
        self.write(|tx| {
            let meeting = meetings::get(tx, id)?;
            refuse_ended(&meeting, "started again")?;
            if meeting.status != MeetingStatus::Running {
                change_status(tx, id, MeetingStatus::Running, at)?;
            }
            view(tx, id)
        })
    }

    /// Pauses a running meeting: the current agenda item's timer stops.
    pub fn pause_meeting(&mut self, id: &str, at: DateTime<Utc>) -> Result<MeetingView> {
        self.write(|tx| {
            match meetings::get(tx, id)?.status {
                MeetingStatus::Running => change_status(tx, id, MeetingStatus::Paused, at)?,
                MeetingStatus::Paused => {}
                other => return Err(refuse_move(other, "paused")),
            }
            view(tx, id)
        })
    }

    /// Resumes a paused meeting: the current agenda item's timer runs again.
    pub fn resume_meeting(&mut self, id: &str, at: DateTime<Utc>) -> Result<MeetingView> {
        self.write(|tx| {
            match meetings::get(tx, id)?.status {
                MeetingStatus::Paused => change_status(tx, id, MeetingStatus::Running, at)?,
                MeetingStatus::Running => {}
                other => return Err(refuse_move(other, "resumed")),
            }
            view(tx, id)
        })
    }

    /// Ends the meeting: the current agenda item's timer stops and it is marked discussed.
    pub fn end_meeting(&mut self, id: &str, at: DateTime<Utc>) -> Result<MeetingView> {
        self.write(|tx| {
            if meetings::get(tx, id)?.status != MeetingStatus::Ended {
                change_status(tx, id, MeetingStatus::Ended, at)?;
            }
            view(tx, id)
        })
    }

    /// Makes `item_id` the agenda item under discussion: the previous one's timer stops (its
    /// time kept) and it is marked discussed; this one's timer runs. A planned or paused
    /// meeting runs from now on.
    pub fn start_agenda_item(
        &mut self,
        meeting_id: &str,
        item_id: &str,
        at: DateTime<Utc>,
    ) -> Result<MeetingView> {
        self.write(|tx| {
            let meeting = meetings::get(tx, meeting_id)?;
            refuse_ended(&meeting, "continued")?;
            agenda::check_item(tx, meeting_id, item_id)?;
            if let Some(previous) = meeting
                .current_agenda_item_id
                .as_deref()
                .filter(|p| *p != item_id)
            {
                agenda::stop_timer(tx, previous, at, true)?;
            }
            meetings::set_current(tx, meeting_id, Some(item_id))?;
            change_status(tx, meeting_id, MeetingStatus::Running, at)?;
            view(tx, meeting_id)
        })
    }
}
