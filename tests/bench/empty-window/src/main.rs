//! The empty window Empty Chair's start and memory are compared with (`tests/bench/app.rs`):
//! Tauri 2, one window from `tauri.conf.json` showing `page/index.html`, no command, no plugin,
//! and the app's own process settings (the same source file). Arguments are ignored: the
//! benchmark starts it exactly as it starts the app (`--db <path>`, which finds the process).

#[path = "../../../../src-tauri/src/webkit.rs"]
mod webkit;

fn main() {
    webkit::cap_malloc_arenas();
    webkit::lighten_webkit();
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the empty window could not start");
}
