//! Checks every request passes before a handler sees it, and the headers every answer carries.
//!
//! - Host must be the address the room listens on, and Origin (when sent, and always on a
//!   write) must be the room's own: a page of another site, or one reached through a DNS name
//!   rebound to the laptop, gets 403 and nothing of the meeting.
//! - Each device's writes are rate-limited (429), and so are joins (a secret cannot be guessed
//!   at speed anyway: it has 256 bits).

use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::http::Problem;
use crate::Shared;

/// The largest request body accepted; past it, 413.
pub const MAX_BODY: usize = 16 * 1024;

/// Writes a device may make: 5 a second, in bursts of up to 30 (a phone that was offline
/// resends its queue at once).
const WRITES_PER_SECOND: u32 = 5;
const WRITE_BURST: u32 = 30;
/// Joins the whole room may see: 5 a second, in bursts of up to 30.
const JOINS_PER_SECOND: u32 = 5;

/// The content security policy of the page: its own scripts and styles only, no inline
/// script, no frames, no form posts, no base URL, connections to itself only.
pub const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
    base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub struct Limits {
    writes: DefaultKeyedRateLimiter<String>,
    joins: DefaultDirectRateLimiter,
}

fn nonzero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl Limits {
    pub fn new() -> Limits {
        Limits {
            writes: RateLimiter::keyed(
                Quota::per_second(nonzero(WRITES_PER_SECOND)).allow_burst(nonzero(WRITE_BURST)),
            ),
            joins: RateLimiter::direct(
                Quota::per_second(nonzero(JOINS_PER_SECOND)).allow_burst(nonzero(WRITE_BURST)),
            ),
        }
    }

    /// Whether `device` may write now.
    pub fn write(&self, device: &str) -> Result<(), Problem> {
        self.writes
            .check_key(&device.to_owned())
            .map_err(|_| too_many("this device"))
    }

    pub fn join(&self) -> Result<(), Problem> {
        self.joins.check().map_err(|_| too_many("the room"))
    }
}

fn too_many(who: &str) -> Problem {
    Problem::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        None,
        format!("too many requests from {who}; wait a moment and try again"),
    )
}

fn header_is(value: Option<&HeaderValue>, expected: &str) -> bool {
    value
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case(expected))
}

/// Refuses a foreign Host or Origin, then adds the headers every answer carries.
pub async fn guard(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    if !header_is(headers.get(header::HOST), &shared.host) {
        return Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            Some("Host"),
            format!("this server answers only as {}", shared.host),
        )
        .into_response();
    }
    let origin = headers.get(header::ORIGIN);
    let writes = !matches!(*request.method(), Method::GET | Method::HEAD);
    if (origin.is_some() || writes) && !header_is(origin, &shared.origin) {
        return Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            Some("Origin"),
            format!("requests must come from {}", shared.origin),
        )
        .into_response();
    }
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}
