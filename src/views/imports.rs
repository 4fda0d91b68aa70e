//! The CSV import's pages: the upload form (with what went wrong with the file at its
//! field) and the preview — how many students will be added, every problem with its row
//! and column, and the first rows as they will be stored — before anything is written.

use super::Layout;
use crate::domain::import::{ImportPlan, Problem};
use crate::domain::student::ValidStudent;
use crate::domain::{FieldErrors, ReturnTo};
use crate::format::{self, Moment};
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
    pub limit: String,
}

impl UploadPage {
    pub fn new(layout: Layout, back: ReturnTo, errors: FieldErrors) -> Self {
        Self {
            layout,
            errors,
            back,
            limit: format!("{} MB", crate::upload::UPLOAD_LIMIT_BYTES / (1024 * 1024)),
        }
    }

    fn action(&self) -> String {
        self.back.on("/import/")
    }
}

#[derive(Template)]
#[template(path = "students/import_preview.html")]
pub struct PreviewPage {
    pub layout: Layout,
    pub upload_id: i64,
    pub filename: String,
    pub uploaded_at: Moment,
    pub plan: ImportPlan,
    pub back: ReturnTo,
}

impl PreviewPage {
    /// "3 students will be added; 2 rows have problems and will be left out."
    fn summary(&self) -> String {
        let added = self.plan.rows.len();
        let will = match added {
            0 => "No student will be added".to_owned(),
            1 => "1 student will be added".to_owned(),
            n => format!("{} students will be added", format::group_digits(n as u64)),
        };
        match self.plan.rows_with_problems() {
            0 => format!("{will}."),
            1 => format!("{will}; 1 row has problems and will be left out."),
            n => format!(
                "{will}; {} rows have problems and will be left out.",
                format::group_digits(n as u64)
            ),
        }
    }

    fn problems(&self) -> &[Problem] {
        &self.plan.problems[..self.plan.problems.len().min(PROBLEMS_SHOWN)]
    }

    fn more_problems(&self) -> usize {
        self.plan.problems.len().saturating_sub(PROBLEMS_SHOWN)
    }

    fn sample(&self) -> Vec<(usize, &ValidStudent)> {
        self.plan
            .rows
            .iter()
            .take(ROWS_SHOWN)
            .map(|row| (row.row, &row.student))
            .collect()
    }

    fn confirm_action(&self) -> String {
        self.back
            .on(&format!("/import/{}/confirm/", self.upload_id))
    }

    fn cancel_action(&self) -> String {
        self.back.on(&format!("/import/{}/cancel/", self.upload_id))
    }

    fn add_label(&self) -> String {
        format!("Add {}", format::students(self.plan.rows.len()))
    }

    fn ignored(&self) -> String {
        format::list(&self.plan.ignored_columns)
    }
}
