//! Who is involved: the personas in the chair and the people of the workspace, with the role
//! someone plays.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

string_enum!(
    /// What someone does in the meeting.
    Role { Facilitator => "facilitator", Ambassador => "ambassador", Participant => "participant" }
);

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
