//! The student form, for a new student and for an edit, and the edit-conflict page: the
//! person's values beside the saved ones, the form holding theirs over the newer version.

use super::Layout;
use super::shown::{field_label, value};
use crate::db::students::Student;
use crate::db::students::history::{FIELDS, FieldValues, form_of};
use crate::db::students::merge::{FieldMerge, ThreeWay};
use crate::domain::{CreateForm, FieldErrors, ReturnTo, StudentForm};
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
    /// After a save over a newer version: the merge of the person's values and the saved ones.
    conflict: Option<Conflict>,
    /// Whether to offer "Save and add another" (the create form).
    add_another: bool,
}

/// The conflict page's comparison: each field someone changed, as it was when the person
/// opened the form, as saved since, and as they sent it.
struct Conflict {
    saved_at: Moment,
    /// "Grace Hopper <grace@example.com>", or "Someone else" when nobody is recorded.
    who: String,
    rows: Vec<ConflictRow>,
}

struct ConflictRow {
    label: &'static str,
    original: String,
    theirs: String,
    mine: String,
    /// "Both changed", "Their change (kept)", "Your change"…
    outcome: &'static str,
    is_conflict: bool,
}

impl Conflict {
    fn new(saved: &Student, merge: &ThreeWay) -> Self {
        let shown = |values: &FieldValues, index: usize| value(values[index].as_deref());
        let rows = FIELDS
            .iter()
            .enumerate()
            .filter(|(index, _)| merge.fields[*index] != FieldMerge::Unchanged)
            .map(|(index, field)| ConflictRow {
                label: field_label(field),
                original: merge
                    .original
                    .as_ref()
                    .map_or_else(|| "(not known)".to_owned(), |values| shown(values, index)),
                theirs: shown(&merge.theirs, index),
                mine: shown(&merge.mine, index),
                outcome: match merge.fields[index] {
                    FieldMerge::Conflict => "Both changed: choose",
                    FieldMerge::Theirs => "Their change, kept",
                    FieldMerge::Mine => "Your change",
                    FieldMerge::Same | FieldMerge::Unchanged => "Same change",
                },
                is_conflict: merge.fields[index] == FieldMerge::Conflict,
            })
            .collect();
        let who = match merge.changed_by.as_slice() {
            [] => "Someone else".to_owned(),
            names => format::list(names),
        };
        Self {
            saved_at: Moment(saved.updated_at),
            who,
            rows,
        }
    }
}

impl FormPage {
    pub fn for_new(layout: Layout, back: ReturnTo, form: StudentForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: "Add a new student".into(),
            action: back.on("/create/"),
            submit_label: "Add student",
            cancel_href: back.href(),
            cancel_label: "Cancel",
            form,
            errors,
            version: None,
            conflict: None,
            add_another: true,
        }
    }

    /// The edit form of `student`, as edited from `version`.
    pub fn for_edit(
        layout: Layout,
        back: ReturnTo,
        student: &Student,
        version: i32,
        form: StudentForm,
    ) -> Self {
        let name = format::full_name(&student.firstname, &student.lastname);
        Self {
            layout,
            heading: format!("Edit {name}"),
            action: back.on(&format!("/{}/edit/", student.id)),
            submit_label: "Save changes",
            cancel_href: back.href(),
            cancel_label: "Cancel",
            form,
            errors: FieldErrors::default(),
            version: Some(version),
            conflict: None,
            add_another: false,
        }
    }

    /// The same page, with `errors` at their fields.
    pub fn with(self, errors: FieldErrors) -> Self {
        Self { errors, ..self }
    }

    /// The conflict page: the merge in the form (the colleague's changes where only they
    /// changed a field, the person's everywhere else), now over the saved version, so that
    /// saving again keeps the person's choice in each conflicting field.
    pub fn for_conflict(layout: Layout, back: ReturnTo, saved: &Student, merge: &ThreeWay) -> Self {
        let mut errors = FieldErrors::default();
        for (field, outcome) in FIELDS.iter().zip(merge.fields) {
            if outcome == FieldMerge::Conflict {
                errors.add(
                    field,
                    format!(
                        "{} was changed by you and by someone else: check it before saving.",
                        field_label(field)
                    ),
                );
            }
        }
        let form = form_of(&merge.merged());
        Self {
            submit_label: "Save the merged version",
            cancel_label: "Discard my changes",
            conflict: Some(Conflict::new(saved, merge)),
            ..Self::for_edit(layout, back, saved, saved.version, form).with(errors)
        }
    }

    fn add_another_value(&self) -> &'static str {
        CreateForm::ADD_ANOTHER
    }
}
