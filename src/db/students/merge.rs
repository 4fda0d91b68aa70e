//! Three-way merge of an edit made on an older version (`domain::record::ThreeWay`) with
//! what it needs from the history: the values the person opened the form on, rebuilt by
//! undoing the edits saved since, and who saved them.

use super::history::{Action, FieldChange};
use super::records::{Student, StudentValues};
use crate::db::DbConnection;
use crate::domain::record::{FieldValues, Record, ThreeWay};
use crate::schema::student_changes;
use diesel::prelude::*;

/// Merges `mine`, edited from `version`, with what `current` holds now.
pub fn three_way(
    conn: &mut DbConnection,
    record: &Record,
    current: &Student,
    version: i32,
    mine: FieldValues,
) -> QueryResult<ThreeWay> {
    let theirs = current.values(record);
    let since: Vec<(String, String, Option<String>)> = student_changes::table
        .filter(student_changes::student_id.eq(current.id))
        .filter(student_changes::version.gt(version))
        .order(student_changes::id.desc())
        .select((
            student_changes::action,
            student_changes::changes,
            student_changes::changed_by,
        ))
        .load(conn)?;
    let mut changed_by: Vec<String> = Vec::new();
    for (_, _, by) in since.iter().rev() {
        if let Some(by) = by
            && !changed_by.contains(by)
        {
            changed_by.push(by.clone());
        }
    }
    let original = original_of(&theirs, version, current.version, &since);
    Ok(ThreeWay {
        changed_by,
        ..ThreeWay::new(record.fields(), original, theirs, mine)
    })
}

/// The values at `version`, undoing the edits since (newest first) from `theirs`; `None`
/// when something other than an edit happened since, or the version is not an older one.
fn original_of(
    theirs: &FieldValues,
    version: i32,
    current_version: i32,
    since: &[(String, String, Option<String>)],
) -> Option<FieldValues> {
    if version >= current_version {
        return None;
    }
    let mut values = theirs.clone();
    for (action, changes, _) in since {
        if action != Action::Updated.as_str() {
            return None;
        }
        let changes: Vec<FieldChange> = serde_json::from_str(changes).ok()?;
        for change in changes {
            values.set(change.field, change.old);
        }
    }
    Some(values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::sammy;

    fn values(last: &str, age: &str, bio: &str) -> FieldValues {
        sammy(last, age, bio)
    }

    #[test]
    fn the_original_is_rebuilt_by_undoing_the_edits_since() {
        let theirs = values("C", "3", "b");
        let edit = |old: &str, new: &str| {
            let change = FieldChange {
                field: "lastname".into(),
                old: Some(old.into()),
                new: Some(new.into()),
                label: None,
            };
            (
                "updated".to_owned(),
                serde_json::to_string(&[change]).unwrap(),
                None,
            )
        };
        // Newest first: B → C at version 3, A → B at version 2.
        let since = [edit("B", "C"), edit("A", "B")];
        assert_eq!(
            original_of(&theirs, 1, 3, &since),
            Some(values("A", "3", "b"))
        );
        let restored = [("restored".to_owned(), "[]".to_owned(), None)];
        assert_eq!(original_of(&theirs, 1, 3, &restored), None);
        assert_eq!(original_of(&theirs, 3, 3, &[]), None);
    }
}
