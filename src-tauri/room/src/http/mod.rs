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

mod answer;
mod live;
mod page;
mod reactions;
mod session;

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

use answer::*;
pub use answer::{status_for, Problem};
use live::*;
pub use live::{publish_view, push_closed};
use page::*;
pub use reactions::Seen;
use reactions::*;
use session::*;
pub use session::{admit, set_status};

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
