//! chair-core: everything Empty Chair knows without a window.
//!
//! Storage (`db`), the domain types that cross into the UI (`model`), the sample workspace
//! (`sample`) and relevance search (`search`). Nothing here depends on Tauri, so all of it is
//! tested with an in-memory database.

pub mod db;
pub mod error;
pub mod import;
pub mod index;
pub mod model;
pub mod sample;
pub mod search;
pub mod time;
pub mod wocas;

pub use db::Db;
pub use error::{Error, Result};
