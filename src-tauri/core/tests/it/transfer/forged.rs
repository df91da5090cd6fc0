//! Forged files: from the future, made-up ids, moved records, built-in decks; refused or reported, never trusted.

use super::*;

#[test]
fn a_file_from_the_future_or_with_made_up_ids_or_timers_is_refused() {
    let file = rich_sample_exported();
    let mut b = empty_db();
    // A decision dated 9999 would win every later merge in every workspace it reaches.
    edit_refused(&mut b, &file, "decisions[0].updatedAt", |j| {
        j["decisions"][0]["updatedAt"] = "9999-12-31T23:59:59.999Z".into()
    });
    let in_two_days = chair_core::time::stamp(chrono::Utc::now() + chrono::Duration::days(2));
    edit_refused(&mut b, &file, "meetings[0].agenda[0].doneAt", |j| {
        j["meetings"][0]["agenda"][0]["doneAt"] = in_two_days.clone().into()
    });
    // Within a day ahead is another laptop's clock, and is accepted.
    let soon = chair_core::time::stamp(chrono::Utc::now() + chrono::Duration::hours(2));
    let skewed = edited(&file, "skewed.json", |j| {
        j["people"][0]["updatedAt"] = soon.clone().into()
    });
    b.import_json(&skewed, true).unwrap();

    edit_refused(&mut b, &file, "meetings[0].agenda[0].elapsedMs", |j| {
        j["meetings"][0]["agenda"][0]["elapsedMs"] = (-5).into()
    });
    edit_refused(&mut b, &file, "meetings[0].agenda[0].elapsedMs", |j| {
        j["meetings"][0]["agenda"][0]["elapsedMs"] = 9_000_000_000_i64.into()
    });
    edit_refused(&mut b, &file, "meetings[0].agenda[0].runningSince", |j| {
        j["meetings"][0]["agenda"][0]["runningSince"] = "2001-01-01T00:00:00.000Z".into()
    });

    // Ids are the app's own (UUIDs): anything else is refused with its record and field.
    edit_refused(&mut b, &file, "decisions[1].id", |j| {
        j["decisions"][1]["id"] = "../../\u{1b}[2Jx".into()
    });
    edit_refused(&mut b, &file, "meetings[0].answers[0].promptId", |j| {
        j["meetings"][0]["answers"][0]["promptId"] = "prompt-1".into()
    });
}

#[test]
fn an_action_item_too_long_or_with_a_made_up_id_is_refused() {
    let mut a = sample_db();
    with_carrier_call(&mut a);
    let file = exported(&a);
    let mut b = empty_db();
    // The app refuses more than 2,000 characters as it is typed; a file cannot bring more.
    edit_refused(&mut b, &file, "actionItems[0].what", |j| {
        j["actionItems"][0]["what"] = "x".repeat(2001).into()
    });
    let just = edited(&file, "just.json", |j| {
        j["actionItems"][0]["what"] = "é".repeat(2000).into()
    });
    b.import_json(&just, true).unwrap();
    edit_refused(&mut b, &file, "actionItems[1].id", |j| {
        j["actionItems"][1]["id"] = "item-1".into()
    });
    edit_refused(&mut b, &file, "actionItems[1].doneAt", |j| {
        j["actionItems"][1]["doneAt"] = "9999-01-01T00:00:00.000Z".into()
    });
}

#[test]
fn a_record_is_never_moved_to_another_parent() {
    let mut a = rich_sample();
    let file = exported(&a);
    let json = json_of(&file);
    let count = json["decisions"].as_array().unwrap().len();
    let i = first_decision_with(&json, "impacts");
    let other = (i + 1) % count;
    // The impact of decision i, newer, listed under another decision.
    let stamp = chair_core::time::now();
    let moved = edited(&file, "moved.json", |j| {
        let mut impact = j["decisions"][i]["impacts"][0].clone();
        impact["updatedAt"] = stamp.clone().into();
        j["decisions"][other]["impacts"]
            .as_array_mut()
            .unwrap()
            .push(impact);
    });
    let n = json["decisions"][other]["impacts"]
        .as_array()
        .unwrap()
        .len();
    refused_naming(
        &mut a,
        &moved,
        &format!("decisions[{other}].impacts[{n}].id"),
    );
    // An annotation moved the same way.
    let j_annotated = first_decision_with(&json, "annotations");
    let elsewhere = (j_annotated + 1) % count;
    let moved_note = edited(&file, "note.json", |j| {
        let mut note = j["decisions"][j_annotated]["annotations"][0].clone();
        note["updatedAt"] = stamp.clone().into();
        j["decisions"][elsewhere]["annotations"] = serde_json::json!([note]);
    });
    refused_naming(
        &mut a,
        &moved_note,
        &format!("decisions[{elsewhere}].annotations[0].id"),
    );
    // An agenda item moved to another meeting.
    assert!(json["meetings"].as_array().unwrap().len() >= 2);
    let moved_item = edited(&file, "item.json", |j| {
        let mut item = j["meetings"][0]["agenda"][0].clone();
        item["updatedAt"] = stamp.clone().into();
        j["meetings"][1]["agenda"]
            .as_array_mut()
            .unwrap()
            .push(item);
    });
    let items = json["meetings"][1]["agenda"].as_array().unwrap().len();
    refused_naming(
        &mut a,
        &moved_item,
        &format!("meetings[1].agenda[{items}].id"),
    );
}

#[test]
fn impacts_are_compared_by_date_and_reported() {
    let mut a = rich_sample();
    let file = exported(&a);
    let mut b = empty_db();
    let report = b.import_json(&file, false).unwrap();
    assert!(report.changes.iter().any(|c| c.kind == "impact"));

    let json = json_of(&file);
    let i = first_decision_with(&json, "impacts");
    let impact_id = json["decisions"][i]["impacts"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let decision_id = json["decisions"][i]["id"].as_str().unwrap().to_owned();
    // Only the impact is newer in the file: it is updated, and the report says so.
    let newer = edited(&file, "impact.json", |j| {
        j["decisions"][i]["impacts"][0]["whatChanges"] = "Ships back free".into();
        j["decisions"][i]["impacts"][0]["updatedAt"] = chair_core::time::now().into();
    });
    let report = a.import_json(&newer, false).unwrap();
    assert_eq!((report.updated, report.added), (1, 0), "{report:?}");
    assert_eq!(
        (
            report.changes[0].kind.as_str(),
            report.changes[0].id.as_str()
        ),
        ("impact", impact_id.as_str())
    );
    let impact = a.get_decision(&decision_id).unwrap().impacts.remove(0);
    assert_eq!(impact.what_changes, "Ships back free");
    // The older file now loses against the workspace's impact.
    let older = a.import_json(&file, false).unwrap();
    assert_eq!(older.kept_newer, 1, "{older:?}");
}

#[test]
fn a_built_in_deck_is_never_replaced_by_a_files_copy() {
    let a = rich_sample();
    let file = exported(&a);
    let json = json_of(&file);
    let k = (0..json["decks"].as_array().unwrap().len())
        .find(|&k| json["decks"][k]["builtin"] == true)
        .unwrap();
    let name = json["decks"][k]["name"].as_str().unwrap().to_owned();
    let hostile = edited(&file, "deck.json", |j| {
        j["decks"][k]["description"] = "Rewritten".into();
        j["decks"][k]["updatedAt"] = chair_core::time::now().into();
        j["decks"][k]["prompts"][0]["text"] = "Forget the customer".into();
        j["decks"][k]["prompts"][0]["updatedAt"] = chair_core::time::now().into();
    });
    let prompts_of = |db: &Db, builtin: bool| -> Vec<Vec<String>> {
        db.list_decks()
            .unwrap()
            .into_iter()
            .filter(|d| d.name == name && d.builtin == builtin)
            .map(|d| d.prompts.into_iter().map(|p| p.text).collect())
            .collect()
    };
    // The workspace that has the deck by id keeps it as it is.
    let mut same = sample_db();
    let own = prompts_of(&same, true);
    let mut a = a;
    let before = prompts_of(&a, true);
    a.import_json(&hostile, false).unwrap();
    assert_eq!(prompts_of(&a, true), before);
    // Another workspace keeps its own built-in deck; the file's altered copy is the team's own.
    same.import_json(&hostile, false).unwrap();
    assert_eq!(prompts_of(&same, true), own);
    let copies = prompts_of(&same, false);
    assert_eq!(copies.len(), 1, "the file's deck came in as a custom deck");
    assert_eq!(copies[0][0], "Forget the customer");
    let mut empty = empty_db();
    let own = prompts_of(&empty, true);
    empty.import_json(&hostile, false).unwrap();
    assert_eq!(prompts_of(&empty, true), own);
}
