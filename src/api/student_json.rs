//! The JSON bodies of `/api/students`: the records answered and the bodies taken, each
//! field read or written by the record's description (the schemas too:
//! `student_schema`), the bodies into the same `StudentForm` the pages parse; and the
//! list's query parameters.

use super::student_schema;
use crate::db::students::{Student, StudentPage, StudentSummary, StudentValues, Total};
use crate::domain::listing::{Direction, PageRequest, Sort};
use crate::domain::record::{FieldDef, Kind, Record};
use crate::domain::{Listing, StudentForm};
use crate::error::AppError;
use crate::format::Moment;
use crate::json::Integer;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{IntoParams, PartialSchema, ToSchema};

pub const COLLECTION: &str = "/api/students";

/// The record's fields as a JSON object's members, in form order: each as its kind
/// answers it (a whole number as a number), `null` for no value.
#[derive(Debug)]
struct Fields(Vec<(String, serde_json::Value)>);

impl Fields {
    fn of(record: &Record, row: &impl StudentValues) -> Self {
        Self(
            record
                .fields()
                .map(|def| {
                    let json = match (def.builtin(), &def.kind) {
                        (Some(field), Kind::WholeNumber { .. }) => {
                            row.number(field).map(Into::into)
                        }
                        _ => row
                            .value(def)
                            .and_then(|text| def.kind.stored(&text))
                            .map(|value| value.to_json()),
                    };
                    (
                        def.key().to_owned(),
                        json.unwrap_or(serde_json::Value::Null),
                    )
                })
                .collect(),
        )
    }
}

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// A stored student.
#[derive(Debug, Serialize)]
pub struct StudentRecord {
    id: i64,
    #[serde(flatten)]
    fields: Fields,
    created_at: String,
    updated_at: String,
    version: i32,
}

impl StudentRecord {
    pub fn new(record: &Record, student: Student) -> Self {
        Self {
            id: student.id,
            fields: Fields::of(record, &student),
            created_at: Moment(student.created_at).iso(),
            updated_at: Moment(student.updated_at).iso(),
            version: student.version,
        }
    }
}

/// A student in a list.
#[derive(Debug, Serialize)]
pub struct StudentListItem {
    id: i64,
    #[serde(flatten)]
    fields: Fields,
    created_at: String,
    enrollments: i64,
}

impl StudentListItem {
    fn new(record: &Record, student: StudentSummary) -> Self {
        Self {
            id: student.id,
            fields: Fields::of(record, &student),
            created_at: Moment(student.created_at).iso(),
            enrollments: student.enrollments,
        }
    }
}

/// One page of students.
#[derive(Debug, Serialize, ToSchema)]
pub struct StudentList {
    students: Vec<StudentListItem>,
    /// How many students match; with `total_is_exact` false, at least this many.
    total: u64,
    total_is_exact: bool,
    /// 1-based position of the first student of this page, when known.
    first_position: Option<u64>,
    links: PageLinks,
}

/// The same listing on other pages (paths with query strings).
#[derive(Debug, Serialize, ToSchema)]
pub struct PageLinks {
    first: String,
    previous: Option<String>,
    next: Option<String>,
    last: String,
}

impl StudentList {
    pub fn new(listing: &Listing, page: StudentPage) -> Self {
        let at = |request| listing.at(request).href_from(COLLECTION);
        let links = PageLinks {
            first: at(PageRequest::First),
            previous: page.has_previous.then(|| at(page.previous_page(listing))),
            next: page.has_next.then(|| at(page.next_page())),
            last: at(PageRequest::Last),
        };
        let (total, total_is_exact) = match page.total {
            Total::Exact(n) => (n, true),
            Total::AtLeast(n) => (n, false),
        };
        Self {
            students: page
                .students
                .into_iter()
                .map(|student| StudentListItem::new(&page.record, student))
                .collect(),
            total,
            total_is_exact,
            first_position: page.first_position,
            links,
        }
    }
}

/// The query string of `GET /api/students`: the index page's own, held to these ranges
/// (`domain::api_query`; a value outside them is a 400 naming it).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; `api_query::listing` reads them
pub struct ListParams {
    /// Search text: part of a first name, last name or email (one or two characters:
    /// the start of a last name or email).
    #[param(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    q: Option<String>,
    /// Youngest age to include.
    #[param(minimum = 0, maximum = 150)]
    age_min: Option<i32>,
    /// Oldest age to include.
    #[param(minimum = 0, maximum = 150)]
    age_max: Option<i32>,
    /// Only the students enrolled in this course (its id).
    #[param(minimum = 1)]
    course: Option<i64>,
    /// The order (default: `joined`).
    #[param(value_type = Option<SortKey>)]
    sort: Option<String>,
    #[param(value_type = Option<SortDirection>)]
    dir: Option<String>,
    /// Students per page (default 25).
    #[param(minimum = 1, maximum = 200)]
    per_page: Option<u32>,
    /// The page after this student id (follow `links.next`).
    #[param(minimum = 1)]
    after: Option<i64>,
    /// The page before this student id (follow `links.previous`).
    #[param(minimum = 1)]
    before: Option<i64>,
    /// `1` for the last page.
    #[param(minimum = 0, maximum = 1)]
    last: Option<u8>,
    /// Position of the page's first student, for `first_position` (dropped when it does
    /// not fit the list).
    #[param(minimum = 1, maximum = 9007199254740991.0)]
    pos: Option<u64>,
}

/// What the list is sorted by: the names `Sort` reads.
pub struct SortKey;

/// `asc` or `desc`: the names `Direction` reads.
pub struct SortDirection;

/// A string schema with these choices.
fn choices(description: &str, names: impl IntoIterator<Item = &'static str>) -> Schema {
    Schema::Object(
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
            .enum_values(Some(names))
            .build(),
    )
}

impl PartialSchema for SortKey {
    fn schema() -> RefOr<Schema> {
        RefOr::T(choices(
            "What the list is sorted by.",
            Sort::ALL.map(Sort::param),
        ))
    }
}

impl ToSchema for SortKey {}

impl PartialSchema for SortDirection {
    fn schema() -> RefOr<Schema> {
        let description = "`asc` or `desc` (default: the key's own, newest first for `joined`).";
        RefOr::T(choices(description, Direction::ALL.map(Direction::param)))
    }
}

impl ToSchema for SortDirection {}

/// A new student, or every field of one for `PUT`: each field of the record by its name,
/// the required ones present, nothing else (checked against the record as it is now:
/// `into_form`).
#[derive(Debug, Deserialize)]
pub struct NewStudent(serde_json::Map<String, serde_json::Value>);

/// Some fields of a student: those left out keep their value; `null` clears an optional
/// one (and leaves a required one as it is).
#[derive(Debug, Clone, Deserialize)]
pub struct StudentPatch(serde_json::Map<String, serde_json::Value>);

/// A body that does not fit the record: a 422 in serde's words, as for any JSON of the
/// wrong shape (`ApiJson`).
fn unreadable(why: impl std::fmt::Display) -> AppError {
    AppError::WrongShape(why.to_string())
}

impl NewStudent {
    /// The body as the form of `record` it stands for.
    pub fn into_form(self, record: &Record) -> Result<StudentForm, AppError> {
        let mut form = StudentForm::default();
        let mut given = Vec::new();
        for (def, text) in members(record, self.0)? {
            if def.required && text.is_none() {
                return Err(unreadable(format!(
                    "invalid type: null, expected a string for `{}`",
                    def.key()
                )));
            }
            form.set(def.key(), text.unwrap_or_default());
            given.push(def.key());
        }
        match record
            .fields()
            .find(|def| def.required && !given.contains(&def.key()))
        {
            Some(missing) => Err(unreadable(format!("missing field `{}`", missing.key()))),
            None => Ok(form),
        }
    }
}

impl StudentPatch {
    /// Checks the body against `record` (a 400 for a member no field has, or of the
    /// wrong type), ready to apply.
    pub fn read(self, record: &Record) -> Result<Patch, AppError> {
        let members = members(record, self.0)?
            .into_iter()
            .map(|(def, text)| (def.key().to_owned(), def.required, text))
            .collect();
        Ok(Patch(members))
    }
}

/// A checked patch: each field's key, whether it is required, and its new text.
#[derive(Debug, Clone)]
pub struct Patch(Vec<(String, bool, Option<String>)>);

impl Patch {
    pub fn apply_to(self, mut form: StudentForm) -> StudentForm {
        for (key, required, raw) in self.0 {
            match raw {
                Some(raw) => form.set(&key, raw),
                None if !required => form.set(&key, String::new()),
                None => {}
            }
        }
        form
    }
}

/// A body's members as the text a form would hold (`None` for `null`), each checked
/// against `record`'s fields: a name no field has, or a value of the wrong JSON type,
/// is refused in serde's words.
fn members(
    record: &Record,
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<Vec<(&FieldDef, Option<String>)>, AppError> {
    object
        .into_iter()
        .map(|(key, value)| {
            let def = record.named(&key).ok_or_else(|| {
                let names: Vec<String> = record
                    .fields()
                    .map(|def| format!("`{}`", def.key()))
                    .collect();
                unreadable(format!(
                    "unknown field `{key}`, expected one of {}",
                    names.join(", ")
                ))
            })?;
            Ok((def, form_text(def, value).map_err(unreadable)?))
        })
        .collect()
}

/// A member's value as the text a form would hold; `None` for `null`.
fn form_text(def: &FieldDef, value: serde_json::Value) -> Result<Option<String>, String> {
    let in_serde_words = |err: serde_json::Error| err.to_string();
    match def.kind {
        Kind::WholeNumber { .. } => {
            return Option::<Integer>::deserialize(value)
                .map(|number| number.map(|number| number.0.to_string()))
                .map_err(in_serde_words);
        }
        Kind::Line { .. } | Kind::Email { .. } | Kind::LongText { .. } => {
            return Option::<String>::deserialize(value).map_err(in_serde_words);
        }
        // A date is `YYYY-MM-DD`, as its schema's format says; none is `null`.
        Kind::Date { .. } => {
            let text = Option::<String>::deserialize(value).map_err(in_serde_words)?;
            if text.as_deref().is_some_and(|text| text.trim().is_empty()) {
                return Err(format!(
                    "invalid date `` for `{}`, expected YYYY-MM-DD or null",
                    def.key()
                ));
            }
            return Ok(text);
        }
        Kind::YesNo | Kind::Choice { .. } | Kind::Choices { .. } => {}
    }
    if value.is_null() {
        return Ok(None);
    }
    // The API names a choice by its key only (a form or a file may use its text too).
    let keys: Vec<&str> = match &value {
        serde_json::Value::String(key) => vec![key.as_str()],
        serde_json::Value::Array(items) => items.iter().filter_map(|item| item.as_str()).collect(),
        _ => Vec::new(),
    };
    let choices = def.kind.choices();
    if let Some(unknown) = keys
        .iter()
        .find(|key| !choices.is_empty() && !choices.iter().any(|choice| choice.key == **key))
    {
        let known: Vec<String> = choices
            .iter()
            .map(|choice| format!("`{}`", choice.key))
            .collect();
        return Err(format!(
            "unknown choice `{unknown}` for `{}`, expected one of {}",
            def.key(),
            known.join(", ")
        ));
    }
    def.kind
        .form_text_of_json(&value)
        .map(Some)
        .ok_or_else(|| format!("invalid type for `{}`: {}", def.key(), kind_of(&value)))
}

/// How serde names a JSON value's type ("a string", "an integer"…).
fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a sequence",
        serde_json::Value::Object(_) => "a map",
    }
}

/// The schemas, from the record's description (`student_schema`).
macro_rules! described {
    ($($body:ident => $schema:path),+ $(,)?) => {$(
        impl PartialSchema for $body {
            fn schema() -> RefOr<Schema> {
                RefOr::T(Schema::Object($schema()))
            }
        }

        impl ToSchema for $body {}
    )+};
}

described!(
    StudentRecord => student_schema::stored,
    StudentListItem => student_schema::listed,
    NewStudent => student_schema::whole,
    StudentPatch => student_schema::patch,
);
