//! Meeting commands: creating and running a meeting (its clock and agenda), the customer
//! references that keep the nudge quiet, prompt answers, the decision draft and the summary.

use chair_core::model::{
    AnswerInput, CustomerPulse, CustomerReference, Decision, Deleted, Meeting, MeetingEdit,
    MeetingListItem, MeetingStatus, MeetingSummary, MeetingView, NewDecision, NewMeeting,
    PromptAnswer,
};
use chair_core::time::utc_now;
use chair_core::{ChangeArea, Changed, Db};
use chrono::{DateTime, Utc};
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

read_command!(list_meetings() -> Vec<MeetingListItem>, |db| db.list_meetings());

write_command!(
    create_meeting(input: NewMeeting) -> Meeting, ChangeArea::Meetings, |db| {
        db.create_meeting(&input)
    }
);

write_command!(
    /// Changes the meeting (title, date, goal, chair, room, agenda, nudge, decks) at any time.
    update_meeting(meeting_id: String, edit: MeetingEdit) -> MeetingView, Changed::for_view, |db| {
        db.update_meeting(&meeting_id, &edit)
    }
);

write_command!(
    /// Deletes the meeting and its decisions, after a snapshot; undone with `undo_delete`.
    delete_meeting(meeting_id: String) -> Deleted,
    Changed::of(ChangeArea::Meetings).and(ChangeArea::Decisions),
    |db| db.delete_meeting(&meeting_id)
);

write_command!(
    /// Puts back what a deletion removed (a meeting or a decision), while the app runs.
    undo_delete(token: String) -> (),
    Changed::of(ChangeArea::Meetings).and(ChangeArea::Decisions),
    |db| db.undo_delete(&token)
);

read_command!(
    /// The meeting screen's data; also remembers the meeting as the one to reopen.
    open_meeting(id: String) -> MeetingView, |db| db.open_meeting(&id)
);

write_command!(
    set_prompt_index(meeting_id: String, index: u32) -> Meeting, Changed::for_meeting, |db| {
        db.set_prompt_index(&meeting_id, index)
    }
);

write_command!(
    set_meeting_status(meeting_id: String, status: MeetingStatus) -> Meeting,
    Changed::for_meeting,
    |db| {
        db.set_meeting_status(&meeting_id, status)
    }
);

write_command!(
    record_decision(input: NewDecision) -> Decision, Changed::for_decision, |db| {
        db.record_decision(&input)
    }
);

/// One step of the meeting's clock (`Db::start_meeting` and the like), taken now. The room
/// runs only while its meeting does: a step that `closes_room` closes it once taken.
async fn clock_step(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
    step: fn(&mut Db, &str, DateTime<Utc>) -> chair_core::Result<MeetingView>,
    closes_room: bool,
) -> CommandResult<MeetingView> {
    let id = meeting_id.clone();
    let view = state
        .write(&app, Changed::for_view, move |db| step(db, &id, utc_now()))
        .await;
    if closes_room && view.is_ok() {
        crate::commands::room::close_for(&app, &meeting_id);
    }
    view
}

/// Starts a planned meeting (and its first agenda item); a paused one resumes.
#[tauri::command]
pub async fn start_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<MeetingView> {
    clock_step(app, state, meeting_id, Db::start_meeting, false).await
}

/// Pauses the meeting: the current agenda item's timer stops.
#[tauri::command]
pub async fn pause_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<MeetingView> {
    clock_step(app, state, meeting_id, Db::pause_meeting, true).await
}

/// Resumes a paused meeting: the current agenda item's timer runs again.
#[tauri::command]
pub async fn resume_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<MeetingView> {
    clock_step(app, state, meeting_id, Db::resume_meeting, false).await
}

/// Ends the meeting: the current agenda item's timer stops and the item is done.
#[tauri::command]
pub async fn end_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<MeetingView> {
    clock_step(app, state, meeting_id, Db::end_meeting, true).await
}

write_command!(
    /// Makes `item_id` the current agenda item: the previous one's timer stops and it is done.
    start_agenda_item(meeting_id: String, item_id: String) -> MeetingView, Changed::for_view, |db| {
        db.start_agenda_item(&meeting_id, &item_id, utc_now())
    }
);

write_command!(
    /// The room referred to the customer: stamps the current agenda item (the nudge resets).
    record_customer_reference(input: CustomerReference) -> CustomerPulse, Changed::for_pulse, |db| {
        db.record_customer_reference(&input, utc_now())
    }
);

/// Stores (or, with an empty answer, deletes) the room's answer to a prompt.
#[tauri::command]
pub async fn answer_prompt(
    app: AppHandle,
    state: State<'_, AppState>,
    input: AnswerInput,
) -> CommandResult<Option<PromptAnswer>> {
    let changed = Changed::in_meeting(ChangeArea::Meetings, &input.meeting_id);
    state
        .write(&app, changed, move |db| db.answer_prompt(&input))
        .await
}

/// Keeps the half-written decision (an opaque JSON string the UI owns). Called often (debounced by
/// the UI), so it tells only the room's devices, which show the decision being written.
#[tauri::command]
pub async fn save_decision_draft(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
    draft: String,
) -> CommandResult<()> {
    let changed = Changed::in_meeting(ChangeArea::Meetings, &meeting_id);
    state
        .read(move |db| db.save_decision_draft(&meeting_id, &draft))
        .await?;
    // The room's devices show the decision being written.
    crate::commands::room::notify(&app, &changed);
    Ok(())
}

read_command!(
    get_decision_draft(meeting_id: String) -> Option<String>, |db| db.decision_draft(&meeting_id)
);

read_command!(
    /// The meeting's decisions, its empty-chair score and the trend over ended meetings.
    meeting_summary(meeting_id: String) -> MeetingSummary, |db| db.meeting_summary(&meeting_id)
);
