//! Where the projector window goes: the connected displays as the laptop shows them, the one
//! the facilitator picked (remembered by name in the preferences), and, with a single display,
//! a window beside the main one. The shell asks the windowing system for the displays and moves
//! the window; the choice itself is here, tested without a screen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A rectangle on the desktop, in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Area {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Area {
    fn right(&self) -> i64 {
        i64::from(self.x) + i64::from(self.width)
    }

    fn contains(&self, x: i32, y: i32) -> bool {
        let (x, y) = (i64::from(x), i64::from(y));
        x >= i64::from(self.x)
            && x < self.right()
            && y >= i64::from(self.y)
            && y < i64::from(self.y) + i64::from(self.height)
    }

    fn centre(&self) -> (i32, i32) {
        (
            self.x.saturating_add((self.width / 2) as i32),
            self.y.saturating_add((self.height / 2) as i32),
        )
    }
}

/// A connected display (monitor).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Display {
    /// The name the system gives it ("HDMI-1"), or "Display N" when it has none: what the
    /// preferences remember.
    pub name: String,
    pub area: Area,
    /// The main window is on it (by the window's centre).
    pub has_main: bool,
    /// The projector window is on it.
    pub has_projector: bool,
}

impl Display {
    /// The displays in the order the system lists them, with which window is on which.
    pub fn list(
        areas: Vec<(Option<String>, Area)>,
        main: Option<Area>,
        projector: Option<Area>,
    ) -> Vec<Display> {
        let on = |window: Option<Area>, area: &Area| {
            window.is_some_and(|w| {
                let (x, y) = w.centre();
                area.contains(x, y)
            })
        };
        areas
            .into_iter()
            .enumerate()
            .map(|(i, (name, area))| Display {
                name: name
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| format!("Display {}", i + 1)),
                has_main: on(main, &area),
                has_projector: on(projector, &area),
                area,
            })
            .collect()
    }
}

/// The displays as the laptop's projector controls show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProjectorScreens {
    pub displays: Vec<Display>,
    /// The projector window is open.
    pub open: bool,
    pub fullscreen: bool,
}

/// Where the projector window opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[ts(export)]
pub enum Placement {
    /// Filling `display`, which the main window is not on.
    OnDisplay { display: String, area: Area },
    /// A window of `area` beside the main window: there is no other display.
    Beside { area: Area },
}

/// The display to open the projector on: `wanted` when it is connected, otherwise the first
/// display the main window is not on. `wanted` may be the main window's own display when there
/// are others (the facilitator's choice is theirs). With a single display, a window beside the
/// main one.
pub fn place(displays: &[Display], wanted: Option<&str>, main: Area) -> Placement {
    let chosen = (displays.len() > 1)
        .then(|| {
            wanted
                .and_then(|w| displays.iter().find(|d| d.name == w))
                .or_else(|| displays.iter().find(|d| !d.has_main))
        })
        .flatten();
    match chosen {
        Some(d) => Placement::OnDisplay {
            display: d.name.clone(),
            area: d.area,
        },
        None => Placement::Beside {
            area: beside(main, displays.iter().find(|d| d.has_main).map(|d| d.area)),
        },
    }
}

/// The projector's window with a single display: the same height as the main window (at least
/// 480 px), to its right when that fits on the display, else to its left, else overlapping its
/// right half; never above the display's top.
fn beside(main: Area, display: Option<Area>) -> Area {
    let display = display.unwrap_or(main);
    let width = (display.width / 2).clamp(480, 1280);
    let height = main.height.max(480).min(display.height.max(480));
    let y = main.y.max(display.y);
    let right = main.right();
    let x = if right + i64::from(width) <= display.right() {
        right as i32
    } else if i64::from(main.x) - i64::from(width) >= i64::from(display.x) {
        main.x - width as i32
    } else {
        (display.right() - i64::from(width)).max(i64::from(display.x)) as i32
    };
    Area {
        x,
        y,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(x: i32, y: i32, width: u32, height: u32) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }

    fn two_displays() -> Vec<Display> {
        let main = area(100, 100, 1000, 700);
        Display::list(
            vec![
                (Some("eDP-1".into()), area(0, 0, 1920, 1080)),
                (Some("HDMI-1".into()), area(1920, 0, 1280, 720)),
            ],
            Some(main),
            None,
        )
    }

    #[test]
    fn the_displays_say_which_window_is_on_them_and_have_a_name() {
        let list = Display::list(
            vec![
                (None, area(0, 0, 640, 480)),
                (Some(" ".into()), area(640, 0, 640, 480)),
            ],
            Some(area(0, 0, 600, 400)),
            Some(area(700, 10, 500, 300)),
        );
        assert_eq!(list[0].name, "Display 1");
        assert_eq!(list[1].name, "Display 2");
        assert!(list[0].has_main && !list[0].has_projector);
        assert!(!list[1].has_main && list[1].has_projector);
    }

    #[test]
    fn the_projector_opens_on_the_display_picked_else_one_without_the_main_window() {
        let displays = two_displays();
        let main = area(100, 100, 1000, 700);
        let on = |d: &str| Placement::OnDisplay {
            display: d.into(),
            area: displays.iter().find(|x| x.name == d).unwrap().area,
        };
        assert_eq!(place(&displays, Some("eDP-1"), main), on("eDP-1"));
        assert_eq!(place(&displays, Some("HDMI-1"), main), on("HDMI-1"));
        // Remembered but not connected today, or never picked: the other display.
        assert_eq!(place(&displays, Some("DP-3"), main), on("HDMI-1"));
        assert_eq!(place(&displays, None, main), on("HDMI-1"));
    }

    #[test]
    fn with_one_display_the_projector_is_a_window_beside_the_main_one() {
        let screen = area(0, 0, 1920, 1080);
        let only =
            |main: Area| Display::list(vec![(Some("eDP-1".into()), screen)], Some(main), None);
        // Room on the right.
        let main = area(0, 40, 900, 800);
        assert_eq!(
            place(&only(main), None, main),
            Placement::Beside {
                area: area(900, 40, 960, 800)
            }
        );
        // Room only on the left.
        let main = area(1000, 0, 920, 1080);
        assert_eq!(
            place(&only(main), None, main),
            Placement::Beside {
                area: area(40, 0, 960, 1080)
            }
        );
        // No room either side: over the main window's right part, inside the display.
        let main = area(0, 0, 1920, 1080);
        assert_eq!(
            place(&only(main), None, main),
            Placement::Beside {
                area: area(960, 0, 960, 1080)
            }
        );
        // Picking the only display, or one that is gone, changes nothing.
        for wanted in ["eDP-1", "HDMI-1"] {
            assert!(matches!(
                place(&only(main), Some(wanted), main),
                Placement::Beside { .. }
            ));
        }
    }
}
