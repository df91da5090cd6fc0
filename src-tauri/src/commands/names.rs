// The app's IPC commands, one list shared by build.rs (capability checks) and lib.rs.
// Adding a command: add it here, to `capabilities/main.json`, and to `lib.rs`'s handler.
#[allow(dead_code)]
const COMMANDS: &[&str] = &[
    "get_workspace",
    "start_empty_workspace",
    "load_sample_workspace",
    "list_personas",
    "create_persona",
    "list_decks",
    "list_meetings",
    "create_meeting",
    "open_meeting",
    "set_prompt_index",
    "set_meeting_status",
    "search_anecdotes",
    "record_decision",
];
