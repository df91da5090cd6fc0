//! Cancelling, progress, and the caps that keep a hostile file from taking the machine.

use super::*;

fn many_rows(n: usize) -> String {
    let mut text = String::from("id,text\n");
    for i in 0..n {
        text.push_str(&format!("{i},customer said thing number {i}\n"));
    }
    text
}

#[test]
fn cancel_returns_cancelled_before_and_during_reading() {
    let text = many_rows(5000);
    let mapping = text_only("text");
    let set = AtomicBool::new(true);
    let result = import::read_bytes(
        "c.csv",
        text.as_bytes(),
        &mapping,
        &ImportOptions::default(),
        &mut |_, _| {},
        &set,
    );
    assert_eq!(result.unwrap_err(), ImportFailure::Cancelled);

    let cancel = AtomicBool::new(false);
    let mut reports = 0;
    let result = import::read_bytes(
        "c.csv",
        text.as_bytes(),
        &mapping,
        &ImportOptions::default(),
        &mut |done, _| {
            reports += 1;
            if done > 0 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert_eq!(result.unwrap_err().code(), "cancelled");
    assert_eq!(
        reports, 2,
        "stopped at the first check after the flag was raised"
    );
}

#[test]
fn progress_is_reported_every_thousand_rows_and_at_the_end() {
    let text = many_rows(3500);
    let mut seen = Vec::new();
    let plan = import::read_bytes(
        "p.csv",
        text.as_bytes(),
        &text_only("text"),
        &ImportOptions::default(),
        &mut |done, total| seen.push((done, total)),
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(plan.rows.len(), 3500);
    let total = text.len() as u64;
    assert_eq!(seen.first(), Some(&(0, total)));
    assert_eq!(seen.last(), Some(&(total, total)));
    assert_eq!(seen.len(), 2 + 3);
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn layout_key_ignores_case_spacing_and_delimiter_but_not_columns() {
    let key = |name: &str, text: &str| {
        import::preview_bytes(name, text.as_bytes(), 1)
            .unwrap()
            .layout_key
    };
    let a = key("a.csv", "Date Received,Narrative\n2024-01-01,x\n");
    assert_eq!(a, key("b.tsv", "date received\tnarrative\n2024-01-01\tx\n"));
    assert_ne!(a, key("c.csv", "Narrative,Date Received\nx,2024-01-01\n"));
    assert_ne!(
        a,
        key(
            "d.jsonl",
            "{\"Date Received\": \"2024-01-01\", \"Narrative\": \"x\"}\n"
        )
    );
    assert_eq!(
        key("e.jsonl", "{\"a\": 1, \"b\": 2}\n"),
        key("f.jsonl", "{\"b\": 1, \"a\": 2}\n")
    );
}

#[test]
fn preview_of_a_large_file_reads_only_its_start() {
    let dir = std::env::temp_dir().join(format!("chair-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.csv");
    let text = many_rows(200_000); // about 6 MB, more than the preview reads
    assert!(text.len() > import::PREVIEW_BYTES);
    std::fs::write(&path, &text).unwrap();
    let preview = import::preview(&path, 3).unwrap();
    assert_eq!(preview.total_bytes, text.len() as u64);
    assert_eq!(
        preview.rows,
        [
            ["0", "customer said thing number 0"],
            ["1", "customer said thing number 1"],
            ["2", "customer said thing number 2"]
        ]
    );
    let missing = import::preview(&dir.join("nope.csv"), 3).unwrap_err();
    assert!(
        missing.to_string().starts_with("nope.csv: cannot be read"),
        "{missing}"
    );
    let failure = read_file(
        &dir.join("nope.csv"),
        &text_only("text"),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(failure.code(), "io");
    std::fs::remove_dir_all(&dir).ok();
}

// ---- hardening (issue 12, items 1-3) -----------------------------------------------------

/// A one-line header of `n` copies of `name`, and one data row.
fn repeated_header(name: &str, n: usize) -> String {
    let mut text = vec![name; n].join(",");
    text.push('\n');
    text.push_str(&vec!["x"; n].join(","));
    text.push('\n');
    text
}

#[test]
fn repeated_header_names_get_distinct_numbers_up_to_the_column_cap() {
    let text = repeated_header("a", import::MAX_COLUMNS);
    let preview = import::preview_bytes("wide.csv", text.as_bytes(), 1).unwrap();
    assert_eq!(preview.headers.len(), import::MAX_COLUMNS);
    assert_eq!(preview.headers[0], "a");
    assert_eq!(preview.headers[1], "a (2)");
    assert_eq!(preview.headers[999], "a (1000)");
    let distinct: std::collections::HashSet<&String> = preview.headers.iter().collect();
    assert_eq!(distinct.len(), import::MAX_COLUMNS);
    // A literal header that looks like a generated name is never given twice.
    let preview = import::preview_bytes("n.csv", b"a,a,a (2),,\n1,2,3,4,5\n", 1).unwrap();
    assert_eq!(
        preview.headers,
        [
            "a",
            "a (2)",
            "a (2) (2)",
            "(unnamed column 4)",
            "(unnamed column 5)"
        ]
    );
}

#[test]
fn a_header_wider_than_the_cap_is_refused_naming_the_header_row() {
    let text = repeated_header("Narrative", 3000);
    let e = import::preview_bytes("wide.csv", text.as_bytes(), 8).unwrap_err();
    assert_eq!((e.file.as_str(), e.row), ("wide.csv", Some(1)));
    assert!(e.message.contains("has 3000 columns; at most 1000"), "{e}");
    let errors = invalid(read_str("wide.csv", &text, &text_only("Narrative")));
    assert_eq!(errors[0].row, Some(1));

    // A 4 MiB line of commas is one header of 4 Mi + 1 empty columns.
    let commas = format!("text{}\n", ",".repeat(4 * 1024 * 1024));
    let e = import::preview_bytes("commas.csv", commas.as_bytes(), 8).unwrap_err();
    assert!(e.message.contains("4194305 columns"), "{e}");
    let e = invalid(read_str("commas.csv", &commas, &text_only("text")));
    assert!(e[0].message.contains("columns"), "{}", e[0]);
}

#[test]
fn json_lines_with_more_keys_than_the_cap_are_refused_naming_the_line() {
    let keys: Vec<String> = (0..=import::MAX_COLUMNS)
        .map(|i| format!("\"k{i}\": \"v\""))
        .collect();
    let line = format!("{{\"text\": \"hello\"}}\n{{{}}}\n", keys.join(", "));
    let e = import::preview_bytes("keys.jsonl", line.as_bytes(), 8).unwrap_err();
    assert_eq!(e.row, Some(2));
    assert!(e.message.contains("1002 columns"), "{e}");
    let errors = invalid(read_str("keys.jsonl", &line, &text_only("text")));
    assert_eq!(errors[0].row, Some(2));
    assert!(errors[0].message.contains("1001 columns"), "{}", errors[0]);
}

#[test]
fn a_cell_of_too_many_tags_is_refused_naming_row_column_and_field() {
    let mapping = ColumnMapping {
        tags: Some("Labels".into()),
        ..text_only("text")
    };
    let hundred: Vec<String> = (0..import::MAX_TAGS_PER_CELL)
        .map(|i| format!("t{i}"))
        .collect();
    let ok = format!("text,Labels\nfine,\"{}\"\n", hundred.join(","));
    let plan = read_str("tags.csv", &ok, &mapping).unwrap();
    assert_eq!(plan.rows[0].anecdote.tags.len(), import::MAX_TAGS_PER_CELL);

    let many = format!(
        "text,Labels\nfine,x\ntoo many,\"{},extra\"\n",
        hundred.join(";")
    );
    let errors = invalid(read_str("tags.csv", &many, &mapping));
    assert_eq!(errors.len(), 1);
    let e = &errors[0];
    assert_eq!(
        (e.row, e.column.as_deref(), e.field.as_deref()),
        (Some(3), Some("Labels"), Some("tags"))
    );
    assert!(e.message.contains("101 tags"), "{e}");

    let list: Vec<String> = (0..=import::MAX_TAGS_PER_CELL)
        .map(|i| format!("\"t{i}\""))
        .collect();
    let jsonl = format!("{{\"text\": \"hi\", \"Labels\": [{}]}}\n", list.join(","));
    let errors = invalid(read_str("tags.jsonl", &jsonl, &mapping));
    assert_eq!(errors[0].row, Some(1));
    assert!(errors[0].message.contains("101 tags"), "{}", errors[0]);
}

#[test]
fn text_over_64_kib_is_refused_with_its_row_and_column_and_nothing_is_kept() {
    let mapping = text_only("Narrative");
    let at_cap = "a".repeat(import::MAX_CELL_BYTES);
    let plan = read_str("ok.csv", &format!("Narrative\n{at_cap}\n"), &mapping).unwrap();
    assert_eq!(plan.rows[0].anecdote.text.len(), import::MAX_CELL_BYTES);

    let over = "é".repeat(import::MAX_CELL_BYTES / 2 + 1);
    let text = format!("id,Narrative\n1,short\n2,\"{over}\"\n");
    let errors = invalid(read_str("long.csv", &text, &mapping));
    let e = &errors[0];
    assert_eq!(
        (
            e.file.as_str(),
            e.row,
            e.column.as_deref(),
            e.field.as_deref()
        ),
        ("long.csv", Some(3), Some("Narrative"), Some("text"))
    );
    assert!(e.message.contains("at most 64 KiB"), "{e}");
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_it_is_read() {
    let dir = std::env::temp_dir().join(format!("chair-import-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.csv");
    // Sparse: costs no disk, but its size is over the cap.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(import::MAX_FILE_BYTES + 1).unwrap();
    drop(file);
    let errors = invalid(read_file(
        &path,
        &text_only("text"),
        &ImportOptions::default(),
    ));
    assert_eq!(errors[0].file, "huge.csv");
    assert!(
        errors[0].message.contains("at most 256 MiB"),
        "{}",
        errors[0]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_nul_byte_anywhere_in_the_file_refuses_it() {
    let mut text = many_rows(2000); // about 60 KB, well past the first 8 KiB
    text.push_str("2001,hidden\0payload\n");
    let errors = invalid(read_str("late.csv", &text, &text_only("text")));
    assert!(
        errors[0].message.contains("line 2002 holds a NUL byte"),
        "{}",
        errors[0]
    );
    let mut bom = b"\xEF\xBB\xBFtext\n".to_vec();
    bom.extend_from_slice(b"a\0b\n");
    let errors = invalid(read_with_defaults("bom.csv", &bom, &text_only("text")));
    assert!(errors[0].message.contains("NUL"), "{}", errors[0]);
}

#[test]
fn entities_that_decode_to_control_characters_are_removed() {
    let text = "text\n\"clear&#27;[2J&#x1b;]0;title&#7; screen &amp; &#233;t&#xE9;\"\n";
    let plan = read_str("esc.csv", text, &text_only("text")).unwrap();
    assert_eq!(texts(&plan), ["clear[2J]0;title screen & été"]);
    let preview = import::preview_bytes("esc.csv", text.as_bytes(), 1).unwrap();
    assert_eq!(preview.rows[0][0], "clear[2J]0;title screen & été");
}

#[test]
fn cancel_is_seen_at_the_next_record_even_in_a_short_file() {
    // 500 rows: fewer than one progress interval, so only a per-record check can see it.
    let read_cancelled_at_once = |name: &str, text: &str| {
        let cancel = AtomicBool::new(false);
        import::read_bytes(
            name,
            text.as_bytes(),
            &text_only("text"),
            &ImportOptions::default(),
            &mut |_, _| cancel.store(true, Ordering::Relaxed),
            &cancel,
        )
    };
    let result = read_cancelled_at_once("c.csv", &many_rows(500));
    assert_eq!(result.unwrap_err(), ImportFailure::Cancelled);
    let jsonl: String = (0..500)
        .map(|i| format!("{{\"text\": \"line {i}\"}}\n"))
        .collect();
    let result = read_cancelled_at_once("c.jsonl", &jsonl);
    assert_eq!(result.unwrap_err(), ImportFailure::Cancelled);
}

#[test]
fn cancel_is_seen_while_loading_comparing_and_writing() {
    let dir = std::env::temp_dir().join(format!("chair-import-cancel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rows.csv");
    std::fs::write(&path, many_rows(3000)).unwrap();
    let mapping = text_only("text");
    let options = ImportOptions::default();
    // Loading the file.
    let failure = import::read(
        &path,
        &mapping,
        &options,
        &mut |_, _| {},
        &AtomicBool::new(true),
    );
    assert_eq!(failure.unwrap_err(), ImportFailure::Cancelled);
    // Comparing with the workspace (the dry run's last phase).
    let mut db = crate::empty_db();
    let parsed = parse_whole(&path, &mapping);
    let (summary, rows) = parsed.clone().unwrap();
    let check = import::check(&db, parsed, &AtomicBool::new(true));
    assert_eq!(check.unwrap_err().code(), "cancelled");
    // Writing: raised at the first progress report, and nothing is kept.
    let cancel = AtomicBool::new(false);
    let written = import::write(
        &mut db,
        summary,
        rows.clone(),
        "layout",
        &mapping,
        &[],
        &mut |_, _| cancel.store(true, Ordering::Relaxed),
        &cancel,
    );
    assert_eq!(written.unwrap_err().code(), "cancelled");
    let (kept, _) = db.count_existing(&rows, &AtomicBool::new(false)).unwrap();
    assert_eq!(kept, 0, "a cancelled import keeps nothing");
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---- Excel workbooks ---------------------------------------------------------------------
