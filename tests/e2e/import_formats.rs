//! Getting the customer's words in from the files people really have (issue 13, item 6): a CSV
//! whose dates are written day first imports with the right dates once the order is chosen; a
//! file in ISO-8859-15 reads right once that encoding is picked on the preview; an Excel
//! workbook of the CFPB sample imports the same 100 complaints as its CSV.

use std::path::Path;

use chair_e2e::{root, App, Result, Scenario};

fn shared(path: &str) -> std::path::PathBuf {
    root().join("../shared/data").join(path)
}

/// Opens the import dialog on `file` and waits for its preview.
async fn preview(app: &App, file: &Path, expect: &str) -> Result {
    app.open("nav-library", "library").await?;
    app.pick_import_file(file).await?;
    app.wait_text("import-dialog", expect).await?;
    Ok(())
}

/// Checks, imports and closes; `imported` is the count the end screen shows.
async fn check_and_import(app: &App, imported: &str) -> Result {
    app.click("import-check").await?;
    app.wait("import-summary").await?;
    app.click("import-run").await?;
    app.wait_text("import-done", imported).await?;
    Ok(())
}

/// Each anecdote's date and text in the workspace at `db` (the app has quit).
fn stored(db: &Path) -> Vec<(Option<String>, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT said_on, text FROM anecdotes ORDER BY text")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn day_first_dates_and_a_chosen_encoding_import_right() -> Result {
    let scenario = Scenario::new("import-formats")?;
    let dir = &scenario.dir;
    let days = dir.join("days.csv");
    std::fs::write(
        &days,
        "Date,Feedback\n03/04/2026,Zorblat export hides under settings\n\
         25/12/2026,Zorblat parcel arrived broken\n",
    )?;
    // "€" is byte A4 in ISO-8859-15; Windows-1252 (the fallback) reads that byte as "¤".
    let euro = dir.join("euro.csv");
    let mut bytes = b"Feedback\nQuuxly charged 20 ".to_vec();
    bytes.push(0xA4);
    bytes.extend_from_slice(b" twice\n");
    std::fs::write(&euro, bytes)?;

    let mut app = scenario.launch_with_diane_in_the_chair().await?;

    // Day first: 25/12 settles it, both readings are on offer, the rows show the chosen one.
    preview(&app, &days, "Zorblat export").await?;
    app.wait_text("import-date-order", "03/04/2026").await?;
    app.wait_text("import-date-order-source", "settles it")
        .await?;
    let readings = app.texts("import-date-reading").await?;
    assert_eq!(readings.len(), 2, "{readings:?}");
    assert!(
        readings.iter().all(|r| !r.contains("not a date")),
        "{readings:?}"
    );
    app.screenshots_light_and_dark("dates-day-first", "dates-day-first-dark")
        .await?;
    // Month first cannot read 25/12: the preview says so, and the check refuses the file.
    app.click("import-date-order-monthFirst").await?;
    app.wait_text("import-rows", "not a date").await?;
    app.click("import-check").await?;
    app.wait_text("import-error", "row 3").await?;
    app.screenshot("dates-month-first-refused").await?;
    app.click("import-date-order-dayFirst").await?;
    check_and_import(&app, "2 anecdotes imported").await?;
    app.click("import-view-library").await?;

    // The encoding: detected as Windows-1252, read again as ISO-8859-15.
    preview(&app, &euro, "Quuxly").await?;
    app.wait_text("import-rows", "20 ¤ twice").await?;
    app.click_css("[data-testid=\"import-encoding-choice\"] option[value=\"iso-8859-15\"]")
        .await?;
    app.wait_text("import-rows", "20 € twice").await?;
    app.screenshots_light_and_dark("encoding-chosen", "encoding-chosen-dark")
        .await?;
    check_and_import(&app, "1 anecdote imported").await?;
    app.quit().await?;
    let db = scenario.end();

    let rows = stored(&db);
    let find = |word: &str| {
        rows.iter()
            .find(|(_, text)| text.contains(word))
            .unwrap_or_else(|| panic!("{word} not imported: {rows:?}"))
            .clone()
    };
    assert_eq!(find("export hides").0.as_deref(), Some("2026-04-03"));
    assert_eq!(find("parcel").0.as_deref(), Some("2026-12-25"));
    assert_eq!(find("Quuxly").1, "Quuxly charged 20 € twice");
    Ok(())
}

/// The CFPB sample as Excel keeps it: ids as numbers, dates as date cells, the rest text.
fn cfpb_workbook(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Complaints").unwrap();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let text =
        std::fs::read_to_string(shared("cfpb/cfpb_1994simba_100rows_narratives.csv")).unwrap();
    let mut header: Vec<String> = Vec::new();
    let mut reader = csv_reader(&text);
    for (r, record) in reader.records().enumerate() {
        let record = record.unwrap();
        if r == 0 {
            header = record.iter().map(str::to_owned).collect();
        }
        for (c, value) in record.iter().enumerate() {
            let (row, col) = (r as u32, c as u16);
            if value.is_empty() {
                continue;
            }
            if r > 0 && header[c].starts_with("Date ") {
                let at = ExcelDateTime::parse_from_str(value).unwrap();
                sheet
                    .write_datetime_with_format(row, col, &at, &date_format)
                    .unwrap();
            } else if r > 0 && header[c] == "Complaint ID" {
                sheet
                    .write_number(row, col, value.parse::<f64>().unwrap())
                    .unwrap();
            } else {
                sheet.write_string(row, col, value).unwrap();
            }
        }
    }
    workbook.save(path).unwrap();
}

fn csv_reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_xlsx_of_the_cfpb_sample_imports_like_its_csv() -> Result {
    let scenario = Scenario::new("import-xlsx")?;
    let book = scenario.dir.join("complaints.xlsx");
    cfpb_workbook(&book);
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    preview(&app, &book, "Consumer complaint narrative").await?;
    app.wait_text("import-dialog", "Excel workbook").await?;
    app.wait("import-sheet").await?;
    app.screenshots_light_and_dark("xlsx-preview", "xlsx-preview-dark")
        .await?;
    app.click("import-check").await?;
    app.wait_text("import-summary", "100").await?;
    app.click("import-run").await?;
    app.wait_text("import-done", "100 anecdotes imported")
        .await?;
    app.screenshot("xlsx-imported").await?;
    app.quit().await?;
    let db = scenario.end();

    // The same complaints as the CSV gives, with the same dates.
    let csv =
        chair_core::import::preview(&shared("cfpb/cfpb_1994simba_100rows_narratives.csv"), 5)?;
    let plan = chair_core::import::read(
        &shared("cfpb/cfpb_1994simba_100rows_narratives.csv"),
        &csv.suggested,
        &chair_core::import::ImportOptions::default(),
        &mut |_, _| {},
        &std::sync::atomic::AtomicBool::new(false),
    )?;
    let rows = stored(&db);
    for row in &plan.rows {
        let a = &row.anecdote;
        let said = a.said_on.map(|d| d.to_string());
        assert!(
            rows.iter().any(|(d, t)| *t == a.text && *d == said),
            "row {} of the CSV is not in the workspace as it is",
            row.row
        );
    }
    Ok(())
}
