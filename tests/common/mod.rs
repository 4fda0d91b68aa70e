//! Shared by the test binaries: `spawn_app` starts the real application on 127.0.0.1:0
//! with a database of its own, beside an HTTP client that keeps cookies and does not follow
//! redirects, like a careful browser; clients per role (cookie or token), records made
//! through the real forms (`records`), the API's assertions (`api`) and readers of the
//! pages (`pages`).

// Each test binary uses its own part of these helpers.
#![allow(dead_code)]

mod api;
mod databases;
mod pages;
mod records;

// Each test binary uses its own part of these.
#[allow(unused_imports)]
pub use api::*;
pub use databases::TestDatabase;
pub use pages::*;
#[allow(unused_imports)]
pub use records::*;
pub use students::db::Backend;

use reqwest::{Response, StatusCode};
use students::auth::password;
use students::db::accounts::{self, NewAccount};
use students::db::{self, DbPool};
pub use students::domain::Role;
pub use students::settings::Settings;
use students::startup::Application;

/// Every test account's password.
pub const PASSWORD: &str = "a long test password";
/// The account `TestApp::client` is logged in as.
pub const ADMIN_EMAIL: &str = "admin@example.com";

pub struct TestApp {
    pub address: String,
    /// The app's database, for the command line (`students backup`…).
    pub database_url: String,
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
    spawn_app_with(backend, |_| {}).await
}

/// Like `spawn_app_on`, with settings changed by `configure` (`BEHIND_PROXY`, …).
pub async fn spawn_app_with(
    backend: Backend,
    configure: impl FnOnce(&mut Settings),
) -> Option<TestApp> {
    let database = TestDatabase::create(backend)?;
    let mut settings = Settings {
        workers: Some(1),
        ..Settings::for_database(database.url())
    };
    configure(&mut settings);
    let app = Application::build(&settings).expect("the app starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let server = app.handle();
    tokio::spawn(app.run_until_stopped());
    let app = TestApp {
        address,
        database_url: settings.database_url.clone(),
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
    client_builder()
        .cookie_store(true)
        .build()
        .expect("HTTP client")
}

/// Every test client: redirects are answers to check, not to follow. An idle connection is
/// dropped before the server's keep-alive (5 s) would close it, so a request after a long
/// pause (a browser test printing a page) never lands on a connection being closed.
fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(std::time::Duration::from_secs(2))
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
}
