//! The workspace's people: names unique among the active, archiving, and who is at the keyboard.

use chair_core::model::{Person, PersonInput, Role};
use chair_core::Db;

use crate::sample_db;

fn input(name: &str, role: Option<Role>) -> PersonInput {
    PersonInput {
        name: name.into(),
        role,
    }
}

fn names(people: &[Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

fn person(db: &Db, name: &str) -> Person {
    db.list_people(true)
        .unwrap()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is in the workspace"))
}

#[test]
fn people_are_listed_by_name_with_the_archived_after_when_asked() {
    let mut db = sample_db();
    assert_eq!(
        names(&db.list_people(false).unwrap()),
        ["Marcus Bell", "Priya Nair", "Sam Whitaker"]
    );
    let added = db.create_person(&input("  alex Moreau ", None)).unwrap();
    assert_eq!(added.name, "alex Moreau", "trimmed");
    assert_eq!(added.role, Role::Participant, "the default role");
    let marcus = person(&db, "Marcus Bell");
    let archived = db.archive_person(&marcus.id, true).unwrap();
    assert!(archived.archived_at.is_some());
    assert_eq!(
        names(&db.list_people(false).unwrap()),
        ["alex Moreau", "Priya Nair", "Sam Whitaker"],
        "by name regardless of case, the archived left out"
    );
    assert_eq!(
        names(&db.list_people(true).unwrap()),
        ["alex Moreau", "Priya Nair", "Sam Whitaker", "Marcus Bell"],
        "the archived follow"
    );
    let back = db.archive_person(&marcus.id, false).unwrap();
    assert!(back.archived_at.is_none());
    assert_eq!(db.list_people(false).unwrap().len(), 4);
    assert_eq!(
        db.archive_person("nobody", true).unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn a_name_is_required_and_unique_among_active_people() {
    let mut db = sample_db();
    let err = db.create_person(&input("   ", None)).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().starts_with("name:"), "{err}");

    let err = db
        .create_person(&input(" priya NAIR ", Some(Role::Ambassador)))
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().starts_with("name:"), "{err}");
    assert!(
        err.to_string().contains("priya NAIR"),
        "names the name: {err}"
    );
    assert_eq!(db.list_people(true).unwrap().len(), 3, "nothing added");

    // Renaming onto someone else's name is refused too, and changes nothing.
    let sam = person(&db, "Sam Whitaker");
    let err = db
        .update_person(&sam.id, &input("Priya Nair", None))
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(person(&db, "Sam Whitaker"), sam);

    // An archived person's name is free again; bringing them back then clashes.
    let priya = person(&db, "Priya Nair");
    db.archive_person(&priya.id, true).unwrap();
    let second = db.create_person(&input("Priya Nair", None)).unwrap();
    let err = db.archive_person(&priya.id, false).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().contains("Priya Nair"), "{err}");
    assert!(
        db.list_people(true)
            .unwrap()
            .iter()
            .any(|p| p.id == priya.id && p.archived_at.is_some()),
        "still archived"
    );
    assert_ne!(second.id, priya.id);
}

#[test]
fn updating_renames_and_keeps_the_role_unless_given() {
    let mut db = sample_db();
    let sam = person(&db, "Sam Whitaker");
    let renamed = db
        .update_person(&sam.id, &input(" Samantha Whitaker ", None))
        .unwrap();
    assert_eq!(renamed.name, "Samantha Whitaker");
    assert_eq!(renamed.role, Role::Ambassador, "kept");
    let moved = db
        .update_person(
            &sam.id,
            &input("Samantha Whitaker", Some(Role::Facilitator)),
        )
        .unwrap();
    assert_eq!(moved.role, Role::Facilitator);
    // Changing only the case of one's own name is no clash.
    assert_eq!(
        db.update_person(&sam.id, &input("samantha whitaker", None))
            .unwrap()
            .name,
        "samantha whitaker"
    );
    assert_eq!(
        db.update_person("nobody", &input("X", None))
            .unwrap_err()
            .code(),
        "not_found"
    );
}

#[test]
fn the_current_person_is_chosen_cleared_and_never_archived() {
    let mut db = sample_db();
    assert_eq!(
        db.current_person().unwrap(),
        None,
        "the sample asks who you are"
    );
    let sam = person(&db, "Sam Whitaker");
    assert_eq!(
        db.set_current_person(Some(&sam.id)).unwrap(),
        Some(sam.clone())
    );
    assert_eq!(db.current_person().unwrap(), Some(sam.clone()));

    assert_eq!(db.set_current_person(None).unwrap(), None);
    assert_eq!(db.current_person().unwrap(), None);

    assert_eq!(
        db.set_current_person(Some("nobody")).unwrap_err().code(),
        "not_found"
    );

    // Archiving the current person leaves nobody at the keyboard; an archived person cannot
    // be chosen.
    db.set_current_person(Some(&sam.id)).unwrap();
    db.archive_person(&sam.id, true).unwrap();
    assert_eq!(db.current_person().unwrap(), None);
    let err = db.set_current_person(Some(&sam.id)).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().contains("Sam Whitaker"), "{err}");
    assert_eq!(db.current_person().unwrap(), None);

    // Archiving someone else leaves the current person alone.
    let priya = person(&db, "Priya Nair");
    let marcus = person(&db, "Marcus Bell");
    db.set_current_person(Some(&priya.id)).unwrap();
    db.archive_person(&marcus.id, true).unwrap();
    assert_eq!(db.current_person().unwrap().map(|p| p.id), Some(priya.id));
}

#[test]
fn starting_empty_or_reloading_the_sample_forgets_people_and_who_was_chosen() {
    let mut db = sample_db();
    let sam = person(&db, "Sam Whitaker");
    db.set_current_person(Some(&sam.id)).unwrap();
    db.start_empty().unwrap();
    assert!(db.list_people(true).unwrap().is_empty());
    assert_eq!(db.current_person().unwrap(), None);

    let me = db.create_person(&input("Jo", None)).unwrap();
    db.set_current_person(Some(&me.id)).unwrap();
    db.load_sample().unwrap();
    assert_eq!(db.current_person().unwrap(), None);
    assert_eq!(
        db.list_people(true).unwrap().len(),
        3,
        "the sample's people"
    );
}
