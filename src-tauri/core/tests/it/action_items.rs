//! Action items: on a decision or a meeting, and back at the start of the next meeting with the
//! same people or persona until they are done.

use chair_core::model::{ActionItemInput, NewAttendee, NewMeeting, Role};
use chair_core::Db;

use crate::{add_person, day, decide, empty_db, titled};

fn meeting(db: &mut Db, title: &str, held_on: (i32, u32, u32), people: &[&str]) -> String {
    db.create_meeting(&NewMeeting {
        held_on: Some(day(held_on.0, held_on.1, held_on.2)),
        attendees: Some(
            people
                .iter()
                .map(|n| NewAttendee {
                    name: (*n).into(),
                    role: Some(Role::Participant),
                })
                .collect(),
        ),
        ..titled(title)
    })
    .unwrap()
    .id
}

#[test]
fn an_open_action_item_comes_back_at_the_next_meeting_with_the_same_people() {
    let mut db = empty_db();
    let sam = add_person(&mut db, "Sam", Some(Role::Facilitator));
    let last_week = meeting(&mut db, "Last week", (2026, 11, 30), &["Ana", "Sam"]);
    let decision = decide(&mut db, &last_week, "Store credit for gifts");
    let item = db
        .add_action_item(&ActionItemInput {
            meeting_id: last_week.clone(),
            decision_id: Some(decision.id.clone()),
            what: "  Draft the FAQ for the help centre ".into(),
            owner_person_id: Some(sam.id.clone()),
            owner: None,
            due_on: Some(day(2026, 12, 4)),
        })
        .unwrap();
    assert_eq!(item.what, "Draft the FAQ for the help centre");
    assert_eq!(item.owner, "Sam", "the person's name is kept as the owner");
    let view = db.meeting_view(&last_week).unwrap();
    assert_eq!(view.action_items, std::slice::from_ref(&item));
    assert!(
        view.follow_ups.is_empty(),
        "not a follow-up of its own meeting"
    );

    let next = meeting(&mut db, "This week", (2026, 12, 7), &["sam "]);
    let other = meeting(&mut db, "Other team", (2026, 12, 7), &["Zoe"]);
    let shown = db.meeting_view(&next).unwrap().follow_ups;
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].item.id, item.id);
    assert_eq!(shown[0].meeting_title, "Last week");
    assert_eq!(
        shown[0].decision_statement.as_deref(),
        Some("Store credit for gifts")
    );
    assert!(db.meeting_view(&other).unwrap().follow_ups.is_empty());

    db.set_action_item_done(&item.id, true).unwrap();
    assert!(
        db.meeting_view(&next).unwrap().follow_ups.is_empty(),
        "done: gone"
    );
    db.set_action_item_done(&item.id, false).unwrap();
    assert_eq!(db.meeting_view(&next).unwrap().follow_ups.len(), 1);
}

#[test]
fn a_bad_action_item_names_the_field_and_deleting_its_decision_takes_it_along() {
    let mut db = empty_db();
    let a = meeting(&mut db, "A", (2026, 12, 1), &[]);
    let b = meeting(&mut db, "B", (2026, 12, 1), &[]);
    let d = decide(&mut db, &b, "x");
    for (input, message) in [
        (
            ActionItemInput {
                meeting_id: a.clone(),
                what: " ".into(),
                ..Default::default()
            },
            "what: must not be empty",
        ),
        (
            ActionItemInput {
                meeting_id: a.clone(),
                decision_id: Some(d.id.clone()),
                what: "y".into(),
                ..Default::default()
            },
            "decisionId: the decision belongs to another meeting",
        ),
    ] {
        assert_eq!(db.add_action_item(&input).unwrap_err().to_string(), message);
    }
    assert!(db.meeting_view(&a).unwrap().action_items.is_empty());
    db.add_action_item(&ActionItemInput {
        meeting_id: b.clone(),
        decision_id: Some(d.id.clone()),
        what: "follow up".into(),
        owner: Some("Lou".into()),
        ..Default::default()
    })
    .unwrap();
    let gone = db.delete_decision(&d.id).unwrap();
    assert!(db.meeting_view(&b).unwrap().action_items.is_empty());
    db.undo_delete(&gone.undo_token).unwrap();
    assert_eq!(db.meeting_view(&b).unwrap().action_items[0].owner, "Lou");
}
