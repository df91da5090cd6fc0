//! chair-room: the room's LAN server. While the facilitator has the room open, people in the
//! meeting room take part from their own phones and laptops: they see the chair, the current
//! question and the meeting's decisions live, ambassadors react to decisions, and anyone says
//! "I'm speaking for the customer".
//!
//! The server is axum on its own Tokio runtime and thread, started by `Room::open` and stopped
//! by `Room::close` (or drop). It knows nothing of Tauri: a shell hands it the workspace through
//! `Workspace` (run a closure on the open `Db`; hear that devices wrote) and the page's files
//! through `Assets`, and tells it after its own writes with `Room::notify`. Every write goes
//! through the same chair-core functions as the desktop's commands.
//!
//! Security (docs/SECURITY.md has the threat model): a per-invitation secret of 256 random bits
//! travels in the link's fragment and is traded once for a per-device session cookie; secrets
//! and session tokens are compared in constant time; Host and Origin are checked on every
//! request; bodies are capped; each device's writes are rate-limited; only this meeting's
//! data, masked, is served.

mod checks;
mod devices;
mod http;
mod net;
#[cfg(feature = "sim")]
pub mod sim;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chair_core::room::{RoomDevice, RoomInvitation};
use chair_core::{Changed, Db};
use tokio::sync::{broadcast, oneshot};

pub use http::status_for;
pub use net::{default_address, qr_svg};

/// The workspace as the shell holds it.
pub trait Workspace: Send + Sync + 'static {
    /// Runs `f` with the open workspace, blocking; `Err` (a message) when none is open.
    fn with_db(&self, f: &mut dyn FnMut(&mut Db)) -> Result<(), String>;
    /// A device wrote (a reaction, a customer reference, a person) or the room's devices
    /// changed (`ChangeArea::Room`): the shell tells its windows.
    fn changed(&self, changed: Changed);
}

/// The page's static files, as the shell has them (the desktop app embeds them).
pub trait Assets: Send + Sync + 'static {
    /// The file at `path` ("room.html", "assets/room-abc.js"), if there is one.
    fn get(&self, path: &str) -> Option<Vec<u8>>;
}

/// A workspace held behind a plain mutex: for the command line, tests and benchmarks.
pub struct SharedDb {
    pub db: Mutex<Db>,
    pub on_change: Box<dyn Fn(Changed) + Send + Sync>,
}

impl Workspace for SharedDb {
    fn with_db(&self, f: &mut dyn FnMut(&mut Db)) -> Result<(), String> {
        let mut db = self
            .db
            .lock()
            .map_err(|_| "the workspace lock is poisoned")?;
        f(&mut db);
        Ok(())
    }

    fn changed(&self, changed: Changed) {
        (self.on_change)(changed)
    }
}

/// Runs `f` with the workspace; the workspace's absence is an error of its own.
pub(crate) fn call<T>(
    ws: &dyn Workspace,
    f: impl FnOnce(&mut Db) -> chair_core::Result<T>,
) -> Result<chair_core::Result<T>, String> {
    let mut f = Some(f);
    let mut out = None;
    ws.with_db(&mut |db| {
        if let Some(f) = f.take() {
            out = Some(f(db));
        }
    })?;
    out.ok_or_else(|| "the workspace did not run the request".to_owned())
}

/// How to open the room.
#[derive(Debug, Clone)]
pub struct RoomConfig {
    /// Where to listen; port 0 picks a free port.
    pub addr: SocketAddr,
    /// The meeting the room shows: the only one its devices see.
    pub meeting_id: String,
    /// Admit every device that has the link, without asking the facilitator.
    pub admit_everyone: bool,
}

/// The state the server's handlers share.
pub(crate) struct Shared {
    pub ws: Arc<dyn Workspace>,
    pub assets: Arc<dyn Assets>,
    pub meeting_id: String,
    pub secret: String,
    /// "127.0.0.1:5555": the only Host accepted.
    pub host: String,
    /// "http://127.0.0.1:5555": the only Origin accepted.
    pub origin: String,
    pub admit_everyone: AtomicBool,
    pub devices: devices::Devices,
    /// What the devices' live streams send, already serialized.
    pub events: broadcast::Sender<Arc<http::Push>>,
    pub limits: checks::Limits,
    pub opened: Instant,
    /// A view for the devices is queued and not started yet.
    pub view_pending: AtomicBool,
    pub seen: http::Seen,
    pub runtime: tokio::runtime::Handle,
}

/// The open room. Dropping it closes it.
pub struct Room {
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    url: String,
}

impl Room {
    /// Binds `config.addr` and starts serving on a thread of its own, with a new secret.
    pub fn open(
        config: RoomConfig,
        ws: Arc<dyn Workspace>,
        assets: Arc<dyn Assets>,
    ) -> std::io::Result<Room> {
        let listener = std::net::TcpListener::bind(config.addr)?;
        listener.set_nonblocking(true)?;
        let local = listener.local_addr()?;
        let host = local.to_string();
        let secret = devices::random_token()?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("room")
            .enable_all()
            .build()?;
        let shared = Arc::new(Shared {
            ws,
            assets,
            meeting_id: config.meeting_id,
            origin: format!("http://{host}"),
            host,
            secret,
            admit_everyone: AtomicBool::new(config.admit_everyone),
            devices: devices::Devices::default(),
            events: broadcast::channel(1024).0,
            limits: checks::Limits::new(),
            opened: Instant::now(),
            view_pending: AtomicBool::new(false),
            seen: http::Seen::default(),
            runtime: runtime.handle().clone(),
        });
        let url = format!("{}/#k={}", shared.origin, shared.secret);
        let (stop, stopped) = oneshot::channel();
        let app = http::router(shared.clone());
        let thread = std::thread::Builder::new()
            .name("room".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    tokio::select! {
                        _ = axum::serve(listener, app) => {}
                        _ = stopped => {}
                    }
                });
                // Open live streams end with the runtime.
                runtime.shutdown_timeout(std::time::Duration::from_millis(500));
            })?;
        Ok(Room {
            shared,
            stop: Some(stop),
            thread: Some(thread),
            url,
        })
    }

    /// The link to share: the address, and the secret in the fragment.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address without the secret.
    pub fn origin(&self) -> &str {
        &self.shared.origin
    }

    pub fn meeting_id(&self) -> &str {
        &self.shared.meeting_id
    }

    /// What the facilitator's panel shows.
    pub fn invitation(&self) -> RoomInvitation {
        RoomInvitation {
            meeting_id: self.shared.meeting_id.clone(),
            url: self.url.clone(),
            address: self.shared.origin.clone(),
            qr_svg: qr_svg(&self.url),
            admit_everyone: self.shared.admit_everyone.load(Ordering::Relaxed),
            devices: self.devices(),
            open_seconds: u32::try_from(self.shared.opened.elapsed().as_secs()).unwrap_or(u32::MAX),
        }
    }

    pub fn devices(&self) -> Vec<RoomDevice> {
        self.shared.devices.list()
    }

    /// The workspace changed (the shell wrote): devices get the new view.
    pub fn notify(&self) {
        http::publish_view(&self.shared);
    }

    /// Admits a waiting (or refused) device: it becomes a person of the workspace, matched by
    /// name or added with its role.
    pub fn admit(&self, device_id: &str) -> Result<RoomDevice, chair_core::Error> {
        http::admit(&self.shared, device_id)
    }

    /// Refuses a waiting device.
    pub fn refuse(&self, device_id: &str) -> Result<RoomDevice, chair_core::Error> {
        http::set_status(
            &self.shared,
            device_id,
            chair_core::room::DeviceStatus::Refused,
        )
    }

    /// Removes a device: it is signed out and locked out until the room closes.
    pub fn remove(&self, device_id: &str) -> Result<RoomDevice, chair_core::Error> {
        http::set_status(
            &self.shared,
            device_id,
            chair_core::room::DeviceStatus::Removed,
        )
    }

    pub fn set_admit_everyone(&self, on: bool) {
        self.shared.admit_everyone.store(on, Ordering::Relaxed);
    }

    /// Stops the server and signs out every device.
    pub fn close(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        http::push_closed(&self.shared);
        if self.shared.events.receiver_count() > 0 {
            // The live streams' last "signed-out" goes out before the server stops.
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.shared.devices.clear();
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.stop_now();
    }
}
