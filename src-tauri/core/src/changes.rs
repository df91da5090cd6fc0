//! What a write changed, as one typed value every shell passes on: the Tauri window reloads
//! only the lists and the meeting it names, and the room's server pushes it to the devices.
//! Generated into TypeScript (`Changed`, `ChangeArea`), so no caller compares tags by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Annotation, CustomerPulse, Decision, Meeting, MeetingView};

/// A part of the workspace a write can change. `Workspace` means the whole file was replaced
/// (sample, empty, restore, merge): everything is read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ChangeArea {
    Workspace,
    /// A meeting's own fields, agenda, prompt, answers, customer references, lifecycle.
    Meetings,
    /// Decisions, their impacts, evidence, reviews and reactions.
    Decisions,
    Personas,
    Anecdotes,
    Decks,
    People,
    Escalations,
    Preferences,
    /// The room's devices (joining, admitted, removed) while the room is open.
    Room,
}

/// What one write changed: the areas, and, where the write was about one meeting or some
/// decisions, which (so a window showing another meeting does nothing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Changed {
    pub areas: Vec<ChangeArea>,
    /// The meeting the change is in, when it is in one; `null` when it may touch any.
    pub meeting_id: Option<String>,
    /// The decisions written, when the write was about decisions.
    pub decision_ids: Vec<String>,
    /// Reactions the write added or changed, when the writer has them at hand (the room, as a
    /// device reacts): a window showing the meeting puts them in place instead of reading the
    /// whole meeting again, which a room of 50 devices reacting every second would outrun.
    pub reactions: Vec<Annotation>,
    /// The customer brought in by the write (an ambassador's reaction in a running meeting),
    /// when the writer has it at hand: the window restarts the nudge's silence without reading
    /// the meeting again.
    pub pulse: Option<CustomerPulse>,
}

impl Changed {
    /// A change to `area`, in no meeting in particular.
    pub fn of(area: ChangeArea) -> Self {
        Changed {
            areas: vec![area],
            meeting_id: None,
            decision_ids: Vec::new(),
            reactions: Vec::new(),
            pulse: None,
        }
    }

    /// The whole workspace: everything is read again.
    pub fn workspace() -> Self {
        Changed::of(ChangeArea::Workspace)
    }

    /// A change to `area` within one meeting.
    pub fn in_meeting(area: ChangeArea, meeting_id: &str) -> Self {
        Changed {
            meeting_id: Some(meeting_id.to_owned()),
            ..Changed::of(area)
        }
    }

    /// One decision of `meeting_id` written (recorded, edited, accepted, reviewed, reacted to).
    pub fn decision(meeting_id: &str, decision_id: &str) -> Self {
        Changed {
            decision_ids: vec![decision_id.to_owned()],
            ..Changed::in_meeting(ChangeArea::Decisions, meeting_id)
        }
    }

    /// Decisions written, in whichever meeting they are.
    pub fn decisions(ids: impl IntoIterator<Item = String>) -> Self {
        Changed {
            decision_ids: ids.into_iter().collect(),
            ..Changed::of(ChangeArea::Decisions)
        }
    }

    /// The decision a write returned.
    pub fn for_decision(d: &Decision) -> Self {
        Changed::decision(&d.meeting_id, &d.id)
    }

    /// A reaction (annotation) written on a decision.
    pub fn for_annotation(a: &Annotation) -> Self {
        Changed::decisions([a.decision_id.clone()])
    }

    /// A reaction written on a decision of `meeting_id`, carried whole (see `reactions`).
    pub fn reaction(meeting_id: &str, a: &Annotation) -> Self {
        Changed {
            reactions: vec![a.clone()],
            ..Changed::decision(meeting_id, &a.decision_id)
        }
    }

    /// The change with what it stamped on the meeting, if anything (see `pulse`).
    pub fn with_pulse(self, pulse: Option<CustomerPulse>) -> Self {
        Changed { pulse, ..self }
    }

    /// The meeting a write returned.
    pub fn for_meeting(m: &Meeting) -> Self {
        Changed::in_meeting(ChangeArea::Meetings, &m.id)
    }

    /// The meeting view a write returned (lifecycle, agenda).
    pub fn for_view(v: &MeetingView) -> Self {
        Changed::for_meeting(&v.meeting)
    }

    /// The customer brought in (a reference stamped on a meeting).
    pub fn for_pulse(p: &CustomerPulse) -> Self {
        Changed::in_meeting(ChangeArea::Meetings, &p.meeting_id)
    }

    /// Adds another area to the change.
    pub fn and(mut self, area: ChangeArea) -> Self {
        if !self.areas.contains(&area) {
            self.areas.push(area);
        }
        self
    }

    /// Whether a view of `meeting_id` may be out of date after this change.
    pub fn touches_meeting(&self, meeting_id: &str) -> bool {
        self.areas.contains(&ChangeArea::Workspace)
            || self.meeting_id.as_deref().is_none_or(|m| m == meeting_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_in_one_meeting_does_not_touch_another() {
        let c = Changed::decision("m1", "d1");
        assert!(c.touches_meeting("m1"));
        assert!(!c.touches_meeting("m2"));
        assert!(Changed::of(ChangeArea::Personas).touches_meeting("m2"));
        let replaced = Changed {
            meeting_id: Some("m1".into()),
            ..Changed::workspace()
        };
        assert!(replaced.touches_meeting("m2"));
    }

    #[test]
    fn areas_are_listed_once() {
        let c = Changed::of(ChangeArea::Decisions)
            .and(ChangeArea::Meetings)
            .and(ChangeArea::Decisions);
        assert_eq!(c.areas, [ChangeArea::Decisions, ChangeArea::Meetings]);
    }
}
