//! The meeting's lifecycle and its agenda timers, written for the UI's tests: from each state a
//! meeting can be in (its status, and which of two agenda items is current; none: no agenda,
//! or not started), each command (`start_meeting`, `resume_meeting`, `pause_meeting`,
//! `end_meeting`, `start_agenda_item` on either item) runs through the public `Db` API at a
//! chosen instant, and what it did is recorded to `ui/src/test/fixtures/agenda.json`: the
//! refusal, or the status, the current item, the meeting's and each item's clock after (each
//! stamp kept or set to the command's instant; an item's timer running or stopped, its running
//! stretch added to its time). The UI's fake backend answers from that file instead of
//! re-implementing the rules. Written on every run, like `gate.json` (see `gate_fixtures.rs`);
//! `scripts/test` fails while it differs from git.

use std::collections::BTreeMap;

use chair_core::model::{
    AgendaEdit, AgendaItem, MeetingEdit, MeetingStatus, MeetingView, NewAgendaItem, NewMeeting,
};
use chair_core::{CommandError, Db, ErrorCode, Result};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::{empty_db, titled, ui_fixtures};

/// Which agenda item is current: none, the first or the second (the first then discussed).
#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum Current {
    None,
    First,
    Second,
}

#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum Command {
    Start,
    Resume,
    Pause,
    End,
    StartFirst,
    StartSecond,
}

/// What a case depends on, as the fake backend can read it off the meeting and the call.
#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct Given {
    command: Command,
    status: MeetingStatus,
    current: Current,
    /// Whether the meeting has an agenda (two items; added while it ran when none is current).
    agenda: bool,
}

/// A stamp after the command: as it was, the command's instant, or none.
#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum Stamp {
    Kept,
    Now,
    Cleared,
}

/// An agenda item after the command.
#[derive(Serialize, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
struct Item {
    /// Its timer runs (since when it ran, or from now); otherwise it is stopped, the stretch
    /// it ran added to its time.
    running: bool,
    started_at: Stamp,
    done_at: Stamp,
}

#[derive(Serialize, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
struct After {
    status: MeetingStatus,
    current: Current,
    started_at: Stamp,
    ended_at: Stamp,
    /// The first and second items (none without an agenda).
    items: Vec<Item>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Case {
    given: Given,
    refusal: Option<CommandError>,
    after: Option<After>,
}

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-03-01T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
        + Duration::seconds(seconds)
}

/// When the command runs: a minute after the state was set up.
const NOW: i64 = 600;

const TITLES: [&str; 2] = ["Why returns cost", "Options"];

/// A meeting in `status` with `current` current, with two agenda items or none.
fn meeting_in(db: &mut Db, status: MeetingStatus, current: Current, agenda: bool) -> String {
    let from_the_start = agenda && (status == MeetingStatus::Planned || current != Current::None);
    let items = TITLES.map(|title| NewAgendaItem {
        title: title.into(),
        planned_minutes: Some(10),
    });
    let input = NewMeeting {
        agenda: from_the_start.then(|| items.to_vec()),
        planned: Some(true),
        ..titled("Returns policy review")
    };
    let id = db.create_meeting(&input).unwrap().id;
    if status == MeetingStatus::Planned {
        return id;
    }
    let v = db.start_meeting(&id, at(0)).unwrap();
    if current == Current::Second {
        db.start_agenda_item(&id, &v.agenda[1].id, at(120)).unwrap();
    }
    if agenda && !from_the_start {
        let items = TITLES.map(|title| AgendaEdit {
            title: title.into(),
            ..Default::default()
        });
        let edit = MeetingEdit {
            agenda: Some(items.to_vec()),
            ..Default::default()
        };
        db.update_meeting(&id, &edit).unwrap();
    }
    match status {
        MeetingStatus::Paused => drop(db.pause_meeting(&id, at(300)).unwrap()),
        MeetingStatus::Ended => drop(db.end_meeting(&id, at(300)).unwrap()),
        _ => {}
    }
    id
}

fn current_of(v: &MeetingView) -> Current {
    match v.meeting.current_agenda_item_id.as_deref() {
        None => Current::None,
        Some(id) if id == v.agenda[0].id => Current::First,
        Some(_) => Current::Second,
    }
}

fn stamp(before: &Option<String>, after: &Option<String>) -> Stamp {
    if after == before {
        return Stamp::Kept;
    }
    let Some(after) = after.as_deref() else {
        return Stamp::Cleared;
    };
    assert_eq!(
        DateTime::parse_from_rfc3339(after).unwrap(),
        at(NOW),
        "set to the command's instant"
    );
    Stamp::Now
}

/// The item after, checking its time: a timer that stopped added the stretch it ran.
fn item(before: &AgendaItem, after: &AgendaItem) -> Item {
    let ran = match (&before.running_since, &after.running_since) {
        (Some(since), None) => (at(NOW)
            - DateTime::parse_from_rfc3339(since)
                .unwrap()
                .with_timezone(&Utc))
        .num_seconds(),
        (Some(since), Some(still)) => {
            assert_eq!(since, still, "a running timer runs on");
            0
        }
        _ => 0,
    };
    assert_eq!(
        i64::from(after.elapsed_seconds),
        i64::from(before.elapsed_seconds) + ran
    );
    Item {
        running: after.running_since.is_some(),
        started_at: stamp(&before.started_at, &after.started_at),
        done_at: stamp(&before.done_at, &after.done_at),
    }
}

fn case(given: Given) -> Case {
    let mut db = empty_db();
    let id = meeting_in(&mut db, given.status, given.current, given.agenda);
    let before = db.open_meeting(&id).unwrap();
    let state = (
        before.meeting.status,
        current_of(&before),
        !before.agenda.is_empty(),
    );
    assert_eq!(state, (given.status, given.current, given.agenda));
    let item_id = |n: usize| before.agenda[n].id.clone();
    let answer: Result<MeetingView> = match given.command {
        Command::Start => db.start_meeting(&id, at(NOW)),
        Command::Resume => db.resume_meeting(&id, at(NOW)),
        Command::Pause => db.pause_meeting(&id, at(NOW)),
        Command::End => db.end_meeting(&id, at(NOW)),
        Command::StartFirst => db.start_agenda_item(&id, &item_id(0), at(NOW)),
        Command::StartSecond => db.start_agenda_item(&id, &item_id(1), at(NOW)),
    };
    let (refusal, after) = match answer {
        Err(e) => (Some(CommandError::from(e)), None),
        Ok(v) => {
            let m = (&before.meeting, &v.meeting);
            let after = After {
                status: v.meeting.status,
                current: current_of(&v),
                started_at: stamp(&m.0.started_at, &m.1.started_at),
                ended_at: stamp(&m.0.ended_at, &m.1.ended_at),
                items: before
                    .agenda
                    .iter()
                    .zip(&v.agenda)
                    .map(|(b, a)| item(b, a))
                    .collect(),
            };
            (None, Some(after))
        }
    };
    Case {
        given,
        refusal,
        after,
    }
}

fn cases() -> BTreeMap<String, Case> {
    use MeetingStatus::{Ended, Paused, Planned, Running};
    let states = [
        (Planned, Current::None, true),
        (Planned, Current::None, false),
        (Running, Current::None, false),
        (Paused, Current::None, false),
        (Ended, Current::None, false),
        (Running, Current::None, true),
        (Paused, Current::None, true),
        (Ended, Current::None, true),
        (Running, Current::First, true),
        (Paused, Current::First, true),
        (Ended, Current::First, true),
        (Running, Current::Second, true),
        (Paused, Current::Second, true),
        (Ended, Current::Second, true),
    ];
    let commands = [
        Command::Start,
        Command::Resume,
        Command::Pause,
        Command::End,
        Command::StartFirst,
        Command::StartSecond,
    ];
    let mut cases = BTreeMap::new();
    for (status, current, agenda) in states {
        for command in commands {
            if !agenda && matches!(command, Command::StartFirst | Command::StartSecond) {
                continue;
            }
            let given = Given {
                command,
                status,
                current,
                agenda,
            };
            let items = if agenda { "" } else { "_without_agenda" };
            let name = format!("{command:?}_when_{status:?}_on_{current:?}{items}").to_lowercase();
            cases.insert(name, case(given));
        }
    }
    cases
}

#[test]
fn the_agenda_fixtures_are_what_the_core_answers() {
    let cases = cases();
    let after = |name: &str| {
        cases[name]
            .after
            .as_ref()
            .unwrap_or_else(|| panic!("{name} goes through"))
    };
    // Starting a planned meeting runs its first item.
    let started = after("start_when_planned_on_none");
    assert_eq!(
        (started.current, started.started_at),
        (Current::First, Stamp::Now)
    );
    assert!(started.items[0].running && !started.items[1].running);
    // Moving on stops the item (discussed) and runs the next.
    let moved = after("startsecond_when_running_on_first");
    assert_eq!(moved.current, Current::Second);
    assert_eq!(
        (moved.items[0].running, moved.items[0].done_at),
        (false, Stamp::Now)
    );
    assert!(moved.items[1].running);
    // Pausing stops the timer without marking the item discussed; ending marks it.
    let paused = after("pause_when_running_on_first");
    assert_eq!(
        (
            paused.status,
            paused.items[0].running,
            paused.items[0].done_at
        ),
        (MeetingStatus::Paused, false, Stamp::Kept)
    );
    let ended = after("end_when_running_on_first");
    assert_eq!(
        (ended.ended_at, ended.items[0].done_at),
        (Stamp::Now, Stamp::Now)
    );
    // An ended meeting neither starts again nor moves on; a planned one cannot pause.
    for name in [
        "start_when_ended_on_first",
        "startsecond_when_ended_on_first",
        "pause_when_planned_on_none",
    ] {
        assert_eq!(
            cases[name].refusal.as_ref().map(|e| e.code),
            Some(ErrorCode::Invalid),
            "{name}"
        );
    }

    ui_fixtures::write("agenda.json", "agenda_fixtures.rs", &cases);
}
