//! The core's layers, read from its source: the table modules under `src/db/` depend on each
//! other in one direction only. A table that needs a sibling which needs it back is a sign
//! that orchestration crept into storage; it belongs in a service module (`src/meeting/` and
//! the like) above both.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The sibling modules `code` (one file under `src/db/`) refers to, among `siblings`: through
/// `super::name`, `use super::{a, b::C}` or `crate::db::name`.
fn references(code: &str, siblings: &BTreeSet<String>) -> BTreeSet<String> {
    // Unit tests may reach anywhere; only the module's own code is layered.
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = BTreeSet::new();
    for prefix in ["super::", "crate::db::"] {
        for (at, _) in code.match_indices(prefix) {
            let rest = &code[at + prefix.len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group[..group.find('}').unwrap_or(group.len())]
                    .split(',')
                    .collect(),
                None => vec![rest],
            };
            for name in names {
                let first: String = name
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if siblings.contains(&first) {
                    found.insert(first);
                }
            }
        }
    }
    found
}

/// The table modules under `src/db/` and the siblings each refers to.
fn db_graph() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/db");
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("src/db is readable") {
        let path = entry.expect("an entry of src/db").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if path.extension().is_some_and(|e| e == "rs") && name != "mod" {
            let code = std::fs::read_to_string(&path).expect("a source file");
            sources.insert(name.to_owned(), code);
        }
    }
    let siblings: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(name, code)| {
            let mut refs = references(code, &siblings);
            refs.remove(name);
            (name.clone(), refs)
        })
        .collect()
}

/// A cycle in `graph` as the modules along it (the first repeated at the end), if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|p| p == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn table_modules_depend_on_each_other_in_one_direction() {
    let graph = db_graph();
    assert!(
        graph.len() > 20,
        "the scan found the table modules: {graph:?}"
    );
    assert!(
        graph["decisions"].contains("meetings"),
        "the scan sees references: {graph:?}"
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "src/db/ modules refer to each other in a circle: {}. Move what needs both into a \
             service module above them (see src/meeting/).",
            cycle.join(" -> ")
        );
    }
}

#[test]
fn the_scan_finds_a_circle() {
    let siblings: BTreeSet<String> = ["a", "b", "c"].map(String::from).into();
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", "use super::{b, required, Db};"),
        ("b", "fn f() { super::c::get(conn) }"),
        (
            "c",
            "use crate::db::a::Thing;\n#[cfg(test)]\nmod tests { use super::b; }",
        ),
    ]
    .into_iter()
    .map(|(name, code)| (name.to_owned(), references(code, &siblings)))
    .collect();
    assert_eq!(
        graph["c"],
        BTreeSet::from(["a".to_owned()]),
        "tests are not layered"
    );
    assert_eq!(
        find_cycle(&graph),
        Some(["a", "b", "c", "a"].map(String::from).to_vec())
    );
    let mut broken = graph.clone();
    broken.get_mut("c").map(BTreeSet::clear);
    assert_eq!(find_cycle(&broken), None);
}
