//! The JSON of `/api/students`: the records answered, each field read by the record's
//! description (the schemas too: `student_schema`; the bodies taken are
//! `student_body`'s); and the list's query parameters.

use super::student_body::{NewStudent, StudentPatch};
use super::student_schema;
use crate::db::students::{Student, StudentPage, StudentSummary, StudentValues, Total};
use crate::domain::Listing;
use crate::domain::listing::{Direction, PageRequest, Sort};
use crate::domain::record::{Kind, Record};
use crate::format::Moment;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
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
