//! A meeting and what happens in it: attendees, agenda, the room referring to the customer,
//! the meeting screen's view and the end-of-meeting score.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    ActionItem, Decision, DecisionLinks, Escalation, FollowUp, Persona, PromptAnswer, PromptDeck,
    Role,
};

string_enum!(
    MeetingStatus { Planned => "planned", Running => "running", Paused => "paused",
        Ended => "ended" }
);

/// An anecdote opened or pinned in a meeting, the first time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Consultation {
    pub meeting_id: String,
    pub kind: CustomerReferenceKind,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Meeting {
    pub id: String,
    pub title: String,
    pub held_on: NaiveDate,
    pub goal: String,
    pub status: MeetingStatus,
    /// The first of `deck_ids`.
    pub deck_id: Option<String>,
    /// The decks whose questions the meeting works through, in order; the meeting view shows
    /// their prompts as one deck, and `prompt_index` counts through all of them.
    pub deck_ids: Vec<String>,
    pub prompt_index: u32,
    pub persona_ids: Vec<String>,
    /// Who is in the room, in the order given.
    pub attendees: Vec<Attendee>,
    /// The UI nudges "the chair speaks up" after this many minutes without a customer reference;
    /// 0: never.
    pub nudge_minutes: u32,
    /// The agenda item under discussion (its timer runs while the meeting runs).
    pub current_agenda_item_id: Option<String>,
    /// The last time the customer was brought into the room in this meeting (any agenda item).
    pub last_customer_reference_at: Option<String>,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A line of the meetings list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingListItem {
    pub id: String,
    pub title: String,
    pub held_on: NaiveDate,
    pub status: MeetingStatus,
    pub decision_count: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct NewMeeting {
    #[ts(optional = false)]
    pub title: String,
    pub held_on: Option<NaiveDate>,
    pub goal: Option<String>,
    pub deck_id: Option<String>,
    pub persona_ids: Option<Vec<String>>,
    /// Agenda items, in order.
    pub agenda: Option<Vec<NewAgendaItem>>,
    pub attendees: Option<Vec<NewAttendee>>,
    /// Minutes without a customer reference before the UI nudges; default 10; 0: never.
    pub nudge_minutes: Option<u32>,
    /// Create the meeting as planned (started later with `start_meeting`) instead of running
    /// from now on.
    pub planned: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct NewAgendaItem {
    #[ts(optional = false)]
    pub title: String,
    pub planned_minutes: Option<u32>,
}

impl From<&str> for NewAgendaItem {
    fn from(title: &str) -> Self {
        NewAgendaItem {
            title: title.to_owned(),
            planned_minutes: None,
        }
    }
}

/// A change to a meeting: each field given replaces the meeting's; a list replaces the whole
/// list, in its order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct MeetingEdit {
    pub title: Option<String>,
    pub held_on: Option<NaiveDate>,
    pub goal: Option<String>,
    /// Who sits in the chair, in order.
    pub persona_ids: Option<Vec<String>>,
    /// Who is in the room; a row with the id of someone there already keeps it.
    pub attendees: Option<Vec<AttendeeEdit>>,
    /// The agenda: a row with an item's id changes that item (its clock stays), a row without
    /// one adds an item, an item no row names is removed.
    pub agenda: Option<Vec<AgendaEdit>>,
    /// 0: the chair never speaks up.
    pub nudge_minutes: Option<u32>,
    /// The decks whose questions the meeting works through, in order (empty: none). Answers
    /// stay with their questions, shown again when a deck comes back.
    pub deck_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct AttendeeEdit {
    pub id: Option<String>,
    #[ts(optional = false)]
    pub name: String,
    pub role: Option<Role>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct AgendaEdit {
    pub id: Option<String>,
    #[ts(optional = false)]
    pub title: String,
    pub planned_minutes: Option<u32>,
}

/// Someone in the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Attendee {
    pub id: String,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct NewAttendee {
    pub name: String,
    /// Default `participant`.
    pub role: Option<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaItem {
    pub id: String,
    pub meeting_id: String,
    pub position: u32,
    pub title: String,
    pub planned_minutes: Option<u32>,
    /// Seconds spent on this item in finished stretches. While it runs, the time spent is
    /// `elapsedSeconds + (now - runningSince)`.
    pub elapsed_seconds: u32,
    /// Start of the running stretch; `null` when the item's timer is stopped.
    pub running_since: Option<String>,
    /// The first time the item was started.
    pub started_at: Option<String>,
    /// When the room moved on from it (another item started, or the meeting ended).
    pub done_at: Option<String>,
    /// The last time the customer was brought in while this item was current.
    pub last_customer_reference_at: Option<String>,
}

string_enum!(
    /// How the room brought the customer in.
    CustomerReferenceKind { PromptAnswered => "prompt_answered",
        AnecdoteOpened => "anecdote_opened", AnecdotePinned => "anecdote_pinned",
        ImpactRecorded => "impact_recorded",
        SpokeForCustomer => "spoke_for_customer" }
);

/// "The chair speaks up": the room referred to the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct CustomerReference {
    pub meeting_id: String,
    pub kind: CustomerReferenceKind,
    /// The anecdote opened or pinned; counted once per meeting as consulted.
    pub anecdote_id: Option<String>,
}

/// What recording a customer reference changed, for the nudge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CustomerPulse {
    pub meeting_id: String,
    /// The agenda item stamped (the current one), if any.
    pub agenda_item_id: Option<String>,
    pub last_customer_reference_at: String,
    /// Distinct anecdotes opened or pinned in this meeting.
    pub anecdotes_consulted: u32,
}

/// How present the customer was in one meeting.
///
/// `score` = round(100 × mean of the parts that apply): the share of decisions with an impact
/// whose direction is known, the share of decisions with evidence (both left out when there
/// are no decisions), the share of the deck's prompts answered (left out without prompts), and
/// min(1, anecdotesConsulted / max(3, decisions)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EmptyChairScore {
    pub score: u32,
    pub decisions: u32,
    pub with_impact: u32,
    pub with_evidence: u32,
    pub prompts_answered: u32,
    pub prompts_total: u32,
    pub anecdotes_consulted: u32,
    /// Times someone said "I'm speaking for the customer" (on a device in the room).
    pub spoken_for_customer: u32,
}

/// One meeting's score, for the trend line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScorePoint {
    pub meeting_id: String,
    pub title: String,
    pub held_on: NaiveDate,
    pub score: u32,
}

/// The end-of-meeting summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingSummary {
    pub meeting: Meeting,
    pub decisions: Vec<Decision>,
    pub score: EmptyChairScore,
    /// Ended meetings (and this one) by date, oldest first.
    pub trend: Vec<ScorePoint>,
}

/// Everything the meeting screen shows, in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingView {
    pub meeting: Meeting,
    pub personas: Vec<Persona>,
    pub deck: Option<PromptDeck>,
    pub agenda: Vec<AgendaItem>,
    pub decisions: Vec<Decision>,
    /// "Replaced by" and "replaces" for the decisions that have such a link (in any meeting).
    pub decision_links: Vec<DecisionLinks>,
    /// The meeting's action items (on it or on its decisions), oldest first.
    pub action_items: Vec<ActionItem>,
    /// Open action items of earlier meetings with one of the same attendees or personas.
    pub follow_ups: Vec<FollowUp>,
    /// The room's answers to the deck's prompts; a prompt without one is unanswered.
    pub answers: Vec<PromptAnswer>,
    /// Distinct anecdotes opened or pinned in this meeting.
    pub consulted_anecdote_ids: Vec<String>,
    /// Open escalations, then those whose resolution this meeting reports.
    pub escalations: Vec<Escalation>,
}
