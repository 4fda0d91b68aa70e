//! The JSON bodies of `/api/students`: the records answered, and the bodies and query
//! parameters taken (read into the same `StudentForm` the pages parse).

use crate::db::students::{Student, StudentPage, StudentSummary, Total};
use crate::domain::listing::PageRequest;
use crate::domain::{Listing, StudentForm};
use crate::format::Moment;
use crate::json::{Integer, present};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

pub const COLLECTION: &str = "/api/students";

/// A stored student.
#[derive(Debug, Serialize, ToSchema)]
pub struct StudentRecord {
    id: i64,
    firstname: String,
    lastname: String,
    email: String,
    age: Option<i32>,
    bio: Option<String>,
    /// When the record was created (UTC).
    #[schema(format = DateTime)]
    created_at: String,
    /// When the record was last changed (UTC).
    #[schema(format = DateTime)]
    updated_at: String,
    /// Counts the record's saved changes; the `ETag` header carries it (`"3"`).
    version: i32,
}

impl From<Student> for StudentRecord {
    fn from(student: Student) -> Self {
        Self {
            created_at: Moment(student.created_at).iso(),
            updated_at: Moment(student.updated_at).iso(),
            version: student.version,
            id: student.id,
            firstname: student.firstname,
            lastname: student.lastname,
            email: student.email,
            age: student.age,
            bio: student.bio,
        }
    }
}

/// A student in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct StudentListItem {
    id: i64,
    firstname: String,
    lastname: String,
    email: String,
    age: Option<i32>,
    bio: Option<String>,
    #[schema(format = DateTime)]
    created_at: String,
    /// How many courses the student is enrolled in.
    enrollments: i64,
}

impl From<StudentSummary> for StudentListItem {
    fn from(student: StudentSummary) -> Self {
        Self {
            created_at: Moment(student.created_at).iso(),
            id: student.id,
            firstname: student.firstname,
            lastname: student.lastname,
            email: student.email,
            age: student.age,
            bio: student.bio,
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
            students: page.students.into_iter().map(Into::into).collect(),
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

/// What the list is sorted by.
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum SortKey {
    Name,
    Email,
    Age,
    Joined,
}

/// `asc` or `desc` (default: the key's own, newest first for `joined`).
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum SortDirection {
    Asc,
    Desc,
}

/// A new student, or every field of one for `PUT`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStudent {
    /// Surrounding spaces are trimmed; no control or invisible formatting characters.
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    firstname: String,
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    lastname: String,
    /// Unique, ignoring case.
    #[schema(min_length = 3, max_length = 80, format = Email, pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$")]
    email: String,
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 150)]
    age: Option<Integer>,
    /// Line breaks and tabs are kept; other control characters are refused.
    #[serde(default)]
    #[schema(
        max_length = 10000,
        pattern = r"^([^\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\r\n)*$"
    )]
    bio: Option<String>,
}

impl NewStudent {
    pub fn into_form(self) -> StudentForm {
        StudentForm::default()
            .with("firstname", self.firstname)
            .with("lastname", self.lastname)
            .with("email", self.email)
            .with(
                "age",
                self.age.map(|age| age.0.to_string()).unwrap_or_default(),
            )
            .with("bio", self.bio.unwrap_or_default())
    }
}

/// Some fields of a student: those left out keep their value; `null` clears `age` or `bio`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StudentPatch {
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    firstname: Option<String>,
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    lastname: Option<String>,
    #[schema(min_length = 3, max_length = 80, format = Email, pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$")]
    email: Option<String>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 150)]
    age: Option<Option<Integer>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 10000, pattern = r"^([^\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\r\n)*$")]
    bio: Option<Option<String>>,
}

impl StudentPatch {
    pub fn apply_to(self, mut form: StudentForm) -> StudentForm {
        for (key, raw) in [
            ("firstname", self.firstname),
            ("lastname", self.lastname),
            ("email", self.email),
        ] {
            if let Some(raw) = raw {
                form.set(key, raw);
            }
        }
        if let Some(age) = self.age {
            form.set("age", age.map(|age| age.0.to_string()).unwrap_or_default());
        }
        if let Some(bio) = self.bio {
            form.set("bio", bio.unwrap_or_default());
        }
        form
    }
}
