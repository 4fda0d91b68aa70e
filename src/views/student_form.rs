//! The student form, for a new student and for an edit, and the edit-conflict page: the
//! person's values beside the saved ones, the form holding theirs over the newer version.

use super::Layout;
use super::shown::field_label;
use crate::db::students::Student;
use crate::db::students::history::{FIELDS, FieldValues, values_of};
use crate::domain::{FieldErrors, StudentForm};
use crate::format::{self, Moment};
use askama::Template;

/// The create and the edit page: one form, two purposes.
#[derive(Template)]
#[template(path = "students/form.html")]
pub struct FormPage {
    layout: Layout,
    heading: String,
    action: String,
    submit_label: &'static str,
    cancel_href: String,
    cancel_label: &'static str,
    form: StudentForm,
    errors: FieldErrors,
    /// The edit form's hidden field: the version of the record being edited.
    version: Option<i32>,
    /// After a save over a newer version: the person's values beside the saved ones.
    conflict: Option<Conflict>,
}

/// The conflict page's comparison: what the person sent and what someone else saved.
struct Conflict {
    saved_at: Moment,
    rows: Vec<ConflictRow>,
}

struct ConflictRow {
    label: &'static str,
    mine: String,
    saved: String,
    differs: bool,
}

impl Conflict {
    fn new(saved: &Student, mine: &FieldValues) -> Self {
        let shown = |value: &Option<String>| value.clone().unwrap_or_else(|| "—".into());
        let saved_values = values_of(saved);
        let rows = FIELDS
            .iter()
            .zip(mine.iter().zip(&saved_values))
            .map(|(field, (mine, saved))| ConflictRow {
                label: field_label(field),
                mine: shown(mine),
                saved: shown(saved),
                differs: mine != saved,
            })
            .collect();
        Self {
            saved_at: Moment(saved.updated_at),
            rows,
        }
    }
}

impl FormPage {
    pub fn for_new(layout: Layout, form: StudentForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: "Add a new student".into(),
            action: "/create/".into(),
            submit_label: "Add student",
            cancel_href: "/".into(),
            cancel_label: "Cancel",
            form,
            errors,
            version: None,
            conflict: None,
        }
    }

    /// The edit form of `student`, as edited from `version`.
    pub fn for_edit(
        layout: Layout,
        student: &Student,
        version: i32,
        form: StudentForm,
        errors: FieldErrors,
    ) -> Self {
        let name = format::full_name(&student.firstname, &student.lastname);
        Self {
            layout,
            heading: format!("Edit {name}"),
            action: format!("/{}/edit/", student.id),
            submit_label: "Save changes",
            cancel_href: format!("/{}/", student.id),
            cancel_label: "Cancel",
            form,
            errors,
            version: Some(version),
            conflict: None,
        }
    }

    /// The conflict page: the person's values in the form, now over the saved version,
    /// so that saving again keeps theirs and leaving keeps the saved ones.
    pub fn for_conflict(
        layout: Layout,
        saved: &Student,
        form: StudentForm,
        mine: &FieldValues,
    ) -> Self {
        Self {
            submit_label: "Save my version",
            cancel_label: "Discard my changes",
            conflict: Some(Conflict::new(saved, mine)),
            ..Self::for_edit(layout, saved, saved.version, form, FieldErrors::default())
        }
    }
}
