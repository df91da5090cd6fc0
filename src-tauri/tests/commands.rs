//! The app's command list is written in four places that Tauri and TypeScript cannot check
//! against each other: `commands/names.rs` (what build.rs registers for capability checks),
//! `capabilities/main.json` (what the main window may call), `generate_handler!` in `lib.rs`
//! (what exists at run time) and `ui/src/lib/ipc.ts` (what the UI calls). A command missing
//! from any one of them fails at run time only, in the real window; this test fails first.

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

/// The first argument of every `call('name'` (or `call<T>('name'`) in ipc.ts.
fn called() -> BTreeSet<String> {
    let text = read("../ui/src/lib/ipc.ts");
    text.match_indices("call")
        .filter_map(|(at, _)| {
            let rest = &text[at + "call".len()..];
            let rest = rest.strip_prefix('<').map_or(Some(rest), |generic| {
                generic.find(">(").map(|end| &generic[end + 1..])
            })?;
            let name = rest.strip_prefix("('")?;
            Some(name[..name.find('\'')?].to_owned())
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
    assert_same("ui/src/lib/ipc.ts", &names, &called());
}

#[test]
fn the_projector_may_call_only_registered_commands() {
    let names = registered();
    let projector = allowed("capabilities/projector.json");
    assert!(!projector.is_empty());
    assert!(projector.is_subset(&names), "{projector:?}");
}
