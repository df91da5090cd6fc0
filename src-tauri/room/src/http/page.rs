//! The page and its files: served from the bundle, with the page's own CSP.

use super::*;

pub(super) fn file(shared: &Shared, path: &str, content_type: &'static str) -> Response {
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
pub(super) const PAGE: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
    <meta name=\"color-scheme\" content=\"light dark\">\
    <title>Empty Chair \u{2014} the room</title>\
    <link rel=\"stylesheet\" href=\"/assets/room.css\">\
    <script type=\"module\" src=\"/assets/room.js\"></script>\
    </head><body><div id=\"root\"></div></body></html>\n";

pub(super) async fn page() -> Response {
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
pub(super) async fn asset(State(shared): State<Arc<Shared>>, Path(name): Path<String>) -> Response {
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
