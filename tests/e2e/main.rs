//! End-to-end scenarios through the real window. One binary; each scenario starts its own
//! tauri-driver and app on a private database. Run with `--test-threads=1` under Xvfb
//! (`scripts/test` does).

mod a11y;
mod annotations;
mod chair;
mod crash;
mod decks;
mod escalations;
mod hostile;
mod import_formats;
mod installed;
mod killed;
mod library;
mod meeting;
mod navigation;
mod recovery;
mod restart;
mod room;
mod twice;
mod week;
