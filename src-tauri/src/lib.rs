//! The desktop shell of Empty Chair: parses the command line, opens the workspace, and maps
//! IPC commands onto chair-core. No domain logic lives here.

pub mod cli;
mod commands;
mod error;
mod fonts;
mod state;
mod windows;

use std::path::PathBuf;

use chair_core::Db;
use clap::Parser;
use tauri::Manager;

use state::AppState;

/// Environment variable naming the workspace database, like `--db`.
pub const DB_ENV: &str = "EMPTY_CHAIR_DB";

/// The app's identifier (tauri.conf.json): the name of its app-data folder.
const IDENTIFIER: &str = "app.emptychair.desktop";

#[derive(Debug, Parser)]
#[command(
    name = "empty-chair",
    version,
    about = "Keeps the customer in the room.",
    long_about = "Keeps the customer in the room.\n\nWithout a command, opens the window. \
                  With one, works on an existing workspace without a window (no display \
                  needed) and exits with 0 (done), 1 (the workspace could not be opened or a \
                  file not written), 2 (usage error) or 3 (input refused: invalid, would \
                  replace a file, not found)."
)]
pub struct Args {
    /// Workspace database to open. The window creates it (with the sample workspace) if
    /// missing; commands require it to exist. Default: workspace.db in the app-data folder.
    #[arg(long, value_name = "PATH", env = DB_ENV, global = true)]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<cli::Command>,
}

/// Where the window keeps its workspace when `--db` is not given, found without Tauri (for the
/// command line): `workspace.db` in the platform's app-data folder for the app's identifier,
/// as Tauri's `app_data_dir` resolves it.
pub fn default_db_path() -> Option<PathBuf> {
    let env_dir = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let home = env_dir("HOME");
    let data = if cfg!(windows) {
        env_dir("APPDATA")
    } else if cfg!(target_os = "macos") {
        home.map(|h| h.join("Library/Application Support"))
    } else {
        env_dir("XDG_DATA_HOME").or_else(|| home.map(|h| h.join(".local/share")))
    };
    data.map(|d| d.join(IDENTIFIER).join("workspace.db"))
}

/// Runs a command-line subcommand (no window) and returns the process's exit code.
pub fn run_command(db: Option<PathBuf>, command: cli::Command) -> i32 {
    match db.or_else(default_db_path) {
        Some(path) => cli::run(&path, command),
        None => {
            eprintln!("empty-chair: no app-data folder is known here; pass --db PATH");
            cli::ExitCode::Runtime as i32
        }
    }
}

/// How old the newest snapshot may be when the workspace opens before another is taken.
const BACKUP_AT_OPEN_AFTER: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Opens the workspace at `path` (the sample on first start) and snapshots it if the last
/// snapshot is older than an hour. A failed snapshot does not keep the workspace from opening.
pub(crate) fn open_workspace(path: &std::path::Path) -> chair_core::Result<Db> {
    let mut db = Db::open(path)?;
    db.initialize_if_new()?;
    if let Err(e) = db.backup_if_older_than(BACKUP_AT_OPEN_AFTER) {
        eprintln!("empty-chair: no backup taken at open: {e}");
    }
    Ok(db)
}

pub fn run(args: Args) {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let path = match args.db {
                Some(p) => p,
                None => app.path().app_data_dir()?.join("workspace.db"),
            };
            app.manage(AppState::opening(path));
            app.manage(commands::dialogs::Picked::default());
            // The main window is made here (`"create": false` in tauri.conf.json) so that it
            // gets the navigation guard, as the projector does.
            let main = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .cloned()
                .ok_or("tauri.conf.json has no main window")?;
            let window = tauri::WebviewWindowBuilder::from_config(app.handle(), &main)?;
            fonts::with_desktop_font(windows::stay_on_app(window)).build()?;
            app.manage(commands::room::RoomSlot::default());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::workspace::get_workspace,
            commands::workspace::start_empty_workspace,
            commands::workspace::load_sample_workspace,
            commands::workspace::list_decks,
            commands::backups::workspace_status,
            commands::backups::backup_now,
            commands::backups::restore_backup,
            commands::backups::open_workspace,
            commands::backups::start_fresh_workspace,
            commands::backups::reopen_workspace,
            commands::backups::quit_app,
            commands::personas::list_personas,
            commands::personas::create_persona,
            commands::meetings::list_meetings,
            commands::meetings::create_meeting,
            commands::meetings::open_meeting,
            commands::meetings::set_prompt_index,
            commands::meetings::set_meeting_status,
            commands::anecdotes::search_anecdotes,
            commands::meetings::record_decision,
            commands::personas::update_persona,
            commands::personas::duplicate_persona,
            commands::personas::archive_persona,
            commands::personas::set_persona_avatar,
            commands::anecdotes::create_anecdote,
            commands::anecdotes::update_anecdote,
            commands::anecdotes::delete_anecdote,
            commands::anecdotes::restore_anecdote,
            commands::anecdotes::get_anecdotes,
            commands::anecdotes::anecdote_facets,
            commands::preferences::get_preferences,
            commands::preferences::set_preferences,
            commands::import::preview_import,
            commands::import::check_import,
            commands::import::run_import,
            commands::import::cancel_import,
            commands::reports::wocas_report,
            commands::reports::export_wocas_report,
            commands::meetings::start_meeting,
            commands::meetings::pause_meeting,
            commands::meetings::resume_meeting,
            commands::meetings::end_meeting,
            commands::meetings::start_agenda_item,
            commands::meetings::record_customer_reference,
            commands::meetings::answer_prompt,
            commands::meetings::save_decision_draft,
            commands::meetings::get_decision_draft,
            commands::meetings::meeting_summary,
            commands::decisions::update_decision,
            commands::decisions::delete_decision,
            commands::decisions::find_decisions,
            commands::action_items::add_action_item,
            commands::action_items::update_action_item,
            commands::action_items::set_action_item_done,
            commands::action_items::delete_action_item,
            commands::meetings::update_meeting,
            commands::meetings::delete_meeting,
            commands::meetings::undo_delete,
            commands::decisions::accept_decision,
            commands::decisions::check_gate,
            commands::decisions::decisions_due_for_review,
            commands::decisions::record_review,
            commands::decisions::prfaq_draft,
            commands::decisions::save_prfaq,
            commands::decisions::kept_prfaq,
            commands::decks::create_deck,
            commands::decks::update_deck,
            commands::decks::delete_deck,
            commands::decks::export_deck,
            commands::decks::import_deck,
            commands::projector::projector_screens,
            commands::projector::open_projector,
            commands::projector::set_projector_fullscreen,
            commands::projector::close_projector,
            commands::projector::show_on_projector,
            commands::projector::get_projector_state,
            commands::dialogs::pick_path,
            commands::people::list_people,
            commands::people::create_person,
            commands::people::update_person,
            commands::people::archive_person,
            commands::people::get_current_person,
            commands::people::set_current_person,
            commands::annotations::add_annotation,
            commands::annotations::update_annotation,
            commands::annotations::delete_annotation,
            commands::escalations::list_escalations,
            commands::escalations::anecdote_escalations,
            commands::escalations::escalate_anecdote,
            commands::escalations::resolve_escalation,
            commands::exports::decision_log,
            commands::exports::export_decision_log,
            commands::exports::import_decision_log,
            commands::room::open_room,
            commands::room::close_room,
            commands::room::room_status,
            commands::room::admit_device,
            commands::room::refuse_device,
            commands::room::remove_device,
            commands::room::set_room_admit_everyone,
            commands::room::default_room_address,
            commands::room::show_room_on_projector,
            commands::room::projector_room,
        ])
        .build(tauri::generate_context!())
        .expect("error while building Empty Chair")
        .run(|app, event| {
            // Quitting closes the room: every device is signed out.
            if let tauri::RunEvent::Exit = event {
                if let Some(slot) = app.try_state::<commands::room::RoomSlot>() {
                    commands::room::close(&slot);
                }
            }
        });
}
