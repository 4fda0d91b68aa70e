//! `students import FILE`: the web import from the command line, with a progress bar and
//! the same report — every problem with its row and column — and the same rules. The good
//! rows are added in one transaction (`--dry-run` only reports); the rest are listed.

use crate::db::DbPool;
use crate::db::students::batches::{self, BatchDone};
use crate::db::students::{SaveError, taken_emails};
use crate::domain::import::{ImportPlan, plan_students};
use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;

/// What an import did: the plan (rows added, problems of the others) and the batch.
pub struct Report {
    pub plan: ImportPlan,
    pub done: Option<BatchDone>,
}

impl Report {
    /// The lines printed after the import: the problems, then the totals.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .plan
            .problems
            .iter()
            .map(|problem| match (problem.row, &problem.column) {
                (Some(row), Some(column)) => format!("row {row}, {column}: {}", problem.message),
                (Some(row), None) => format!("row {row}: {}", problem.message),
                (None, _) => problem.message.clone(),
            })
            .collect();
        let added = self.done.map_or(0, |done| done.students);
        lines.push(format!(
            "{added} added, {} rows with problems left out",
            self.plan.rows_with_problems()
        ));
        lines
    }
}

pub fn run(pool: &DbPool, path: &Path, dry_run: bool) -> anyhow::Result<Report> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut plan = plan_students(&bytes);
    if plan.rows.is_empty()
        && let Some(problem) = plan.problems.iter().find(|problem| problem.row.is_none())
    {
        bail!("{}: {}", path.display(), problem.message);
    }
    let mut conn = pool.get()?;
    let keys: Vec<String> = plan
        .rows
        .iter()
        .map(|row| row.student.email.key())
        .collect();
    plan.refuse_taken(&taken_emails(&mut conn, &keys)?);
    if dry_run || plan.rows.is_empty() {
        return Ok(Report { plan, done: None });
    }
    let bar = ProgressBar::new(plan.rows.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} students ({eta} left)")
            .context("the progress bar's template")?,
    );
    let students: Vec<_> = plan.rows.iter().map(|row| row.student.clone()).collect();
    let done = batches::import(&mut conn, &students, None, &|n| bar.inc(n as u64))
        .context("importing the students")?;
    bar.finish_and_clear();
    match done {
        Ok(done) => Ok(Report {
            plan,
            done: Some(done),
        }),
        Err(SaveError::Refused(refusal)) => bail!("nothing imported: {}", refusal.message()),
        Err(SaveError::NotFound | SaveError::Conflict(_) | SaveError::Invalid(_)) => {
            bail!("nothing imported: the import was refused")
        }
    }
}
