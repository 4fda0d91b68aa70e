//! `students import FILE`: the web import from the command line, with a progress bar and
//! the same report — every problem with its row and column — and the same rules. The good
//! rows are added in one transaction (`--dry-run` only reports); the rest are listed.

use crate::db::DbPool;
use crate::db::imports::{self, Imported};
use crate::db::students::SaveError;
use crate::db::students::batches::BatchDone;
use crate::domain::import::{ImportKind, Problem};
use crate::domain::student_import::StudentPlan;
use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;

/// What an import did: the plan (rows added, problems of the others) and the batch.
pub struct Report {
    pub plan: StudentPlan,
    pub done: Option<BatchDone>,
}

impl Report {
    /// The lines printed after the import: the problems, then the totals.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.plan.problems.iter().map(line_of).collect();
        let added = self.done.map_or(0, |done| done.students);
        lines.push(format!(
            "{added} added, {} rows with problems left out",
            self.plan.rows_with_problems()
        ));
        lines
    }
}

/// "row 3, Age: Age must be between 0 and 150."
fn line_of(problem: &Problem) -> String {
    match (problem.row, &problem.column) {
        (Some(row), Some(column)) => {
            format!("row {row}, {column}: {}", problem.message)
        }
        (Some(row), None) => format!("row {row}: {}", problem.message),
        (None, _) => problem.message.to_string(),
    }
}

pub fn run(pool: &DbPool, path: &Path, dry_run: bool) -> anyhow::Result<Report> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut conn = pool.get()?;
    let plan = imports::students_plan(&mut conn, &bytes).context("checking the file")?;
    if let Some(problem) = plan.file_problem() {
        bail!("{}: {}", path.display(), problem.message);
    }
    if dry_run || plan.rows.is_empty() {
        return Ok(Report { plan, done: None });
    }
    let bar = ProgressBar::new(plan.rows.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} students ({eta} left)")
            .context("the progress bar's template")?,
    );
    let progress = |n: usize| bar.inc(n as u64);
    let done = imports::import(&mut conn, ImportKind::Students, &bytes, None, &progress)
        .context("importing the students")?;
    bar.finish_and_clear();
    match done {
        Ok(Imported::Students(done)) => Ok(Report {
            plan,
            done: Some(done),
        }),
        Ok(Imported::Enrollments(_)) => bail!("a students import wrote enrollments"),
        Err(SaveError::Refused(refusal)) => bail!("nothing imported: {}", refusal.message()),
        Err(SaveError::NotFound | SaveError::Conflict(_) | SaveError::Invalid(_)) => {
            bail!("nothing imported: the import was refused")
        }
    }
}
