//! The student form, for a new student and for an edit, and the edit-conflict page: the
//! person's values beside the saved ones, the form holding theirs over the newer version.

use super::Layout;
use super::shown::value;
use crate::db::students::Student;
use crate::domain::record::{FieldDef, FieldMerge, FieldValues, Kind, Record, ThreeWay};
use crate::domain::{CreateForm, FieldErrors, ReturnTo, StudentForm};
use crate::format::{self, Moment};
use crate::i18n::{Arg, Message};
use askama::Template;

/// The create and the edit page: one form, two purposes.
#[derive(Template)]
#[template(path = "students/form.html")]
pub struct FormPage {
    layout: Layout,
    heading: String,
    action: String,
    /// The message ids of the buttons.
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
    /// The fields the form has.
    record: Record,
}

/// The conflict page's comparison: each field someone changed, as it was when the person
/// opened the form, as saved since, and as they sent it.
struct Conflict {
    saved_at: Moment,
    /// "Grace Hopper <grace@example.com>", or "Someone else" when nobody is recorded.
    who: Message,
    rows: Vec<ConflictRow>,
}

struct ConflictRow {
    label: Message,
    /// `None` when the history does not say.
    original: Option<String>,
    theirs: String,
    mine: String,
    /// The message id of "Both changed", "Their change (kept)", "Your change"…
    outcome: &'static str,
    is_conflict: bool,
}

impl Conflict {
    fn new(record: &Record, saved: &Student, merge: &ThreeWay) -> Self {
        let rows = merge
            .fields
            .iter()
            .filter(|(_, outcome)| *outcome != FieldMerge::Unchanged)
            .map(|(key, outcome)| {
                let shown = |values: &FieldValues| value(values.get(key));
                ConflictRow {
                    label: record.label_of(key),
                    original: merge.original.as_ref().map(shown),
                    theirs: shown(&merge.theirs),
                    mine: shown(&merge.mine),
                    outcome: match outcome {
                        FieldMerge::Conflict => "conflict-both",
                        FieldMerge::Theirs => "conflict-theirs",
                        FieldMerge::Mine => "conflict-mine",
                        FieldMerge::Same | FieldMerge::Unchanged => "conflict-same",
                    },
                    is_conflict: *outcome == FieldMerge::Conflict,
                }
            })
            .collect();
        let who = Message::new("conflict-who")
            .with("count", merge.changed_by.len())
            .with(
                "names",
                Arg::list(merge.changed_by.iter().map(String::as_str)),
            );
        Self {
            saved_at: Moment(saved.updated_at),
            who,
            rows,
        }
    }
}

/// One input of the form, as its description and the values sent make it.
struct FormField<'a> {
    key: &'a str,
    label: &'a Message,
    hint: Option<&'a Message>,
    /// "text", "email", "numeric" (text typed as digits), "date", "textarea", "select"
    /// (one of `options`) or "checkboxes" (any of them).
    input: &'static str,
    /// The choices of a select or of checkboxes: each one's value and text.
    options: Vec<(&'a str, Message)>,
}

impl<'a> FormField<'a> {
    fn of(def: &'a FieldDef) -> Self {
        let choices = || {
            def.kind
                .choices()
                .iter()
                .map(|choice| (choice.key.as_str(), choice.text.message()))
                .collect()
        };
        let (input, options) = match &def.kind {
            Kind::Email { .. } => ("email", Vec::new()),
            Kind::LongText { .. } => ("textarea", Vec::new()),
            Kind::WholeNumber { .. } => ("numeric", Vec::new()),
            Kind::Line { .. } => ("text", Vec::new()),
            Kind::Date { .. } => ("date", Vec::new()),
            Kind::YesNo => (
                "select",
                vec![
                    ("yes", Message::new("field-yes")),
                    ("no", Message::new("field-no")),
                ],
            ),
            Kind::Choice { .. } => ("select", choices()),
            Kind::Choices { .. } => ("checkboxes", choices()),
        };
        Self {
            key: def.key(),
            label: &def.form_label,
            hint: def.hint.as_ref(),
            input,
            options,
        }
    }
}

/// The form's inputs, in rows: half-width fields share a row with the next one.
fn form_rows(record: &Record) -> Vec<Vec<FormField<'_>>> {
    let mut rows: Vec<Vec<FormField>> = Vec::new();
    let mut joins_previous = false;
    for def in record.fields() {
        let field = FormField::of(def);
        match rows.last_mut() {
            Some(row) if joins_previous => row.push(field),
            _ => rows.push(vec![field]),
        }
        joins_previous = def.half_width && !joins_previous;
    }
    rows
}

impl FormPage {
    fn rows(&self) -> Vec<Vec<FormField<'_>>> {
        form_rows(&self.record)
    }

    /// The hint under `field`'s input, in the reader's language (blank for none).
    fn hint(&self, field: &FormField) -> String {
        field
            .hint
            .map_or_else(String::new, |hint| self.layout.show(hint))
    }

    pub fn for_new(
        layout: Layout,
        record: Record,
        back: ReturnTo,
        form: StudentForm,
        errors: FieldErrors,
    ) -> Self {
        let heading = layout.t("student-add-heading").to_owned();
        Self {
            layout,
            heading,
            action: back.on("/create/"),
            submit_label: "nav-add-student",
            cancel_href: back.href(),
            cancel_label: "form-cancel",
            form,
            errors,
            version: None,
            conflict: None,
            add_another: true,
            record,
        }
    }

    /// The edit form of `student`, as edited from `version`.
    pub fn for_edit(
        layout: Layout,
        record: Record,
        back: ReturnTo,
        student: &Student,
        version: i32,
        form: StudentForm,
    ) -> Self {
        let name = format::full_name(&student.firstname, &student.lastname);
        let heading = layout.t1("list-edit-one", "name", name);
        Self {
            layout,
            heading,
            action: back.on(&format!("/{}/edit/", student.id)),
            submit_label: "form-save-changes",
            cancel_href: back.href(),
            cancel_label: "form-cancel",
            form,
            errors: FieldErrors::default(),
            version: Some(version),
            conflict: None,
            add_another: false,
            record,
        }
    }

    /// The same page, with `errors` at their fields.
    pub fn with(self, errors: FieldErrors) -> Self {
        Self { errors, ..self }
    }

    /// The conflict page: the merge in the form (the colleague's changes where only they
    /// changed a field, the person's everywhere else), now over the saved version, so that
    /// saving again keeps the person's choice in each conflicting field.
    pub fn for_conflict(
        layout: Layout,
        record: Record,
        back: ReturnTo,
        saved: &Student,
        merge: &ThreeWay,
    ) -> Self {
        let mut errors = FieldErrors::default();
        for key in merge.fields_with(FieldMerge::Conflict) {
            if let Some(def) = record.named(&key) {
                errors.add(
                    def.key.clone(),
                    Message::new("conflict-field").with("field", def.label.clone()),
                );
            }
        }
        let form = StudentForm::of(&record, &merge.merged());
        let conflict = Conflict::new(&record, saved, merge);
        Self {
            submit_label: "conflict-save",
            cancel_label: "conflict-discard",
            conflict: Some(conflict),
            ..Self::for_edit(layout, record, back, saved, saved.version, form).with(errors)
        }
    }

    fn add_another_value(&self) -> &'static str {
        CreateForm::ADD_ANOTHER
    }
}
