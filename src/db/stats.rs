//! The dashboard's figures, read from the counts the triggers keep (migration 2026-12-05:
//! `course_totals`, `course_students`, `grade_counts`, `age_counts`, `join_months`, and the
//! older `student_count`), so that the dashboard reads a few hundred rows whether the school
//! has a hundred students or a million.

use super::DbConnection;
use crate::schema::{
    age_counts, course_students, course_totals, courses, grade_counts, join_months, student_count,
    value_counts,
};
use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;

/// Students per value of each choice and yes/no field (its id, the value's key), kept by
/// triggers (migration 2026-12-08): a few rows however many students there are.
pub fn value_counts(conn: &mut DbConnection) -> QueryResult<Vec<(i64, String, i64)>> {
    value_counts::table
        .filter(value_counts::students.gt(0))
        .select((
            value_counts::field_id,
            value_counts::item_key,
            value_counts::students,
        ))
        .load(conn)
}

/// How many courses the bars and the grade chart show: the largest.
pub const COURSES_SHOWN: i64 = 12;
/// How many months the line covers, this one included.
pub const MONTHS_SHOWN: usize = 24;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub students: i64,
    pub courses: i64,
    pub enrollments: i64,
    /// The largest courses, most students first.
    pub per_course: Vec<CourseCount>,
    /// Students per age (`None`: not given), youngest first.
    pub ages: Vec<(Option<i32>, i64)>,
    /// Students per month joined, oldest first, the last `MONTHS_SHOWN` months (UTC).
    pub months: Vec<(NaiveDate, i64)>,
    /// Enrollments per grade ("" for none) of the courses in `per_course`.
    pub grades: Vec<GradeCount>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseCount {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub students: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeCount {
    pub course_id: i64,
    pub grade: String,
    pub enrollments: i64,
}

impl Stats {
    /// Students who joined in the month of `today` (UTC).
    pub fn joined_this_month(&self) -> i64 {
        self.months.last().map_or(0, |(_, students)| *students)
    }
}

/// The first day of each of the `MONTHS_SHOWN` months ending with `today`'s.
pub fn months_until(today: NaiveDate) -> Vec<NaiveDate> {
    let mut first = today.with_day(1).unwrap_or(today);
    let mut months = vec![first];
    while months.len() < MONTHS_SHOWN {
        first = first
            .pred_opt()
            .and_then(|last_day| last_day.with_day(1))
            .unwrap_or(first);
        months.push(first);
    }
    months.reverse();
    months
}

/// "2026-12", as `join_months` keys a month.
pub fn month_key(first: NaiveDate) -> String {
    format!("{:04}-{:02}", first.year(), first.month())
}

pub fn read(conn: &mut DbConnection, today: NaiveDate) -> QueryResult<Stats> {
    // Each on the backend's own connection, so each finds its prepared statement (see
    // `natively!`): the dashboard is a page people keep open and reload.
    let students: i64 = crate::natively!(conn, |native| {
        student_count::table
            .select(student_count::total)
            .first(native)
    })?;
    let (courses, enrollments): (i64, i64) = crate::natively!(conn, |native| {
        course_totals::table
            .select((course_totals::courses, course_totals::enrollments))
            .first(native)
    })?;
    let per_course: Vec<(i64, String, String, i64)> = crate::natively!(conn, |native| {
        course_students::table
            .inner_join(courses::table.on(courses::id.eq(course_students::course_id)))
            .filter(course_students::students.gt(0))
            .order((course_students::students.desc(), courses::code))
            .limit(COURSES_SHOWN)
            .select((
                courses::id,
                courses::code,
                courses::title,
                course_students::students,
            ))
            .load(native)
    })?;
    let per_course: Vec<CourseCount> = per_course
        .into_iter()
        .map(|(id, code, title, students)| CourseCount {
            id,
            code,
            title,
            students,
        })
        .collect();
    let ages: Vec<(i32, i64)> = crate::natively!(conn, |native| {
        age_counts::table
            .filter(age_counts::students.gt(0))
            .order(age_counts::age)
            .select((age_counts::age, age_counts::students))
            .load(native)
    })?;
    let ages = ages
        .into_iter()
        .map(|(age, students)| ((age >= 0).then_some(age), students))
        .collect();
    let months = months_until(today);
    let first = months.first().copied().map(month_key).unwrap_or_default();
    let counted: Vec<(String, i64)> = crate::natively!(conn, |native| {
        join_months::table
            .filter(join_months::month.ge(&first))
            .select((join_months::month, join_months::students))
            .load(native)
    })?;
    let months = months
        .into_iter()
        .map(|month| {
            let key = month_key(month);
            let students = counted
                .iter()
                .find(|(counted, _)| *counted == key)
                .map_or(0, |(_, students)| *students);
            (month, students)
        })
        .collect();
    let shown: Vec<i64> = per_course.iter().map(|course| course.id).collect();
    let grades = grade_counts::table
        .filter(grade_counts::course_id.eq_any(&shown))
        .filter(grade_counts::enrollments.gt(0))
        .order((grade_counts::course_id, grade_counts::grade))
        .select((
            grade_counts::course_id,
            grade_counts::grade,
            grade_counts::enrollments,
        ))
        .load::<(i64, String, i64)>(conn)?
        .into_iter()
        .map(|(course_id, grade, enrollments)| GradeCount {
            course_id,
            grade,
            enrollments,
        })
        .collect();
    Ok(Stats {
        students,
        courses,
        enrollments,
        per_course,
        ages,
        months,
        grades,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_covers_the_last_24_months() {
        let months = months_until(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap());
        assert_eq!(months.len(), 24);
        assert_eq!(month_key(months[0]), "2025-01");
        assert_eq!(month_key(months[23]), "2026-12");
    }
}
