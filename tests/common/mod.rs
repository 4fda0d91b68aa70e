//! Shared by the test binaries: `spawn_app` starts the real application on 127.0.0.1:0
//! with a database of its own, beside an HTTP client that keeps cookies and does not follow
//! redirects, like a careful browser.

// Each test binary uses its own part of these helpers.
#![allow(dead_code)]

mod databases;

pub use databases::{Backend, TestDatabase};

use reqwest::{Response, StatusCode, header};
use students::auth::password;
use students::db::accounts::{self, NewAccount};
use students::db::students::Student;
use students::db::{self, DbPool};
pub use students::domain::Role;
use students::settings::Settings;
use students::startup::Application;

/// Every test account's password.
pub const PASSWORD: &str = "a long test password";
/// The account `TestApp::client` is logged in as.
pub const ADMIN_EMAIL: &str = "admin@example.com";

pub struct TestApp {
    pub address: String,
    /// Logged in as the admin `ADMIN_EMAIL`.
    pub client: reqwest::Client,
    pub pool: DbPool,
    server: actix_web::dev::ServerHandle,
    // Last: dropped after the pool, once the server has been told to stop.
    _database: TestDatabase,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Sends the stop at once; the returned future would only wait for it.
        drop(self.server.stop(false));
    }
}

/// The app on SQLite, which every build and machine has.
pub async fn spawn_app() -> TestApp {
    spawn_app_on(Backend::Sqlite)
        .await
        .expect("SQLite needs no server")
}

/// The app on a fresh database of `backend`; `None` when that backend's server is missing.
pub async fn spawn_app_on(backend: Backend) -> Option<TestApp> {
    let database = TestDatabase::create(backend)?;
    let settings = Settings {
        workers: Some(1),
        ..Settings::for_database(database.url())
    };
    let app = Application::build(&settings).expect("the app starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let server = app.handle();
    tokio::spawn(app.run_until_stopped());
    let app = TestApp {
        address,
        client: client(),
        pool: db::connect(&settings.database_url)
            .expect("test pool")
            .pool()
            .clone(),
        server,
        _database: database,
    };
    app.add_account(ADMIN_EMAIL, Role::Admin);
    let response = app.log_in(&app.client, ADMIN_EMAIL, PASSWORD).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the admin logs in"
    );
    Some(app)
}

/// A fresh client: its own cookie jar, so its own session.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("HTTP client")
}

/// A valid create/edit form; tests override the fields they are about.
pub fn student_form<'a>(
    firstname: &'a str,
    lastname: &'a str,
    email: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("firstname", firstname),
        ("lastname", lastname),
        ("email", email),
        ("age", ""),
        ("bio", ""),
    ]
}

/// Replaces (or adds) one field of a form.
pub fn with<'a>(
    mut form: Vec<(&'static str, &'a str)>,
    name: &'static str,
    value: &'a str,
) -> Vec<(&'static str, &'a str)> {
    form.retain(|(field, _)| *field != name);
    form.push((name, value));
    form
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Stores an account with `PASSWORD` straight in the database; returns its id.
    pub fn add_account(&self, email: &str, role: Role) -> i64 {
        let hash = password::hash(PASSWORD).expect("hash");
        let name = email.split('@').next().expect("a local part");
        let account = NewAccount {
            email,
            display_name: name,
            role,
            password_hash: &hash,
        };
        let mut conn = self.pool.get().expect("connection");
        accounts::create(&mut conn, &account)
            .expect("insert")
            .expect("a free email")
            .id
    }

    /// A new browser (its own cookies) logged in with a new account of `role`.
    pub async fn client_as(&self, role: Role) -> reqwest::Client {
        let email = format!(
            "{}-{}@example.com",
            role,
            hex::encode(rand::random::<[u8; 4]>())
        );
        self.add_account(&email, role);
        let browser = client();
        let response = self.log_in(&browser, &email, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{email} logs in");
        browser
    }

    /// The body of `path` as `browser` gets it, whatever the status.
    pub async fn page_as(&self, browser: &reqwest::Client, path: &str) -> String {
        let response = browser.get(self.url(path)).send().await.expect("GET");
        response.text().await.expect("body")
    }

    /// The status `browser` gets for `path`.
    pub async fn status_as(&self, browser: &reqwest::Client, path: &str) -> StatusCode {
        let response = browser.get(self.url(path)).send().await.expect("GET");
        response.status()
    }

    /// Submits the login form in `browser`, as a person would after opening it.
    pub async fn log_in(&self, browser: &reqwest::Client, email: &str, password: &str) -> Response {
        let token = self.csrf_token_of(browser, "/login/").await;
        browser
            .post(self.url("/login/"))
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &token),
            ])
            .send()
            .await
            .expect("POST /login/")
    }

    /// The CSRF token of `browser`'s session, read from the page at `path`.
    pub async fn csrf_token_of(&self, browser: &reqwest::Client, path: &str) -> String {
        let response = browser.get(self.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        let page = response.text().await.expect("body");
        let marker = r#"<meta name="csrf-token" content=""#;
        let start = page.find(marker).expect("csrf meta tag") + marker.len();
        let end = start + page[start..].find('"').expect("end of token");
        page[start..end].to_owned()
    }

    /// Posts a form from `browser` with its session's CSRF token.
    pub async fn post_form_as(
        &self,
        browser: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> Response {
        let token = self.csrf_token_of(browser, "/about/").await;
        let mut fields = form.to_vec();
        fields.push(("csrf_token", &token));
        browser
            .post(self.url(path))
            .form(&fields)
            .send()
            .await
            .expect("POST request")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET request")
    }

    pub async fn get_html(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.text().await.expect("body")
    }

    /// The session's CSRF token, read from a page like a browser would have it.
    pub async fn csrf_token(&self) -> String {
        self.csrf_token_of(&self.client, "/about/").await
    }

    /// Posts a form with this session's CSRF token, as the app's own pages do.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.post_form_as(&self.client, path, form).await
    }

    /// Posts the edit form of student `id` as a browser would: with the version the edit
    /// page carries.
    pub async fn post_edit(&self, id: i64, form: &[(&str, &str)]) -> Response {
        let version = self.edit_version(id).await;
        let mut fields = form.to_vec();
        fields.push(("version", &version));
        self.post_form(&format!("/{id}/edit/"), &fields).await
    }

    /// The version in the edit page's hidden field.
    pub async fn edit_version(&self, id: i64) -> String {
        let page = self.get_html(&format!("/{id}/edit/")).await;
        let marker = r#"<input type="hidden" name="version" value=""#;
        let start = page.find(marker).expect("a version field") + marker.len();
        page[start..start + page[start..].find('"').expect("end of value")].to_owned()
    }

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
        use diesel::prelude::*;
        use students::schema::students;
        let mut conn = self.pool.get().expect("connection");
        students::table
            .order(students::id)
            .select(Student::as_select())
            .load(&mut *conn)
            .expect("list students")
    }
}

impl TestApp {
    /// Stores a student directly (no HTTP round trip), through the same validation.
    pub fn insert_student(
        &self,
        firstname: &str,
        lastname: &str,
        email: &str,
        age: Option<i32>,
    ) -> i64 {
        let form = students::domain::StudentForm {
            firstname: firstname.into(),
            lastname: lastname.into(),
            email: email.into(),
            age: age.map(|age| age.to_string()).unwrap_or_default(),
            bio: String::new(),
        };
        let student = form.parse().expect("a valid test student");
        let mut conn = self.pool.get().expect("connection");
        db::students::create(&mut conn, &student, None)
            .expect("insert")
            .expect("a free email")
            .id
    }
}

/// The student ids of an index page's rows, in the order shown.
pub fn row_ids(page: &str) -> Vec<i64> {
    page.split(r##"<td class="id" data-label="#">#"##)
        .skip(1)
        .map(|rest| {
            rest[..rest.find('<').expect("end of id")]
                .parse()
                .expect("numeric id")
        })
        .collect()
}

/// The target of the link marked `rel="…"` (next, prev), as a path to request.
pub fn rel_link(page: &str, rel: &str) -> Option<String> {
    let marker = format!(r#"" rel="{rel}""#);
    let end = page.find(&marker)?;
    let start = page[..end].rfind(r#"href=""#)? + r#"href=""#.len();
    Some(page[start..end].replace("&#38;", "&"))
}

/// The "1–25 of 60" line of an index page.
pub fn range_line(page: &str) -> String {
    let start =
        page.find(r#"<p class="range">"#).expect("a range line") + r#"<p class="range">"#.len();
    let end = start + page[start..].find("</p>").expect("end of range");
    page[start..end].replace('\u{202F}', " ")
}

/// A successful form post: 303 back to the index.
pub fn assert_see_index(response: &Response) {
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(response), "/");
}

pub fn location(response: &Response) -> &str {
    response
        .headers()
        .get(header::LOCATION)
        .expect("Location header")
        .to_str()
        .expect("ASCII Location")
}

/// Asserts the status and returns the body.
pub async fn body_with_status(response: Response, status: StatusCode) -> String {
    let actual = response.status();
    let body = response.text().await.expect("body");
    assert_eq!(actual, status, "unexpected status; body:\n{body}");
    body
}
