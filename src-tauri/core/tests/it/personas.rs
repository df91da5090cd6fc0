//! Personas as the user keeps them: editing, duplicating, archiving, pictures.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use chair_core::model::{AnecdoteInput, NewPersona, Persona};
use chair_core::Db;

use crate::sample_db;
use crate::storage::tempdir;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

fn persona(db: &mut Db, name: &str) -> Persona {
    db.create_persona(&NewPersona {
        name: name.into(),
        segment: Some("Small seller".into()),
        goals: Some(vec!["Ship on time".into()]),
        quote: Some("Just tell me when.".into()),
        ..Default::default()
    })
    .unwrap()
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn decoded(avatar: &str, mime: &str) -> Vec<u8> {
    let prefix = format!("data:{mime};base64,");
    let payload = avatar
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{avatar:.40} is not a {mime} data URL"));
    base64::engine::general_purpose::STANDARD
        .decode(payload)
        .unwrap()
}

fn names(list: &[Persona]) -> Vec<&str> {
    list.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn update_replaces_the_fields_trims_the_name_and_bumps_updated_at() {
    let mut db = Db::open_in_memory().unwrap();
    let before = persona(&mut db, "Dana");
    std::thread::sleep(std::time::Duration::from_millis(5));
    let after = db
        .update_persona(
            &before.id,
            &NewPersona {
                name: "  Dana Ortiz ".into(),
                bio: Some("Runs a shop of three.".into()),
                needs: Some(vec!["Fewer surprises".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(after.name, "Dana Ortiz");
    assert_eq!(after.bio, "Runs a shop of three.");
    assert_eq!(after.needs, ["Fewer surprises"]);
    // A full replace: what the input leaves out is emptied.
    assert_eq!(after.segment, "");
    assert!(after.goals.is_empty());
    assert_eq!(after.quote, "");
    assert_eq!(after.created_at, before.created_at);
    assert!(after.updated_at > before.updated_at, "{after:?}");
    assert_eq!(db.get_persona(&before.id).unwrap(), after);

    let err = db
        .update_persona(
            &before.id,
            &NewPersona {
                name: "   ".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        (chair_core::ErrorCode::Invalid, "name: must not be empty")
    );
    assert_eq!(db.get_persona(&before.id).unwrap().name, "Dana Ortiz");

    let err = db
        .update_persona(
            "nope",
            &NewPersona {
                name: "X".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
}

#[test]
fn a_duplicate_copies_fields_and_picture_but_not_anecdotes() {
    let mut db = Db::open_in_memory().unwrap();
    let dir = tempdir();
    let original = persona(&mut db, "Dana");
    db.set_persona_avatar(&original.id, Some(&write_file(&dir, "dana.png", PNG)))
        .unwrap();
    let anecdote = db
        .create_anecdote(&AnecdoteInput {
            text: "Labels print crooked".into(),
            persona_ids: Some(vec![original.id.clone()]),
            ..Default::default()
        })
        .unwrap();
    db.archive_persona(&original.id, true).unwrap();
    let original = db.get_persona(&original.id).unwrap();

    let copy = db.duplicate_persona(&original.id).unwrap();
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.name, "Dana (copy)");
    assert_eq!(
        (&copy.segment, &copy.goals, &copy.quote),
        (&original.segment, &original.goals, &original.quote)
    );
    assert_eq!(copy.avatar, original.avatar);
    assert!(copy.avatar.is_some());
    assert_eq!(copy.archived_at, None, "a copy starts active");
    let linked = &db.get_anecdotes(&[anecdote.id]).unwrap()[0];
    assert_eq!(linked.persona_ids, [original.id.as_str()]);

    // The copy's picture is its own: removing it leaves the original's.
    db.set_persona_avatar(&copy.id, None).unwrap();
    assert!(db.get_persona(&original.id).unwrap().avatar.is_some());

    assert_eq!(
        db.duplicate_persona("nope").unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn archived_personas_leave_the_list_but_keep_their_links() {
    let mut db = sample_db();
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let view = db.open_meeting(&meeting).unwrap();
    let chair = view.personas[0].clone();
    let active = db.list_personas(false).unwrap();
    assert!(active.iter().any(|p| p.id == chair.id));
    // Sorts first by name; archived it must still come after every active persona.
    let early = persona(&mut db, "Aaron");

    let archived = db.archive_persona(&chair.id, true).unwrap();
    assert!(archived.archived_at.is_some());
    db.archive_persona(&early.id, true).unwrap();
    let again = db.archive_persona(&chair.id, true).unwrap();
    assert_eq!(
        again.archived_at, archived.archived_at,
        "archiving twice keeps the date"
    );

    let default = db.list_personas(false).unwrap();
    assert_eq!(default.len(), active.len() - 1);
    assert!(default.iter().all(|p| p.archived_at.is_none()));
    let all = db.list_personas(true).unwrap();
    assert_eq!(all.len(), active.len() + 1);
    let tail = &names(&all)[active.len() - 1..];
    assert_eq!(tail, ["Aaron", chair.name.as_str()]);
    assert!(names(&all)
        .windows(2)
        .take(active.len() - 2)
        .all(|w| { w[0].to_lowercase() <= w[1].to_lowercase() }));

    // Still in the meeting and on its anecdotes.
    let view = db.open_meeting(&meeting).unwrap();
    assert!(view.personas.iter().any(|p| p.id == chair.id));
    let hits = db
        .search_anecdotes(&chair_core::model::AnecdoteQuery {
            filters: Some(chair_core::model::AnecdoteFilters {
                persona_ids: Some(vec![chair.id.clone()]),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
    assert!(!hits.is_empty());

    let back = db.archive_persona(&chair.id, false).unwrap();
    assert_eq!(back.archived_at, None);
    assert!(db
        .list_personas(false)
        .unwrap()
        .iter()
        .any(|p| p.id == chair.id));
    assert_eq!(
        db.archive_persona("nope", true).unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn a_picture_is_kept_in_the_workspace_file_as_a_data_url() {
    let dir = tempdir();
    let path = dir.join("w.db");
    let picture = write_file(&dir, "dana.png", PNG);
    let id = {
        let mut db = Db::open(&path).unwrap();
        let p = persona(&mut db, "Dana");
        std::thread::sleep(std::time::Duration::from_millis(5));
        let with = db.set_persona_avatar(&p.id, Some(&picture)).unwrap();
        assert_eq!(decoded(with.avatar.as_deref().unwrap(), "image/png"), PNG);
        assert!(with.updated_at > p.updated_at);
        p.id
    };
    // The picked file may go away; the workspace keeps its own copy.
    std::fs::remove_file(&picture).unwrap();
    let mut db = Db::open(&path).unwrap();
    let listed = db.list_personas(false).unwrap();
    assert_eq!(
        decoded(listed[0].avatar.as_deref().unwrap(), "image/png"),
        PNG
    );

    let without = db.set_persona_avatar(&id, None).unwrap();
    assert_eq!(without.avatar, None);
    assert_eq!(db.get_persona(&id).unwrap().avatar, None);
}

#[test]
fn the_picture_type_comes_from_the_bytes_not_the_name() {
    let mut db = Db::open_in_memory().unwrap();
    let dir = tempdir();
    let p = persona(&mut db, "Dana");
    let cases: [(&str, &[u8], &str); 4] = [
        ("a.png", b"\xFF\xD8\xFF\xE0\0\x10JFIF", "image/jpeg"),
        ("b.jpg", b"GIF89a\x01\0\x01\0", "image/gif"),
        ("c", b"RIFF\x24\0\0\0WEBPVP8 ", "image/webp"),
        ("d.webp", PNG, "image/png"),
    ];
    for (name, bytes, mime) in cases {
        let got = db
            .set_persona_avatar(&p.id, Some(&write_file(&dir, name, bytes)))
            .unwrap();
        assert_eq!(
            decoded(got.avatar.as_deref().unwrap(), mime),
            bytes,
            "{name}"
        );
    }
}

#[test]
fn a_refused_picture_names_the_file_and_changes_nothing() {
    let mut db = Db::open_in_memory().unwrap();
    let dir = tempdir();
    let p = persona(&mut db, "Dana");
    let kept = db
        .set_persona_avatar(&p.id, Some(&write_file(&dir, "ok.png", PNG)))
        .unwrap();

    let bmp = write_file(&dir, "photo.bmp", b"BM\x36\0\0\0\0\0\0\0");
    let err = db.set_persona_avatar(&p.id, Some(&bmp)).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(
        err.to_string(),
        "photo.bmp: not a PNG, JPEG, GIF or WebP image"
    );
    // Almost a WebP: RIFF of another kind.
    let wav = write_file(&dir, "sound.webp", b"RIFF\x24\0\0\0WAVEfmt ");
    assert_eq!(
        db.set_persona_avatar(&p.id, Some(&wav)).unwrap_err().code(),
        "invalid"
    );
    let empty = write_file(&dir, "empty.png", b"");
    assert_eq!(
        db.set_persona_avatar(&p.id, Some(&empty))
            .unwrap_err()
            .code(),
        "invalid"
    );

    let limit = 2 * 1024 * 1024;
    let mut big = PNG.to_vec();
    big.resize(limit + 1, 0);
    let err = db
        .set_persona_avatar(&p.id, Some(&write_file(&dir, "big.png", &big)))
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    let message = err.to_string();
    assert!(
        message.starts_with("big.png: ") && message.contains("2 MiB"),
        "{message}"
    );

    let err = db
        .set_persona_avatar(&p.id, Some(&dir.join("missing.png")))
        .unwrap_err();
    assert_eq!(err.code(), "io");
    assert!(err.to_string().contains("missing.png"), "{err}");

    assert_eq!(db.get_persona(&p.id).unwrap(), kept, "nothing changed");

    big.truncate(limit);
    let at_limit = db
        .set_persona_avatar(&p.id, Some(&write_file(&dir, "max.png", &big)))
        .unwrap();
    assert_eq!(
        decoded(at_limit.avatar.as_deref().unwrap(), "image/png").len(),
        limit
    );

    let err = db
        .set_persona_avatar("nope", Some(&dir.join("ok.png")))
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
}
