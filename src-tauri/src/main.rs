// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clap::Parser;

mod webkit;

fn main() {
    let mut args = empty_chair::Args::parse();
    // A command works headless and exits; only without one does the window (Tauri, GTK) start.
    if let Some(command) = args.command.take() {
        std::process::exit(empty_chair::run_command(args.db.take(), command));
    }
    webkit::cap_malloc_arenas();
    webkit::lighten_webkit();
    empty_chair::run(args);
}
