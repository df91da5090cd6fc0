//! Spreadsheets (XLSX): a sheet picked, cells named by row, dates in the order the file uses.

use super::*;

/// Writes `csv_path` as a workbook the way Excel would keep it: ids as numbers, dates as date
/// cells, everything else as text; `before` sheets of notes come first.
fn csv_to_xlsx(csv_path: &std::path::Path, xlsx_path: &std::path::Path, before: &[&str]) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    for name in before {
        let notes = workbook.add_worksheet();
        notes.set_name(*name).unwrap();
        notes
            .write_string(0, 0, "Exported from the support tool")
            .unwrap();
    }
    let sheet = workbook.add_worksheet();
    sheet.set_name("Complaints").unwrap();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(csv_path)
        .unwrap();
    let mut header: Vec<String> = Vec::new();
    for (r, record) in reader.records().enumerate() {
        let record = record.unwrap();
        if r == 0 {
            header = record.iter().map(str::to_owned).collect();
        }
        for (c, value) in record.iter().enumerate() {
            let (row, col) = (r as u32, c as u16);
            let name = header[c].as_str();
            if value.is_empty() {
                continue;
            }
            if r > 0 && name.starts_with("Date ") {
                let at = ExcelDateTime::parse_from_str(value).unwrap();
                sheet
                    .write_datetime_with_format(row, col, &at, &date_format)
                    .unwrap();
            } else if r > 0 && name == "Complaint ID" {
                sheet
                    .write_number(row, col, value.parse::<f64>().unwrap())
                    .unwrap();
            } else {
                sheet.write_string(row, col, value).unwrap();
            }
        }
    }
    workbook.save(xlsx_path).unwrap();
}

#[test]
fn an_xlsx_of_the_cfpb_sample_imports_the_same_anecdotes_as_its_csv() {
    let dir = std::env::temp_dir().join(format!("chair-import-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv_path = data("cfpb/cfpb_1994simba_100rows_narratives.csv");
    let xlsx_path = dir.join("complaints.xlsx");
    csv_to_xlsx(&csv_path, &xlsx_path, &[]);

    let from_csv = read_suggested(
        "cfpb/cfpb_1994simba_100rows_narratives.csv",
        &ImportOptions::default(),
    )
    .unwrap();
    let preview = import::preview(&xlsx_path, 5).unwrap();
    assert_eq!(preview.kind, FileKind::Workbook { sheet: 0 });
    assert_eq!(preview.sheets, ["Complaints"]);
    let csv_preview = import::preview(&csv_path, 5).unwrap();
    assert_eq!(preview.headers, csv_preview.headers);
    assert_eq!(preview.suggested, csv_preview.suggested);
    assert_eq!(
        preview.layout_key, csv_preview.layout_key,
        "the same mapping is remembered"
    );
    assert_eq!(preview.rows.len(), 5);
    let mut reports = 0;
    let from_xlsx = import::read(
        &xlsx_path,
        &preview.suggested,
        &ImportOptions::default(),
        &mut |_, _| reports += 1,
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(reports >= 2, "progress is reported");
    assert_eq!(from_xlsx.kind, FileKind::Workbook { sheet: 0 });
    assert_eq!(from_xlsx.rows.len(), 100);
    assert!(from_xlsx.warnings.is_empty(), "{:?}", from_xlsx.warnings);
    for (a, b) in from_csv.rows.iter().zip(&from_xlsx.rows) {
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_workbook_sheet_can_be_picked_and_bad_cells_name_their_row() {
    let dir = std::env::temp_dir().join(format!("chair-import-sheets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let xlsx_path = dir.join("book.xlsx");
    {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut workbook = Workbook::new();
        let about = workbook.add_worksheet();
        about.set_name("About").unwrap();
        about
            .write_string(0, 0, "Exported from the support tool")
            .unwrap();
        let sheet = workbook.add_worksheet();
        sheet.set_name("Complaints").unwrap();
        sheet.write_string(0, 0, "Date received").unwrap();
        sheet.write_string(0, 1, "Narrative").unwrap();
        sheet.write_string(1, 0, "2024-01-02").unwrap();
        sheet.write_string(1, 1, "fine").unwrap();
        // Row 3 is empty; row 4 has a date cell and a number as its text.
        let at = ExcelDateTime::parse_from_str("2024-01-03").unwrap();
        let format = Format::new().set_num_format("dd/mm/yyyy");
        sheet
            .write_datetime_with_format(3, 0, &at, &format)
            .unwrap();
        sheet.write_number(3, 1, 42.0).unwrap();
        workbook.save(&xlsx_path).unwrap();
    }
    let first = import::preview(&xlsx_path, 5).unwrap();
    assert_eq!(first.sheets, ["About", "Complaints"]);
    assert_eq!(first.headers, ["Exported from the support tool"]);
    let picked = import::preview_as(&xlsx_path, 5, Some(FileKind::Workbook { sheet: 1 })).unwrap();
    assert_eq!(picked.headers, ["Date received", "Narrative"]);
    assert_eq!(picked.rows, [["2024-01-02", "fine"], ["2024-01-03", "42"]]);
    let options = ImportOptions {
        kind: Some(FileKind::Workbook { sheet: 1 }),
        ..ImportOptions::default()
    };
    let plan = import::read(
        &xlsx_path,
        &picked.suggested,
        &options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(
        plan.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [2, 4],
        "sheet rows"
    );
    assert_eq!(plan.rows[1].anecdote.said_on, date(2024, 1, 3));
    assert_eq!(plan.rows[1].anecdote.text, "42");
    let none =
        import::preview_as(&xlsx_path, 5, Some(FileKind::Workbook { sheet: 5 })).unwrap_err();
    assert!(none.message.contains("no sheet number 6"), "{none}");
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---- ambiguous dates ---------------------------------------------------------------------

#[test]
fn day_first_dates_are_settled_by_the_file_and_read_in_the_chosen_order() {
    let text = "Date,Text\n03/04/2026,first\n25/12/2026,second\n";
    let preview = import::preview_bytes("days.csv", text.as_bytes(), 8).unwrap();
    let dates = &preview.date_columns;
    assert_eq!(dates.len(), 1);
    assert_eq!(dates[0].column, "Date");
    assert_eq!(dates[0].ambiguous_example.as_deref(), Some("03/04/2026"));
    assert_eq!(
        dates[0].settled,
        Some(DateOrder::DayFirst),
        "25 can only be a day"
    );
    assert_eq!(
        dates[0].day_first,
        [Some("2026-04-03".into()), Some("2026-12-25".into())]
    );
    assert_eq!(dates[0].month_first, [Some("2026-03-04".into()), None]);
    assert_eq!(preview.suggested.said_on.as_deref(), Some("Date"));
    assert_eq!(preview.suggested.date_order, DateOrder::DayFirst);

    let plan = read_str("days.csv", text, &preview.suggested).unwrap();
    let said: Vec<_> = plan.rows.iter().map(|r| r.anecdote.said_on).collect();
    assert_eq!(said, [date(2026, 4, 3), date(2026, 12, 25)]);

    let month_first = ColumnMapping {
        date_order: DateOrder::MonthFirst,
        ..preview.suggested.clone()
    };
    let errors = invalid(read_str("days.csv", text, &month_first));
    assert_eq!(
        (errors[0].row, errors[0].field.as_deref()),
        (Some(3), Some("saidOn"))
    );
    assert!(errors[0].message.contains("day/month"), "{}", errors[0]);

    // Nothing settles it: the choice is left to the user (the app defaults to the locale).
    let open = "Date,Text\n03/04/2026,a\n05/06/2026,b\n";
    let preview = import::preview_bytes("open.csv", open.as_bytes(), 8).unwrap();
    assert_eq!(preview.date_columns[0].settled, None);
    assert_eq!(preview.suggested.date_order, DateOrder::MonthFirst);
}
