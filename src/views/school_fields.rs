//! The admins' Fields page: the record's fields (built in, the school's own, retired),
//! the add/edit form of one of the school's, and the deletion's confirmation.

use super::Layout;
use crate::domain::FieldErrors;
use crate::domain::field_form::FieldForm;
use crate::domain::record::{FieldDef, Kind, SchoolField, SchoolKind, StudentField};
use crate::i18n::{Language, Message};
use askama::Template;
use std::collections::HashMap;

/// One field as the Fields page lists it.
pub struct FieldRow {
    /// The school's field's id (`None` for a built-in one).
    pub id: Option<i64>,
    pub label: Message,
    pub key: String,
    /// The message id of its kind ("Short text").
    pub kind: &'static str,
    /// The message ids of its rules ("Required", "Unique"…).
    pub rules: Vec<&'static str>,
    /// How many students have a value.
    pub values: i64,
    pub first: bool,
    pub last: bool,
}

/// The message id of a kind's name.
fn kind_name(def: &FieldDef) -> &'static str {
    match def.kind {
        Kind::Line { .. } => "fields-kind-short_text",
        Kind::Email { .. } => "fields-kind-email",
        Kind::WholeNumber { .. } => "fields-kind-whole_number",
        Kind::LongText { .. } => "fields-kind-long_text",
        Kind::Date { .. } => "fields-kind-date",
        Kind::YesNo => "fields-kind-yes_no",
        Kind::Choice { .. } => "fields-kind-choice",
        Kind::Choices { .. } => "fields-kind-choices",
    }
}

fn rules_of(def: &FieldDef) -> Vec<&'static str> {
    [
        (def.required, "fields-rule-required"),
        (def.unique.is_some(), "fields-rule-unique"),
        (def.in_list, "fields-rule-in-list"),
        (def.searchable, "fields-rule-searchable"),
    ]
    .into_iter()
    .filter_map(|(on, id)| on.then_some(id))
    .collect()
}

impl FieldRow {
    fn of(def: &FieldDef, values: i64) -> Self {
        Self {
            id: def.school_id(),
            label: def.label.clone(),
            key: def.key().to_owned(),
            kind: kind_name(def),
            rules: rules_of(def),
            values,
            first: false,
            last: false,
        }
    }
}

#[derive(Template)]
#[template(path = "fields/index.html")]
pub struct IndexPage {
    pub layout: Layout,
    builtin: Vec<FieldRow>,
    school: Vec<FieldRow>,
    retired: Vec<FieldRow>,
}

impl IndexPage {
    /// The page of `fields` (the school's, retired ones too), with how many students have
    /// a value of each (`counts`, by id).
    pub fn new(layout: Layout, fields: &[SchoolField], counts: &HashMap<i64, i64>) -> Self {
        let count = |field: &SchoolField| counts.get(&field.id).copied().unwrap_or_default();
        let builtin = StudentField::defs()
            .map(|def| FieldRow::of(def, 0))
            .collect();
        let mut school: Vec<FieldRow> = fields
            .iter()
            .filter(|field| !field.retired)
            .map(|field| FieldRow::of(&field.def(), count(field)))
            .collect();
        let last = school.len().saturating_sub(1);
        for (index, row) in school.iter_mut().enumerate() {
            row.first = index == 0;
            row.last = index == last;
        }
        let retired = fields
            .iter()
            .filter(|field| field.retired)
            .map(|field| FieldRow::of(&field.def(), count(field)))
            .collect();
        Self {
            layout,
            builtin,
            school,
            retired,
        }
    }
}

#[derive(Template)]
#[template(path = "fields/form.html")]
pub struct FormPage {
    pub layout: Layout,
    /// `None` for a new field.
    pub field: Option<SchoolField>,
    pub form: FieldForm,
    pub errors: FieldErrors,
    /// How many students have a value (its key and kind are fixed when any do).
    pub values: i64,
}

impl FormPage {
    fn heading(&self) -> String {
        match &self.field {
            Some(field) => self.layout.show(
                Message::new("fields-edit-heading").with("field", field.spec.label.message()),
            ),
            None => self.layout.t("fields-add-heading").to_owned(),
        }
    }

    fn action(&self) -> String {
        match &self.field {
            Some(field) => format!("/fields/{}/edit/", field.id),
            None => "/fields/create/".into(),
        }
    }

    fn languages(&self) -> [Language; 4] {
        Language::ALL
    }

    /// The form's label and help text in `language`.
    fn label_in(&self, language: &Language) -> &str {
        match language {
            Language::En => &self.form.label_en,
            Language::De => &self.form.label_de,
            Language::Es => &self.form.label_es,
            Language::Ar => &self.form.label_ar,
        }
    }

    fn help_in(&self, language: &Language) -> &str {
        match language {
            Language::En => &self.form.help_en,
            Language::De => &self.form.help_de,
            Language::Es => &self.form.help_es,
            Language::Ar => &self.form.help_ar,
        }
    }

    fn kinds(&self) -> [&'static str; 7] {
        SchoolKind::NAMES
    }

    /// The message id of a kind's name, by its name.
    fn kind_label(&self, kind: &&str) -> String {
        format!("fields-kind-{kind}")
    }

    fn ticked(&self, value: &str) -> bool {
        !value.is_empty()
    }
}

#[derive(Template)]
#[template(path = "fields/confirm_delete.html")]
pub struct ConfirmDeletePage {
    pub layout: Layout,
    pub field: SchoolField,
    pub values: i64,
}

impl ConfirmDeletePage {
    fn question(&self) -> String {
        self.layout.show(
            Message::new("fields-delete-question").with("field", self.field.spec.label.message()),
        )
    }

    fn explanation(&self) -> Message {
        Message::new("fields-delete-explanation").with("count", self.values)
    }

    fn action(&self) -> String {
        format!("/fields/{}/delete/", self.field.id)
    }

    fn cancel_href(&self) -> String {
        "/fields/".to_owned()
    }
}
