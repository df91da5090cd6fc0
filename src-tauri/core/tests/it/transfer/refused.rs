//! A bad file is refused naming the place, and nothing changes.

use super::*;

#[test]
fn a_bad_file_is_refused_naming_the_place_and_changes_nothing() {
    let a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let mut b = empty_db();
    let before = b.summary().unwrap();
    let refuse = |b: &mut Db, path: &Path, field: &str| {
        let err = b.import_json(path, false).unwrap_err();
        assert_eq!(err.code(), "invalid", "{err}");
        assert!(
            err.to_string().starts_with(field),
            "{err} does not name {field}"
        );
    };

    let bad_status = edited(&file, "status.json", |j| {
        j["decisions"][2]["status"] = "maybe".into()
    });
    refuse(&mut b, &bad_status, "decisions[2].status");
    let bad_magnitude = edited(&file, "magnitude.json", |j| {
        j["decisions"][0]["impacts"][0]["magnitude"] = 9.into()
    });
    refuse(&mut b, &bad_magnitude, "decisions[0].impacts[0]");
    let missing_meeting = edited(&file, "meeting.json", |j| {
        j["decisions"][3]["meetingId"] = "nope".into()
    });
    refuse(&mut b, &missing_meeting, "decisions[3].meetingId");
    let bad_stamp = edited(&file, "stamp.json", |j| {
        j["personas"][0]["updatedAt"] = "yesterday".into()
    });
    refuse(&mut b, &bad_stamp, "personas[0].updatedAt");
    // A valid RFC 3339 stamp in another form would compare wrongly as text.
    let other_form = edited(&file, "offset.json", |j| {
        j["decisions"][1]["updatedAt"] = "2026-11-18T16:03:21+02:00".into()
    });
    refuse(&mut b, &other_form, "decisions[1].updatedAt");
    let unknown_field = edited(&file, "field.json", |j| {
        j["meetings"][0]["colour"] = "red".into()
    });
    refuse(&mut b, &unknown_field, "meetings[0]");
    let other_schema = edited(&file, "schema.json", |j| {
        j["schema"] = "something-else".into()
    });
    refuse(&mut b, &other_schema, "schema");
    let newer = edited(&file, "version.json", |j| j["version"] = 3.into());
    refuse(&mut b, &newer, "version");
    let not_json = file.with_file_name("not.json");
    std::fs::write(&not_json, "{ nope").unwrap();
    refuse(&mut b, &not_json, "file");
    assert_eq!(b.summary().unwrap(), before);
    assert_eq!(
        b.import_json(&file.with_file_name("absent.json"), false)
            .unwrap_err()
            .code(),
        "io"
    );
}
