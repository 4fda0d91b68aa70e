//! The CSV import's pages: the upload form (with what went wrong with the file at its
//! field) and the preview — how many rows will be added, every problem with its row and
//! column, and the first rows as they will be stored — before anything is written.

use super::Layout;
use crate::db::imports::Plan;
use crate::domain::import::{ImportKind, ImportPlan, Problem};
use crate::domain::{FieldErrors, ReturnTo, StudentField};
use crate::format::Moment;
use crate::i18n::{Arg, Message};
use askama::Template;

/// How many problems the preview lists (the count says how many there are in all).
const PROBLEMS_SHOWN: usize = 1_000;

/// How many of the rows to add the preview shows.
const ROWS_SHOWN: usize = 20;

#[derive(Template)]
#[template(path = "students/import.html")]
pub struct UploadPage {
    pub layout: Layout,
    /// What was wrong with the file sent, at the file field.
    pub errors: FieldErrors,
    pub back: ReturnTo,
    pub kind: ImportKind,
    /// The largest file, in megabytes.
    limit: usize,
}

impl UploadPage {
    pub fn new(layout: Layout, back: ReturnTo, kind: ImportKind, errors: FieldErrors) -> Self {
        Self {
            layout,
            errors,
            back,
            kind,
            limit: crate::upload::UPLOAD_LIMIT_BYTES / (1024 * 1024),
        }
    }

    fn action(&self) -> String {
        self.back.on("/import/")
    }

    fn is_enrollments(&self) -> bool {
        self.kind == ImportKind::Enrollments
    }
}

#[derive(Template)]
#[template(path = "students/import_preview.html")]
pub struct PreviewPage {
    layout: Layout,
    upload_id: i64,
    filename: String,
    uploaded_at: Moment,
    kind: ImportKind,
    added: usize,
    rows_with_problems: usize,
    /// The first `PROBLEMS_SHOWN` problems, of `problems_total`.
    problems: Vec<Problem>,
    problems_total: usize,
    ignored_columns: Vec<String>,
    /// The message ids of the sample's column headers.
    headers: [&'static str; 3],
    sample: Vec<(usize, [String; 3])>,
    back: ReturnTo,
}

impl PreviewPage {
    pub fn new(layout: Layout, upload: (i64, String, Moment), plan: Plan, back: ReturnTo) -> Self {
        let (upload_id, filename, uploaded_at) = upload;
        let page = |kind, headers, sample| Self {
            layout,
            upload_id,
            filename,
            uploaded_at,
            kind,
            added: 0,
            rows_with_problems: 0,
            problems: Vec::new(),
            problems_total: 0,
            ignored_columns: Vec::new(),
            headers,
            sample,
            back,
        };
        match plan {
            Plan::Students(plan) => {
                let sample = sample_of(&plan, |student| {
                    [
                        student.full_name(),
                        student.email().to_owned(),
                        student
                            .number(StudentField::Age)
                            .map(|age| age.to_string())
                            .unwrap_or_default(),
                    ]
                });
                page(
                    ImportKind::Students,
                    ["column-name", "field-email", "field-age"],
                    sample,
                )
                .with(plan)
            }
            Plan::Enrollments(plan) => {
                let sample = sample_of(&plan, |line| {
                    [
                        line.email_key.clone(),
                        line.code.clone(),
                        line.grade.clone().unwrap_or_default(),
                    ]
                });
                page(
                    ImportKind::Enrollments,
                    ["course-student", "field-course", "field-grade"],
                    sample,
                )
                .with(plan)
            }
        }
    }

    fn with<R>(self, plan: ImportPlan<R>) -> Self {
        let rows_with_problems = plan.rows_with_problems();
        let problems_total = plan.problems.len();
        let mut problems = plan.problems;
        problems.truncate(PROBLEMS_SHOWN);
        Self {
            added: plan.rows.len(),
            rows_with_problems,
            problems,
            problems_total,
            ignored_columns: plan.ignored_columns,
            ..self
        }
    }

    /// "3 students will be added; 2 rows have problems and will be left out."
    fn summary(&self) -> Message {
        Message::new("import-summary")
            .with("added", self.added)
            .with("what", self.kind.count(self.added))
            .with("problems", self.rows_with_problems)
    }

    fn more_problems(&self) -> usize {
        self.problems_total - self.problems.len()
    }

    fn confirm_action(&self) -> String {
        self.back
            .on(&format!("/import/{}/confirm/", self.upload_id))
    }

    fn cancel_action(&self) -> String {
        self.back.on(&format!("/import/{}/cancel/", self.upload_id))
    }

    /// "To be added (the first 20)".
    fn to_add_heading(&self) -> Message {
        let more = if self.added > self.sample.len() {
            "yes"
        } else {
            "no"
        };
        Message::new("import-to-add")
            .with("shown", self.sample.len())
            .with("more", more)
    }

    fn add_label(&self) -> Message {
        Message::new("import-add").with("what", self.kind.count(self.added))
    }

    fn ignored(&self) -> Message {
        Message::new("import-not-read").with(
            "columns",
            Arg::list(self.ignored_columns.iter().map(String::as_str)),
        )
    }
}

fn sample_of<R>(
    plan: &ImportPlan<R>,
    cells: impl Fn(&R) -> [String; 3],
) -> Vec<(usize, [String; 3])> {
    plan.rows
        .iter()
        .take(ROWS_SHOWN)
        .map(|planned| (planned.row, cells(&planned.value)))
        .collect()
}
