//! What the room's devices see of a meeting, and nothing more: the chair (personas), the
//! current question, the decision being written, the meeting's decisions with their impacts
//! and reactions, and the anecdotes pinned as evidence. Never the library, other meetings, the
//! workspace's path or anything else.
//!
//! Customer text is masked the projector-safe way here (`mask::mask_sensitive`), whatever the
//! laptop's setting, so no e-mail address, phone or card number leaves the laptop. Names (of
//! people and personas) are not masked: they are how people know who said what.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::mask::mask_sensitive;
use crate::model::{
    Annotation, AnnotationFlag, DecisionStatus, ImpactDirection, MeetingStatus, Role, Stance,
};
use crate::{Db, Result};

/// The persona in the chair, as the room sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomPersona {
    pub name: String,
    pub segment: String,
    pub quote: String,
    pub goals: Vec<String>,
    pub frustrations: Vec<String>,
    pub needs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomImpact {
    /// The persona's name, or the segment.
    pub who: String,
    pub direction: ImpactDirection,
    pub what_changes: String,
}

/// A reaction to a decision (an annotation), signed by its author.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomReaction {
    pub id: String,
    /// The author as a person of the workspace: a device knows its own reactions by it.
    pub person_id: Option<String>,
    pub author: String,
    pub role: Role,
    pub stance: Stance,
    pub feeling: Option<u8>,
    pub comment: String,
    pub flags: Vec<AnnotationFlag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomDecision {
    pub id: String,
    pub statement: String,
    pub rationale: String,
    pub status: DecisionStatus,
    pub impacts: Vec<RoomImpact>,
    pub reactions: Vec<RoomReaction>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomAnecdote {
    pub id: String,
    pub text: String,
    pub said_on: Option<NaiveDate>,
    pub channel: String,
}

/// Everything a device admitted to the room sees, in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomView {
    pub meeting_id: String,
    pub title: String,
    pub status: MeetingStatus,
    pub personas: Vec<RoomPersona>,
    /// The deck's current prompt.
    pub question: Option<String>,
    /// The statement of the decision being written, if any.
    pub draft: Option<String>,
    pub decisions: Vec<RoomDecision>,
    /// Anecdotes pinned as evidence to the meeting's decisions, once each.
    pub evidence: Vec<RoomAnecdote>,
}

impl From<&Annotation> for RoomReaction {
    /// The annotation as devices see it: its comment masked.
    fn from(a: &Annotation) -> Self {
        RoomReaction {
            id: a.id.clone(),
            person_id: a.person_id.clone(),
            author: a.author.clone(),
            role: a.role,
            stance: a.stance,
            feeling: a.feeling,
            comment: mask_sensitive(&a.comment),
            flags: a.flags.clone(),
        }
    }
}

fn masked(list: &[String]) -> Vec<String> {
    list.iter().map(|s| mask_sensitive(s)).collect()
}

/// The statement in the UI's decision draft (opaque JSON with a `statement` field).
fn draft_statement(draft: Option<String>) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(&draft?).ok()?;
    let statement = value.get("statement")?.as_str()?.trim();
    (!statement.is_empty()).then(|| mask_sensitive(statement))
}

impl Db {
    /// What the room's devices see of the meeting `meeting_id`, masked.
    pub fn room_view(&self, meeting_id: &str) -> Result<RoomView> {
        let view = self.meeting_view(meeting_id)?;
        let persona_name = |id: &str| {
            view.personas
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.name.clone())
        };
        let question = view.deck.as_ref().and_then(|deck| {
            deck.prompts
                .get(view.meeting.prompt_index as usize)
                .map(|p| mask_sensitive(&p.text))
        });
        let mut evidence_ids: Vec<String> = Vec::new();
        for id in view.decisions.iter().flat_map(|d| &d.evidence_ids) {
            if !evidence_ids.contains(id) {
                evidence_ids.push(id.clone());
            }
        }
        let evidence = self
            .get_anecdotes(&evidence_ids)?
            .into_iter()
            .map(|a| RoomAnecdote {
                text: mask_sensitive(&a.text),
                id: a.id,
                said_on: a.said_on,
                channel: a.channel,
            })
            .collect();
        let decisions = view
            .decisions
            .iter()
            .map(|d| RoomDecision {
                id: d.id.clone(),
                statement: mask_sensitive(&d.statement),
                rationale: mask_sensitive(&d.rationale),
                status: d.status,
                impacts: d
                    .impacts
                    .iter()
                    .map(|i| RoomImpact {
                        who: i
                            .persona_id
                            .as_deref()
                            .and_then(persona_name)
                            .unwrap_or_else(|| i.segment.clone()),
                        direction: i.direction,
                        what_changes: mask_sensitive(&i.what_changes),
                    })
                    .collect(),
                reactions: d.annotations.iter().map(RoomReaction::from).collect(),
            })
            .collect();
        Ok(RoomView {
            meeting_id: view.meeting.id.clone(),
            title: view.meeting.title.clone(),
            status: view.meeting.status,
            personas: view
                .personas
                .iter()
                .map(|p| RoomPersona {
                    name: p.name.clone(),
                    segment: p.segment.clone(),
                    quote: mask_sensitive(&p.quote),
                    goals: masked(&p.goals),
                    frustrations: masked(&p.frustrations),
                    needs: masked(&p.needs),
                })
                .collect(),
            question,
            draft: draft_statement(self.decision_draft(meeting_id)?),
            decisions,
            evidence,
        })
    }
}

/// Where a device stands with the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeviceStatus {
    /// Joined with the link; the facilitator has not admitted it yet.
    Waiting,
    Admitted,
    Refused,
    /// Admitted, then removed by the facilitator: locked out until the room closes.
    Removed,
}

/// A device that joined the room, as the facilitator's panel lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomDevice {
    pub id: String,
    /// The name typed on the device.
    pub name: String,
    /// Ambassador or participant, as the device chose.
    pub role: Role,
    pub status: DeviceStatus,
    /// The person of the workspace it was admitted as.
    pub person_id: Option<String>,
}

/// The open room, for the facilitator's "Invite the room" panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RoomInvitation {
    pub meeting_id: String,
    /// The link to open, with the invitation's secret in its fragment.
    pub url: String,
    /// The link without its secret, to read aloud or type.
    pub address: String,
    /// The link as a QR code, an SVG image.
    pub qr_svg: String,
    pub admit_everyone: bool,
    pub devices: Vec<RoomDevice>,
    /// Seconds since the room opened (for the "no device joined yet" hint).
    pub open_seconds: u32,
}

/// The room's link as the projector shows it, large, for the room to scan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProjectorRoom {
    pub url: String,
    /// The link as a QR code, an SVG image.
    pub qr_svg: String,
}
