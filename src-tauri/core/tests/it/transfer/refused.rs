//! A bad file is refused naming the place, and nothing changes.

use super::*;

#[test]
fn a_bad_file_is_refused_naming_the_place_and_changes_nothing() {
    let file = rich_sample_exported();
    let mut b = empty_db();
    let before = b.summary().unwrap();
    edit_refused(&mut b, &file, "decisions[2].status", |j| {
        j["decisions"][2]["status"] = "maybe".into()
    });
    edit_refused(&mut b, &file, "decisions[0].impacts[0]", |j| {
        j["decisions"][0]["impacts"][0]["magnitude"] = 9.into()
    });
    edit_refused(&mut b, &file, "decisions[3].meetingId", |j| {
        j["decisions"][3]["meetingId"] = "nope".into()
    });
    edit_refused(&mut b, &file, "personas[0].updatedAt", |j| {
        j["personas"][0]["updatedAt"] = "yesterday".into()
    });
    // A valid RFC 3339 stamp in another form would compare wrongly as text.
    edit_refused(&mut b, &file, "decisions[1].updatedAt", |j| {
        j["decisions"][1]["updatedAt"] = "2026-11-18T16:03:21+02:00".into()
    });
    edit_refused(&mut b, &file, "meetings[0]", |j| {
        j["meetings"][0]["colour"] = "red".into()
    });
    edit_refused(&mut b, &file, "schema", |j| {
        j["schema"] = "something-else".into()
    });
    edit_refused(&mut b, &file, "version", |j| j["version"] = 3.into());
    let not_json = file.with_file_name("not.json");
    std::fs::write(&not_json, "{ nope").unwrap();
    refused_naming(&mut b, &not_json, "file");
    assert_eq!(b.summary().unwrap(), before);
    assert_eq!(
        b.import_json(&file.with_file_name("absent.json"), false)
            .unwrap_err()
            .code(),
        "io"
    );
}
