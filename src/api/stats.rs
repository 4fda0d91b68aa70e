//! `/api/stats`: the dashboard's figures as JSON, from the same kept counts.

use crate::db::stats::{self, Stats};
use crate::db::{Database, now};
use crate::error::AppError;
use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

/// The school at a glance.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatsRecord {
    students: i64,
    courses: i64,
    enrollments: i64,
    /// Students who joined this month (UTC).
    joined_this_month: i64,
    /// The largest courses, most students first (at most 12).
    per_course: Vec<CourseStudents>,
    /// Students per age; `age` null for those who gave none.
    ages: Vec<AgeStudents>,
    /// Students per month joined, the last 24 months (UTC), oldest first.
    months: Vec<MonthStudents>,
    /// Enrollments per grade (`grade` null for none) of the courses in `per_course`.
    grades: Vec<GradeEnrollments>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CourseStudents {
    id: i64,
    code: String,
    title: String,
    students: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgeStudents {
    age: Option<i32>,
    students: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MonthStudents {
    /// "2026-12".
    #[schema(example = "2026-12")]
    month: String,
    students: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GradeEnrollments {
    course_id: i64,
    grade: Option<String>,
    enrollments: i64,
}

impl From<Stats> for StatsRecord {
    fn from(stats: Stats) -> Self {
        Self {
            joined_this_month: stats.joined_this_month(),
            students: stats.students,
            courses: stats.courses,
            enrollments: stats.enrollments,
            per_course: stats
                .per_course
                .into_iter()
                .map(|course| CourseStudents {
                    id: course.id,
                    code: course.code,
                    title: course.title,
                    students: course.students,
                })
                .collect(),
            ages: stats
                .ages
                .into_iter()
                .map(|(age, students)| AgeStudents { age, students })
                .collect(),
            months: stats
                .months
                .into_iter()
                .map(|(first, students)| MonthStudents {
                    month: stats::month_key(first),
                    students,
                })
                .collect(),
            grades: stats
                .grades
                .into_iter()
                .map(|grade| GradeEnrollments {
                    course_id: grade.course_id,
                    grade: (!grade.grade.is_empty()).then_some(grade.grade),
                    enrollments: grade.enrollments,
                })
                .collect(),
        }
    }
}

#[utoipa::path(get, path = "/api/stats", tag = "stats", operation_id = "getStats",
    responses((status = 200, description = "The dashboard's figures", body = StatsRecord)))]
pub async fn show(db: web::Data<Database>) -> Result<HttpResponse, AppError> {
    let today = now().date();
    let stats = db
        .read("reading the dashboard's figures", move |conn| {
            stats::read(conn, today)
        })
        .await?;
    Ok(HttpResponse::Ok().json(StatsRecord::from(stats)))
}
