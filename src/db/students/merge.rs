//! Three-way merge of an edit made on an older version: the values the person opened the
//! form on (rebuilt from the history), the ones a colleague saved since, and the person's.
//! Fields only one side changed take that side's value; only fields both changed to
//! different values are conflicts.

use super::history::{Action, FIELDS, FieldChange, FieldValues};
use super::records::Student;
use crate::db::DbConnection;
use crate::schema::student_changes;
use diesel::prelude::*;

/// What became of one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldMerge {
    /// Nobody changed it.
    Unchanged,
    /// Only the colleague changed it: theirs is kept.
    Theirs,
    /// Only this person changed it: theirs is applied.
    Mine,
    /// Both changed it to the same value.
    Same,
    /// Both changed it, to different values (or the original is not known).
    Conflict,
}

/// The merge of one edit: the three versions and what became of each field.
#[derive(Debug, Clone)]
pub struct ThreeWay {
    /// The values the edit started from; `None` when the history cannot say (the student
    /// was deleted and restored since).
    pub original: Option<FieldValues>,
    pub theirs: FieldValues,
    pub mine: FieldValues,
    pub fields: [FieldMerge; 5],
    /// Who saved the versions since ("Ada Lovelace <ada@example.com>"), oldest first.
    pub changed_by: Vec<String>,
}

impl ThreeWay {
    pub fn new(original: Option<FieldValues>, theirs: FieldValues, mine: FieldValues) -> Self {
        let fields = std::array::from_fn(|index| {
            let (theirs, mine) = (&theirs[index], &mine[index]);
            match original.as_ref().map(|original| &original[index]) {
                _ if theirs == mine => match original.as_ref() {
                    Some(original) if original[index] != *mine => FieldMerge::Same,
                    _ => FieldMerge::Unchanged,
                },
                Some(original) if original == theirs => FieldMerge::Mine,
                Some(original) if original == mine => FieldMerge::Theirs,
                _ => FieldMerge::Conflict,
            }
        });
        Self {
            original,
            theirs,
            mine,
            fields,
            changed_by: Vec::new(),
        }
    }

    pub fn has_conflicts(&self) -> bool {
        self.fields.contains(&FieldMerge::Conflict)
    }

    /// The values to save: theirs where only they changed a field, mine everywhere else
    /// (in a conflict too: that is what the person sees in the form and saves again).
    pub fn merged(&self) -> FieldValues {
        std::array::from_fn(|index| match self.fields[index] {
            FieldMerge::Theirs => self.theirs[index].clone(),
            _ => self.mine[index].clone(),
        })
    }

    /// The fields the colleague changed and the merge kept, in form order.
    pub fn kept_theirs(&self) -> Vec<&'static str> {
        FIELDS
            .iter()
            .zip(self.fields)
            .filter(|(_, merge)| *merge == FieldMerge::Theirs)
            .map(|(field, _)| *field)
            .collect()
    }
}

/// Merges `mine`, edited from `version`, with what `current` holds now.
pub fn three_way(
    conn: &mut DbConnection,
    current: &Student,
    version: i32,
    mine: FieldValues,
) -> QueryResult<ThreeWay> {
    let theirs = super::history::values_of(current);
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
        ..ThreeWay::new(original, theirs, mine)
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
            let index = FIELDS.iter().position(|field| *field == change.field)?;
            values[index] = change.old;
        }
    }
    Some(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(last: &str, age: &str, bio: &str) -> FieldValues {
        [
            Some("Sammy".into()),
            Some(last.into()),
            Some("sammy@example.com".into()),
            Some(age.into()),
            Some(bio.into()),
        ]
    }

    #[test]
    fn disjoint_changes_merge() {
        let original = values("Shark", "20", "old");
        let theirs = values("Sharkson", "20", "new");
        let mine = values("Shark", "21", "old");
        let merge = ThreeWay::new(Some(original), theirs, mine);
        assert!(!merge.has_conflicts());
        assert_eq!(merge.merged(), values("Sharkson", "21", "new"));
        assert_eq!(merge.kept_theirs(), ["lastname", "bio"]);
    }

    #[test]
    fn only_fields_both_changed_differently_conflict() {
        let original = values("Shark", "20", "old");
        let merge = ThreeWay::new(
            Some(original),
            values("Sharkson", "30", "same"),
            values("Fin", "30", "same"),
        );
        assert_eq!(
            merge.fields,
            [
                FieldMerge::Unchanged,
                FieldMerge::Conflict,
                FieldMerge::Unchanged,
                FieldMerge::Same,
                FieldMerge::Same,
            ]
        );
        assert_eq!(merge.merged(), values("Fin", "30", "same"));
    }

    #[test]
    fn without_the_original_every_difference_is_a_conflict() {
        let merge = ThreeWay::new(None, values("A", "1", "b"), values("A", "2", "b"));
        assert_eq!(merge.fields[3], FieldMerge::Conflict);
        assert_eq!(merge.fields[1], FieldMerge::Unchanged);
    }

    #[test]
    fn the_original_is_rebuilt_by_undoing_the_edits_since() {
        let theirs = values("C", "3", "b");
        let edit = |old: &str, new: &str| {
            let change = FieldChange {
                field: "lastname".into(),
                old: Some(old.into()),
                new: Some(new.into()),
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
