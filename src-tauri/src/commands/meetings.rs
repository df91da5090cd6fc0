use chair_core::model::{
    Decision, Meeting, MeetingListItem, MeetingStatus, MeetingView, NewDecision, NewMeeting,
};
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
        .write(&app, "meetings", move |db| db.create_meeting(&input))
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
        .write(&app, "meeting", move |db| {
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
        .write(&app, "meetings", move |db| {
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
        .write(&app, "decisions", move |db| db.record_decision(&input))
        .await
}
