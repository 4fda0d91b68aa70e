//! A course as submitted (`CourseForm`) and accepted (`ValidCourse`), and an enrollment
//! request (`EnrollmentForm` → `ValidEnrollment`).

use super::fields::{
    FieldErrors, about, at_most, at_most_as_sent, optional_long_text, parse_sent,
    reject_control_chars, reject_format_controls, required_text,
};
use super::listing::MAX_SEARCH_CHARS;
use crate::i18n::Message;
use serde::Deserialize;

pub const CODE_MAX_CHARS: usize = 20;
pub const TITLE_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;
pub const GRADE_MAX_CHARS: usize = 20;

/// The course form exactly as submitted (every field a string; missing reads as blank).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CourseForm {
    pub code: String,
    pub title: String,
    pub description: String,
}

/// A course that passed every rule. The code is upper-cased ("bio-101" is "BIO-101"), so
/// codes are unique ignoring case with a plain unique index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCourse {
    pub code: String,
    pub title: String,
    pub description: Option<String>,
}

impl ValidCourse {
    /// What a course search looks in: "code title", case folded.
    pub fn search_text(&self) -> String {
        format!("{} {}", self.code, self.title).to_lowercase()
    }
}

/// A course code, its messages naming the field `label` ("Code", or "Course code" in an
/// enrollment import).
pub(super) fn parse_code(label: &'static str, raw: &str) -> Result<String, Message> {
    let code = required_text(label, raw, CODE_MAX_CHARS)?.to_uppercase();
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | ' ');
    if code.chars().count() < 2
        || !code.chars().all(allowed)
        || !code.starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return Err(about(label, "error-course-code"));
    }
    Ok(code)
}

impl CourseForm {
    /// `parse`, for a JSON body: each value also at most its length as sent.
    pub fn parse_sent(&self) -> Result<ValidCourse, FieldErrors> {
        parse_sent(
            [
                ("code", "field-code", self.code.as_str(), CODE_MAX_CHARS),
                ("title", "field-title", &self.title, TITLE_MAX_CHARS),
                (
                    "description",
                    "field-description",
                    &self.description,
                    DESCRIPTION_MAX_CHARS,
                ),
            ],
            self.parse(),
        )
    }

    pub fn parse(&self) -> Result<ValidCourse, FieldErrors> {
        let mut errors = FieldErrors::default();
        let code = errors.check("code", parse_code("field-code", &self.code));
        let title = errors.check(
            "title",
            required_text("field-title", &self.title, TITLE_MAX_CHARS),
        );
        let description = errors.check(
            "description",
            optional_long_text(
                "field-description",
                &self.description,
                DESCRIPTION_MAX_CHARS,
            ),
        );
        match (code, title, description) {
            (Some(code), Some(title), Some(description)) => Ok(ValidCourse {
                code,
                title,
                description,
            }),
            _ => Err(errors),
        }
    }
}

/// Courses on one page of the index and of the API's list (schools have hundreds, not
/// millions: numbered pages are fine).
pub const COURSES_PER_PAGE: u32 = 25;

/// The course index's query string: search text and page number, read leniently like the
/// student index's (a bad value is its default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseQuery {
    pub search: Option<String>,
    pub page: u32,
}

impl CourseQuery {
    pub fn from_query(query: &str) -> Self {
        let pairs = crate::urlencoded::decode(query.as_bytes()).unwrap_or_default();
        let value = |name: &str| pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim());
        // As in the student search: no control characters reach the database.
        let search = value("q")
            .map(|q| {
                q.chars()
                    .filter(|c| !c.is_control())
                    .take(MAX_SEARCH_CHARS)
                    .collect::<String>()
            })
            .filter(|q| !q.is_empty());
        let page = value("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1)
            .max(1);
        Self { search, page }
    }
}

/// The "Enroll in…" form: which course, and an optional grade or status ("A", "Audit").
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct EnrollmentForm {
    pub course_id: String,
    pub grade: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidEnrollment {
    pub course_id: i64,
    pub grade: Option<String>,
}

impl EnrollmentForm {
    /// `parse`, for a JSON body: the grade also at most its length as sent.
    pub fn parse_sent(&self) -> Result<ValidEnrollment, FieldErrors> {
        let mut errors = FieldErrors::default();
        if errors
            .check(
                "grade",
                at_most_as_sent("field-grade", &self.grade, GRADE_MAX_CHARS),
            )
            .is_none()
        {
            return Err(errors);
        }
        self.parse()
    }

    pub fn parse(&self) -> Result<ValidEnrollment, FieldErrors> {
        let mut errors = FieldErrors::default();
        let course_id = errors.check(
            "course_id",
            self.course_id
                .trim()
                .parse::<i64>()
                .map_err(|_| Message::new("error-choose-course")),
        );
        let grade = errors.check("grade", parse_grade(&self.grade));
        match (course_id, grade) {
            (Some(course_id), Some(grade)) => Ok(ValidEnrollment { course_id, grade }),
            _ => Err(errors),
        }
    }
}

pub(super) fn parse_grade(raw: &str) -> Result<Option<String>, Message> {
    let grade = raw.trim();
    if grade.is_empty() {
        return Ok(None);
    }
    reject_control_chars("field-grade", grade)?;
    reject_format_controls("field-grade", grade)?;
    at_most("field-grade", grade, GRADE_MAX_CHARS)?;
    Ok(Some(grade.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_upper_cased_and_checked() {
        let course = CourseForm {
            code: " bio-101 ".into(),
            title: "Biology".into(),
            description: String::new(),
        }
        .parse()
        .unwrap();
        assert_eq!(course.code, "BIO-101");
        assert_eq!(course.search_text(), "bio-101 biology");
        for bad in ["", "B", "-BIO", "BIO/101", "BIO\u{0}1", &"A".repeat(21)] {
            let form = CourseForm {
                code: bad.into(),
                title: "T".into(),
                description: String::new(),
            };
            assert!(form.parse().unwrap_err().get("code").is_some(), "{bad:?}");
        }
    }

    #[test]
    fn course_queries_fall_back_to_defaults() {
        assert_eq!(
            CourseQuery::from_query("q=%20bio%00&page=3"),
            CourseQuery {
                search: Some("bio".into()),
                page: 3
            }
        );
        assert_eq!(
            CourseQuery::from_query("page=-1&q=%FF"),
            CourseQuery {
                search: None,
                page: 1
            }
        );
    }

    #[test]
    fn enrollments_need_a_course_and_take_an_optional_grade() {
        let ok = EnrollmentForm {
            course_id: "3".into(),
            grade: " A ".into(),
        };
        assert_eq!(
            ok.parse(),
            Ok(ValidEnrollment {
                course_id: 3,
                grade: Some("A".into())
            })
        );
        let errors = EnrollmentForm {
            course_id: "".into(),
            grade: "x".repeat(21),
        }
        .parse()
        .unwrap_err();
        assert_eq!(
            errors.get("course_id").map(ToString::to_string).as_deref(),
            Some("Choose a course.")
        );
        assert!(errors.get("grade").is_some());
    }
}
