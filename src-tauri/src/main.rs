// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clap::Parser;

fn main() {
    let mut args = empty_chair::Args::parse();
    // A command works headless and exits; only without one does the window (Tauri, GTK) start.
    if let Some(command) = args.command.take() {
        std::process::exit(empty_chair::run_command(args.db.take(), command));
    }
    lighten_webkit();
    empty_chair::run(args);
}

/// WebKitGTK composites the page on the GPU by default; where there is none (a projector laptop
/// on a basic driver, a VM, Xvfb) it emulates it, and the web process then holds about 150 MB
/// more than without (measured: docs/BENCHMARKS.md). The app's pages are text and forms, so
/// compositing buys nothing visible. A value the user set wins.
fn lighten_webkit() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // Before any thread starts: nothing else reads the environment yet.
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}
