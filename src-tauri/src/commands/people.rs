//! People commands: the workspace's people, their roles, and who is at the keyboard.

use chair_core::model::{Person, PersonInput};
use chair_core::ChangeArea;

read_command!(
    /// Active people by name; with `include_archived`, the archived ones follow.
    list_people(include_archived: Option<bool>) -> Vec<Person>,
    |db| db.list_people(include_archived.unwrap_or(false))
);

write_command!(
    create_person(input: PersonInput) -> Person, ChangeArea::People, |db| db.create_person(&input)
);

write_command!(
    update_person(id: String, input: PersonInput) -> Person, ChangeArea::People, |db| {
        db.update_person(&id, &input)
    }
);

write_command!(
    archive_person(id: String, archived: bool) -> Person, ChangeArea::People, |db| {
        db.archive_person(&id, archived)
    }
);

read_command!(
    /// Who uses the app on this laptop now; `null` until someone is chosen.
    get_current_person() -> Option<Person>, |db| db.current_person()
);

write_command!(
    /// Hands the keyboard to the person `id` (`null`: nobody).
    set_current_person(id: Option<String>) -> Option<Person>, ChangeArea::People, |db| {
        db.set_current_person(id.as_deref())
    }
);
