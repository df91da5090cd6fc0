// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clap::Parser;

fn main() {
    let mut args = empty_chair::Args::parse();
    // A command works headless and exits; only without one does the window (Tauri, GTK) start.
    if let Some(command) = args.command.take() {
        std::process::exit(empty_chair::run_command(args.db.take(), command));
    }
    cap_malloc_arenas();
    lighten_webkit();
    empty_chair::run(args);
}

/// WebKitGTK's defaults suit a browser; the app's pages are text and forms, and every setting
/// below cut measured memory without a visible cost (docs/BENCHMARKS.md, "Memory"). The web
/// processes WebKit starts inherit this environment. A value the user set wins.
///
/// - `WEBKIT_DISABLE_COMPOSITING_MODE`: no GPU compositing. Where there is no GPU (a projector
///   laptop on a basic driver, a VM) WebKit emulates it, and its web process held about 150 MB
///   more.
/// - `JSC_useJIT=false`: JavaScript runs in JavaScriptCore's interpreter. The UI's scripts are
///   small and event-driven; the JIT's code and profiling data cost about 20 MB, and the
///   interpreter keeps start-up and typing within their targets.
/// - `MALLOC_ARENA_MAX=2`: see `cap_malloc_arenas`; for the web processes.
fn lighten_webkit() {
    #[cfg(target_os = "linux")]
    for (name, value) in [
        ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
        ("JSC_useJIT", "false"),
        ("MALLOC_ARENA_MAX", "2"),
    ] {
        if std::env::var_os(name).is_none() {
            // Before any thread starts: nothing else reads the environment yet.
            std::env::set_var(name, value);
        }
    }
}

/// At most two malloc arenas in this process. glibc gives each thread that allocates its own
/// arena (up to 8 per core) and keeps what they free: with the room open (its server's
/// threads, Tauri's, the IPC) the app grew by 33 MB over a 60 s room of 50 devices, and by 12 MB
/// with two arenas, at the same speed (docs/BENCHMARKS.md, "The room in the real app"). A value
/// the user set in `MALLOC_ARENA_MAX` wins (glibc read it before `main`). Runs before
/// `lighten_webkit`, which sets that variable for the web processes.
#[allow(unsafe_code)]
fn cap_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only sets a tunable of the allocator; called before any thread starts.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}
