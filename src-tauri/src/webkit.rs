// The process settings the app's window starts with: WebKitGTK's environment and glibc's
// malloc tuning. Also compiled into the benchmark's empty window
// (tests/bench/empty-window), so the floor it measures has the same settings.

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
pub fn lighten_webkit() {
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
pub fn cap_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only sets a tunable of the allocator; called before any thread starts.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}
