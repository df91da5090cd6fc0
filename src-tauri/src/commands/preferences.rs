//! The workspace's preferences.

use chair_core::model::Preferences;
use chair_core::ChangeArea;

read_command!(get_preferences() -> Preferences, |db| db.get_preferences());

write_command!(
    set_preferences(preferences: Preferences) -> Preferences, ChangeArea::Preferences, |db| {
        db.set_preferences(&preferences)
    }
);
