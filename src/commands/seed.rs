//! `students seed`: the tutorial's three students plus any number of generated ones,
//! inserted in batches so that a hundred thousand take seconds, with the demo's own
//! school fields (`seed_fields`) defined and filled in.

use super::seed_fields;
use crate::db::students::{self as queries, NewStudentRow};
use crate::db::{DbConnection, DbPool};
use crate::db::{courses, enrollments, now};
use crate::domain::record::Record;
use crate::domain::{CourseForm, StudentForm, ValidEnrollment, ValidStudent};
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

/// A few courses for the demo (code, title, description).
const COURSES: [(&str, &str, &str); 8] = [
    (
        "BIO-101",
        "Introduction to Biology",
        "Cells, genetics and evolution.",
    ),
    (
        "MAR-201",
        "Marine Biology",
        "Life in the oceans, from plankton to whales.",
    ),
    (
        "GEO-210",
        "Marine Geology",
        "The sea floor, sediments and plate tectonics.",
    ),
    (
        "CHE-101",
        "General Chemistry",
        "Atoms, bonds and reactions.",
    ),
    (
        "HIS-120",
        "World History",
        "From the first cities to the present.",
    ),
    (
        "MAT-140",
        "Calculus I",
        "Limits, derivatives and integrals.",
    ),
    (
        "PHY-150",
        "Physics for Life Sciences",
        "Mechanics, waves and optics.",
    ),
    (
        "CS-101",
        "Introduction to Programming",
        "Problem solving with code.",
    ),
];

/// The tutorial students' courses: (email, course code, grade).
const TUTORIAL_ENROLLMENTS: [(&str, &str, Option<&str>); 5] = [
    ("jd@example.com", "BIO-101", Some("A")),
    ("jd@example.com", "CHE-101", None),
    ("sammyshark@example.com", "MAR-201", Some("B+")),
    ("sammyshark@example.com", "BIO-101", None),
    ("carlwhite@example.com", "GEO-210", Some("A-")),
];

/// How many generated students get demo enrollments (the rest get none: a million
/// students need no million enrollments to show how the pages work).
const ENROLLED_GENERATED: usize = 200;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub tutorial_added: usize,
    pub generated: usize,
    pub courses_added: usize,
    pub enrollments_added: usize,
}

/// Adds the tutorial students (those whose email is free) and `count` generated ones.
pub fn run(pool: &DbPool, count: usize) -> anyhow::Result<SeedReport> {
    let mut conn = pool.get()?;
    #[allow(irrefutable_let_patterns)] // in a build with SQLite only
    if let DbConnection::Sqlite(sqlite) = &mut **conn {
        // A bulk load rewrites the same index pages over and over: keep them in memory
        // (256 MiB for this connection only) instead of spilling to disk between batches.
        sqlite.batch_execute("PRAGMA cache_size = -262144")?;
    }
    let mut report = SeedReport::default();
    let record = seed_fields::define(&mut conn)?;
    let mut rng = rand::rng();
    for (number, (firstname, lastname, email, age, bio)) in (1..).zip(TUTORIAL_STUDENTS) {
        let mut form = StudentForm::default()
            .with("firstname", firstname)
            .with("lastname", lastname)
            .with("email", email)
            .with("age", age.to_string())
            .with("bio", bio);
        for (key, value) in seed_fields::values(&mut rng, number, Some(age)) {
            form.set(key, value);
        }
        let student = form
            .parse(&record)
            .map_err(|errors| anyhow::anyhow!("tutorial student is invalid: {errors:?}"))?;
        // Refused when already there (seeded before).
        if queries::create(&mut conn, &student, None)?.is_ok() {
            report.tutorial_added += 1;
        }
    }

    let course_ids = seed_courses(&mut conn, &mut report)?;
    for (email, code, grade) in TUTORIAL_ENROLLMENTS {
        let student = queries::find_by_email(&mut conn, email)?;
        let course = course_ids.iter().find(|(c, _)| *c == code);
        if let (Some(student), Some((_, course_id))) = (student, course) {
            let enrollment = ValidEnrollment {
                course_id: *course_id,
                grade: grade.map(str::to_owned),
            };
            if enrollments::enroll(&mut conn, student, &enrollment)?.is_ok() {
                report.enrollments_added += 1;
            }
        }
    }

    // Number generated emails after the highest id so a second run does not collide.
    let first_number = queries::max_id(&mut conn)? + 1;
    let progress = ProgressBar::new(count as u64).with_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} students ({per_sec}, {eta} left)",
    )?);
    let now = now();
    let mut to_enroll = Vec::new();
    // Many rows per transaction: each commit writes every index page it touched, and the
    // sort indexes spread a thousand rows over thousands of pages.
    for commit_start in (0..count).step_by(COMMIT_ROWS) {
        let commit_end = (commit_start + COMMIT_ROWS).min(count);
        conn.transaction(|conn| -> anyhow::Result<()> {
            for start in (commit_start..commit_end).step_by(BATCH_ROWS) {
                let batch = (start..(start + BATCH_ROWS).min(commit_end))
                    .map(|offset| {
                        let joined = joined_at(now, offset, count);
                        generated(&mut rng, &record, first_number + offset as i64, joined)
                    })
                    .collect::<anyhow::Result<Vec<_>>>()?;
                let rows: Vec<NewStudentRow> = batch
                    .iter()
                    .map(|(student, joined)| NewStudentRow::new(student, *joined))
                    .collect();
                for (student, _) in &batch {
                    if to_enroll.len() < ENROLLED_GENERATED {
                        to_enroll.push(student.email_key());
                    }
                }
                queries::insert_batch(conn, &rows)?;
                let students: Vec<&ValidStudent> = batch.iter().map(|(s, _)| s).collect();
                queries::insert_school_values(conn, &students)?;
                progress.inc(rows.len() as u64);
            }
            Ok(())
        })?;
        report.generated = commit_end;
    }
    // A few of the new students take one to three courses.
    let mut rng = rand::rng();
    for email in &to_enroll {
        let Some(student) = queries::find_by_email(&mut conn, email)? else {
            continue;
        };
        for _ in 0..rng.random_range(1..=3) {
            let (_, course_id) = course_ids[rng.random_range(0..course_ids.len())];
            let grade = ["A", "B", "C", "Pass", "In progress"][rng.random_range(0..5)];
            let enrollment = ValidEnrollment {
                course_id,
                grade: rng.random_bool(0.6).then(|| grade.to_owned()),
            };
            if enrollments::enroll(&mut conn, student, &enrollment)?.is_ok() {
                report.enrollments_added += 1;
            }
        }
    }
    progress.finish_and_clear();
    if report.generated > 0 {
        match &mut **conn {
            // A bulk load leaves the search index in many segments that every search must
            // visit; merging them once makes a search for one student ~7× faster at 1 M.
            DbConnection::Sqlite(sqlite) => sqlite.batch_execute(
                "INSERT INTO students_search (students_search) VALUES ('optimize'); PRAGMA optimize;",
            )?,
            // The planner's picture of the new rows now, not whenever autovacuum gets to
            // it: until then it reads the whole table for a search the trigram index
            // answers, and counts from the rows what the indexes alone could count.
            #[cfg(feature = "postgres")]
            DbConnection::Postgres(pg) => pg.batch_execute("VACUUM ANALYZE students")?,
            #[cfg(feature = "mysql")]
            DbConnection::Mysql(_) => {}
        }
    }
    Ok(report)
}

/// The demo courses (those whose code is free), with every demo code's id.
fn seed_courses(
    conn: &mut DbConnection,
    report: &mut SeedReport,
) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let mut ids = Vec::new();
    for (code, title, description) in COURSES {
        let course = CourseForm {
            code: code.into(),
            title: title.into(),
            description: description.into(),
        }
        .parse()
        .map_err(|errors| anyhow::anyhow!("demo course is invalid: {errors:?}"))?;
        if courses::create(conn, &course)?.is_ok() {
            report.courses_added += 1;
        }
        if let Some(id) = courses::find_by_code(conn, code)? {
            ids.push((code, id));
        }
    }
    Ok(ids)
}

/// When the `offset`th of `count` new students joined: over the last four years, evenly,
/// in the order of their ids, as students added over time do (so the newest have the
/// highest ids, and the joining order reads the table in its own order).
fn joined_at(now: NaiveDateTime, offset: usize, count: usize) -> NaiveDateTime {
    const SPAN: i64 = 4 * 365 * 24 * 3600;
    let before_now = SPAN - SPAN * offset as i64 / count.max(1) as i64;
    now - Duration::seconds(before_now)
}

/// A plausible student who joined at `joined`, validated by the same rules as the forms.
fn generated(
    rng: &mut impl RngExt,
    record: &Record,
    number: i64,
    joined: NaiveDateTime,
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
    let age = rng.random_bool(0.9).then(|| rng.random_range(17..=35));
    let mut form = StudentForm::default()
        .with("email", format!("{local}.{number}@example.edu"))
        .with("age", age.map(|age| age.to_string()).unwrap_or_default())
        .with("bio", bio)
        .with("firstname", firstname)
        .with("lastname", lastname);
    for (key, value) in seed_fields::values(rng, number, age) {
        form.set(key, value);
    }
    let student = form
        .parse(record)
        .map_err(|errors| anyhow::anyhow!("generated student {form:?} is invalid: {errors:?}"))?;
    Ok((student, joined))
}
