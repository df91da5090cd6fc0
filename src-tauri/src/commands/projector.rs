//! The projector: a second window showing the chair to the room. It only listens; the main
//! window decides what it shows (`show_on_projector`) and the last state is kept so a projector
//! opened later starts with content. The laptop chooses its display, moves it, puts it full
//! screen and closes it; where it goes is `chair_core::displays`'s choice.

use chair_core::displays::{place, Area, Display, Placement, ProjectorScreens};
use chair_core::model::ProjectorState;
use chair_core::ErrorCode;
use tauri::{
    AppHandle, Emitter, Manager, PhysicalPosition, PhysicalSize, State, WebviewUrl, WebviewWindow,
    WebviewWindowBuilder,
};

use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

/// The projector window's label; `capabilities/projector.json` grants it (only) listening.
pub const PROJECTOR_LABEL: &str = "projector";
/// Emitted to every window with the new `ProjectorState`.
pub const PROJECTOR_EVENT: &str = "projector-state";
/// The main window's label (tauri.conf.json).
const MAIN_LABEL: &str = "main";

/// The connected displays, which window is on which, and the projector window's state.
#[tauri::command]
pub async fn projector_screens(app: AppHandle) -> CommandResult<ProjectorScreens> {
    screens(&app)
}

/// Opens the projector window on the display named `display`, or moves it there when it is
/// open; without a name (or one no longer connected), on a display the main window is not on.
/// On a display of its own it fills it (full screen); with a single display it is a window
/// beside the main one. Returns where it went.
#[tauri::command]
pub async fn open_projector(app: AppHandle, display: Option<String>) -> CommandResult<Placement> {
    let listed = screens(&app)?;
    let main = app
        .get_webview_window(MAIN_LABEL)
        .and_then(|w| area_of(&w))
        .unwrap_or_default();
    let placement = place(&listed.displays, display.as_deref(), main);
    let window = match app.get_webview_window(PROJECTOR_LABEL) {
        Some(window) => window,
        None => {
            crate::fonts::with_desktop_font(crate::windows::stay_on_app(WebviewWindowBuilder::new(
                &app,
                PROJECTOR_LABEL,
                WebviewUrl::App("index.html#projector".into()),
            )))
            .title("Empty Chair — projector")
            .inner_size(1280.0, 800.0)
            .visible(false)
            .build()
            .map_err(CommandError::internal)?
        }
    };
    put(&window, &placement).map_err(CommandError::internal)?;
    Ok(placement)
}

/// Moves `window` to `placement` and shows it: out of full screen first (a full-screen window
/// does not move), then to the area, then full screen on a display of its own.
fn put(window: &WebviewWindow, placement: &Placement) -> tauri::Result<()> {
    if window.is_fullscreen()? {
        window.set_fullscreen(false)?;
    }
    let (area, fill) = match placement {
        Placement::OnDisplay { area, .. } => (area, true),
        Placement::Beside { area } => (area, false),
    };
    window.set_position(PhysicalPosition::new(area.x, area.y))?;
    window.set_size(PhysicalSize::new(area.width, area.height))?;
    window.show()?;
    // Not focused: the facilitator's keyboard stays on the laptop's window.
    if fill {
        window.set_fullscreen(true)?;
    }
    Ok(())
}

/// Where `window` is on the desktop. Without a window manager the outer size reads 0×0 (no
/// frame is known): then its inner size.
fn area_of(window: &WebviewWindow) -> Option<Area> {
    let at = window.outer_position().ok()?;
    let size = match window.outer_size().ok()? {
        outer if outer.width > 0 && outer.height > 0 => outer,
        _ => window.inner_size().ok()?,
    };
    Some(Area {
        x: at.x,
        y: at.y,
        width: size.width,
        height: size.height,
    })
}

fn screens(app: &AppHandle) -> CommandResult<ProjectorScreens> {
    let monitors = app.available_monitors().map_err(CommandError::internal)?;
    let main = app.get_webview_window(MAIN_LABEL).and_then(|w| area_of(&w));
    let projector = app.get_webview_window(PROJECTOR_LABEL);
    let areas = monitors
        .iter()
        .map(|m| {
            let (at, size) = (m.position(), m.size());
            let area = Area {
                x: at.x,
                y: at.y,
                width: size.width,
                height: size.height,
            };
            (m.name().cloned(), area)
        })
        .collect();
    Ok(ProjectorScreens {
        displays: Display::list(areas, main, projector.as_ref().and_then(area_of)),
        open: projector.is_some(),
        fullscreen: match &projector {
            Some(w) => w.is_fullscreen().map_err(CommandError::internal)?,
            None => false,
        },
    })
}

#[tauri::command]
pub async fn set_projector_fullscreen(app: AppHandle, on: bool) -> CommandResult<()> {
    projector(&app)?
        .set_fullscreen(on)
        .map_err(CommandError::internal)
}

/// Closes the projector window; nothing when it is not open.
#[tauri::command]
pub async fn close_projector(app: AppHandle) -> CommandResult<()> {
    match app.get_webview_window(PROJECTOR_LABEL) {
        Some(window) => window.close().map_err(CommandError::internal),
        None => Ok(()),
    }
}

fn projector(app: &AppHandle) -> CommandResult<WebviewWindow> {
    app.get_webview_window(PROJECTOR_LABEL)
        .ok_or_else(|| CommandError::new(ErrorCode::NotFound, "the projector window is not open"))
}

/// Sends what the projector shows to every window (event `projector-state`) and keeps it.
#[tauri::command]
pub async fn show_on_projector(
    app: AppHandle,
    app_state: State<'_, AppState>,
    state: ProjectorState,
) -> CommandResult<()> {
    app_state.set_projector(state.clone());
    app.emit(PROJECTOR_EVENT, state)
        .map_err(CommandError::internal)
}

/// The last state sent to the projector, if any.
#[tauri::command]
pub async fn get_projector_state(
    state: State<'_, AppState>,
) -> CommandResult<Option<ProjectorState>> {
    Ok(state.projector())
}
