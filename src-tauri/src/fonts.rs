//! The UI's font on Linux, chosen once by the app rather than by the page's font list.
//!
//! The page names a list of families (ui/src/base.css). WebKitGTK tries them in order for
//! every size and weight the page uses, and each family the machine lacks costs a fontconfig
//! lookup the first time: most of the first frame after the chair is in the DOM, 400-600 ms of a
//! cold start (docs/BENCHMARKS.md). The app looks the families up once, here, and tells the page
//! the first one the machine has (`window.__desktopFont`, read by ui/src/main.tsx before the
//! first render), which the page then puts first. The font shown is the one the list would have
//! given; only the lookups of the families before it go. Likewise for the monospace list (keys
//! in the sidebar): the family fontconfig's `monospace` is (`window.__desktopMonoFont`).

use std::collections::HashSet;
use std::sync::OnceLock;

use tauri::webview::WebviewWindowBuilder;
use tauri::{Manager, Runtime};

/// The Linux families of the page's list, in its order, and what fontconfig shows for Arial
/// where Arial itself is missing (its metric twin): the page's `Arial` then draws it.
const LINUX_FAMILIES: [&str; 5] = [
    "Ubuntu",
    "Cantarell",
    "Noto Sans",
    "Arial",
    "Liberation Sans",
];

/// The first of `LINUX_FAMILIES` among `installed` (family names, any case).
pub fn first_installed(installed: impl IntoIterator<Item = String>) -> Option<&'static str> {
    let installed: HashSet<String> = installed.into_iter().map(|f| f.to_lowercase()).collect();
    LINUX_FAMILIES
        .into_iter()
        .find(|family| installed.contains(&family.to_lowercase()))
}

/// The families this machine's fonts provide, as GTK (Pango over fontconfig) lists them. Needs
/// GTK to be initialised: Tauri has done it before `setup`.
#[cfg(target_os = "linux")]
fn installed_families() -> Vec<String> {
    use gtk::pango::prelude::FontFamilyExt;
    use gtk::prelude::WidgetExt;
    gtk::Label::new(None)
        .pango_context()
        .list_families()
        .iter()
        .map(|family| family.name().to_string())
        .collect()
}

#[cfg(not(target_os = "linux"))]
fn installed_families() -> Vec<String> {
    // macOS and Windows web views resolve the list's `system-ui` at once.
    Vec::new()
}

/// The family fontconfig gives for the generic `monospace`: what the page's monospace list
/// (`ui-monospace, Consolas, monospace`) ends up drawing here, after a lookup of each of the
/// two families before it.
#[cfg(target_os = "linux")]
fn monospace_family() -> Option<String> {
    use gtk::pango::prelude::{FontExt, FontMapExt};
    use gtk::prelude::WidgetExt;
    let context = gtk::Label::new(None).pango_context();
    let font = context.font_map()?.load_font(
        &context,
        &gtk::pango::FontDescription::from_string("monospace"),
    )?;
    Some(font.describe().family()?.to_string())
}

#[cfg(not(target_os = "linux"))]
fn monospace_family() -> Option<String> {
    None
}

/// The script that names the machine's fonts to the page (`None`: nothing to name).
fn font_script(sans: Option<&str>, mono: Option<&str>) -> Option<String> {
    let assign = |name: &str, family: Option<&str>| {
        let family = serde_json::to_string(family?).expect("a string serializes");
        Some(format!("window.{name} = {family};"))
    };
    let lines: Vec<String> = [
        assign("__desktopFont", sans),
        assign("__desktopMonoFont", mono),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// `builder` with a script that names the desktop's fonts to the page before it runs: the first
/// of the list's families the machine has, and the family its `monospace` is (looked up once,
/// for every window).
pub fn with_desktop_font<'a, R: Runtime, M: Manager<R>>(
    builder: WebviewWindowBuilder<'a, R, M>,
) -> WebviewWindowBuilder<'a, R, M> {
    static SCRIPT: OnceLock<Option<String>> = OnceLock::new();
    let script = SCRIPT.get_or_init(|| {
        font_script(
            first_installed(installed_families()),
            monospace_family().as_deref(),
        )
    });
    match script {
        Some(script) => builder.initialization_script(script),
        None => builder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn installed(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn the_first_family_of_the_pages_list_that_is_installed_is_chosen() {
        // A GNOME desktop with Cantarell and Noto Sans: the list's order decides.
        let gnome = installed(&["DejaVu Sans", "Noto Sans", "Cantarell", "Liberation Sans"]);
        assert_eq!(first_installed(gnome), Some("Cantarell"));
        assert_eq!(
            first_installed(installed(&["ubuntu", "Cantarell"])),
            Some("Ubuntu")
        );
        // A bare Debian: the page's Arial draws Liberation Sans, so that is the font.
        let bare = installed(&["DejaVu Sans", "Liberation Sans", "Liberation Mono"]);
        assert_eq!(first_installed(bare), Some("Liberation Sans"));
        assert_eq!(
            first_installed(installed(&["Arial", "Liberation Sans"])),
            Some("Arial")
        );
    }

    #[test]
    fn the_script_names_what_was_found_as_javascript_strings() {
        assert_eq!(
            font_script(Some("Liberation Sans"), Some("Noto Sans Mono")).as_deref(),
            Some(
                "window.__desktopFont = \"Liberation Sans\";\n\
                 window.__desktopMonoFont = \"Noto Sans Mono\";"
            )
        );
        assert_eq!(
            font_script(None, Some("O\"Mono</script>")).as_deref(),
            Some("window.__desktopMonoFont = \"O\\\"Mono</script>\";")
        );
        assert_eq!(font_script(None, None), None);
    }

    #[test]
    fn a_machine_with_none_of_them_keeps_the_pages_own_list() {
        assert_eq!(first_installed(installed(&["DejaVu Sans", "Roboto"])), None);
        assert_eq!(first_installed(Vec::new()), None);
    }
}
