//! Three-way merge of one record: the values an edit started from, the ones saved since,
//! and the person's. Fields only one side changed take that side's value; only fields
//! both changed to different values are conflicts. (Rebuilding the values an edit
//! started from is the history's: `db::students::merge`.)

use super::field::FieldDef;
use super::values::FieldValues;
use std::borrow::Cow;

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
    /// The values the edit started from; `None` when the history cannot say (the record
    /// was deleted and restored since).
    pub original: Option<FieldValues>,
    pub theirs: FieldValues,
    pub mine: FieldValues,
    /// What became of each field (by its key), in form order.
    pub fields: Vec<(Cow<'static, str>, FieldMerge)>,
    /// Who saved the versions since ("Ada Lovelace <ada@example.com>"), oldest first.
    pub changed_by: Vec<String>,
}

impl ThreeWay {
    pub fn new<'a>(
        fields: impl IntoIterator<Item = &'a FieldDef>,
        original: Option<FieldValues>,
        theirs: FieldValues,
        mine: FieldValues,
    ) -> Self {
        let fields = fields
            .into_iter()
            .map(|def| {
                let key = def.key();
                let (theirs, mine) = (theirs.get(key), mine.get(key));
                let original = original.as_ref().map(|original| original.get(key));
                let merge = match original {
                    Some(original) if theirs == mine && original != mine => FieldMerge::Same,
                    _ if theirs == mine => FieldMerge::Unchanged,
                    Some(original) if original == theirs => FieldMerge::Mine,
                    Some(original) if original == mine => FieldMerge::Theirs,
                    _ => FieldMerge::Conflict,
                };
                (def.key.clone(), merge)
            })
            .collect();
        Self {
            original,
            theirs,
            mine,
            fields,
            changed_by: Vec::new(),
        }
    }

    /// What became of the field named `key`.
    pub fn outcome(&self, key: &str) -> FieldMerge {
        self.fields
            .iter()
            .find(|(field, _)| *field == key)
            .map_or(FieldMerge::Unchanged, |(_, merge)| *merge)
    }

    pub fn has_conflicts(&self) -> bool {
        self.fields
            .iter()
            .any(|(_, merge)| *merge == FieldMerge::Conflict)
    }

    /// The values to save: theirs where only they changed a field, mine everywhere else
    /// (in a conflict too: that is what the person sees in the form and saves again).
    pub fn merged(&self) -> FieldValues {
        let mut merged = self.mine.clone();
        for (key, merge) in &self.fields {
            if *merge == FieldMerge::Theirs {
                merged.set(key.clone(), self.theirs.get(key).map(str::to_owned));
            }
        }
        merged
    }

    /// The keys of the fields with this outcome, in form order.
    pub fn fields_with(&self, outcome: FieldMerge) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(_, merge)| *merge == outcome)
            .map(|(key, _)| key.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::StudentField;
    use crate::domain::record::values::sammy;

    fn values(last: &str, age: &str, bio: &str) -> FieldValues {
        sammy(last, age, bio)
    }

    fn merge(original: Option<FieldValues>, theirs: FieldValues, mine: FieldValues) -> ThreeWay {
        ThreeWay::new(StudentField::defs(), original, theirs, mine)
    }

    #[test]
    fn disjoint_changes_merge() {
        let original = values("Shark", "20", "old");
        let theirs = values("Sharkson", "20", "new");
        let mine = values("Shark", "21", "old");
        let merge = merge(Some(original), theirs, mine);
        assert!(!merge.has_conflicts());
        assert_eq!(merge.merged(), values("Sharkson", "21", "new"));
        assert_eq!(merge.fields_with(FieldMerge::Theirs), ["lastname", "bio"]);
    }

    #[test]
    fn only_fields_both_changed_differently_conflict() {
        let original = values("Shark", "20", "old");
        let merge = merge(
            Some(original),
            values("Sharkson", "30", "same"),
            values("Fin", "30", "same"),
        );
        for (key, expected) in [
            ("lastname", FieldMerge::Conflict),
            ("age", FieldMerge::Same),
            ("bio", FieldMerge::Same),
        ] {
            assert_eq!(merge.outcome(key), expected, "{key}");
        }
        assert_eq!(
            merge.fields_with(FieldMerge::Unchanged).len(),
            StudentField::all().count() - 3,
            "every other field is unchanged"
        );
        assert_eq!(merge.merged(), values("Fin", "30", "same"));
    }

    #[test]
    fn without_the_original_every_difference_is_a_conflict() {
        let merge = merge(None, values("A", "1", "b"), values("A", "2", "b"));
        assert_eq!(merge.outcome("age"), FieldMerge::Conflict);
        assert_eq!(merge.outcome("lastname"), FieldMerge::Unchanged);
    }

    #[test]
    fn a_value_only_one_side_cleared_is_merged_too() {
        let original = values("Shark", "20", "old");
        let theirs = values("Shark", "20", "old").with("bio", None);
        let merge = merge(Some(original), theirs, values("Shark", "21", "old"));
        assert_eq!(
            merge.merged(),
            values("Shark", "21", "old").with("bio", None)
        );
    }
}
