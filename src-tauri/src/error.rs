//! The error every command returns: chair-core's `CommandError` (`{ code, message, field?,
//! reasons? }`, generated into `ui/src/bindings`), so the UI branches on a typed code and reads
//! structured data as data.

pub use chair_core::CommandError;

pub type CommandResult<T> = Result<T, CommandError>;
