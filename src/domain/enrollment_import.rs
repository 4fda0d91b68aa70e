//! Enrollments from a CSV file: a student (by email) in a course (by code), with an
//! optional grade; the enrollment export's own columns read back. Each value is checked by
//! the rules of the forms that take it; whether the student and course exist, and the
//! enrollment does not yet, is the database's to say (`refuse_unknown`).

use super::course::{parse_code, parse_grade};
use super::import::{Column, ImportPlan, Problem, plan};
use super::person::Email;
use super::refusal::Refusal;
use crate::i18n::Message;
use std::collections::{HashMap, HashSet};

fn columns() -> [Column; 3] {
    [
        Column::fixed(
            "email",
            &["email", "emailaddress", "mail", "student", "studentemail"],
            "field-email",
            true,
        ),
        Column::fixed(
            "course",
            &["course", "coursecode", "code"],
            "field-course",
            true,
        ),
        Column::fixed("grade", &["grade", "status"], "field-grade", false),
    ]
}

/// The enrollment export's other columns.
const IGNORED: [&str; 5] = ["title", "studentid", "firstname", "lastname", "enrolled"];

/// An enrollment as a file names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrollmentLine {
    /// The student's email, case folded.
    pub email_key: String,
    /// The course code, in capitals as stored.
    pub code: String,
    pub grade: Option<String>,
}

pub type EnrollmentPlan = ImportPlan<EnrollmentLine>;

/// What the database answers about a file's students and courses.
pub struct Known {
    pub students: HashMap<String, i64>,
    pub courses: HashMap<String, i64>,
    /// (student, course) pairs enrolled already.
    pub enrolled: HashSet<(i64, i64)>,
}

pub const UNKNOWN_STUDENT: Message = Message::new("import-unknown-student");
pub const UNKNOWN_COURSE: Message = Message::new("import-unknown-course");

pub fn plan_enrollments(bytes: &[u8]) -> EnrollmentPlan {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    plan(bytes, &columns(), &IGNORED, |row, cells| {
        let mut problems = Vec::new();
        let email = Email::parse(&cells[0])
            .map_err(|message| {
                problems.push(Problem::at(row, Some(Message::new("field-email")), message))
            })
            .ok();
        let code = parse_code("field-course-code", &cells[1])
            .map_err(|message| {
                problems.push(Problem::at(
                    row,
                    Some(Message::new("field-course")),
                    message,
                ))
            })
            .ok();
        let grade = parse_grade(&cells[2])
            .map_err(|message| {
                problems.push(Problem::at(row, Some(Message::new("field-grade")), message))
            })
            .ok();
        let (Some(email), Some(code), Some(grade)) = (email, code, grade) else {
            return Err(problems);
        };
        let key = (email.key(), code);
        if let Some(first) = seen.get(&key) {
            return Err(vec![Problem::at(
                row,
                Some(Message::new("field-course")),
                Message::new("import-same-enrollment").with("row", *first),
            )]);
        }
        seen.insert(key.clone(), row);
        Ok(EnrollmentLine {
            email_key: key.0,
            code: key.1,
            grade,
        })
    })
}

/// Moves the rows naming a student or course that does not exist, or an enrollment that
/// does, to the problems.
pub fn refuse_unknown(plan: &mut EnrollmentPlan, known: &Known) {
    plan.refuse(&Message::new("field-email"), |line| {
        (!known.students.contains_key(&line.email_key)).then_some(UNKNOWN_STUDENT)
    });
    plan.refuse(&Message::new("field-course"), |line| {
        let course = known.courses.get(&line.code)?;
        let student = known.students.get(&line.email_key)?;
        known
            .enrolled
            .contains(&(*student, *course))
            .then(|| Refusal::AlreadyEnrolled.message())
    });
    plan.refuse(&Message::new("field-course"), |line| {
        (!known.courses.contains_key(&line.code)).then_some(UNKNOWN_COURSE)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_name_a_student_and_a_course_and_repeats_are_refused() {
        let file = "Course,Email,Grade\nbio-101,ADA@example.com,A\nBIO-101,ada@example.com,\nX,nobody,\nchem-1,alan@example.com,\nbio-101,grace@example.com,\n";
        let mut plan = plan_enrollments(file.as_bytes());
        assert_eq!(plan.rows.len(), 3);
        assert_eq!(plan.rows[0].value.code, "BIO-101");
        assert_eq!(plan.rows[0].value.email_key, "ada@example.com");
        let rows: Vec<_> = plan
            .problems
            .iter()
            .map(|p| (p.row, p.column.clone()))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(3), Some(Message::new("field-course"))),
                (Some(4), Some(Message::new("field-email"))),
                (Some(4), Some(Message::new("field-course"))),
            ]
        );
        let known = Known {
            students: [
                ("ada@example.com".to_owned(), 1),
                ("alan@example.com".to_owned(), 2),
            ]
            .into(),
            courses: [("BIO-101".to_owned(), 10)].into(),
            enrolled: [(1, 10)].into(),
        };
        refuse_unknown(&mut plan, &known);
        assert!(plan.rows.is_empty());
        let messages: Vec<&Message> = plan.problems.iter().map(|p| &p.message).collect();
        assert!(messages.contains(&&UNKNOWN_STUDENT), "{messages:?}");
        assert!(messages.contains(&&UNKNOWN_COURSE));
        assert!(messages.contains(&&Refusal::AlreadyEnrolled.message()));
    }
}
