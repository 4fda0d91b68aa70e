//! Students from a CSV file: the columns the export writes and the import reads, and each
//! row checked by the student form's own rules and messages, with duplicates within the
//! file for every unique field. Values other students have are the database's to say
//! (`refuse_taken`).

use super::import::{Column, ImportPlan, Problem, plan};
use super::record::{FieldDef, Record, normalized};
use super::refusal::{Refusal, TakenField};
use super::student::{StudentForm, ValidStudent};
use crate::i18n::Message;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// The student export's columns, in order: the id, the record's fields, when the
/// student joined and how many courses they take. The import reads the record's fields
/// from them and accepts the others (`IGNORED`) without reading them.
pub fn student_columns(record: &Record) -> Vec<&str> {
    let fields = record.fields().map(FieldDef::key);
    ["id"]
        .into_iter()
        .chain(fields)
        .chain(["joined", "enrollments"])
        .collect()
}

/// The column of the field `def`: known by its import names, its key and (a school's
/// field) its label in every language.
fn column(def: &FieldDef) -> Column {
    let mut names: Vec<String> = def
        .import_names
        .iter()
        .map(|name| normalized(name))
        .collect();
    names.push(normalized(def.key()));
    names.extend(def.label.given_texts().map(normalized));
    Column {
        field: def.key.clone(),
        names,
        label: def.label.clone(),
        required: def.required,
    }
}

/// The export's other columns: a student's id and joining date are the app's to give.
const IGNORED: [&str; 3] = ["id", "joined", "enrollments"];

pub type StudentPlan = ImportPlan<ValidStudent>;

/// The students a file would add by the fields of `record`, and the problems of its
/// other rows.
pub fn plan_students(record: &Record, bytes: &[u8]) -> StudentPlan {
    // The first row of the file holding each unique field's values (their keys).
    let mut first: HashMap<(Cow<'static, str>, String), usize> = HashMap::new();
    let columns: Vec<Column> = record.fields().map(column).collect();
    plan(bytes, &columns, &IGNORED, |row, cells| {
        let mut form = StudentForm::default();
        for (column, cell) in columns.iter().zip(cells) {
            form.set(&column.field, cell);
        }
        let student = form.parse(record).map_err(|errors| {
            errors
                .iter()
                .map(|(field, message)| {
                    let label = record.label_of(field);
                    Problem::at(row, Some(label), message.clone())
                })
                .collect::<Vec<_>>()
        })?;
        let mut problems = Vec::new();
        for def in record.unique() {
            let Some(key) = student.key_of(def.key()) else {
                continue;
            };
            match first.get(&(def.key.clone(), key.clone())) {
                Some(earlier) => {
                    let same = def.unique.map_or("", |unique| unique.same_in_file);
                    let message = Message::new(same)
                        .with("row", *earlier)
                        .with("field", def.label.clone());
                    problems.push(Problem::at(row, Some(def.label.clone()), message));
                }
                None => {
                    first.insert((def.key.clone(), key), row);
                }
            }
        }
        if problems.is_empty() {
            Ok(student)
        } else {
            Err(problems)
        }
    })
}

/// Moves the rows whose value of the unique field `def` (its key) is among `taken` to
/// the problems.
pub fn refuse_taken(plan: &mut StudentPlan, def: &FieldDef, taken: &[String]) {
    let taken: HashSet<&str> = taken.iter().map(String::as_str).collect();
    let refusal = Refusal::StudentTaken(TakenField::of(def));
    plan.refuse(&def.label, |student| {
        student
            .key_of(def.key())
            .filter(|key| taken.contains(key.as_str()))
            .map(|_| refusal.message())
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StudentField;

    fn plan(text: &str) -> StudentPlan {
        plan_students(&Record::builtin(), text.as_bytes())
    }

    #[test]
    fn columns_in_any_order_with_loose_names_windows_lines_quotes_and_a_bom() {
        let file = "\u{FEFF}E-mail, Last Name ,FIRST_NAME,Bio\r\nada@example.com,Lovelace,Ada,\"Maths, and\r\nmore\"\r\ngrace@example.com,Hopper,Grace,\r\n";
        let plan = plan(file);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        assert_eq!(plan.rows.len(), 2);
        let ada = &plan.rows[0].value;
        assert_eq!(ada.full_name(), "Ada Lovelace");
        assert_eq!(ada.text(StudentField::Bio), Some("Maths, and\nmore"));
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
        let found: Vec<(Option<usize>, Option<Message>)> = plan
            .problems
            .iter()
            .map(|problem| (problem.row, problem.column.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (Some(3), Some(Message::new("field-firstname"))),
                (Some(3), Some(Message::new("field-email"))),
                (Some(3), Some(Message::new("field-age"))),
                (Some(4), Some(Message::new("field-email"))),
                (Some(5), None),
            ]
        );
        assert_eq!(
            plan.problems[0].message.to_string(),
            "First name is required."
        );
        assert!(plan.problems[3].message.to_string().contains("row 2"));
        assert_eq!(plan.rows_with_problems(), 3);
    }

    #[test]
    fn unreadable_files_are_one_problem_each() {
        for (file, expected) in [
            (&b""[..], "empty"),
            (b"   \r\n", "empty"),
            (b"firstname,lastname,email\n", "no rows"),
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
            let plan = plan_students(&Record::builtin(), file);
            assert_eq!(plan.problems.len(), 1, "{file:?}");
            assert!(
                plan.problems[0].message.to_string().contains(expected),
                "{file:?}: {:?}",
                plan.problems
            );
            assert!(plan.rows.is_empty());
        }
    }

    #[test]
    fn the_export_reads_back_and_taken_emails_are_refused() {
        let file = "id,firstname,lastname,email,age,bio,joined,enrollments\n7,'=Ada,Lovelace,ada@example.com,,,2026-01-01T00:00:00Z,2\n8,Alan,Turing,ALAN@example.com,,,,\n";
        let mut plan = plan(file);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        assert_eq!(
            plan.rows[0].value.text(StudentField::Firstname),
            Some("=Ada")
        );
        assert_eq!(plan.ignored_columns, ["id", "joined", "enrollments"]);
        refuse_taken(
            &mut plan,
            StudentField::Email.def(),
            &["alan@example.com".to_owned()],
        );
        assert_eq!(plan.rows.len(), 1);
        assert_eq!(plan.problems[0].row, Some(3));
    }
}
