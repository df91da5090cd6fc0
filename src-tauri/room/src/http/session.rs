//! Who asks: the session cookie and a device's standing, joining with the invitation's
//! secret, and the facilitator admitting, refusing or removing a device.

use super::*;

/// The device a request's session cookie belongs to, whatever its standing.
pub struct Session(pub(super) RoomDevice);

impl FromRequestParts<Arc<Shared>> for Session {
    type Rejection = Problem;

    async fn from_request_parts(
        parts: &mut Parts,
        shared: &Arc<Shared>,
    ) -> Result<Self, Self::Rejection> {
        let device = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(cookie::Cookie::split_parse)
            .filter_map(Result::ok)
            .find(|c| c.name() == COOKIE)
            .and_then(|c| shared.devices.by_cookie(c.value()));
        device.map(Session).ok_or_else(|| {
            Problem::new(
                StatusCode::UNAUTHORIZED,
                "signed_out",
                None,
                "this device is not in the room: open the link the facilitator shows",
            )
        })
    }
}

/// A device the facilitator admitted.
pub struct Admitted(pub(super) RoomDevice);

impl FromRequestParts<Arc<Shared>> for Admitted {
    type Rejection = Problem;

    async fn from_request_parts(
        parts: &mut Parts,
        shared: &Arc<Shared>,
    ) -> Result<Self, Self::Rejection> {
        let Session(device) = Session::from_request_parts(parts, shared).await?;
        if device.status != DeviceStatus::Admitted {
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "not_admitted",
                None,
                match device.status {
                    DeviceStatus::Waiting => "the facilitator has not let this device in yet",
                    _ => "the facilitator did not let this device in",
                },
            ));
        }
        Ok(Admitted(device))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct JoinInput {
    secret: String,
    name: String,
    role: Role,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Me {
    name: String,
    role: Role,
    status: DeviceStatus,
    person_id: Option<String>,
}

pub(super) fn me_of(device: RoomDevice) -> Me {
    Me {
        name: device.name,
        role: device.role,
        status: device.status,
        person_id: device.person_id,
    }
}

/// A typed name as kept: trimmed, 1 to `MAX_NAME` characters, no control characters.
pub(super) fn check_name(name: &str) -> Answer<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Problem::invalid("name", "type your name"));
    }
    let count = name.chars().count();
    if count > MAX_NAME {
        return Err(Problem::invalid(
            "name",
            format!("{count} characters is too long; at most {MAX_NAME}"),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(Problem::invalid(
            "name",
            "a name cannot hold control characters",
        ));
    }
    Ok(name.to_owned())
}

/// Trades the invitation's secret for a session cookie. With "admit everyone" the device is
/// admitted at once; otherwise it waits for the facilitator.
pub(super) async fn join(
    State(shared): State<Arc<Shared>>,
    Input(input): Input<JoinInput>,
) -> Answer<Response> {
    shared.limits.join()?;
    if !same_secret(&input.secret, &shared.secret) {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            Some("secret"),
            "this link is not (or no longer) the room's: ask the facilitator for the new one",
        ));
    }
    let name = check_name(&input.name)?;
    if input.role == Role::Facilitator {
        return Err(Problem::invalid(
            "role",
            "join as an ambassador or a participant",
        ));
    }
    let (session, mut device) = shared
        .devices
        .join(name, input.role)
        .map_err(|e| Problem::unavailable(e.to_string()))?
        .ok_or_else(|| {
            Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "full",
                None,
                format!("the room is full ({MAX_DEVICES} devices)"),
            )
        })?;
    if shared.admit_everyone.load(Ordering::Relaxed) {
        let s = shared.clone();
        let id = device.id.clone();
        device = tokio::task::spawn_blocking(move || admit(&s, &id))
            .await
            .map_err(|e| Problem::unavailable(e.to_string()))??;
    } else {
        shared.ws.changed(Changed::of(ChangeArea::Room));
    }
    let cookie = cookie::Cookie::build((COOKIE, session))
        .http_only(true)
        .same_site(cookie::SameSite::Strict)
        .path("/")
        .build()
        .to_string();
    Ok((
        StatusCode::CREATED,
        [(header::SET_COOKIE, cookie)],
        Json(me_of(device)),
    )
        .into_response())
}

pub(super) async fn me(Session(device): Session) -> Json<Me> {
    Json(me_of(device))
}

pub(super) fn no_device(id: &str) -> chair_core::Error {
    chair_core::Error::not_found("device", id)
}

/// Admits a device as a person of the workspace (matched by name, or added with its role).
pub fn admit(shared: &Shared, device_id: &str) -> chair_core::Result<RoomDevice> {
    let device = shared
        .devices
        .get(device_id)
        .ok_or_else(|| no_device(device_id))?;
    if device.status == DeviceStatus::Removed {
        return Err(chair_core::Error::Forbidden(format!(
            "{} was removed from the room; a new invitation is needed",
            device.name
        )));
    }
    let (name, role) = (device.name.clone(), device.role);
    let person = call(shared.ws.as_ref(), move |db| {
        db.find_or_add_person(&name, role)
    })
    .map_err(chair_core::Error::Forbidden)??;
    let device = shared
        .devices
        .update(device_id, DeviceStatus::Admitted, Some(person.id))
        .ok_or_else(|| no_device(device_id))?;
    push(shared, "devices", &());
    shared
        .ws
        .changed(Changed::of(ChangeArea::People).and(ChangeArea::Room));
    Ok(device)
}

/// Refuses or removes a device; its live stream ends.
pub fn set_status(
    shared: &Shared,
    device_id: &str,
    status: DeviceStatus,
) -> chair_core::Result<RoomDevice> {
    let device = shared
        .devices
        .update(device_id, status, None)
        .ok_or_else(|| no_device(device_id))?;
    push(shared, "devices", &());
    shared.ws.changed(Changed::of(ChangeArea::Room));
    Ok(device)
}
