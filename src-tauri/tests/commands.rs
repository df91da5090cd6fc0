//! The app's command list is written in four places that Tauri and TypeScript cannot check
//! against each other: `commands/names.rs` (what build.rs registers for capability checks),
//! `capabilities/main.json` (what the main window may call), `generate_handler!` in `lib.rs`
//! (what exists at run time) and the UI's `call('name'` sites (what the UI calls): the
//! cross-cutting commands in `ui/src/lib/ipc.ts`, each feature's own in
//! `ui/src/features/<area>/api.ts`, so every `.ts`/`.tsx` file under `ui/src/` is read. A command
//! missing from any one of them fails at run time only, in the real window; this test fails first.

use std::collections::BTreeSet;
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The quoted names between `const COMMANDS` and the end of its list.
fn registered() -> BTreeSet<String> {
    let text = read("src/commands/names.rs");
    let list = &text[text.find("const COMMANDS").expect("COMMANDS in names.rs")..];
    let list = &list[..list.find("];").expect("end of COMMANDS")];
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// `allow-some-command` permissions of a capability file, as `some_command`.
fn allowed(capability: &str) -> BTreeSet<String> {
    let json: serde_json::Value = serde_json::from_str(&read(capability)).expect("capability JSON");
    json["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|name| name.replace('-', "_"))
        .collect()
}

/// The last path segment of every `commands::area::name` in `generate_handler!`.
fn handled() -> BTreeSet<String> {
    let text = read("src/lib.rs");
    let start = text
        .find("generate_handler![")
        .expect("generate_handler! in lib.rs");
    let body = &text[start..start + text[start..].find(']').expect("end of generate_handler!")];
    body.split(',')
        .filter_map(|entry| entry.trim().rsplit("::").next())
        .filter(|name| !name.is_empty() && !name.contains('['))
        .map(str::to_owned)
        .collect()
}

/// The UI's sources that may call commands: every `.ts`/`.tsx` file under `ui/src/` but tests,
/// the test helpers (`test/`), the generated `bindings/` and the room's page (`room/`, a separate
/// bundle that talks HTTP to the room's server; its own `call('GET', ...)` is no Tauri command).
fn ui_sources(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if !["test", "bindings", "room"]
                .iter()
                .any(|skip| path == root.join(skip))
            {
                ui_sources(root, &path, out);
            }
        } else if (name.ends_with(".ts") || name.ends_with(".tsx")) && !name.contains(".test.") {
            let text = std::fs::read_to_string(&path);
            out.push(text.unwrap_or_else(|e| panic!("{}: {e}", path.display())));
        }
    }
}

/// The first argument of every `call('name'` (or `call<T>('name'`) in the UI's sources.
fn called() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src");
    let mut sources = Vec::new();
    ui_sources(&root, &root, &mut sources);
    assert!(
        sources
            .iter()
            .any(|text| text.contains("export function call<T>(")),
        "ui/src/lib/ipc.ts and its `call` were not read"
    );
    sources
        .iter()
        .flat_map(|text| {
            text.match_indices("call").filter_map(|(at, _)| {
                let rest = &text[at + "call".len()..];
                let rest = rest.strip_prefix('<').map_or(Some(rest), |generic| {
                    generic.find(">(").map(|end| &generic[end + 1..])
                })?;
                let name = rest.strip_prefix("('")?;
                Some(name[..name.find('\'')?].to_owned())
            })
        })
        .collect()
}

fn assert_same(what: &str, names: &BTreeSet<String>, other: &BTreeSet<String>) {
    let missing: Vec<_> = names.difference(other).collect();
    let extra: Vec<_> = other.difference(names).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: missing {missing:?}, not in names.rs {extra:?}"
    );
}

#[test]
fn every_command_is_registered_allowed_handled_and_called_once() {
    let names = registered();
    assert!(names.len() > 50, "names.rs lists {} commands", names.len());
    assert_same(
        "capabilities/main.json",
        &names,
        &allowed("capabilities/main.json"),
    );
    assert_same("generate_handler! in lib.rs", &names, &handled());
    assert_same("the UI's call sites (ui/src)", &names, &called());
}

#[test]
fn the_projector_may_call_only_registered_commands() {
    let names = registered();
    let projector = allowed("capabilities/projector.json");
    assert!(!projector.is_empty());
    assert!(projector.is_subset(&names), "{projector:?}");
}
