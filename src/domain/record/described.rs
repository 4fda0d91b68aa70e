//! `Record`: the fields a student has now — the built-in ones, then the school's in their
//! order — as every reader of the record walks them. The school's retired fields are
//! kept aside: their values stay, and the history still names them.

use super::field::{FieldDef, StudentField};
use super::school::SchoolField;
use crate::i18n::Message;
use std::sync::{Arc, LazyLock};

/// The record's fields: cheap to clone (shared), read once per request.
#[derive(Debug, Clone)]
pub struct Record {
    fields: Arc<[FieldDef]>,
    retired: Arc<[FieldDef]>,
}

static BUILTIN: LazyLock<Record> = LazyLock::new(|| Record {
    fields: StudentField::defs().cloned().collect(),
    retired: Arc::new([]),
});

impl Record {
    /// The built-in fields alone.
    pub fn builtin() -> Self {
        BUILTIN.clone()
    }

    /// The built-in fields and `school`'s (in their positions' order).
    pub fn new(school: &[SchoolField]) -> Self {
        if school.is_empty() {
            return Self::builtin();
        }
        let mut school: Vec<&SchoolField> = school.iter().collect();
        school.sort_by_key(|field| (field.position, field.id));
        let (retired, active): (Vec<&SchoolField>, Vec<&SchoolField>) =
            school.into_iter().partition(|field| field.retired);
        Self {
            fields: StudentField::defs()
                .cloned()
                .chain(active.iter().map(|field| field.def()))
                .collect(),
            retired: retired.iter().map(|field| field.def()).collect(),
        }
    }

    /// Every field, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &FieldDef> {
        self.fields.iter()
    }

    /// The school's own fields (not retired), in their order.
    pub fn school(&self) -> impl Iterator<Item = &FieldDef> {
        self.fields.iter().filter(|def| def.school_id().is_some())
    }

    /// The school's fields, retired ones too: what a student's stored values may hold.
    pub fn kept(&self) -> impl Iterator<Item = &FieldDef> {
        self.school().chain(self.retired.iter())
    }

    /// The fields no two students share a value of.
    pub fn unique(&self) -> impl Iterator<Item = &FieldDef> {
        self.fields.iter().filter(|def| def.unique.is_some())
    }

    /// The field named `key`.
    pub fn named(&self, key: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|def| def.key() == key)
    }

    /// The school's field with id `id`, retired or not.
    pub fn school_field(&self, id: i64) -> Option<&FieldDef> {
        self.kept().find(|def| def.school_id() == Some(id))
    }

    /// The label of the field named `key`, retired ones too, or "Field" for a name no
    /// field has (in a history entry older than a field's deletion, say).
    pub fn label_of(&self, key: &str) -> Message {
        self.fields
            .iter()
            .chain(self.retired.iter())
            .find(|def| def.key() == key)
            .map_or(Message::new("field-unknown"), |def| def.label.clone())
    }
}
