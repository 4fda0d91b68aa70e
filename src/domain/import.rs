//! Students as CSV: the columns the export writes and the import reads, the guard against
//! formula injection that both share, and reading an import file into the students it
//! would add and the problems of every other row. Each row is checked by the student
//! form's own rules and messages; the database's checks (emails taken already) come after.

use super::refusal::Refusal;
use super::student::{StudentForm, ValidStudent};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// The most rows one file may have: a whole school's intake, imported in seconds.
pub const MAX_IMPORT_ROWS: usize = 100_000;

/// The student export's columns, in order. The import reads the student's fields from
/// them and accepts the others (what the export adds) without reading them.
pub const STUDENT_COLUMNS: [&str; 8] = [
    "id",
    "firstname",
    "lastname",
    "email",
    "age",
    "bio",
    "joined",
    "enrollments",
];

/// What a spreadsheet would start a formula with.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet would run as a formula gets a leading `'` (OWASP's advice), which
/// makes it plain text there.
pub fn neutralised(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The value an exported cell stood for: `neutralised` undone.
pub fn restored(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// The student fields the import reads, with the header names it knows them by (compared
/// ignoring case, spaces, `_` and `-`), and the label its messages use.
const READ_COLUMNS: [(&str, &[&str], &str); 5] = [
    (
        "firstname",
        &["firstname", "first", "givenname", "forename"],
        "First name",
    ),
    (
        "lastname",
        &["lastname", "last", "surname", "familyname"],
        "Last name",
    ),
    ("email", &["email", "emailaddress", "mail"], "Email"),
    ("age", &["age"], "Age"),
    ("bio", &["bio", "biography", "about", "notes"], "Bio"),
];

/// The export's other columns: accepted, not read (a student's id and joining date are
/// the app's to give).
const IGNORED_COLUMNS: [&str; 3] = ["id", "joined", "enrollments"];

/// One problem of an import file: where (a row as a spreadsheet numbers it, the header
/// being row 1; a column by its header) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: Option<usize>,
    pub column: Option<String>,
    pub message: String,
}

/// A row that passed every rule of the form.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub row: usize,
    pub student: ValidStudent,
}

/// What a file would do: the rows that can be added, every problem of the others, and
/// the columns present but not read.
#[derive(Debug, Clone, Default)]
pub struct ImportPlan {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<Problem>,
    /// How many data rows the file has (good and bad).
    pub data_rows: usize,
    pub ignored_columns: Vec<String>,
}

impl ImportPlan {
    /// How many rows have at least one problem.
    pub fn rows_with_problems(&self) -> usize {
        let mut rows: Vec<usize> = self
            .problems
            .iter()
            .filter_map(|problem| problem.row)
            .collect();
        rows.dedup();
        rows.len()
    }

    /// Drops the rows whose email is among `taken` (case folded): another student has it.
    pub fn refuse_taken(&mut self, taken: &[String]) {
        let taken: HashSet<&str> = taken.iter().map(String::as_str).collect();
        let (mut kept, mut refused) = (Vec::new(), Vec::new());
        for row in std::mem::take(&mut self.rows) {
            if taken.contains(row.student.email.key().as_str()) {
                refused.push(Problem {
                    row: Some(row.row),
                    column: Some("Email".into()),
                    message: Refusal::StudentEmailTaken.message().into(),
                });
            } else {
                kept.push(row);
            }
        }
        self.rows = kept;
        self.problems.extend(refused);
        self.problems.sort_by_key(|problem| problem.row);
    }
}

/// Why a file cannot be imported at all (rather than some of its rows).
pub fn file_problem(message: impl Into<String>) -> Problem {
    Problem {
        row: None,
        column: None,
        message: message.into(),
    }
}

/// Reads an import file: UTF-8 (with or without a byte-order mark), any line endings,
/// quoted commas and newlines, the columns in any order under a header row. A file that
/// cannot be read at all is one problem without a row.
pub fn plan_students(bytes: &[u8]) -> ImportPlan {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    let refused = |message: String| ImportPlan {
        problems: vec![file_problem(message)],
        ..ImportPlan::default()
    };
    if let Err(err) = std::str::from_utf8(bytes) {
        let line = 1 + bytes[..err.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        return refused(format!(
            "The file is not UTF-8 text (line {line}). Save it as \"CSV UTF-8\" and upload it again."
        ));
    }
    if bytes.iter().all(|byte| byte.is_ascii_whitespace()) {
        return refused("The file is empty: it needs a header row and a row per student.".into());
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(err)) => return refused(format!("The header row cannot be read: {err}.")),
        None => return refused("The file is empty.".into()),
    };
    let columns = match Columns::of(&header) {
        Ok(columns) => columns,
        Err(message) => return refused(message),
    };
    let mut plan = ImportPlan {
        ignored_columns: columns.ignored.clone(),
        ..ImportPlan::default()
    };
    let mut emails: HashMap<String, usize> = HashMap::new();
    for (index, record) in records.enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) if record.iter().all(|cell| cell.trim().is_empty()) => continue,
            Ok(record) => record,
            Err(err) => {
                plan.problems.push(Problem {
                    row: Some(row),
                    column: None,
                    message: format!("This row cannot be read: {err}."),
                });
                plan.data_rows += 1;
                continue;
            }
        };
        plan.data_rows += 1;
        if plan.data_rows > MAX_IMPORT_ROWS {
            return refused(format!(
                "The file has more than {} rows: split it into smaller files.",
                crate::format::group_digits(MAX_IMPORT_ROWS as u64)
            ));
        }
        // Fewer cells are blank ones (some programs drop trailing empty cells); more
        // cannot be placed.
        if record.len() > header.len() {
            plan.problems.push(Problem {
                row: Some(row),
                column: None,
                message: format!(
                    "This row has {} cells; the header has {}.",
                    record.len(),
                    header.len()
                ),
            });
            continue;
        }
        let form = columns.form(&record);
        match form.parse() {
            Ok(student) => match emails.get(&student.email.key()) {
                Some(first) => plan.problems.push(Problem {
                    row: Some(row),
                    column: Some("Email".into()),
                    message: format!("The same email as row {first}: each student once."),
                }),
                None => {
                    emails.insert(student.email.key(), row);
                    plan.rows.push(ImportRow { row, student });
                }
            },
            Err(errors) => {
                for (field, message) in errors.iter() {
                    plan.problems.push(Problem {
                        row: Some(row),
                        column: Some(label_of(field).into()),
                        message: message.into(),
                    });
                }
            }
        }
    }
    if plan.data_rows == 0 {
        return refused("The file has a header row but no students.".into());
    }
    plan
}

fn label_of(field: &str) -> &'static str {
    READ_COLUMNS
        .iter()
        .find(|(name, _, _)| *name == field)
        .map_or("", |(_, _, label)| label)
}

/// Where each student field is in a file's rows.
struct Columns {
    /// The cell index of each of `READ_COLUMNS`, when present.
    at: [Option<usize>; 5],
    ignored: Vec<String>,
}

impl Columns {
    fn of(header: &csv::StringRecord) -> Result<Self, String> {
        let mut at = [None; 5];
        let (mut ignored, mut unknown) = (Vec::new(), Vec::new());
        for (index, name) in header.iter().enumerate() {
            let key = normalised(name);
            if let Some(column) = READ_COLUMNS
                .iter()
                .position(|(_, names, _)| names.contains(&key.as_str()))
            {
                if at[column].is_some() {
                    return Err(format!("The column \"{}\" appears twice.", name.trim()));
                }
                at[column] = Some(index);
            } else if IGNORED_COLUMNS.contains(&key.as_str()) {
                ignored.push(name.trim().to_owned());
            } else {
                unknown.push(format!("\"{}\"", name.trim()));
            }
        }
        if !unknown.is_empty() {
            return Err(format!(
                "Unknown {} {}. The columns are first name, last name, email, age and bio \
                 (the export's id, joined and enrollments may stay).",
                if unknown.len() == 1 {
                    "column"
                } else {
                    "columns"
                },
                crate::format::list(&unknown)
            ));
        }
        let missing: Vec<&str> = READ_COLUMNS
            .iter()
            .zip(at)
            .filter(|((field, _, _), at)| {
                at.is_none() && matches!(*field, "firstname" | "lastname" | "email")
            })
            .map(|((_, _, label), _)| *label)
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "The header row has no {} column. The first row must name the columns.",
                crate::format::list(&missing)
            ));
        }
        Ok(Self { at, ignored })
    }

    fn form(&self, record: &csv::StringRecord) -> StudentForm {
        let cell = |column: usize| {
            self.at[column]
                .and_then(|index| record.get(index))
                .map(|value| restored(value).to_owned())
                .unwrap_or_default()
        };
        StudentForm {
            firstname: cell(0),
            lastname: cell(1),
            email: cell(2),
            age: cell(3),
            bio: cell(4),
        }
    }
}

/// A header name compared ignoring case, spaces, `_` and `-`.
fn normalised(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(text: &str) -> ImportPlan {
        plan_students(text.as_bytes())
    }

    #[test]
    fn columns_in_any_order_with_loose_names_windows_lines_quotes_and_a_bom() {
        let file = "\u{FEFF}E-mail, Last Name ,FIRST_NAME,Bio\r\nada@example.com,Lovelace,Ada,\"Maths, and\r\nmore\"\r\ngrace@example.com,Hopper,Grace,\r\n";
        let plan = plan(file);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        assert_eq!(plan.rows.len(), 2);
        let ada = &plan.rows[0].student;
        assert_eq!(
            (ada.firstname.as_str(), ada.lastname.as_str()),
            ("Ada", "Lovelace")
        );
        assert_eq!(
            ada.bio.as_ref().map(|bio| bio.as_str()),
            Some("Maths, and\nmore")
        );
        assert_eq!(
            plan.rows[1].row, 3,
            "rows are numbered as a spreadsheet shows them"
        );
    }

    #[test]
    fn every_bad_row_is_reported_with_its_row_and_column() {
        let file = "firstname,lastname,email,age\nAda,Lovelace,ada@example.com,36\n,Hopper,not-an-email,200\nAda,King,ADA@example.com,\nAlan,Turing,alan@example.com,1,extra\nEdsger,Dijkstra,ewd@example.com\n";
        let plan = plan(file);
        assert_eq!(plan.rows.len(), 2, "a short row's missing cells are blank");
        assert_eq!(plan.data_rows, 5);
        let found: Vec<(Option<usize>, Option<&str>)> = plan
            .problems
            .iter()
            .map(|problem| (problem.row, problem.column.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (Some(3), Some("First name")),
                (Some(3), Some("Email")),
                (Some(3), Some("Age")),
                (Some(4), Some("Email")),
                (Some(5), None),
            ]
        );
        assert_eq!(plan.problems[0].message, "First name is required.");
        assert!(plan.problems[3].message.contains("row 2"));
        assert_eq!(plan.rows_with_problems(), 3);
    }

    #[test]
    fn unreadable_files_are_one_problem_each() {
        for (file, expected) in [
            (&b""[..], "empty"),
            (b"   \r\n", "empty"),
            (b"firstname,lastname,email\n", "no students"),
            (b"name,email\nAda,ada@example.com\n", "Unknown column"),
            (b"firstname,email,Email\n", "appears twice"),
            (
                b"firstname,email\nAda,ada@example.com\n",
                "no Last name column",
            ),
            (
                b"firstname,lastname,email\nAd\xe9,L,a@example.com\n",
                "not UTF-8 text (line 2)",
            ),
        ] {
            let plan = plan_students(file);
            assert_eq!(plan.problems.len(), 1, "{file:?}");
            assert!(
                plan.problems[0].message.contains(expected),
                "{file:?}: {:?}",
                plan.problems
            );
            assert!(plan.rows.is_empty());
        }
    }

    #[test]
    fn the_export_reads_back() {
        let file = "id,firstname,lastname,email,age,bio,joined,enrollments\n7,'=Ada,Lovelace,ada@example.com,,,2026-01-01T00:00:00Z,2\n";
        let plan = plan(file);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        assert_eq!(plan.rows[0].student.firstname.as_str(), "=Ada");
        assert_eq!(plan.ignored_columns, ["id", "joined", "enrollments"]);
    }

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for formula in [
            "=1+1",
            "+31 6",
            "-2",
            "@SUM(A1)",
            "\tx",
            "=HYPERLINK(\"x\")",
        ] {
            let cell = neutralised(formula);
            assert!(cell.starts_with('\''), "{formula}");
            assert_eq!(restored(&cell), formula);
        }
        assert_eq!(neutralised("Ada"), "Ada");
        assert_eq!(
            restored("'quoted"),
            "'quoted",
            "a quote of the person's own stays"
        );
    }
}
