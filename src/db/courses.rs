//! Queries on `courses`, and their row types. Who is enrolled where is `enrollments`.

use super::outcome::{WriteError, is_unique_violation};
use super::{DbConnection, Stamp, enrollments, now};
use crate::domain::{CourseForm, Refusal, ValidCourse};
use crate::schema::courses;
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// A stored course.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = courses)]
pub struct Course {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    #[diesel(deserialize_as = Stamp)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = Stamp)]
    pub updated_at: NaiveDateTime,
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
    let counts = enrollments::counts_of_courses(conn, ids)?;
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

/// Every course as a choice, by code (the index's filter; read on every index page, so
/// only the columns it shows).
pub fn choices(conn: &mut DbConnection) -> QueryResult<Vec<CourseChoice>> {
    let query = courses::table.order(courses::code.asc()).select((
        courses::id,
        courses::code,
        courses::title,
    ));
    crate::natively!(conn, |native| query.load(native))
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

/// Stores a new course; refused (`CourseCodeTaken`) when another has its code.
pub fn create(conn: &mut DbConnection, course: &ValidCourse) -> QueryResult<Result<i64, Refusal>> {
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
        Err(err) if is_unique_violation(&err) => Ok(Err(Refusal::CourseCodeTaken)),
        Err(err) => Err(err),
    }
}

pub fn update(
    conn: &mut DbConnection,
    id: i64,
    course: &ValidCourse,
) -> QueryResult<Result<(), WriteError>> {
    let updated = diesel::update(courses::table.find(id))
        .set(CourseRow::new(course))
        .execute(conn);
    match updated {
        Ok(0) => Ok(Err(WriteError::NotFound)),
        Ok(_) => Ok(Ok(())),
        Err(err) if is_unique_violation(&err) => {
            Ok(Err(WriteError::Refused(Refusal::CourseCodeTaken)))
        }
        Err(err) => Err(err),
    }
}
