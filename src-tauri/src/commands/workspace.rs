use chair_core::model::{PromptDeck, WorkspaceSummary};
use chair_core::Changed;

read_command!(get_workspace() -> WorkspaceSummary, |db| db.summary());

write_command!(
    /// Clears everything but the built-in prompt decks, after a snapshot. A workspace with the
    /// user's own data is emptied only when `confirmed` (the UI asked).
    start_empty_workspace(confirmed: bool) -> WorkspaceSummary, Changed::workspace(), |db| {
        db.replace_with_empty(confirmed)?;
        db.summary()
    }
);

write_command!(
    /// Replaces everything with the sample workspace, after a snapshot. A workspace with the
    /// user's own data is replaced only when `confirmed` (the UI asked).
    load_sample_workspace(confirmed: bool) -> WorkspaceSummary, Changed::workspace(), |db| {
        db.replace_with_sample(confirmed)?;
        db.summary()
    }
);

read_command!(list_decks() -> Vec<PromptDeck>, |db| db.list_decks());
