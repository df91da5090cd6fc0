//! The domain types that cross the IPC boundary. Each derives `ts_rs::TS`; `cargo test` writes
//! their TypeScript twins into `ui/src/bindings/`, which are committed and checked for drift.
//!
//! One file per area, each re-exported here (`crate::model::Meeting`): `anecdotes` (what
//! customers said, its search and escalations), `people` (personas and the workspace's people),
//! `meetings` (a meeting, its room and score), `decks` (prompts and answers), `decisions`
//! (decisions, impacts, annotations, action items), `projector`, `workspace` (summary,
//! preferences, snapshots, deletions) and `log` (the decision log, its exports and merges).

/// An enum stored and sent as a snake_case string, with its list of values and a parser that
/// names the field it refuses.
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

mod anecdotes;
mod decisions;
mod decks;
mod log;
mod meetings;
mod people;
mod projector;
mod workspace;

pub use anecdotes::*;
pub use decisions::*;
pub use decks::*;
pub use log::*;
pub use meetings::*;
pub use people::*;
pub use projector::*;
pub use workspace::*;
