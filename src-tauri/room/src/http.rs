//! The room's endpoints. Each one checks who asks (the session cookie), parses its input
//! strictly (unknown fields, wrong types and oversized text are refused with a 4xx naming the
//! field, and nothing is written), then calls the same chair-core function as the desktop.
//!
//! | endpoint                     | who                  | what                                   |
//! |------------------------------|----------------------|----------------------------------------|
//! | `GET /`, `GET /assets/{f}`   | anyone (Host-checked)| the page: static files, its own CSP     |
//! | `POST /api/join`             | anyone with the link | trade the secret for a session cookie  |
//! | `GET /api/me`                | a session            | the device's name, role and standing   |
//! | `GET /api/room`              | an admitted device   | the meeting as devices see it (masked) |
//! | `GET /api/events`            | an admitted device   | the live stream (server-sent events)   |
//! | `POST /api/reactions`        | an admitted ambassador | react to a decision of this meeting  |
//! | `PUT/DELETE /api/reactions/{id}` | its author       | edit or delete that reaction           |
//! | `POST /api/speaking`         | an admitted device   | "I'm speaking for the customer"        |

use std::collections::HashSet;
use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chair_core::model::{AnnotationFlag, AnnotationInput, CustomerPulse, CustomerReference};
use chair_core::model::{CustomerReferenceKind, Role, Stance};
use chair_core::room::{DeviceStatus, RoomDevice, RoomReaction};
use chair_core::time::utc_now;
use chair_core::{ChangeArea, Changed, Db, ErrorCode};
use futures_util::stream::{self, Stream};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast::error::RecvError;

use crate::checks::{self, MAX_BODY, PAGE_CSP};
use crate::devices::{same_secret, MAX_DEVICES};
use crate::{call, Shared};

/// The session cookie's name.
pub const COOKIE: &str = "chair_room";
/// The longest name a device may type.
pub const MAX_NAME: usize = 80;
/// The longest reaction comment.
pub const MAX_COMMENT: usize = 2000;

/// One message of the live stream, serialized once for every device.
#[derive(Debug)]
pub struct Push {
    pub event: &'static str,
    pub data: String,
}

/// The HTTP status for a core error code: the one place the room maps `Error::code()`.
pub fn status_for(code: ErrorCode) -> StatusCode {
    use ErrorCode as C;
    match code {
        C::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        C::NotFound => StatusCode::NOT_FOUND,
        C::Forbidden | C::NotPicked => StatusCode::FORBIDDEN,
        C::Gate | C::Exists | C::Cancelled => StatusCode::CONFLICT,
        C::InUse | C::Closed | C::Open => StatusCode::SERVICE_UNAVAILABLE,
        C::Io
        | C::Corrupt
        | C::Foreign
        | C::Newer
        | C::Migration
        | C::Db
        | C::Search
        | C::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// An error answer: `{ code, field, message }`, so the page can say what was wrong where.
#[derive(Debug)]
pub struct Problem {
    status: StatusCode,
    body: ProblemBody,
}

#[derive(Debug, Serialize)]
struct ProblemBody {
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    message: String,
}

impl Problem {
    pub fn new(
        status: StatusCode,
        code: &'static str,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            status,
            body: ProblemBody {
                code,
                field: field.map(str::to_owned),
                message: message.into(),
            },
        }
    }

    fn invalid(field: &str, message: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "invalid", Some(field), message)
    }

    fn unavailable(message: String) -> Problem {
        Problem::new(StatusCode::SERVICE_UNAVAILABLE, "closed", None, message)
    }
}

impl From<chair_core::Error> for Problem {
    fn from(e: chair_core::Error) -> Problem {
        let field = match &e {
            chair_core::Error::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        let status = status_for(e.code());
        Problem {
            status,
            body: ProblemBody {
                code: e.code().as_str(),
                field,
                message: if status.is_server_error() {
                    // Internal detail (paths, SQL) stays on the laptop.
                    "the laptop could not do this; try again".to_owned()
                } else {
                    e.to_string()
                },
            },
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

type Answer<T> = Result<T, Problem>;

/// Runs `f` with the workspace on the blocking pool.
async fn with_db<T: Send + 'static>(
    shared: &Arc<Shared>,
    f: impl FnOnce(&mut Db) -> chair_core::Result<T> + Send + 'static,
) -> Answer<T> {
    let ws = shared.ws.clone();
    tokio::task::spawn_blocking(move || call(ws.as_ref(), f))
        .await
        .map_err(|e| Problem::unavailable(e.to_string()))?
        .map_err(Problem::unavailable)?
        .map_err(Problem::from)
}

/// A JSON body parsed strictly: 415 without a JSON content type, 413 past the cap, 400 naming
/// the field for malformed JSON, unknown fields or wrong types.
pub struct Input<T>(T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Input<T> {
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !json {
            return Err(Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "invalid",
                Some("Content-Type"),
                "send JSON (Content-Type: application/json)",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            Problem::new(
                e.status(),
                "invalid",
                Some("body"),
                format!("the body was refused: {e} (at most {MAX_BODY} bytes)"),
            )
        })?;
        let de = &mut serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(de)
            .map(Input)
            .map_err(|e| {
                let path = e.path().to_string();
                let message = e.into_inner().to_string();
                let field = if path != "." && path != "?" {
                    path
                } else {
                    named_field(&message).unwrap_or("body").to_owned()
                };
                Problem::invalid(&field, message)
            })
    }
}

/// The field serde names in "unknown field `x`" or "missing field `x`" (at the top level,
/// where serde_path_to_error has no path to give).
fn named_field(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("missing field `"))?;
    rest.split_once('`').map(|(field, _)| field)
}

/// The device a request's session cookie belongs to, whatever its standing.
pub struct Session(RoomDevice);

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
pub struct Admitted(RoomDevice);

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

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/assets/{file}", get(asset))
        .route("/api/join", post(join))
        .route("/api/me", get(me))
        .route("/api/room", get(room))
        .route("/api/events", get(events))
        .route("/api/reactions", post(react))
        .route(
            "/api/reactions/{id}",
            put(edit_reaction).delete(delete_reaction),
        )
        .route("/api/speaking", post(speaking))
        .fallback(|| async {
            Problem::new(
                StatusCode::NOT_FOUND,
                "not_found",
                None,
                "there is nothing here",
            )
        })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(
            shared.clone(),
            checks::guard,
        ))
        .with_state(shared)
}

fn file(shared: &Shared, path: &str, content_type: &'static str) -> Response {
    match shared.assets.get(path) {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
                (
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(PAGE_CSP),
                ),
            ],
            bytes,
        )
            .into_response(),
        None => {
            Problem::new(StatusCode::NOT_FOUND, "not_found", None, "no such file").into_response()
        }
    }
}

/// The page itself, written here rather than taken from the bundle: the desktop app's copy of
/// an HTML file carries the app's own CSP (Tauri adds it), which would forbid the page to
/// talk to this server. The bundle's entry has fixed names (ui/vite.config.ts).
const PAGE: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
    <meta name=\"color-scheme\" content=\"light dark\">\
    <title>Empty Chair \u{2014} the room</title>\
    <link rel=\"stylesheet\" href=\"/assets/room.css\">\
    <script type=\"module\" src=\"/assets/room.js\"></script>\
    </head><body><div id=\"root\"></div></body></html>\n";

async fn page() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(PAGE_CSP),
            ),
        ],
        PAGE,
    )
        .into_response()
}

/// Only the bundle's own files: a plain name with a known extension, never a path.
async fn asset(State(shared): State<Arc<Shared>>, Path(name): Path<String>) -> Response {
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let kind = match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js") => Some("text/javascript; charset=utf-8"),
        Some("css") => Some("text/css; charset=utf-8"),
        Some("svg") => Some("image/svg+xml"),
        Some("woff2") => Some("font/woff2"),
        _ => None,
    };
    match (plain, kind) {
        (true, Some(kind)) => file(&shared, &format!("assets/{name}"), kind),
        _ => Problem::new(StatusCode::NOT_FOUND, "not_found", None, "no such file").into_response(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JoinInput {
    secret: String,
    name: String,
    role: Role,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Me {
    name: String,
    role: Role,
    status: DeviceStatus,
    person_id: Option<String>,
}

fn me_of(device: RoomDevice) -> Me {
    Me {
        name: device.name,
        role: device.role,
        status: device.status,
        person_id: device.person_id,
    }
}

/// A typed name as kept: trimmed, 1 to `MAX_NAME` characters, no control characters.
fn check_name(name: &str) -> Answer<String> {
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
async fn join(
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

async fn me(Session(device): Session) -> Json<Me> {
    Json(me_of(device))
}

async fn room(State(shared): State<Arc<Shared>>, Admitted(_): Admitted) -> Answer<Response> {
    let id = shared.meeting_id.clone();
    let view = with_db(&shared, move |db| db.room_view(&id)).await?;
    Ok(Json(view).into_response())
}

/// The live stream: the meeting now, then every change, until the device is removed or the
/// room closes.
async fn events(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
) -> Answer<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let receiver = shared.events.subscribe();
    let id = shared.meeting_id.clone();
    let view = with_db(&shared, move |db| db.room_view(&id)).await?;
    let first = Some(Push {
        event: "view",
        data: serde_json::to_string(&view).map_err(|e| Problem::unavailable(e.to_string()))?,
    });
    struct Live {
        shared: Arc<Shared>,
        device: String,
        receiver: tokio::sync::broadcast::Receiver<Arc<Push>>,
        first: Option<Push>,
        done: bool,
    }
    let live = Live {
        shared,
        device: device.id,
        receiver,
        first,
        done: false,
    };
    let stream = stream::unfold(live, |mut live| async move {
        if live.done {
            return None;
        }
        let event = |p: &Push| Event::default().event(p.event).data(p.data.as_str());
        if let Some(first) = live.first.take() {
            let e = event(&first);
            return Some((Ok(e), live));
        }
        let admitted = |live: &Live| {
            live.shared
                .devices
                .get(&live.device)
                .is_some_and(|d| d.status == DeviceStatus::Admitted)
        };
        loop {
            let push = match live.receiver.recv().await {
                Ok(push) => push,
                Err(RecvError::Lagged(_)) => {
                    // Too far behind: the whole meeting again instead of the missed changes.
                    let id = live.shared.meeting_id.clone();
                    match with_db(&live.shared, move |db| db.room_view(&id)).await {
                        Ok(view) => Arc::new(Push {
                            event: "view",
                            data: serde_json::to_string(&view).unwrap_or_default(),
                        }),
                        Err(_) => continue,
                    }
                }
                Err(RecvError::Closed) => return None,
            };
            if push.event == "closed" || !admitted(&live) {
                live.done = true;
                let e = Event::default().event("signed-out").data("{}");
                return Some((Ok(e), live));
            }
            if push.event == "devices" {
                continue;
            }
            let e = event(&push);
            return Some((Ok(e), live));
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

fn push(shared: &Shared, event: &'static str, data: &impl Serialize) {
    if let Ok(data) = serde_json::to_string(data) {
        let _ = shared.events.send(Arc::new(Push { event, data }));
    }
}

/// Sends every device the meeting as it is now (after the shell wrote), on the room's
/// blocking pool; changes that come while one is being prepared are folded into the next.
pub fn publish_view(shared: &Arc<Shared>) {
    if shared.view_pending.swap(true, Ordering::AcqRel) {
        return;
    }
    let s = shared.clone();
    shared.runtime.spawn_blocking(move || {
        s.view_pending.store(false, Ordering::Release);
        let id = s.meeting_id.clone();
        if let Ok(Ok(view)) = call(s.ws.as_ref(), |db| db.room_view(&id)) {
            push(&s, "view", &view);
        }
    });
}

/// Tells the live streams that the room is closing: each ends after a last "signed-out".
pub fn push_closed(shared: &Shared) {
    let _ = shared.events.send(Arc::new(Push {
        event: "closed",
        data: "{}".into(),
    }));
}

fn no_device(id: &str) -> chair_core::Error {
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ReactionInput {
    stance: Stance,
    feeling: Option<u8>,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    flags: Vec<AnnotationFlag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct NewReaction {
    client_id: String,
    decision_id: String,
    stance: Stance,
    feeling: Option<u8>,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    flags: Vec<AnnotationFlag>,
}

fn annotation(
    stance: Stance,
    feeling: Option<u8>,
    comment: String,
    flags: Vec<AnnotationFlag>,
) -> Answer<AnnotationInput> {
    let count = comment.chars().count();
    if count > MAX_COMMENT {
        return Err(Problem::invalid(
            "comment",
            format!("{count} characters is too long; at most {MAX_COMMENT}"),
        ));
    }
    Ok(AnnotationInput {
        stance,
        feeling,
        comment,
        flags,
    })
}

/// The device's person, which every write is signed with.
fn writer(shared: &Shared, device: &RoomDevice) -> Answer<String> {
    shared.limits.write(&device.id)?;
    device.person_id.clone().ok_or_else(|| {
        Problem::new(
            StatusCode::FORBIDDEN,
            "not_admitted",
            None,
            "not admitted yet",
        )
    })
}

fn ambassador(device: &RoomDevice) -> Answer<()> {
    if device.role == Role::Ambassador {
        Ok(())
    } else {
        Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            Some("role"),
            "only ambassadors react to decisions as the customer",
        ))
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReactionPush<'a> {
    decision_id: &'a str,
    reaction: &'a RoomReaction,
}

/// Tells every device and the facilitator about a stored reaction (with what it stamped on the
/// running meeting, if anything); returns it as devices see it.
fn reacted(
    shared: &Shared,
    saved: &chair_core::model::Annotation,
    pulse: Option<CustomerPulse>,
) -> RoomReaction {
    let reaction = RoomReaction::from(saved);
    push(
        shared,
        "reaction",
        &ReactionPush {
            decision_id: &saved.decision_id,
            reaction: &reaction,
        },
    );
    shared
        .ws
        .changed(Changed::reaction(&shared.meeting_id, saved).with_pulse(pulse));
    reaction
}

async fn react(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Input(input): Input<NewReaction>,
) -> Answer<(StatusCode, Json<RoomReaction>)> {
    let person = writer(&shared, &device)?;
    ambassador(&device)?;
    let body = annotation(input.stance, input.feeling, input.comment, input.flags)?;
    let meeting = shared.meeting_id.clone();
    let (client_id, decision_id) = (input.client_id, input.decision_id);
    let (saved, pulse) = with_db(&shared, move |db| {
        db.add_annotation_as(&person, &meeting, &client_id, &decision_id, &body)
    })
    .await?;
    let reaction = reacted(&shared, &saved, pulse);
    Ok((StatusCode::CREATED, Json(reaction)))
}

async fn edit_reaction(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Path(id): Path<String>,
    Input(input): Input<ReactionInput>,
) -> Answer<Json<RoomReaction>> {
    let person = writer(&shared, &device)?;
    let body = annotation(input.stance, input.feeling, input.comment, input.flags)?;
    let meeting = shared.meeting_id.clone();
    let saved = with_db(&shared, move |db| {
        in_meeting(db, &meeting, &id)?;
        db.update_annotation_as(&person, &id, &body)
    })
    .await?;
    let reaction = reacted(&shared, &saved, None);
    Ok(Json(reaction))
}

/// Refuses a reaction on a decision of another meeting as if it did not exist.
fn in_meeting(db: &Db, meeting_id: &str, annotation_id: &str) -> chair_core::Result<()> {
    let found = db
        .list_decisions(meeting_id)?
        .iter()
        .any(|d| d.annotations.iter().any(|a| a.id == annotation_id));
    if found {
        Ok(())
    } else {
        Err(chair_core::Error::not_found("reaction", annotation_id))
    }
}

async fn delete_reaction(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Path(id): Path<String>,
) -> Answer<StatusCode> {
    let person = writer(&shared, &device)?;
    let meeting = shared.meeting_id.clone();
    with_db(&shared, move |db| {
        in_meeting(db, &meeting, &id)?;
        db.delete_annotation_as(&person, &id)
    })
    .await?;
    publish_view(&shared);
    shared.ws.changed(Changed::in_meeting(
        ChangeArea::Decisions,
        &shared.meeting_id,
    ));
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Speaking {
    client_id: String,
}

/// The client ids of "I'm speaking for the customer" presses already counted (this room).
#[derive(Default)]
pub struct Seen(Mutex<HashSet<String>>);

/// "I'm speaking for the customer": a customer reference, counted once per client id.
async fn speaking(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Input(input): Input<Speaking>,
) -> Answer<StatusCode> {
    writer(&shared, &device)?;
    if uuid::Uuid::parse_str(&input.client_id).is_err() {
        return Err(Problem::invalid("clientId", "not a UUID"));
    }
    let key = format!("{}/{}", device.id, input.client_id);
    if shared
        .seen
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .contains(&key)
    {
        return Ok(StatusCode::OK);
    }
    let reference = CustomerReference {
        meeting_id: shared.meeting_id.clone(),
        kind: CustomerReferenceKind::SpokeForCustomer,
        anecdote_id: None,
    };
    with_db(&shared, move |db| {
        db.record_customer_reference(&reference, utc_now())
    })
    .await?;
    shared
        .seen
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(key);
    shared.ws.changed(Changed::in_meeting(
        ChangeArea::Meetings,
        &shared.meeting_id,
    ));
    Ok(StatusCode::CREATED)
}
