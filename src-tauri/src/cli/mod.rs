//! The headless command line: `export`, `import`, `import-anecdotes` and `search` on an
//! existing workspace, for scripts and CI. Nothing here touches Tauri or a display, so it runs
//! on a server without one.
//!
//! Unlike the window, a subcommand never creates a workspace: a missing database is an error.
//! Results go to stdout, errors to stderr as `empty-chair: <message>`, and the exit code says
//! what kind of failure it was (see `ExitCode`).

mod args;
mod report;
#[cfg(test)]
mod tests;

use std::io::Write;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use chair_core::model::{AnecdoteFilters, AnecdoteQuery, DecisionFilter, ExportFormat};
use chair_core::{import, Db, ErrorCode};

pub use args::*;
use report::*;
pub use report::{terminal_text, write_report};

/// A failure: the message for stderr and the exit code.
pub struct Failure {
    pub code: ExitCode,
    pub message: String,
}

impl From<chair_core::Error> for Failure {
    fn from(e: chair_core::Error) -> Self {
        let code = exit_code(e.code());
        Failure {
            code,
            message: e.to_string(),
        }
    }
}

/// The command line's exit code for each error code: the input was refused (3), or the
/// workspace or a file could not be used (1). Every code is listed, so a new one must be placed.
pub fn exit_code(code: ErrorCode) -> ExitCode {
    use ErrorCode as C;
    match code {
        C::Invalid | C::Exists | C::NotFound | C::Forbidden | C::Gate | C::Cancelled => {
            ExitCode::Refused
        }
        C::Open
        | C::Io
        | C::Corrupt
        | C::Foreign
        | C::Newer
        | C::InUse
        | C::Migration
        | C::Db
        | C::Search
        | C::Closed
        | C::NotPicked
        | C::Internal => ExitCode::Runtime,
    }
}

fn fail(code: ExitCode, message: impl Into<String>) -> Failure {
    Failure {
        code,
        message: message.into(),
    }
}

/// Runs `command` on the workspace at `db` and returns the exit code, having printed the
/// result or the error.
pub fn run(db: &Path, command: Command) -> i32 {
    let mut stdout = std::io::stdout().lock();
    let reads_only = match &command {
        Command::Import(_) => false,
        Command::ImportAnecdotes(a) => a.dry_run,
        Command::Export(_) | Command::Search(_) => true,
    };
    let outcome = open(db, reads_only).and_then(|mut db| execute(&mut db, command, &mut stdout));
    match outcome {
        Ok(()) => ExitCode::Ok as i32,
        Err(f) => {
            // Messages can quote the file being imported: no control characters either.
            eprintln!("empty-chair: {}", terminal_text(&f.message));
            f.code as i32
        }
    }
}

/// Opens an existing workspace; never creates one. A command that only reads (`reads_only`)
/// also works while the app has the workspace open: it then opens it read-only.
fn open(path: &Path, reads_only: bool) -> Result<Db, Failure> {
    let runtime = |e: chair_core::Error| Failure {
        code: ExitCode::Runtime,
        message: e.to_string(),
    };
    match std::fs::metadata(path) {
        // Whatever keeps it from opening (damaged, newer, open in the app) is a runtime error.
        Ok(m) if m.is_file() && m.len() > 0 => Db::open(path).or_else(|e| match e {
            chair_core::Error::InUse { .. } if reads_only => {
                Db::open_read_only(path).map_err(runtime)
            }
            chair_core::Error::InUse { .. } => Err(fail(
                ExitCode::Runtime,
                format!(
                    "{} is already open in Empty Chair (a window or another command); \
                     nothing was changed. Export and search work meanwhile; to import, quit \
                     the app or wait for the other command to finish, then run this again.",
                    path.display()
                ),
            )),
            e => Err(runtime(e)),
        }),
        Ok(m) if m.is_file() => Err(fail(
            ExitCode::Runtime,
            format!("{} is empty: not an Empty Chair workspace", path.display()),
        )),
        Ok(_) => Err(fail(
            ExitCode::Runtime,
            format!("{} is not a file", path.display()),
        )),
        Err(_) => Err(fail(
            ExitCode::Runtime,
            format!(
                "no workspace at {} (the command line opens existing workspaces only; start \
                 the app once, or pass --db)",
                path.display()
            ),
        )),
    }
}

fn execute(db: &mut Db, command: Command, out: &mut impl Write) -> Result<(), Failure> {
    let written = match command {
        Command::Export(a) => export(db, a, out),
        Command::Import(a) => import(db, a, out),
        Command::ImportAnecdotes(a) => import_anecdotes(db, a, out),
        Command::Search(a) => search(db, a, out),
    };
    written.map_err(|e| match e {
        Step::Core(e) => Failure::from(e),
        Step::Io(e) => fail(ExitCode::Runtime, format!("writing the output: {e}")),
        Step::Failed(f) => f,
    })
}

enum Step {
    Core(chair_core::Error),
    Io(std::io::Error),
    Failed(Failure),
}

impl From<chair_core::Error> for Step {
    fn from(e: chair_core::Error) -> Self {
        Step::Core(e)
    }
}

impl From<std::io::Error> for Step {
    fn from(e: std::io::Error) -> Self {
        Step::Io(e)
    }
}

/// The id of the one record whose id is `given`, or whose name is `given` (ignoring case and
/// surrounding spaces); refused when none or several match.
fn resolve<'a>(
    what: &str,
    given: &str,
    records: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> Result<String, Step> {
    if let Some((id, _)) = records.clone().find(|(id, _)| *id == given) {
        return Ok(id.to_owned());
    }
    let wanted = given.trim().to_lowercase();
    let named: Vec<&str> = records
        .filter(|(_, name)| name.trim().to_lowercase() == wanted)
        .map(|(id, _)| id)
        .collect();
    match named.as_slice() {
        [id] => Ok((*id).to_owned()),
        [] => Err(Step::Failed(fail(
            ExitCode::Refused,
            format!("no {what} has the id or name {given:?}"),
        ))),
        _ => Err(Step::Failed(fail(
            ExitCode::Refused,
            format!(
                "{} {what}s are named {given:?}; give the id instead ({})",
                named.len(),
                named.join(", ")
            ),
        ))),
    }
}

fn persona_id(db: &Db, given: &str) -> Result<String, Step> {
    let personas = db.list_personas(true)?;
    resolve(
        "persona",
        given,
        personas.iter().map(|p| (p.id.as_str(), p.name.as_str())),
    )
}

fn meeting_id(db: &Db, given: &str) -> Result<String, Step> {
    let meetings = db.list_meetings()?;
    resolve(
        "meeting",
        given,
        meetings.iter().map(|m| (m.id.as_str(), m.title.as_str())),
    )
}

fn export(db: &Db, a: ExportArgs, out: &mut impl Write) -> Result<(), Step> {
    let filter = DecisionFilter {
        from: a.from,
        to: a.to,
        meeting_id: a.meeting.map(|m| meeting_id(db, &m)).transpose()?,
        persona_id: a.persona.map(|p| persona_id(db, &p)).transpose()?,
        status: a.status,
        reversibility: a.reversibility,
        direction: a.direction,
        ..Default::default()
    };
    let report = db.export_decision_log(&filter, a.format, &a.out, a.force)?;
    let files = if report.format == ExportFormat::Adr {
        format!(" ({} files)", report.files)
    } else {
        String::new()
    };
    writeln!(
        out,
        "wrote {} decision{} as {} to {}{files}",
        report.decisions,
        if report.decisions == 1 { "" } else { "s" },
        report.format.as_str(),
        terminal_text(&report.path)
    )?;
    Ok(())
}

fn import(db: &mut Db, a: ImportArgs, out: &mut impl Write) -> Result<(), Step> {
    if !a.file.is_file() {
        return Err(Step::Failed(fail(
            ExitCode::Refused,
            format!("{}: no such file", a.file.display()),
        )));
    }
    if !a.dry_run {
        // A merge can update many records at once: keep the workspace as it was, as the app
        // does at open, in its snapshots (a failed snapshot does not stop the import).
        if let Err(e) = db.backup_now() {
            eprintln!("empty-chair: no snapshot taken before the import: {e}");
        }
    }
    let report = db.import_json(&a.file, a.dry_run)?;
    write_report(&report, out)?;
    Ok(())
}

fn import_anecdotes(db: &mut Db, a: ImportAnecdotesArgs, out: &mut impl Write) -> Result<(), Step> {
    let refused = |message: String| Step::Failed(fail(ExitCode::Refused, message));
    for path in [&a.file, &a.mapping] {
        if !path.is_file() {
            return Err(refused(format!("{}: no such file", path.display())));
        }
    }
    let mapping_name = a.mapping.display().to_string();
    let json = std::fs::read_to_string(&a.mapping)
        .map_err(|e| refused(format!("{mapping_name}: cannot be read: {e}")))?;
    let mapping = import::ColumnMapping::from_json(&mapping_name, &json)
        .map_err(|e| refused(e.to_string()))?;
    let options = import::ImportOptions::default();
    let never = AtomicBool::new(false);
    let parsed = import::parse(&a.file, &mapping, &options, &mut |_, _| {}, &never);
    let (summary, rows) = match parsed {
        Ok(parsed) => parsed,
        Err(failure) => {
            // Every problem on its own line, each naming its place; then the verdict.
            for e in failure.errors() {
                eprintln!("empty-chair: {}", terminal_text(&e.to_string()));
            }
            let message = match failure.errors().len() {
                0 => failure.to_string(),
                n => format!(
                    "{}: refused ({n} problem{} above); nothing was imported",
                    summary_name(&a.file),
                    if n == 1 { "" } else { "s" }
                ),
            };
            return Err(refused(message));
        }
    };
    for w in &summary.warnings {
        writeln!(out, "warning: {}", terminal_text(&w.message))?;
    }
    if a.dry_run {
        let check = import::check(db, Ok((summary.clone(), rows)), &never)?;
        writeln!(
            out,
            "dry run, nothing changed: {} record{} read, would import {} anecdote{} ({} already \
             in the workspace)",
            summary.records,
            plural(summary.records),
            summary.importable - check.already_in_workspace.min(summary.importable),
            plural(summary.importable - check.already_in_workspace.min(summary.importable)),
            check.already_in_workspace
        )?;
        return Ok(());
    }
    let layout_key = import::preview_as(&a.file, 1, Some(summary.kind))
        .map_err(chair_core::Error::from)?
        .layout_key;
    // As the merge does: keep the workspace as it was in its snapshots first.
    if let Err(e) = db.backup_now() {
        eprintln!("empty-chair: no snapshot taken before the import: {e}");
    }
    let records = summary.records;
    let report = import::write(
        db,
        summary,
        rows,
        &layout_key,
        &mapping,
        &[],
        &mut |_, _| {},
        &never,
    )?;
    writeln!(
        out,
        "imported {} anecdote{} from {} record{} ({} already in the workspace)",
        report.inserted,
        plural(report.inserted),
        records,
        plural(records),
        report.already_in_workspace
    )?;
    Ok(())
}

fn search(db: &Db, a: SearchArgs, out: &mut impl Write) -> Result<(), Step> {
    let persona = a.persona.map(|p| persona_id(db, &p)).transpose()?;
    let filters = persona.as_ref().map(|p| AnecdoteFilters {
        persona_ids: Some(vec![p.clone()]),
        ..Default::default()
    });
    let hits = db.search_anecdotes(&AnecdoteQuery {
        text: a.query,
        persona_id: persona,
        filters,
        limit: Some(a.limit),
        ..Default::default()
    })?;
    match a.format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &hits)
                .map_err(|e| Step::Io(std::io::Error::other(e)))?;
            writeln!(out)?;
        }
        OutputFormat::Text => {
            for hit in &hits {
                write_hit(hit, out)?;
            }
        }
    }
    Ok(())
}
