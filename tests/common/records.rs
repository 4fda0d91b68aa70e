//! Records made and read for a test: students and courses through the real forms (or
//! straight into the database when a test needs many), enrollments, and what is stored.

use super::{TestApp, assert_see_index, student_form};
use diesel::prelude::*;
use reqwest::multipart::{Form, Part};
use reqwest::{Response, StatusCode};
use students::db;
use students::db::students::Student;
use students::schema::{courses, enrollments};

impl TestApp {
    pub async fn create_student(&self, firstname: &str, lastname: &str, email: &str) -> Response {
        self.post_form("/create/", &student_form(firstname, lastname, email))
            .await
    }

    /// Creates a student that must be accepted, returning the stored row.
    pub async fn given_student(&self, firstname: &str, lastname: &str, email: &str) -> Student {
        let response = self.create_student(firstname, lastname, email).await;
        assert_see_index(&response);
        self.stored_students()
            .await
            .into_iter()
            .find(|student| student.email == email)
            .expect("the student was stored")
    }

    /// Every stored student, in id order, read straight from the database.
    pub async fn stored_students(&self) -> Vec<Student> {
        use students::schema::students;
        let mut conn = self.pool.get().expect("connection");
        students::table
            .order(students::id)
            .select(Student::as_select())
            .load(&mut **conn)
            .expect("list students")
    }

    /// Stores a student directly (no HTTP round trip), through the same validation.
    pub fn insert_student(
        &self,
        firstname: &str,
        lastname: &str,
        email: &str,
        age: Option<i32>,
    ) -> i64 {
        let form = students::domain::StudentForm::default()
            .with("firstname", firstname)
            .with("lastname", lastname)
            .with("email", email)
            .with("age", age.map(|age| age.to_string()).unwrap_or_default());
        let record = students::domain::record::Record::builtin();
        let student = form.parse(&record).expect("a valid test student");
        let mut conn = self.pool.get().expect("connection");
        db::students::create(&mut conn, &student, None)
            .expect("insert")
            .expect("a free email")
            .id
    }
}

pub fn course_form<'a>(code: &'a str, title: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![("code", code), ("title", title), ("description", "")]
}

pub async fn given_course(app: &TestApp, code: &str, title: &str) -> i64 {
    let response = app
        .post_form("/courses/create/", &course_form(code, title))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    course_id(app, &code.to_uppercase())
}

pub fn course_id(app: &TestApp, code: &str) -> i64 {
    let mut conn = app.pool.get().expect("connection");
    courses::table
        .filter(courses::code.eq(code))
        .select(courses::id)
        .first(&mut **conn)
        .expect("the course is stored")
}

pub fn enrollment_count(app: &TestApp) -> i64 {
    let mut conn = app.pool.get().expect("connection");
    enrollments::table
        .count()
        .get_result(&mut **conn)
        .expect("count")
}

pub async fn enroll(app: &TestApp, student: i64, course: i64, grade: &str) -> reqwest::Response {
    let course = course.to_string();
    app.post_form(
        &format!("/{student}/enrollments/"),
        &[("course_id", course.as_str()), ("grade", grade)],
    )
    .await
}

impl TestApp {
    /// Removes every account (their sessions and tokens go with them): a first run again.
    pub fn remove_every_account(&self) {
        use students::schema::accounts;
        let mut conn = self.pool.get().expect("connection");
        diesel::delete(accounts::table)
            .execute(&mut **conn)
            .expect("delete the accounts");
    }
}

/// Posts `file` to the import form from `browser`, as a file of `kind` ("students",
/// "enrollments"), with the session's CSRF token or without it.
pub async fn upload_kind(
    app: &TestApp,
    browser: &reqwest::Client,
    file: &[u8],
    with_token: bool,
    kind: &str,
) -> reqwest::Response {
    let token = app.csrf_token_of(browser, "/import/").await;
    let mut form = Form::new();
    if with_token {
        form = form.text("csrf_token", token);
    }
    let form = form.text("kind", kind.to_owned()).part(
        "file",
        Part::bytes(file.to_vec())
            .file_name("intake.csv")
            .mime_str("text/csv")
            .unwrap(),
    );
    browser
        .post(app.url("/import/"))
        .multipart(form)
        .send()
        .await
        .expect("POST /import/")
}
