//! Room commands: open the room for a meeting (the LAN server of chair-room), show who waits,
//! admit, refuse or remove devices, close it. The server itself knows nothing of Tauri: this
//! module hands it the workspace (`AppState`) and the page's files (the app's embedded
//! assets), and tells the facilitator's windows when a device wrote.
//!
//! The room closes on "Close the room", when its meeting ends or pauses, when the workspace is
//! replaced, and when the app quits; every device is signed out then.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use chair_core::room::{ProjectorRoom, RoomDevice, RoomInvitation};
use chair_core::{ChangeArea, Changed, Db, ErrorCode};
use chair_room::{Assets, Room, RoomConfig, Workspace};
use tauri::{AppHandle, Emitter, Manager, State};

use crate::error::{CommandError, CommandResult};
use crate::state::{AppState, CHANGED_EVENT};

/// Environment variable with the address the room listens on (`127.0.0.1:0` in tests), used
/// instead of the laptop's address on the default route.
pub const ROOM_ADDR_ENV: &str = "EMPTY_CHAIR_ROOM_ADDR";

/// Emitted to every window with the room's link for the projector (`ProjectorRoom`), or
/// `null` when the projector stops showing it.
pub const PROJECTOR_ROOM_EVENT: &str = "projector-room";

/// The open room, if any, and whether the projector shows its link.
#[derive(Default)]
pub struct RoomSlot {
    room: Mutex<Option<Room>>,
    on_projector: AtomicBool,
}

impl RoomSlot {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Room>> {
        self.room.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// What the projector shows of the room: its link, if the facilitator put it there.
    fn projector(&self) -> Option<ProjectorRoom> {
        if !self.on_projector.load(Ordering::Relaxed) {
            return None;
        }
        self.lock().as_ref().map(|room| ProjectorRoom {
            url: room.url().to_owned(),
            qr_svg: chair_room::qr_svg(room.url()),
        })
    }
}

/// The workspace as the room's server sees it: the app's state, and its change event.
struct AppWorkspace(AppHandle);

impl Workspace for AppWorkspace {
    fn with_db(&self, f: &mut dyn FnMut(&mut Db)) -> Result<(), String> {
        self.0
            .state::<AppState>()
            .read_blocking(|db| {
                f(db);
                Ok(())
            })
            .map_err(|e| e.message)
    }

    fn changed(&self, changed: Changed) {
        let _ = self.0.emit(CHANGED_EVENT, changed);
    }
}

/// The page's files, from the app's embedded ui/dist.
struct AppAssets(AppHandle);

impl Assets for AppAssets {
    fn get(&self, path: &str) -> Option<Vec<u8>> {
        self.0
            .asset_resolver()
            .get(path.to_owned())
            .map(|a| a.bytes)
    }
}

fn invitation(slot: &RoomSlot) -> Option<RoomInvitation> {
    slot.lock().as_ref().map(Room::invitation)
}

/// The address to listen on: the facilitator's choice, else `EMPTY_CHAIR_ROOM_ADDR`, else
/// the laptop's address on the default route; port 0 picks a free port.
fn address(chosen: Option<String>) -> CommandResult<SocketAddr> {
    let text = chosen
        .map(|a| a.trim().to_owned())
        .filter(|a| !a.is_empty())
        .or_else(|| std::env::var(ROOM_ADDR_ENV).ok());
    match text {
        None => Ok(chair_room::default_address()),
        Some(text) => text
            .parse::<SocketAddr>()
            .or_else(|_| text.parse().map(|ip| SocketAddr::new(ip, 0)))
            .map_err(|_| {
                CommandError::from(chair_core::Error::invalid(
                    "address",
                    format!("{text:?} is not an IP address (with an optional :port)"),
                ))
            }),
    }
}

/// The address the room would listen on now (for the panel's address field).
#[tauri::command]
pub async fn default_room_address() -> CommandResult<String> {
    Ok(address(None)?.ip().to_string())
}

/// Opens the room for `meeting_id` with a new secret (closing any room open before).
#[tauri::command(async)]
pub fn open_room(
    app: AppHandle,
    slot: State<'_, RoomSlot>,
    state: State<'_, AppState>,
    meeting_id: String,
    address: Option<String>,
    admit_everyone: Option<bool>,
) -> CommandResult<RoomInvitation> {
    let addr = self::address(address)?;
    // Refuses an unknown meeting before listening anywhere.
    let id = meeting_id.clone();
    state.read_blocking(move |db| db.meeting_view(&id).map(|_| ()))?;
    let mut open = slot.lock();
    if let Some(old) = open.take() {
        old.close();
    }
    let room = Room::open(
        RoomConfig {
            addr,
            meeting_id,
            admit_everyone: admit_everyone.unwrap_or(false),
        },
        Arc::new(AppWorkspace(app.clone())),
        Arc::new(AppAssets(app.clone())),
    )
    .map_err(|e| {
        CommandError::new(
            ErrorCode::Io,
            format!("the room could not listen on {addr}: {e}"),
        )
    })?;
    let invitation = room.invitation();
    *open = Some(room);
    drop(open);
    let _ = app.emit(PROJECTOR_ROOM_EVENT, slot.projector());
    let _ = app.emit(CHANGED_EVENT, Changed::of(ChangeArea::Room));
    Ok(invitation)
}

/// Closes the room: the server stops and every device is signed out.
#[tauri::command(async)]
pub fn close_room(app: AppHandle, slot: State<'_, RoomSlot>) -> CommandResult<()> {
    close(&slot);
    let _ = app.emit(PROJECTOR_ROOM_EVENT, None::<ProjectorRoom>);
    let _ = app.emit(CHANGED_EVENT, Changed::of(ChangeArea::Room));
    Ok(())
}

/// The open room (link, QR code, devices), or `null`.
#[tauri::command]
pub async fn room_status(slot: State<'_, RoomSlot>) -> CommandResult<Option<RoomInvitation>> {
    Ok(invitation(&slot))
}

fn with_room<T>(
    slot: &RoomSlot,
    f: impl FnOnce(&Room) -> chair_core::Result<T>,
) -> CommandResult<T> {
    match slot.lock().as_ref() {
        Some(room) => f(room).map_err(CommandError::from),
        None => Err(CommandError::new(
            ErrorCode::NotFound,
            "the room is not open",
        )),
    }
}

/// Admits a waiting device: it becomes a person (matched by name, or added with its role).
#[tauri::command(async)]
pub fn admit_device(slot: State<'_, RoomSlot>, id: String) -> CommandResult<RoomDevice> {
    with_room(&slot, |room| room.admit(&id))
}

#[tauri::command(async)]
pub fn refuse_device(slot: State<'_, RoomSlot>, id: String) -> CommandResult<RoomDevice> {
    with_room(&slot, |room| room.refuse(&id))
}

/// Removes a device: signed out, and locked out until the room closes.
#[tauri::command(async)]
pub fn remove_device(slot: State<'_, RoomSlot>, id: String) -> CommandResult<RoomDevice> {
    with_room(&slot, |room| room.remove(&id))
}

/// The meeting setting: admit everyone who has the link.
#[tauri::command(async)]
pub fn set_room_admit_everyone(
    app: AppHandle,
    slot: State<'_, RoomSlot>,
    on: bool,
) -> CommandResult<()> {
    with_room(&slot, |room| {
        room.set_admit_everyone(on);
        Ok(())
    })?;
    let _ = app.emit(CHANGED_EVENT, Changed::of(ChangeArea::Room));
    Ok(())
}

/// Shows the room's QR code and link on the projector, or takes them off.
#[tauri::command]
pub async fn show_room_on_projector(
    app: AppHandle,
    slot: State<'_, RoomSlot>,
    on: bool,
) -> CommandResult<()> {
    slot.on_projector.store(on, Ordering::Relaxed);
    app.emit(PROJECTOR_ROOM_EVENT, slot.projector())
        .map_err(CommandError::internal)
}

/// The room's link as the projector shows it now, if it does (for a projector opened later).
#[tauri::command]
pub async fn projector_room(slot: State<'_, RoomSlot>) -> CommandResult<Option<ProjectorRoom>> {
    Ok(slot.projector())
}

/// Closes the room, if open.
pub fn close(slot: &RoomSlot) {
    slot.on_projector.store(false, Ordering::Relaxed);
    if let Some(room) = slot.lock().take() {
        room.close();
    }
}

/// Closes the room if it shows `meeting_id` (the meeting ended or paused).
pub fn close_for(app: &AppHandle, meeting_id: &str) {
    let slot = app.state::<RoomSlot>();
    let room = {
        let mut open = slot.lock();
        match open.as_ref() {
            Some(room) if room.meeting_id() == meeting_id => open.take(),
            _ => None,
        }
    };
    if let Some(room) = room {
        slot.on_projector.store(false, Ordering::Relaxed);
        room.close();
        let _ = app.emit(PROJECTOR_ROOM_EVENT, None::<ProjectorRoom>);
        let _ = app.emit(CHANGED_EVENT, Changed::of(ChangeArea::Room));
    }
}

/// The workspace changed: the room's devices get the new view (a change of the room's own
/// devices is already theirs).
pub fn notify(app: &AppHandle, changed: &Changed) {
    if changed.areas == [ChangeArea::Room] {
        return;
    }
    if let Some(slot) = app.try_state::<RoomSlot>() {
        if let Some(room) = slot.lock().as_ref() {
            room.notify();
        }
    }
}
