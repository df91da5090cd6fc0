//! The app's windows stay on the app: neither the main window nor the projector can navigate
//! away from the app's own origin, nor open a new window. A script in the page, should one
//! ever run, cannot send the workspace's text to a server by loading its URL, nor replace the
//! chair with a page of its own.

use tauri::webview::{NewWindowResponse, WebviewWindowBuilder};
use tauri::{Manager, Runtime, Url};

/// Whether `url` is the app's own page: `tauri://localhost` (Linux, macOS) or
/// `http(s)://tauri.localhost` (Windows).
pub fn is_app_url(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

/// `builder` with a navigation handler that allows only the app's own pages and a new-window
/// handler that allows none.
pub fn stay_on_app<'a, R: Runtime, M: Manager<R>>(
    builder: WebviewWindowBuilder<'a, R, M>,
) -> WebviewWindowBuilder<'a, R, M> {
    builder
        .on_navigation(|url| {
            let ok = is_app_url(url);
            if !ok {
                eprintln!("empty-chair: refused to navigate the window away from the app");
            }
            ok
        })
        .on_new_window(|_, _| {
            eprintln!("empty-chair: refused to open a new window");
            NewWindowResponse::Deny
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_origin_is_allowed() {
        for ok in [
            "tauri://localhost/",
            "tauri://localhost/index.html#projector",
            "http://tauri.localhost/index.html",
        ] {
            assert!(is_app_url(&Url::parse(ok).unwrap()), "{ok}");
        }
        for bad in [
            "http://127.0.0.1:8080/leak?text=secret",
            "https://example.com/",
            "tauri://evil/",
            "http://tauri.localhost.example.com/",
            "file:///etc/passwd",
            "data:text/html,<script>1</script>",
            "javascript:alert(1)",
            "about:blank",
        ] {
            assert!(!is_app_url(&Url::parse(bad).unwrap()), "{bad}");
        }
    }
}
