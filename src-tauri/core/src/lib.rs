//! chair-core: everything Empty Chair knows without a window.
//!
//! Storage (`db`, the only module with SQL), the domain types that cross into the UI
//! (`model`), the sample workspace (`sample`), reading customer exports (`import`), the derived
//! search index (`index`) and relevance ranking (`search`), the WOCAS report (`wocas`), the
//! empty-chair score (`meeting`), the PR/FAQ draft (`prfaq`) and safe output for other programs
//! (`export`). Nothing here depends on Tauri, so all of it is tested
//! with in-memory or temporary databases.

pub mod changes;
pub mod db;
pub mod displays;
pub mod error;
pub mod export;
pub mod import;
pub mod index;
pub mod mask;
pub mod meeting;
pub mod model;
pub mod prfaq;
pub mod room;
pub mod sample;
pub mod search;
pub mod time;
pub mod wocas;

pub use changes::{ChangeArea, Changed};
pub use db::Db;
pub use error::{CommandError, Error, ErrorCode, Result};
