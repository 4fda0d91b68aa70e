//! Queries on the `students` table: its rows, where the record's fields meet their
//! columns (`records`); the writes that keep a history (`writes`) and the batches of them
//! (`batches`: bulk deletes, imports and their undoing); the history and restore snapshots
//! (`history`); the three-way merge's reading of that history (`merge`); the index's
//! listing queries (`listing`), their search, filter and order (`search`) and the CSV
//! export's (`export`). This file only gathers them: its modules import each other, never it.

pub mod batches;
pub mod edits;
pub mod export;
pub mod history;
pub mod listing;
pub mod merge;
mod records;
pub mod rederive;
mod school_values;
pub mod search;
mod writes;

pub use listing::{Scope, StudentPage, Total, list_page};
pub use records::{
    NewStudentRow, Student, StudentSummary, StudentValues, find, find_by_email, insert_batch,
    max_id, taken,
};
pub use school_values::{SchoolValues, insert_for_new as insert_school_values};
pub use search::{COUNT_CAP, SEARCH_SHOWN};
pub use writes::{
    Conflict, Deleted, Merged, Restored, SaveError, Saved, create, delete, restore, update,
    update_from, update_merging,
};
