//! The domain types that cross the IPC boundary. Each derives `ts_rs::TS`; `cargo test` writes
//! their TypeScript twins into `ui/src/bindings/`, which are committed and checked for drift.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(export)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(field: &str, text: &str) -> crate::Result<Self> {
                match text {
                    $($text => Ok($name::$variant),)+
                    other => Err(crate::Error::invalid(
                        field,
                        format!(
                            "{other:?} is not one of {}",
                            [$($text),+].join(", ")
                        ),
                    )),
                }
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(stringify!($name), text)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }
    };
}

string_enum!(
    /// How the customer felt when they said it.
    Sentiment { Negative => "negative", Neutral => "neutral", Positive => "positive",
        Mixed => "mixed", Unknown => "unknown" }
);
string_enum!(
    /// Whether an anecdote is a customer's own words or written by the team.
    Provenance { Real => "real", Synthesized => "synthesized" }
);
string_enum!(
    MeetingStatus { Planned => "planned", Running => "running", Paused => "paused",
        Ended => "ended" }
);
string_enum!(
    DecisionStatus { Proposed => "proposed", Accepted => "accepted", Rejected => "rejected",
        Superseded => "superseded", Deprecated => "deprecated" }
);
string_enum!(
    /// One-way doors are (nearly) irreversible; two-way doors can be walked back.
    Reversibility { OneWay => "one_way", TwoWay => "two_way", Unknown => "unknown" }
);
string_enum!(
    ImpactDirection { Helps => "helps", Hurts => "hurts", Neutral => "neutral",
        Unknown => "unknown" }
);
string_enum!(
    Confidence { Low => "low", Medium => "medium", High => "high" }
);

/// The customer in the chair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub segment: String,
    pub bio: String,
    pub goals: Vec<String>,
    pub frustrations: Vec<String>,
    pub needs: Vec<String>,
    pub quote: String,
    pub success_measure: String,
    /// The persona's picture as a `data:` URL, or none (the UI shows initials).
    pub avatar: Option<String>,
    pub archived_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A persona as the user types it: only the name is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct NewPersona {
    #[ts(optional = false)]
    pub name: String,
    pub segment: Option<String>,
    pub bio: Option<String>,
    pub goals: Option<Vec<String>>,
    pub frustrations: Option<Vec<String>>,
    pub needs: Option<Vec<String>>,
    pub quote: Option<String>,
    pub success_measure: Option<String>,
}

/// An anecdote as the user writes or edits it; only the text is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct AnecdoteInput {
    #[ts(optional = false)]
    pub text: String,
    pub said_on: Option<NaiveDate>,
    pub channel: Option<String>,
    pub product_area: Option<String>,
    pub segment: Option<String>,
    pub sentiment: Option<Sentiment>,
    pub severity: Option<u8>,
    pub customer_count: Option<u32>,
    pub tags: Option<Vec<String>>,
    pub source_ref: Option<String>,
    pub provenance: Option<Provenance>,
    pub persona_ids: Option<Vec<String>>,
}

/// What deleting an anecdote removed, enough to undo it exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DeletedAnecdote {
    pub anecdote: Anecdote,
    /// Decisions that had it pinned as evidence.
    pub evidence_decision_ids: Vec<String>,
    /// Meetings in which it was opened or pinned (it counted as consulted there).
    #[serde(default)]
    pub consulted_in: Vec<Consultation>,
    /// Its escalations, open or resolved: they go with it and come back with it.
    #[serde(default)]
    #[ts(as = "Option<Vec<Escalation>>", optional)]
    pub escalations: Vec<Escalation>,
}

/// An anecdote opened or pinned in a meeting, the first time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Consultation {
    pub meeting_id: String,
    pub kind: CustomerReferenceKind,
    pub at: String,
}

/// One value of a filter and how many anecdotes have it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FacetCount {
    pub value: String,
    pub count: u32,
}

/// The values the library's filters can take.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AnecdoteFacets {
    pub total: u32,
    pub channels: Vec<FacetCount>,
    pub product_areas: Vec<FacetCount>,
    pub segments: Vec<FacetCount>,
    /// The most used tags, most used first.
    pub tags: Vec<FacetCount>,
    pub said_from: Option<NaiveDate>,
    pub said_to: Option<NaiveDate>,
}

/// Settings of this workspace that the user changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct Preferences {
    /// Mask e-mail addresses, phone numbers and card-like numbers in customer text.
    pub projector_safe: bool,
    /// The display the facilitator last opened the projector on (its name), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub projector_display: Option<String>,
}

/// One thing a customer said (WOCAS).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Anecdote {
    pub id: String,
    pub text: String,
    pub said_on: Option<NaiveDate>,
    pub channel: String,
    pub product_area: String,
    pub segment: String,
    pub sentiment: Sentiment,
    pub severity: u8,
    pub customer_count: u32,
    pub tags: Vec<String>,
    pub source_ref: Option<String>,
    pub provenance: Provenance,
    pub persona_ids: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A piece of displayed text; `hit` marks words that matched what the room is discussing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TextSpan {
    pub text: String,
    pub hit: bool,
}

/// An anecdote found for a query, with why it is there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AnecdoteHit {
    pub anecdote: Anecdote,
    /// The text (or a window of it) split into spans, matched words marked.
    pub snippet: Vec<TextSpan>,
    /// The query words this anecdote matched.
    pub matched: Vec<String>,
    /// Higher is more relevant; only comparable within one answer.
    pub score: f64,
}

string_enum!(
    /// `keyword`: every word must be there (a search box). `relevant`: any of the most telling
    /// words (the decision or agenda item being discussed).
    SearchMode { Keyword => "keyword", Relevant => "relevant" }
);
string_enum!(
    SearchSort { Relevance => "relevance", Newest => "newest", Oldest => "oldest",
        MostReported => "most_reported" }
);

/// Restrictions on a search; each list matches any of its values, and lists combine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct AnecdoteFilters {
    pub persona_ids: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
    pub channels: Option<Vec<String>>,
    pub product_areas: Option<Vec<String>>,
    pub segments: Option<Vec<String>>,
    pub sentiments: Option<Vec<Sentiment>>,
    pub severity_min: Option<u8>,
    pub severity_max: Option<u8>,
    pub said_from: Option<NaiveDate>,
    pub said_to: Option<NaiveDate>,
}

/// What the anecdote panel asks for: free text (typed, or the decision being written), the
/// persona in the chair (whose anecdotes rank higher), filters and order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct AnecdoteQuery {
    #[ts(optional = false)]
    pub text: String,
    pub persona_id: Option<String>,
    pub mode: Option<SearchMode>,
    pub filters: Option<AnecdoteFilters>,
    pub sort: Option<SearchSort>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Prompt {
    pub id: String,
    pub deck_id: String,
    pub position: u32,
    pub text: String,
    pub help: String,
}

/// A deck of "work backwards" questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PromptDeck {
    pub id: String,
    pub name: String,
    pub description: String,
    pub builtin: bool,
    pub prompts: Vec<Prompt>,
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

/// A follow-up: what someone will do, by when, on a decision or on its meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ActionItem {
    pub id: String,
    pub meeting_id: String,
    /// None: on the meeting itself.
    pub decision_id: Option<String>,
    pub what: String,
    /// The owner's name as written.
    pub owner: String,
    pub owner_person_id: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub done_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// An open action item of an earlier meeting, shown when the next one starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FollowUp {
    pub item: ActionItem,
    pub meeting_title: String,
    pub held_on: NaiveDate,
    /// The decision it follows up, if any.
    pub decision_statement: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct ActionItemInput {
    #[ts(optional = false)]
    pub meeting_id: String,
    pub decision_id: Option<String>,
    #[ts(optional = false)]
    pub what: String,
    /// A person of the workspace; their name is kept as the owner.
    pub owner_person_id: Option<String>,
    /// The owner's name when they are not a person of the workspace.
    pub owner: Option<String>,
    pub due_on: Option<NaiveDate>,
}

/// What a deletion removed, and how to undo it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Deleted {
    /// Hand to `undo_delete` to put everything back (while the app runs).
    pub undo_token: String,
    /// "meeting" or "decision".
    pub kind: String,
    /// The meeting's title or the decision's statement.
    pub label: String,
    /// Decisions that went with it.
    pub decisions: u32,
    /// The snapshot taken just before (a file of the backups folder); none in memory.
    pub backup: Option<String>,
}

string_enum!(
    /// What someone does in the meeting.
    Role { Facilitator => "facilitator", Ambassador => "ambassador", Participant => "participant" }
);

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

/// An answer the room gave to a prompt, in one meeting (optionally for one decision).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PromptAnswer {
    pub id: String,
    pub meeting_id: String,
    pub prompt_id: String,
    pub agenda_item_id: Option<String>,
    pub decision_id: Option<String>,
    pub answer: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct AnswerInput {
    #[ts(optional = false)]
    pub meeting_id: String,
    #[ts(optional = false)]
    pub prompt_id: String,
    /// Empty (after trimming) deletes the answer.
    #[ts(optional = false)]
    pub answer: String,
    pub agenda_item_id: Option<String>,
    pub decision_id: Option<String>,
}

/// How a decision changes things for one persona or segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CustomerImpact {
    pub id: String,
    pub decision_id: String,
    pub persona_id: Option<String>,
    pub segment: String,
    pub direction: ImpactDirection,
    pub magnitude: Option<u8>,
    pub confidence: Option<Confidence>,
    pub reach: String,
    pub what_changes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct NewImpact {
    pub persona_id: Option<String>,
    pub segment: Option<String>,
    #[ts(optional = false)]
    pub direction: ImpactDirection,
    pub magnitude: Option<u8>,
    pub confidence: Option<Confidence>,
    pub reach: Option<String>,
    #[serde(default)]
    #[ts(optional = false)]
    pub what_changes: String,
}

/// What the meeting decided, with its customer impact and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Decision {
    pub id: String,
    pub meeting_id: String,
    pub agenda_item_id: Option<String>,
    pub statement: String,
    pub rationale: String,
    /// The options the room weighed, as the user wrote them.
    pub options_considered: String,
    pub owner: String,
    pub status: DecisionStatus,
    pub reversibility: Reversibility,
    pub review_on: Option<NaiveDate>,
    /// The decision that replaced this one (status `superseded`).
    pub superseded_by: Option<String>,
    pub impacts: Vec<CustomerImpact>,
    /// Ids of the anecdotes pinned as evidence.
    pub evidence_ids: Vec<String>,
    /// The ambassadors' thread under the decision, oldest first.
    pub annotations: Vec<Annotation>,
    /// Who accepted this one-way door despite the gate's reasons, and when.
    pub gate_overridden_by: Option<String>,
    pub gate_overridden_at: Option<String>,
    /// When the decision was reviewed after its review date, whether what it intended happened,
    /// and the note.
    pub reviewed_at: Option<String>,
    pub review_happened: Option<bool>,
    pub review_note: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct NewDecision {
    #[ts(optional = false)]
    pub meeting_id: String,
    pub agenda_item_id: Option<String>,
    #[ts(optional = false)]
    pub statement: String,
    pub rationale: Option<String>,
    pub options_considered: Option<String>,
    pub owner: Option<String>,
    /// Default `proposed`. `accepted` goes through the gate (see `accept_decision`).
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    pub review_on: Option<NaiveDate>,
    /// Required with status `superseded`, refused otherwise.
    pub superseded_by: Option<String>,
    pub impacts: Option<Vec<NewImpact>>,
    pub evidence_ids: Option<Vec<String>>,
}

/// A decision's fields as `update_decision` replaces them: absent lists become empty, absent
/// texts become empty, absent status `proposed`, absent reversibility `unknown`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct DecisionInput {
    pub agenda_item_id: Option<String>,
    #[ts(optional = false)]
    pub statement: String,
    pub rationale: Option<String>,
    pub options_considered: Option<String>,
    pub owner: Option<String>,
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    pub review_on: Option<NaiveDate>,
    pub superseded_by: Option<String>,
    pub impacts: Option<Vec<NewImpact>>,
    pub evidence_ids: Option<Vec<String>>,
}

/// Whether accepting a decision needs the room to confirm, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GateCheck {
    pub needs_confirmation: bool,
    pub reasons: Vec<String>,
}

/// The PR/FAQ draft kept with a decision: the Markdown last saved to a file from the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KeptPrFaq {
    pub decision_id: String,
    pub markdown: String,
    /// The name of the file it was saved as (not its folder).
    pub file_name: String,
    pub saved_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReviewInput {
    pub decision_id: String,
    /// Whether what the decision intended happened.
    pub happened: bool,
    pub note: String,
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

/// A prompt as a custom deck is written; `id` keeps an existing prompt (and its answers) when
/// a deck is updated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct PromptInput {
    pub id: Option<String>,
    #[ts(optional = false)]
    pub text: String,
    pub help: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct DeckInput {
    #[ts(optional = false)]
    pub name: String,
    pub description: Option<String>,
    /// In the order shown (updating reorders).
    #[ts(optional = false)]
    pub prompts: Vec<PromptInput>,
}

/// An anecdote as the projector shows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct ProjectorAnecdote {
    /// Already masked by the UI when projector-safe is on.
    #[ts(optional = false)]
    pub text: String,
    pub said_on: Option<NaiveDate>,
    #[serde(default)]
    #[ts(optional = false)]
    pub channel: String,
}

/// What the projector window shows; the main window sends it whenever it changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct ProjectorState {
    #[ts(optional = false)]
    pub persona_name: String,
    #[serde(default)]
    #[ts(optional = false)]
    pub persona_segment: String,
    #[serde(default)]
    #[ts(optional = false)]
    pub persona_quote: String,
    pub persona_avatar: Option<String>,
    pub prompt_text: Option<String>,
    pub prompt_position: Option<u32>,
    pub prompt_count: Option<u32>,
    pub deck_name: Option<String>,
    #[ts(optional = false)]
    pub meeting_title: String,
    pub agenda_item_title: Option<String>,
    /// Negative once the agenda item runs over.
    pub seconds_left: Option<i32>,
    pub nudge: Option<String>,
    #[serde(default)]
    #[ts(optional = false)]
    pub anecdotes: Vec<ProjectorAnecdote>,
    /// The decision whose customer reactions are shown, when the facilitator shows them.
    pub decision_statement: Option<String>,
    #[serde(default)]
    #[ts(optional = false)]
    pub annotations: Vec<ProjectorAnnotation>,
}

/// An ambassador's annotation as the projector shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProjectorAnnotation {
    pub author: String,
    pub stance: Stance,
    pub feeling: Option<u8>,
    /// Already masked by the UI when projector-safe is on.
    pub comment: String,
    pub flags: Vec<AnnotationFlag>,
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

/// What is in the workspace, for the home screen and the title bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WorkspaceSummary {
    pub path: String,
    pub is_sample: bool,
    pub persona_count: u32,
    pub anecdote_count: u32,
    pub meeting_count: u32,
    pub decision_count: u32,
    pub last_meeting_id: Option<String>,
}

/// One snapshot of the workspace in `<workspace>.db.backups/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupInfo {
    /// The snapshot's file name, `YYYYMMDD-HHMMSS.db` (UTC); what `restore_backup` takes.
    pub file: String,
    /// When it was taken, RFC 3339 UTC.
    pub created_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// Whether the workspace could be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum WorkspaceState {
    Ok,
    Failed,
}

/// The open workspace, or why it could not be opened, with its snapshots: what the recovery
/// screen and the backups dialog show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WorkspaceStatus {
    pub state: WorkspaceState,
    /// The error's code when it failed: `corrupt`, `foreign`, `newer`, `in_use` (open in
    /// another copy of Empty Chair), `open`, `io`, ...
    pub code: Option<crate::ErrorCode>,
    pub message: Option<String>,
    pub path: String,
    pub backups: Vec<BackupInfo>,
}

/// Someone who uses this workspace, with the role they usually play.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub archived_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct PersonInput {
    #[ts(optional = false)]
    pub name: String,
    /// Default `participant`.
    pub role: Option<Role>,
}

string_enum!(
    /// How the customer, voiced by an ambassador, stands on a decision.
    Stance { Supports => "supports", Concerned => "concerned", Opposes => "opposes" }
);
string_enum!(
    /// What the customer says they would do.
    AnnotationFlag { WouldTellOthers => "would_tell_others", WouldLeave => "would_leave",
        WouldPayMore => "would_pay_more" }
);

/// An ambassador's reaction to a decision, as the customer would react.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Annotation {
    pub id: String,
    pub decision_id: String,
    /// The author as a person of the workspace; `null` once that person is deleted.
    pub person_id: Option<String>,
    /// The author's name and role when it was written.
    pub author: String,
    pub role: Role,
    pub stance: Stance,
    /// 1 (very unhappy) to 5 (delighted).
    pub feeling: Option<u8>,
    /// In the customer's voice.
    pub comment: String,
    pub flags: Vec<AnnotationFlag>,
    pub created_at: String,
    pub updated_at: String,
}

/// An annotation as its author writes it; the author is the current person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct AnnotationInput {
    pub stance: Stance,
    pub feeling: Option<u8>,
    #[serde(default)]
    #[ts(optional = false)]
    pub comment: String,
    #[serde(default)]
    #[ts(optional = false)]
    pub flags: Vec<AnnotationFlag>,
}

/// An anecdote handed to an owner to find out what happened ("?"), with a deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Escalation {
    pub id: String,
    pub anecdote_id: String,
    /// The anecdote's text, for lists (customer text: render as text).
    pub anecdote_text: String,
    pub owner: String,
    /// The one-character "?" unless the user wrote more.
    pub note: String,
    pub raised_by: String,
    /// The meeting it was raised in, if any.
    pub meeting_id: Option<String>,
    pub deadline_hours: u32,
    /// RFC 3339 UTC: created_at + deadline_hours.
    pub due_at: String,
    pub resolved_at: Option<String>,
    pub resolved_by: Option<String>,
    /// What happened.
    pub root_cause: String,
    /// What was fixed.
    pub fix: String,
    /// The meeting that reported the resolution (the first one started after it).
    pub reported_in_meeting_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct NewEscalation {
    pub anecdote_id: String,
    pub owner: String,
    /// 1 to 8760 hours.
    pub deadline_hours: u32,
    /// Default "?".
    pub note: Option<String>,
    pub meeting_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EscalationResolution {
    pub escalation_id: String,
    pub root_cause: String,
    pub fix: String,
}

/// Which decisions an export (or the decision log view) takes. Every field narrows; none set
/// takes every decision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct DecisionFilter {
    /// Meetings held on or after this date.
    pub from: Option<NaiveDate>,
    /// Meetings held on or before this date.
    pub to: Option<NaiveDate>,
    pub meeting_id: Option<String>,
    /// Decisions with an impact on this persona.
    pub persona_id: Option<String>,
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    /// Decisions with at least one impact in this direction.
    pub direction: Option<ImpactDirection>,
    /// Decisions whose statement, rationale, options or impacts hold every word of this, in
    /// some form ("refunds" finds "refund").
    pub query: Option<String>,
    /// true: only decisions due for review (accepted, not reviewed, review date today or
    /// earlier); false: only the others.
    pub review_due: Option<bool>,
}

string_enum!(
    /// How the Decisions screen orders what it finds (those due for review always come first).
    DecisionSort { Newest => "newest", Oldest => "oldest", Relevance => "relevance",
        Status => "status" }
);

/// Another decision a decision is linked to, as the Decisions screen names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLink {
    pub id: String,
    pub statement: String,
    pub meeting_id: String,
    pub meeting_title: String,
}

/// What replaced a decision and what it replaces, in any meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLinks {
    pub decision_id: String,
    pub replaced_by: Option<DecisionLink>,
    pub replaces: Vec<DecisionLink>,
}

/// What the Decisions screen shows: the first decisions found, and how many there are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionPage {
    pub total: u32,
    pub rows: Vec<DecisionRow>,
}

/// One decision on the Decisions screen, with its meeting and its links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionRow {
    pub decision: Decision,
    pub meeting_title: String,
    pub held_on: NaiveDate,
    pub review_due: bool,
    /// The decision that replaced this one, when it is superseded.
    pub replaced_by: Option<DecisionLink>,
    /// The decisions this one replaced.
    pub replaces: Vec<DecisionLink>,
}

string_enum!(
    /// What the decision log is exported as. `adr` writes a folder of files, one per decision.
    ExportFormat { Markdown => "markdown", Adr => "adr", Csv => "csv", Json => "json",
        Html => "html" }
);

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportReport {
    pub format: ExportFormat,
    /// The file written (the folder for `adr`).
    pub path: String,
    pub decisions: u32,
    /// Files written (1 except for `adr`).
    pub files: u32,
}

/// One meeting's decisions in the log, with what the views and exports need to show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLogMeeting {
    pub meeting: Meeting,
    pub attendees: Vec<Attendee>,
    /// With `annotations` filled in.
    pub decisions: Vec<Decision>,
    /// The meeting's action items: on the meeting, and on the decisions taken here.
    pub action_items: Vec<ActionItem>,
}

/// The decisions a filter takes, by meeting (oldest first), and the personas they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLog {
    pub filter: DecisionFilter,
    pub meetings: Vec<DecisionLogMeeting>,
    pub personas: Vec<Persona>,
}

/// What merging a JSON export into the workspace did (or would do, in a dry run), by kind of
/// record (`persona`, `anecdote`, `meeting`, `decision`, `annotation`, ...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MergeReport {
    pub dry_run: bool,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Records the workspace has in a newer version than the file: kept as they are.
    pub kept_newer: u32,
    /// Every record added or updated (and kept newer), for the report the user reads.
    pub changes: Vec<MergeChange>,
}

string_enum!(
    MergeAction { Added => "added", Updated => "updated", KeptNewer => "kept_newer" }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MergeChange {
    pub kind: String,
    pub id: String,
    /// A short human label: the persona's name, the decision's statement...
    pub label: String,
    pub action: MergeAction,
}
