//! `students seed`: the tutorial's three students plus any number of generated ones,
//! inserted in batches so that a hundred thousand take seconds.

use crate::db::students::{self as queries, NewStudentRow, SaveError};
use crate::db::{DbConnection, DbPool};
use crate::domain::{StudentForm, ValidStudent};
use chrono::{Duration, NaiveDateTime};
use diesel::Connection;
use diesel::connection::SimpleConnection;
use fake::Fake;
use fake::faker::name::en::{FirstName, LastName};
use indicatif::{ProgressBar, ProgressStyle};
use rand::RngExt;

/// Rows per INSERT statement (well under every backend's limit on bound parameters).
const BATCH_ROWS: usize = 1_000;
/// Rows per transaction.
const COMMIT_ROWS: usize = 100_000;

/// john, Sammy and Carl, exactly as the tutorial adds them in its Flask shell.
const TUTORIAL_STUDENTS: [(&str, &str, &str, i32, &str); 3] = [
    ("john", "doe", "jd@example.com", 23, "Biology student"),
    (
        "Sammy",
        "Shark",
        "sammyshark@example.com",
        20,
        "Marine biology student",
    ),
    (
        "Carl",
        "White",
        "carlwhite@example.com",
        22,
        "Marine geology student",
    ),
];

const SUBJECTS: [&str; 12] = [
    "Biology",
    "Chemistry",
    "History",
    "Mathematics",
    "Physics",
    "Economics",
    "Literature",
    "Computer science",
    "Marine geology",
    "Music",
    "Philosophy",
    "Art history",
];
const YEARS: [&str; 4] = ["First-year", "Second-year", "Third-year", "Final-year"];

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub tutorial_added: usize,
    pub generated: usize,
}

/// Adds the tutorial students (those whose email is free) and `count` generated ones.
pub fn run(pool: &DbPool, count: usize) -> anyhow::Result<SeedReport> {
    let mut conn = pool.get()?;
    #[allow(irrefutable_let_patterns)] // in a build with SQLite only
    if let DbConnection::Sqlite(sqlite) = &mut *conn {
        // A bulk load rewrites the same index pages over and over: keep them in memory
        // (256 MiB for this connection only) instead of spilling to disk between batches.
        sqlite.batch_execute("PRAGMA cache_size = -262144")?;
    }
    let mut report = SeedReport::default();
    for (firstname, lastname, email, age, bio) in TUTORIAL_STUDENTS {
        let form = StudentForm {
            firstname: firstname.into(),
            lastname: lastname.into(),
            email: email.into(),
            age: age.to_string(),
            bio: bio.into(),
        };
        let student = form
            .parse()
            .map_err(|errors| anyhow::anyhow!("tutorial student is invalid: {errors:?}"))?;
        match queries::create(&mut conn, &student)? {
            Ok(_) => report.tutorial_added += 1,
            Err(SaveError::EmailTaken | SaveError::NotFound) => {}
        }
    }

    // Number generated emails after the highest id so a second run does not collide.
    let first_number = queries::max_id(&mut conn)? + 1;
    let progress = ProgressBar::new(count as u64).with_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} students ({per_sec}, {eta} left)",
    )?);
    let now = queries::now();
    let mut rng = rand::rng();
    // Many rows per transaction: each commit writes every index page it touched, and the
    // sort indexes spread a thousand rows over thousands of pages.
    for commit_start in (0..count).step_by(COMMIT_ROWS) {
        let commit_end = (commit_start + COMMIT_ROWS).min(count);
        conn.transaction(|conn| -> anyhow::Result<()> {
            for start in (commit_start..commit_end).step_by(BATCH_ROWS) {
                let batch = (start..(start + BATCH_ROWS).min(commit_end))
                    .map(|offset| generated(&mut rng, first_number + offset as i64, now))
                    .collect::<anyhow::Result<Vec<_>>>()?;
                let rows: Vec<NewStudentRow> = batch
                    .iter()
                    .map(|(student, joined)| NewStudentRow::new(student, *joined))
                    .collect();
                queries::insert_batch(conn, &rows)?;
                progress.inc(rows.len() as u64);
            }
            Ok(())
        })?;
        report.generated = commit_end;
    }
    progress.finish_and_clear();
    #[allow(irrefutable_let_patterns)] // in a build with SQLite only
    if let DbConnection::Sqlite(sqlite) = &mut *conn
        && report.generated > 0
    {
        // A bulk load leaves the search index in many segments that every search must
        // visit; merging them once makes a search for one student ~7× faster at 1 M.
        sqlite.batch_execute(
            "INSERT INTO students_search (students_search) VALUES ('optimize'); PRAGMA optimize;",
        )?;
    }
    Ok(report)
}

/// A plausible student who joined some time in the last four years, validated by the
/// same rules as the forms.
fn generated(
    rng: &mut impl RngExt,
    number: i64,
    now: NaiveDateTime,
) -> anyhow::Result<(ValidStudent, NaiveDateTime)> {
    let firstname: String = FirstName().fake_with_rng(rng);
    let lastname: String = LastName().fake_with_rng(rng);
    let local: String = format!("{firstname}.{lastname}")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect::<String>()
        .to_lowercase();
    let bio = if rng.random_bool(0.8) {
        let year = YEARS[rng.random_range(0..YEARS.len())];
        let subject = SUBJECTS[rng.random_range(0..SUBJECTS.len())].to_lowercase();
        format!("{year} {subject} student")
    } else {
        String::new()
    };
    let age = if rng.random_bool(0.9) {
        rng.random_range(17..=35).to_string()
    } else {
        String::new()
    };
    let form = StudentForm {
        email: format!("{local}.{number}@example.edu"),
        age,
        bio,
        firstname,
        lastname,
    };
    let student = form
        .parse()
        .map_err(|errors| anyhow::anyhow!("generated student {form:?} is invalid: {errors:?}"))?;
    let joined = now - Duration::seconds(rng.random_range(0..4 * 365 * 24 * 3600));
    Ok((student, joined))
}
