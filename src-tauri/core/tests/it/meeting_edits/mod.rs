//! A meeting changed after "Create" (title, date, goal, chair, room, agenda, nudge, decks), and
//! meetings and decisions deleted with a snapshot first and undo.

mod deletions;

use chair_core::model::{
    AgendaEdit, AnswerInput, AttendeeEdit, MeetingEdit, MeetingStatus, MeetingView, NewMeeting,
    Role,
};
use chair_core::Db;
use chrono::NaiveDate;

use crate::storage::tempdir;
use crate::{decide, sample_db, sample_db_at, supersede, titled};

fn deck(db: &Db, name: &str) -> String {
    db.list_decks()
        .unwrap()
        .into_iter()
        .find(|d| d.name == name)
        .unwrap()
        .id
}

const FIVE: &str = "The five customer questions";
const DOOR: &str = "One-way door check";

fn running(db: &mut Db) -> MeetingView {
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    let m = db
        .create_meeting(&NewMeeting {
            deck_id: Some(deck(db, FIVE)),
            persona_ids: Some(vec![persona]),
            agenda: Some(vec!["Window".into(), "Receipts".into()]),
            ..titled("Returns")
        })
        .unwrap();
    db.open_meeting(&m.id).unwrap()
}

fn titles(v: &MeetingView) -> Vec<&str> {
    v.agenda.iter().map(|a| a.title.as_str()).collect()
}

fn row(id: Option<&str>, title: &str, minutes: Option<u32>) -> AgendaEdit {
    AgendaEdit {
        id: id.map(str::to_owned),
        title: title.into(),
        planned_minutes: minutes,
    }
}

#[test]
fn a_running_meeting_is_renamed_redated_and_its_room_and_chair_change() {
    let mut db = sample_db();
    let v = running(&mut db);
    let personas: Vec<String> = db
        .list_personas(false)
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    let edited = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                title: Some("  Returns, take two ".into()),
                held_on: Some(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
                goal: Some("Decide the window".into()),
                persona_ids: Some(vec![personas[1].clone(), personas[0].clone()]),
                attendees: Some(vec![
                    AttendeeEdit {
                        id: None,
                        name: "Ana".into(),
                        role: Some(Role::Facilitator),
                    },
                    AttendeeEdit {
                        id: None,
                        name: "Late Lou".into(),
                        role: None,
                    },
                ]),
                ..Default::default()
            },
        )
        .unwrap();
    let m = &edited.meeting;
    assert_eq!(m.title, "Returns, take two");
    assert_eq!(m.held_on.to_string(), "2026-12-01");
    assert_eq!(m.goal, "Decide the window");
    assert_eq!(m.persona_ids, [personas[1].clone(), personas[0].clone()]);
    assert_eq!(
        m.attendees
            .iter()
            .map(|a| (a.name.as_str(), a.role))
            .collect::<Vec<_>>(),
        [("Ana", Role::Facilitator), ("Late Lou", Role::Participant)]
    );
    assert_eq!(m.status, MeetingStatus::Running, "editing does not stop it");
    // Someone already in the room keeps their id when the room changes again.
    let ana = m.attendees[0].id.clone();
    let again = db
        .update_meeting(
            &m.id,
            &MeetingEdit {
                attendees: Some(vec![AttendeeEdit {
                    id: Some(ana.clone()),
                    name: "Ana B.".into(),
                    role: Some(Role::Facilitator),
                }]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(again.meeting.attendees.len(), 1);
    assert_eq!(again.meeting.attendees[0].id, ana);
    assert_eq!(
        again.meeting.title, "Returns, take two",
        "absent fields stay"
    );
}

#[test]
fn a_bad_edit_names_the_field_and_changes_nothing() {
    let mut db = sample_db();
    let v = running(&mut db);
    for (edit, message) in [
        (
            MeetingEdit {
                title: Some("New".into()),
                agenda: Some(vec![row(None, "  ", None)]),
                ..Default::default()
            },
            "agenda[0].title: must not be empty",
        ),
        (
            MeetingEdit {
                title: Some("New".into()),
                nudge_minutes: Some(241),
                ..Default::default()
            },
            "nudgeMinutes: must be between 0 (off) and 240",
        ),
        (
            MeetingEdit {
                title: Some("New".into()),
                attendees: Some(vec![AttendeeEdit {
                    id: None,
                    name: " ".into(),
                    role: None,
                }]),
                ..Default::default()
            },
            "attendees[0].name: must not be empty",
        ),
    ] {
        let err = db.update_meeting(&v.meeting.id, &edit).unwrap_err();
        assert_eq!(err.to_string(), message);
    }
    let err = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                deck_ids: Some(vec!["no-such-deck".into()]),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().starts_with("deckIds[0]"), "{err}");
    assert_eq!(
        db.meeting_view(&v.meeting.id).unwrap(),
        v,
        "nothing changed"
    );
}

#[test]
fn agenda_items_are_added_removed_reordered_and_timed_keeping_their_clock() {
    let mut db = sample_db();
    let v = running(&mut db);
    let window = v.agenda[0].id.clone();
    let receipts = v.agenda[1].id.clone();
    assert_eq!(
        v.meeting.current_agenda_item_id.as_deref(),
        Some(window.as_str())
    );
    let started = v.agenda[0].started_at.clone();
    let e = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                agenda: Some(vec![
                    row(Some(&receipts), "Gift receipts", Some(15)),
                    row(None, "Late item", Some(5)),
                    row(Some(&window), "Window", None),
                ]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(titles(&e), ["Gift receipts", "Late item", "Window"]);
    assert_eq!(e.agenda[0].planned_minutes, Some(15));
    assert_eq!(
        e.agenda[2].started_at, started,
        "a kept item keeps its clock"
    );
    assert!(e.agenda[2].running_since.is_some(), "and keeps running");
    // Removing the item under discussion moves the discussion on.
    let e = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                agenda: Some(vec![row(Some(&receipts), "Gift receipts", Some(15))]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(titles(&e), ["Gift receipts"]);
    assert_eq!(
        e.meeting.current_agenda_item_id.as_deref(),
        Some(receipts.as_str())
    );
    assert!(e.agenda[0].running_since.is_some());
    let err = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                agenda: Some(vec![row(Some("elsewhere"), "x", None)]),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
}

#[test]
fn a_second_deck_is_added_mid_meeting_and_answers_stay_with_their_questions() {
    let mut db = sample_db();
    let v = running(&mut db);
    let five = deck(&db, FIVE);
    let door = deck(&db, DOOR);
    let first = v.deck.as_ref().unwrap().prompts[0].id.clone();
    db.answer_prompt(&AnswerInput {
        meeting_id: v.meeting.id.clone(),
        prompt_id: first.clone(),
        answer: "Members who return gifts".into(),
        agenda_item_id: None,
        decision_id: None,
    })
    .unwrap();
    db.set_prompt_index(&v.meeting.id, 2).unwrap();
    let both = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                deck_ids: Some(vec![five.clone(), door.clone()]),
                ..Default::default()
            },
        )
        .unwrap();
    let questions = both.deck.as_ref().unwrap();
    assert_eq!(questions.prompts.len(), 5 + 5, "{:?}", questions.name);
    assert_eq!(questions.name, format!("{FIVE} + {DOOR}"));
    assert_eq!(both.meeting.deck_ids, [five.clone(), door.clone()]);
    assert_eq!(both.meeting.prompt_index, 2, "the prompt on screen stays");
    assert_eq!(both.answers.len(), 1);
    assert_eq!(both.answers[0].prompt_id, first);
    // The chair can walk into the added questions.
    assert_eq!(
        db.set_prompt_index(&v.meeting.id, 7).unwrap().prompt_index,
        7
    );
    // Switching to the door check alone keeps the answer, shown again when the deck is back.
    let switched = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                deck_ids: Some(vec![door.clone()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(switched.deck.as_ref().unwrap().prompts.len(), 5);
    assert_eq!(
        switched.meeting.prompt_index, 2,
        "the same door prompt is still on screen"
    );
    let back = db
        .update_meeting(
            &v.meeting.id,
            &MeetingEdit {
                deck_ids: Some(vec![five]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(back.answers[0].prompt_id, first);
    let score = db.meeting_summary(&v.meeting.id).unwrap().score;
    assert_eq!((score.prompts_answered, score.prompts_total), (1, 5));
}

#[test]
fn nudge_zero_means_off_and_the_minutes_come_back() {
    let mut db = sample_db();
    let m = db
        .create_meeting(&NewMeeting {
            nudge_minutes: Some(0),
            ..titled("Quiet")
        })
        .unwrap();
    assert_eq!(m.nudge_minutes, 0, "0 is accepted at creation: off");
    let mut nudge = |minutes| {
        let edit = MeetingEdit {
            nudge_minutes: Some(minutes),
            ..Default::default()
        };
        db.update_meeting(&m.id, &edit)
            .unwrap()
            .meeting
            .nudge_minutes
    };
    assert_eq!(nudge(7), 7);
    assert_eq!(nudge(0), 0);
}
