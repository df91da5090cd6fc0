//! The agenda clock: planned minutes, the nudge, timers across pause, resume and reopening, moving between items.

use super::*;

#[test]
fn a_planned_meeting_keeps_its_attendees_nudge_and_agenda_minutes() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let view = db.open_meeting(&id).unwrap();
    let m = &view.meeting;
    assert_eq!(m.status, MeetingStatus::Planned);
    assert_eq!(m.started_at, None);
    assert_eq!(m.nudge_minutes, 7);
    assert_eq!(m.current_agenda_item_id, None);
    assert_eq!(
        m.attendees
            .iter()
            .map(|a| (a.name.as_str(), a.role))
            .collect::<Vec<_>>(),
        [
            ("Lena", Role::Facilitator),
            ("Sam", Role::Ambassador),
            ("Kim", Role::Participant)
        ]
    );
    assert_eq!(
        view.agenda
            .iter()
            .map(|a| a.planned_minutes)
            .collect::<Vec<_>>(),
        [Some(10), Some(15), None]
    );
    assert!(view.agenda.iter().all(|a| a.running_since.is_none()));
}

#[test]
fn the_default_nudge_is_ten_minutes_and_bad_minutes_are_refused() {
    let mut db = sample_db();
    let m = meeting_titled(&mut db, "x");
    assert_eq!(m.nudge_minutes, 10);
    let err = db
        .create_meeting(&NewMeeting {
            agenda: Some(vec![NewAgendaItem {
                title: "a".into(),
                planned_minutes: Some(0),
            }]),
            ..titled("x")
        })
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "agenda[0].plannedMinutes: must be between 1 and 1440"
    );
}

#[test]
fn timers_accumulate_across_pause_and_resume_and_survive_reopening_the_file() {
    let (path, mut db, id) = planned_in_file();
    let v = db.start_meeting(&id, at(0)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Running);
    assert_eq!(
        v.meeting.current_agenda_item_id.as_deref(),
        Some(item(&v, 0).id.as_str()),
        "starting the meeting starts its first item"
    );
    assert!(item(&v, 0).running_since.is_some());
    let v = db.pause_meeting(&id, at(90)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Paused);
    assert_eq!(item(&v, 0).elapsed_seconds, 90);
    assert_eq!(item(&v, 0).running_since, None, "pausing stops the timer");
    // Ten minutes of coffee do not count.
    let v = db.resume_meeting(&id, at(690)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Running);
    assert_eq!(
        item(&v, 0).running_since.as_deref(),
        Some("2026-11-25T09:11:30.000Z")
    );
    // The app is killed here, mid-stretch.
    drop(db);
    let mut db = Db::open(&path).unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Running);
    let first = item(&v, 0);
    assert_eq!(first.elapsed_seconds, 90);
    let since = DateTime::parse_from_rfc3339(first.running_since.as_deref().unwrap()).unwrap();
    let spent =
        i64::from(first.elapsed_seconds) + (at(720) - since.with_timezone(&Utc)).num_seconds();
    assert_eq!(spent, 120, "elapsed = accumulated + now - running since");
    let v = db.pause_meeting(&id, at(720)).unwrap();
    assert_eq!(item(&v, 0).elapsed_seconds, 120);
    assert_eq!(item(&v, 0).done_at, None, "a paused item is not done");
}

#[test]
fn starting_another_agenda_item_stops_and_closes_the_previous_one() {
    let mut db = sample_db();
    let (id, v) = started(&mut db);
    let (first, second) = (item(&v, 0).id.clone(), item(&v, 1).id.clone());
    let v = db.start_agenda_item(&id, &second, at(300)).unwrap();
    assert_eq!(
        v.meeting.current_agenda_item_id.as_deref(),
        Some(second.as_str())
    );
    assert_eq!(item(&v, 0).elapsed_seconds, 300);
    assert_eq!(item(&v, 0).running_since, None);
    assert_eq!(
        item(&v, 0).done_at.as_deref(),
        Some("2026-11-25T09:05:00.000Z")
    );
    assert!(item(&v, 1).running_since.is_some());
    assert_eq!(
        item(&v, 1).started_at.as_deref(),
        Some("2026-11-25T09:05:00.000Z")
    );

    // Back to the first: it reopens and adds to its time; the second stops.
    let v = db.start_agenda_item(&id, &first, at(400)).unwrap();
    assert_eq!(item(&v, 1).elapsed_seconds, 100);
    assert!(item(&v, 1).done_at.is_some());
    assert_eq!(item(&v, 0).done_at, None);
    let v = db.end_meeting(&id, at(460)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Ended);
    assert_eq!(item(&v, 0).elapsed_seconds, 360);
    assert!(
        item(&v, 0).done_at.is_some(),
        "ending closes the current item"
    );
    assert!(v.agenda.iter().all(|a| a.running_since.is_none()));

    let err = db.start_agenda_item(&id, &second, at(500)).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(
        db.start_meeting(&id, at(500)).unwrap_err().code(),
        "invalid"
    );
    let other = planned(&mut db);
    let err = db.start_agenda_item(&other, &first, at(500)).unwrap_err();
    assert_eq!(err.code(), "not_found", "an item of another meeting");
}

#[test]
fn starting_an_item_of_a_paused_meeting_runs_the_meeting_again() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    db.pause_meeting(&id, at(60)).unwrap();
    let second = db.open_meeting(&id).unwrap().agenda[1].id.clone();
    let v = db.start_agenda_item(&id, &second, at(600)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Running);
    assert_eq!(
        item(&v, 0).elapsed_seconds,
        60,
        "paused time is not counted"
    );
    assert_eq!(
        item(&v, 1).running_since.as_deref(),
        Some("2026-11-25T09:10:00.000Z")
    );
}

#[test]
fn set_meeting_status_moves_the_clock_too() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    db.set_meeting_status(&id, MeetingStatus::Paused).unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert_eq!(item(&v, 0).running_since, None);
}
