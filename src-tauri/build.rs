//! Registers the app's own commands so that Tauri applies capability checks to them: a command
//! missing from `capabilities/` is refused at run time.

include!("src/commands/names.rs");

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build step");
}
