//! The CSV exports' rows: students, courses and enrollments, with a header row. Text cells
//! that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
//! carriage return) get a leading `'`, as OWASP advises; the import takes it off again.
//! Times are ISO 8601 in UTC, like the API's.

use crate::db::courses::CourseSummary;
use crate::db::enrollments::EnrollmentRow;
use crate::db::students::{StudentSummary, StudentValues};
use crate::domain::import::neutralised;
use crate::domain::record::{CHOICES_SEPARATOR, FieldDef, Record};
use crate::domain::student_import::student_columns;
use crate::format::Moment;
use chrono::NaiveDateTime;
use std::borrow::Cow;

/// What spreadsheet programs need to read a CSV file as UTF-8.
pub const BYTE_ORDER_MARK: &[u8] = "\u{FEFF}".as_bytes();

pub const COURSE_COLUMNS: [&str; 5] = ["code", "title", "description", "students", "created"];
pub const ENROLLMENT_COLUMNS: [&str; 8] = [
    "course",
    "title",
    "student_id",
    "firstname",
    "lastname",
    "email",
    "enrolled",
    "grade",
];

/// A batch of CSV lines, the header first when `header` is given.
struct Lines(csv::Writer<Vec<u8>>);

impl Lines {
    fn new(header: Option<&[&str]>, rows: usize) -> Self {
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::with_capacity(128 * (rows + 1)));
        if let Some(header) = header {
            // Writing to a Vec cannot fail.
            let _ = writer.write_record(header);
        }
        Self(writer)
    }

    /// One line, its cells written as they are (an export writes millions: no copies).
    fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cow<'a, str>>) {
        for cell in cells {
            let _ = self.0.write_field(cell.as_bytes());
        }
        let _ = self.0.write_record(None::<&[u8]>);
    }

    fn into_bytes(self) -> Vec<u8> {
        self.0.into_inner().unwrap_or_default()
    }
}

fn time(moment: NaiveDateTime) -> Cow<'static, str> {
    Moment(moment).iso().into()
}

fn text(value: &str) -> Cow<'_, str> {
    neutralised(value)
}

fn number(buffer: &mut itoa::Buffer, value: impl itoa::Integer) -> Cow<'_, str> {
    Cow::Borrowed(buffer.format(value))
}

/// Students as `student_columns`: the id, the record's fields, when they joined and
/// how many courses they take.
pub fn students(record: &Record, rows: &[StudentSummary], header: bool) -> Vec<u8> {
    let columns = header.then(|| student_columns(record));
    let mut lines = Lines::new(columns.as_deref(), rows.len());
    let (mut id, mut enrollments) = Default::default();
    for student in rows {
        let fields = record.fields().map(|def| match student.value(def) {
            Some(Cow::Borrowed(value)) => text(value),
            Some(Cow::Owned(value)) => Cow::Owned(text(&by_text(def, &value)).into_owned()),
            None => Cow::Borrowed(""),
        });
        let row = [number(&mut id, student.id)]
            .into_iter()
            .chain(fields)
            .chain([
                time(student.created_at),
                number(&mut enrollments, student.enrollments),
            ]);
        lines.row(row);
    }
    lines.into_bytes()
}

/// A choice field's value as the import reads it back: each choice by its (first) text,
/// several separated by semicolons.
fn by_text<'a>(def: &FieldDef, value: &'a str) -> Cow<'a, str> {
    let choices = def.kind.choices();
    if choices.is_empty() {
        return Cow::Borrowed(value);
    }
    let texts: Vec<&str> = value
        .split(CHOICES_SEPARATOR)
        .map(|key| {
            choices
                .iter()
                .find(|choice| choice.key == key)
                .map_or(key, |choice| choice.text.first())
        })
        .collect();
    Cow::Owned(texts.join("; "))
}

pub fn courses(rows: &[CourseSummary]) -> Vec<u8> {
    let mut lines = Lines::new(Some(&COURSE_COLUMNS), rows.len());
    for summary in rows {
        let course = &summary.course;
        lines.row([
            text(&course.code),
            text(&course.title),
            text(course.description.as_deref().unwrap_or_default()),
            summary.enrolled.to_string().into(),
            time(course.created_at),
        ]);
    }
    lines.into_bytes()
}

pub fn enrollments(rows: &[EnrollmentRow], header: bool) -> Vec<u8> {
    let mut lines = Lines::new(header.then_some(&ENROLLMENT_COLUMNS[..]), rows.len());
    for row in rows {
        lines.row([
            text(&row.code),
            text(&row.title),
            row.student_id.to_string().into(),
            text(&row.firstname),
            text(&row.lastname),
            text(&row.email),
            time(row.enrolled_at),
            text(row.grade.as_deref().unwrap_or_default()),
        ]);
    }
    lines.into_bytes()
}
