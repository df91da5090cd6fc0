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

#[tauri::command]
pub async fn list_meetings(state: State<'_, AppState>) -> CommandResult<Vec<MeetingListItem>> {
    state.read(|db| db.list_meetings()).await
}

#[tauri::command]
pub async fn create_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    input: NewMeeting,
) -> CommandResult<Meeting> {
    state
        .write(&app, ChangeArea::Meetings, move |db| {
            db.create_meeting(&input)
        })
        .await
}

/// Changes the meeting (title, date, goal, chair, room, agenda, nudge, decks) at any time.
#[tauri::command]
pub async fn update_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
    edit: MeetingEdit,
) -> CommandResult<MeetingView> {
    state
        .write(&app, Changed::for_view, move |db| {
            db.update_meeting(&meeting_id, &edit)
        })
        .await
}

/// Deletes the meeting and its decisions, after a snapshot; undone with `undo_delete`.
#[tauri::command]
pub async fn delete_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<Deleted> {
    state
        .write(
            &app,
            Changed::of(ChangeArea::Meetings).and(ChangeArea::Decisions),
            move |db| db.delete_meeting(&meeting_id),
        )
        .await
}

/// Puts back what a deletion removed (a meeting or a decision), while the app runs.
#[tauri::command]
pub async fn undo_delete(
    app: AppHandle,
    state: State<'_, AppState>,
    token: String,
) -> CommandResult<()> {
    state
        .write(
            &app,
            Changed::of(ChangeArea::Meetings).and(ChangeArea::Decisions),
            move |db| db.undo_delete(&token),
        )
        .await
}

/// The meeting screen's data; also remembers the meeting as the one to reopen.
#[tauri::command]
pub async fn open_meeting(state: State<'_, AppState>, id: String) -> CommandResult<MeetingView> {
    state.read(move |db| db.open_meeting(&id)).await
}

#[tauri::command]
pub async fn set_prompt_index(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
    index: u32,
) -> CommandResult<Meeting> {
    state
        .write(&app, Changed::for_meeting, move |db| {
            db.set_prompt_index(&meeting_id, index)
        })
        .await
}

#[tauri::command]
pub async fn set_meeting_status(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
    status: MeetingStatus,
) -> CommandResult<Meeting> {
    state
        .write(&app, Changed::for_meeting, move |db| {
            db.set_meeting_status(&meeting_id, status)
        })
        .await
}

#[tauri::command]
pub async fn record_decision(
    app: AppHandle,
    state: State<'_, AppState>,
    input: NewDecision,
) -> CommandResult<Decision> {
    state
        .write(&app, Changed::for_decision, move |db| {
            db.record_decision(&input)
        })
        .await
}

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

/// Makes `item_id` the current agenda item: the previous one's timer stops and it is done.
#[tauri::command]
pub async fn start_agenda_item(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: String,
    item_id: String,
) -> CommandResult<MeetingView> {
    state
        .write(&app, Changed::for_view, move |db| {
            db.start_agenda_item(&meeting_id, &item_id, utc_now())
        })
        .await
}

/// The room referred to the customer: stamps the current agenda item (the nudge resets).
#[tauri::command]
pub async fn record_customer_reference(
    app: AppHandle,
    state: State<'_, AppState>,
    input: CustomerReference,
) -> CommandResult<CustomerPulse> {
    state
        .write(&app, Changed::for_pulse, move |db| {
            db.record_customer_reference(&input, utc_now())
        })
        .await
}

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

#[tauri::command]
pub async fn get_decision_draft(
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<Option<String>> {
    state.read(move |db| db.decision_draft(&meeting_id)).await
}

/// The meeting's decisions, its empty-chair score and the trend over ended meetings.
#[tauri::command]
pub async fn meeting_summary(
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<MeetingSummary> {
    state.read(move |db| db.meeting_summary(&meeting_id)).await
}
