//! Action item commands: follow-ups on a decision or a meeting.

use chair_core::model::{ActionItem, ActionItemInput};
use chair_core::ChangeArea;

write_command!(
    add_action_item(input: ActionItemInput) -> ActionItem, ChangeArea::Meetings, |db| {
        db.add_action_item(&input)
    }
);

write_command!(
    update_action_item(id: String, input: ActionItemInput) -> ActionItem,
    ChangeArea::Meetings,
    |db| {
        db.update_action_item(&id, &input)
    }
);

write_command!(
    /// Marks the action item done (now) or open again.
    set_action_item_done(id: String, done: bool) -> ActionItem, ChangeArea::Meetings, |db| {
        db.set_action_item_done(&id, done)
    }
);

write_command!(
    delete_action_item(id: String) -> (), ChangeArea::Meetings, |db| {
        db.delete_action_item(&id)
    }
);
