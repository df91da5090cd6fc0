//! The devices that joined the room: their sessions, names, roles and standing. A session is
//! a cookie `<device id>.<token>`; the token (256 random bits) is compared in constant time.
//! Everything here lives in memory only: closing the room forgets it, so every device is
//! signed out and an old cookie or secret opens nothing.

use std::collections::HashMap;
use std::sync::Mutex;

use base64::Engine;
use chair_core::model::Role;
use chair_core::room::{DeviceStatus, RoomDevice};
use subtle::ConstantTimeEq;

/// At most this many devices may join one room (waiting, admitted or not): a flood of joins
/// cannot grow memory without bound.
pub const MAX_DEVICES: usize = 200;

/// 256 random bits from the operating system, base64url without padding.
pub fn random_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(std::io::Error::other)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

struct Device {
    token: String,
    info: RoomDevice,
}

#[derive(Default)]
pub struct Devices {
    by_id: Mutex<HashMap<String, Device>>,
    /// Join order, for the facilitator's list.
    order: Mutex<Vec<String>>,
}

impl Devices {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Device>> {
        self.by_id.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new waiting device; returns its cookie value, or `None` when the room is full.
    pub fn join(&self, name: String, role: Role) -> std::io::Result<Option<(String, RoomDevice)>> {
        let mut map = self.map();
        if map.len() >= MAX_DEVICES {
            return Ok(None);
        }
        let id = uuid::Uuid::now_v7().to_string();
        let token = random_token()?;
        let info = RoomDevice {
            id: id.clone(),
            name,
            role,
            status: DeviceStatus::Waiting,
            person_id: None,
        };
        map.insert(
            id.clone(),
            Device {
                token: token.clone(),
                info: info.clone(),
            },
        );
        self.order
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(id.clone());
        Ok(Some((format!("{id}.{token}"), info)))
    }

    /// The device a session cookie belongs to, whatever its standing.
    pub fn by_cookie(&self, cookie: &str) -> Option<RoomDevice> {
        let (id, token) = cookie.split_once('.')?;
        let map = self.map();
        let device = map.get(id)?;
        same_secret(&device.token, token).then(|| device.info.clone())
    }

    pub fn get(&self, id: &str) -> Option<RoomDevice> {
        self.map().get(id).map(|d| d.info.clone())
    }

    /// Changes a device's standing (and the person it was admitted as).
    pub fn update(
        &self,
        id: &str,
        status: DeviceStatus,
        person_id: Option<String>,
    ) -> Option<RoomDevice> {
        let mut map = self.map();
        let device = map.get_mut(id)?;
        device.info.status = status;
        if person_id.is_some() {
            device.info.person_id = person_id;
        }
        Some(device.info.clone())
    }

    pub fn list(&self) -> Vec<RoomDevice> {
        let map = self.map();
        let order = self.order.lock().unwrap_or_else(|p| p.into_inner());
        order
            .iter()
            .filter_map(|id| map.get(id).map(|d| d.info.clone()))
            .collect()
    }

    /// Signs every device out.
    pub fn clear(&self) {
        self.map().clear();
        self.order.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}
