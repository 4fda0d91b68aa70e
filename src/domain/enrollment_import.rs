//! Enrollments from a CSV file: a student (by email) in a course (by code), with an
//! optional grade; the enrollment export's own columns read back. Each value is checked by
//! the rules of the forms that take it; whether the student and course exist, and the
//! enrollment does not yet, is the database's to say (`refuse_unknown`).

use super::course::{parse_code, parse_grade};
use super::import::{Column, ImportPlan, Problem, plan};
use super::refusal::Refusal;
use super::student::Email;
use std::collections::{HashMap, HashSet};

const COLUMNS: [Column; 3] = [
    Column {
        field: "email",
        names: &["email", "emailaddress", "mail", "student", "studentemail"],
        label: "Email",
        required: true,
    },
    Column {
        field: "course",
        names: &["course", "coursecode", "code"],
        label: "Course",
        required: true,
    },
    Column {
        field: "grade",
        names: &["grade", "status"],
        label: "Grade",
        required: false,
    },
];

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

pub const UNKNOWN_STUDENT: &str = "No student has this email.";
pub const UNKNOWN_COURSE: &str = "No course has this code.";

pub fn plan_enrollments(bytes: &[u8]) -> EnrollmentPlan {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    plan(bytes, &COLUMNS, &IGNORED, |row, cells| {
        let mut problems = Vec::new();
        let email = Email::parse(&cells[0])
            .map_err(|message| problems.push(Problem::at(row, Some("Email"), message)))
            .ok();
        let code = parse_code(&cells[1])
            .map_err(|message| {
                problems.push(Problem::at(
                    row,
                    Some("Course"),
                    message.replace("Code", "Course code"),
                ))
            })
            .ok();
        let grade = parse_grade(&cells[2])
            .map_err(|message| problems.push(Problem::at(row, Some("Grade"), message)))
            .ok();
        let (Some(email), Some(code), Some(grade)) = (email, code, grade) else {
            return Err(problems);
        };
        let key = (email.key(), code);
        if let Some(first) = seen.get(&key) {
            return Err(vec![Problem::at(
                row,
                Some("Course"),
                format!("The same student and course as row {first}."),
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
    plan.refuse("Email", |line| {
        (!known.students.contains_key(&line.email_key)).then(|| UNKNOWN_STUDENT.to_owned())
    });
    plan.refuse("Course", |line| {
        let course = known.courses.get(&line.code)?;
        let student = known.students.get(&line.email_key)?;
        known
            .enrolled
            .contains(&(*student, *course))
            .then(|| Refusal::AlreadyEnrolled.message().to_owned())
    });
    plan.refuse("Course", |line| {
        (!known.courses.contains_key(&line.code)).then(|| UNKNOWN_COURSE.to_owned())
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
                (Some(3), Some("Course".into())),
                (Some(4), Some("Email".into())),
                (Some(4), Some("Course".into())),
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
        let messages: Vec<&str> = plan.problems.iter().map(|p| p.message.as_str()).collect();
        assert!(messages.contains(&UNKNOWN_STUDENT), "{messages:?}");
        assert!(messages.contains(&UNKNOWN_COURSE));
        assert!(messages.contains(&Refusal::AlreadyEnrolled.message()));
    }
}
