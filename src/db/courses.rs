//! Queries on `courses` and `enrollments` (a student in a course), and their row types.

use super::DbConnection;
use super::students::history::EnrollmentSnapshot;
use super::students::now;
use crate::domain::{CourseForm, ValidCourse, ValidEnrollment};
use crate::html::Moment;
use crate::schema::{courses, enrollments, students};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// A stored course.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = courses)]
pub struct Course {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Course {
    /// "BIO-101 Biology", the way people name a course.
    pub fn label(&self) -> String {
        format!("{} {}", self.code, self.title)
    }
}

/// Prefills the edit form with what is stored.
impl From<&Course> for CourseForm {
    fn from(course: &Course) -> Self {
        Self {
            code: course.code.clone(),
            title: course.title.clone(),
            description: course.description.clone().unwrap_or_default(),
        }
    }
}

/// A course in a list, with how many students it has.
#[derive(Debug, Clone)]
pub struct CourseSummary {
    pub course: Course,
    pub enrolled: i64,
}

/// One of a student's courses.
#[derive(Debug, Clone, Queryable)]
pub struct StudentCourse {
    pub course_id: i64,
    pub code: String,
    pub title: String,
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

impl StudentCourse {
    pub fn enrolled(&self) -> Moment {
        Moment(self.enrolled_at)
    }
}

/// One of a course's students.
#[derive(Debug, Clone, Queryable)]
pub struct CourseStudent {
    pub student_id: i64,
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

impl CourseStudent {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.firstname, self.lastname)
    }

    pub fn enrolled(&self) -> Moment {
        Moment(self.enrolled_at)
    }
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = courses, treat_none_as_default_value = false, treat_none_as_null = true)]
struct CourseRow<'a> {
    code: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    updated_at: NaiveDateTime,
    search_text: String,
}

impl<'a> CourseRow<'a> {
    fn new(course: &'a ValidCourse) -> Self {
        Self {
            code: &course.code,
            title: &course.title,
            description: course.description.as_deref(),
            updated_at: now(),
            search_text: course.search_text(),
        }
    }
}

/// Why a course write was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourseSaveError {
    /// Another course has this code.
    CodeTaken,
    NotFound,
}

/// Why an enrollment was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollError {
    AlreadyEnrolled,
    /// The student or the course is gone (perhaps deleted a moment ago).
    Gone,
}

/// A page of courses (by code), searched in code and title; with the total. Schools have
/// hundreds of courses, not millions: an offset page is fine here.
pub fn list(
    conn: &mut DbConnection,
    search: Option<&str>,
    page: u32,
    per_page: u32,
) -> QueryResult<(Vec<CourseSummary>, i64)> {
    let filtered = || {
        let mut query = courses::table.into_boxed();
        if let Some(search) = search {
            let term = search.to_lowercase();
            let escaped = term
                .replace('!', "!!")
                .replace('%', "!%")
                .replace('_', "!_");
            query = query.filter(
                courses::search_text
                    .like(format!("%{escaped}%"))
                    .escape('!'),
            );
        }
        query
    };
    let total: i64 = filtered().count().get_result(conn)?;
    let page_of_courses: Vec<Course> = filtered()
        .order(courses::code.asc())
        .select(Course::as_select())
        .offset(i64::from(page.saturating_sub(1)) * i64::from(per_page))
        .limit(i64::from(per_page))
        .load(conn)?;
    let ids: Vec<i64> = page_of_courses.iter().map(|course| course.id).collect();
    let counts: Vec<(i64, i64)> = enrollments::table
        .filter(enrollments::course_id.eq_any(ids))
        .group_by(enrollments::course_id)
        .select((enrollments::course_id, diesel::dsl::count_star()))
        .load(conn)?;
    let courses = page_of_courses
        .into_iter()
        .map(|course| {
            let enrolled = counts
                .iter()
                .find(|(id, _)| *id == course.id)
                .map_or(0, |(_, n)| *n);
            CourseSummary { course, enrolled }
        })
        .collect();
    Ok((courses, total))
}

/// A course as a choice in a form: just what its option shows.
#[derive(Debug, Clone, Queryable)]
pub struct CourseChoice {
    pub id: i64,
    pub code: String,
    pub title: String,
}

impl CourseChoice {
    pub fn label(&self) -> String {
        format!("{} {}", self.code, self.title)
    }
}

/// Every course as a choice, by code (the index's filter; read on every index page, so
/// only the columns it shows).
pub fn choices(conn: &mut DbConnection) -> QueryResult<Vec<CourseChoice>> {
    courses::table
        .order(courses::code.asc())
        .select((courses::id, courses::code, courses::title))
        .load(conn)
}

/// Every course, by code (for the "Enroll in…" choices).
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Course>> {
    courses::table
        .order(courses::code.asc())
        .select(Course::as_select())
        .load(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Course>> {
    courses::table
        .find(id)
        .select(Course::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<i64>> {
    courses::table
        .filter(courses::code.eq(code))
        .select(courses::id)
        .first(conn)
        .optional()
}

pub fn create(
    conn: &mut DbConnection,
    course: &ValidCourse,
) -> QueryResult<Result<i64, CourseSaveError>> {
    let row = CourseRow::new(course);
    let created = conn.transaction(|conn| {
        diesel::insert_into(courses::table)
            .values((&row, courses::created_at.eq(row.updated_at)))
            .execute(conn)?;
        courses::table
            .filter(courses::code.eq(row.code))
            .select(courses::id)
            .first(conn)
    });
    match created {
        Ok(id) => Ok(Ok(id)),
        Err(err) if is_unique_violation(&err) => Ok(Err(CourseSaveError::CodeTaken)),
        Err(err) => Err(err),
    }
}

pub fn update(
    conn: &mut DbConnection,
    id: i64,
    course: &ValidCourse,
) -> QueryResult<Result<(), CourseSaveError>> {
    let updated = diesel::update(courses::table.find(id))
        .set(CourseRow::new(course))
        .execute(conn);
    match updated {
        Ok(0) => Ok(Err(CourseSaveError::NotFound)),
        Ok(_) => Ok(Ok(())),
        Err(err) if is_unique_violation(&err) => Ok(Err(CourseSaveError::CodeTaken)),
        Err(err) => Err(err),
    }
}

/// Deletes the course, and with it (by the foreign keys) its enrollments; returns how many
/// enrollments went, or `None` when the course did not exist.
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<Option<i64>> {
    conn.transaction(|conn| {
        let enrolled = enrollment_count_of_course(conn, id)?;
        let deleted = diesel::delete(courses::table.find(id)).execute(conn)?;
        Ok((deleted > 0).then_some(enrolled))
    })
}

pub fn enrollment_count_of_course(conn: &mut DbConnection, id: i64) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::course_id.eq(id))
        .count()
        .get_result(conn)
}

pub fn enrollment_count_of_student(conn: &mut DbConnection, id: i64) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::student_id.eq(id))
        .count()
        .get_result(conn)
}

/// A student's courses, by code.
pub fn courses_of(conn: &mut DbConnection, student_id: i64) -> QueryResult<Vec<StudentCourse>> {
    enrollments::table
        .inner_join(courses::table)
        .filter(enrollments::student_id.eq(student_id))
        .order(courses::code.asc())
        .select((
            courses::id,
            courses::code,
            courses::title,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .load(conn)
}

/// A course's students, by name.
pub fn students_of(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<CourseStudent>> {
    enrollments::table
        .inner_join(students::table)
        .filter(enrollments::course_id.eq(course_id))
        .order((students::name_key.asc(), students::id.asc()))
        .select((
            students::id,
            students::firstname,
            students::lastname,
            students::email,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .load(conn)
}

/// Enrolls the student. The foreign keys, not a check beforehand, decide whether the
/// student and the course still exist: a concurrent delete cannot leave an orphan.
pub fn enroll(
    conn: &mut DbConnection,
    student_id: i64,
    enrollment: &ValidEnrollment,
) -> QueryResult<Result<(), EnrollError>> {
    let inserted = diesel::insert_into(enrollments::table)
        .values((
            enrollments::student_id.eq(student_id),
            enrollments::course_id.eq(enrollment.course_id),
            enrollments::enrolled_at.eq(now()),
            enrollments::grade.eq(enrollment.grade.as_deref()),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(Ok(())),
        Err(err) if is_unique_violation(&err) => Ok(Err(EnrollError::AlreadyEnrolled)),
        Err(DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _)) => {
            Ok(Err(EnrollError::Gone))
        }
        Err(err) => Err(err),
    }
}

/// A student's enrollments as a deletion keeps them (for `students::restore`).
pub fn enrollments_of(
    conn: &mut DbConnection,
    student_id: i64,
) -> QueryResult<Vec<EnrollmentSnapshot>> {
    enrollments::table
        .filter(enrollments::student_id.eq(student_id))
        .order(enrollments::course_id)
        .select((
            enrollments::course_id,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .load::<(i64, NaiveDateTime, Option<String>)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(course_id, enrolled_at, grade)| EnrollmentSnapshot {
                    course_id,
                    enrolled_at,
                    grade,
                })
                .collect()
        })
}

/// Puts back an enrollment of a restored student, unless its course has been deleted
/// since; returns whether it came back.
pub fn restore_enrollment(
    conn: &mut DbConnection,
    student_id: i64,
    enrollment: &EnrollmentSnapshot,
) -> QueryResult<bool> {
    // Checked first: a failed foreign key would abort a PostgreSQL transaction.
    if find(conn, enrollment.course_id)?.is_none() {
        return Ok(false);
    }
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::student_id.eq(student_id),
            enrollments::course_id.eq(enrollment.course_id),
            enrollments::enrolled_at.eq(enrollment.enrolled_at),
            enrollments::grade.eq(enrollment.grade.as_deref()),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Removes the student from the course; returns whether they were enrolled.
pub fn unenroll(conn: &mut DbConnection, student_id: i64, course_id: i64) -> QueryResult<bool> {
    let removed = diesel::delete(enrollments::table.find((student_id, course_id))).execute(conn)?;
    Ok(removed > 0)
}

fn is_unique_violation(err: &DieselError) -> bool {
    matches!(
        err,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}

/// "" / " and 1 enrollment" / " and 3 enrollments": what else a delete removes.
pub fn and_enrollments(count: i64) -> String {
    match count {
        0 => String::new(),
        n => format!(" and {}", enrollments(n)),
    }
}

/// "1 enrollment", "3 enrollments".
pub fn enrollments(count: i64) -> String {
    match count {
        1 => "1 enrollment".to_owned(),
        n => format!("{n} enrollments"),
    }
}
