//! Students edited together: one field set to one value for many students ("move these
//! 28 to class 6B"), as one batch whose history entries name it, and its Undo, which puts
//! back each value the batch replaced — unless someone changed it since.

use super::batches::{BatchKind, finish, start};
use super::history::{Action, FieldChange};
use super::records::StudentValues;
use super::writes::{Abort, SaveError, changes_to, find_for_update, replace};
use crate::db::DbConnection;
use crate::db::outcome::transaction;
use crate::domain::StudentForm;
use crate::domain::record::Record;
use crate::schema::{batches, student_changes};
use diesel::prelude::*;

/// One student's edit: their id, and each field's new text (`None` for no value).
type Edit = (i64, Vec<(String, Option<String>)>);

/// What a batch edit did: its batch, how many students it changed, and (an Undo) how
/// many it left as they were because their value had been changed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edited {
    pub batch: i64,
    pub changed: usize,
    pub kept: usize,
}

/// Sets the field named `key` to `raw` (as a form would send it; blank clears it) for
/// the students `ids` (those deleted meanwhile are skipped), as one batch. A value that
/// breaks a student's other rules (never one the caller checked) refuses all of it.
pub fn set_field(
    conn: &mut DbConnection,
    record: &Record,
    ids: &[i64],
    (key, raw): (&str, &str),
    by: Option<&str>,
) -> QueryResult<Result<Edited, SaveError>> {
    let edits: Vec<Edit> = ids
        .iter()
        .map(|id| (*id, vec![(key.to_owned(), Some(raw.to_owned()))]))
        .collect();
    apply(conn, record, &edits, by, |_, _| true)
}

/// Puts back what edit batch `batch` replaced, as a new batch: each field whose value is
/// still the one the batch gave it. `NotFound` when the batch is not an edit.
pub fn undo(
    conn: &mut DbConnection,
    record: &Record,
    batch: i64,
    by: Option<&str>,
) -> QueryResult<Result<Edited, SaveError>> {
    let kind: Option<String> = batches::table
        .find(batch)
        .select(batches::kind)
        .first(conn)
        .optional()?;
    if kind.as_deref() != Some("edited") {
        return Ok(Err(SaveError::NotFound));
    }
    let entries: Vec<(i64, String)> = student_changes::table
        .filter(student_changes::batch_id.eq(batch))
        .filter(student_changes::action.eq(Action::Updated.as_str()))
        .select((student_changes::student_id, student_changes::changes))
        .load(conn)?;
    let mut edits = Vec::with_capacity(entries.len());
    let mut expected = Vec::new();
    for (id, changes) in entries {
        let changes: Vec<FieldChange> = serde_json::from_str(&changes).unwrap_or_default();
        let mut back = Vec::new();
        for change in changes {
            expected.push((id, change.field.clone(), change.new));
            back.push((change.field, change.old));
        }
        edits.push((id, back));
    }
    // A value changed since the batch stays: the colleague's change is newer.
    let unchanged_since = |id: i64, values: &crate::domain::record::FieldValues| {
        expected
            .iter()
            .filter(|(student, ..)| *student == id)
            .all(|(_, key, new)| values.get(key) == new.as_deref())
    };
    apply(conn, record, &edits, by, unchanged_since)
}

/// Applies `edits` (per student: each field's new text, `None` for none) as one batch, to
/// the students whose stored values `wanted` agrees to.
fn apply(
    conn: &mut DbConnection,
    record: &Record,
    edits: &[Edit],
    by: Option<&str>,
    wanted: impl Fn(i64, &crate::domain::record::FieldValues) -> bool,
) -> QueryResult<Result<Edited, SaveError>> {
    transaction(conn, |conn| {
        let batch = start(conn, BatchKind::Edited, by)?;
        let (mut changed, mut kept) = (0, 0);
        for (id, fields) in edits {
            let current = match find_for_update(conn, *id) {
                Ok(current) => current,
                Err(Abort::Refused(SaveError::NotFound)) => continue,
                Err(other) => return Err(other),
            };
            let values = current.values(record);
            if !wanted(*id, &values) {
                kept += 1;
                continue;
            }
            let mut form = StudentForm::of(record, &values);
            for (key, text) in fields {
                form.set(key, text.clone().unwrap_or_default());
            }
            let student = form
                .parse(record)
                .map_err(|errors| Abort::Refused(SaveError::Invalid(errors)))?;
            if let Some(changes) = changes_to(&current, &student) {
                replace(conn, &current, &student, &changes, (by, Some(batch)))?;
                changed += 1;
            }
        }
        finish(conn, batch, changed)?;
        Ok(Edited {
            batch,
            changed,
            kept,
        })
    })
}
