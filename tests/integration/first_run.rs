//! The real binary's first run: with no account it logs a one-time setup link whose page
//! creates the first admin. Passwords never reach the log or the database file in clear.
//!
//! Routes: `/setup/`, `/login/` and `/`, on the real binary.

use crate::helpers::{PASSWORD, client, location};
use crate::shutdown::{start_server, wait_for_exit};
use reqwest::StatusCode;
use std::time::Duration;

/// The CSRF token in a page's form.
fn hidden_csrf_token(page: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = page.find(marker).expect("a form") + marker.len();
    page[start..start + page[start..].find('"').expect("end of value")].to_owned()
}

/// The setup link the server prints after its address (as its last start-up line).
pub fn setup_link(log: &crate::shutdown::Log) -> String {
    for _ in 0..100 {
        let text = log.lock().unwrap().clone();
        if let Some(start) = text.find("/setup/?token=") {
            let end = start
                + text[start..]
                    .find(char::is_whitespace)
                    .unwrap_or(text.len() - start);
            return text[start..end].to_owned();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the server printed no setup link");
}

#[tokio::test]
async fn the_setup_link_creates_the_first_admin_once_and_no_password_is_kept_in_clear() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = dir.path().join("students.db").display().to_string();
    let (mut server, address, log) = start_server(&database_url);
    let base = format!("http://{address}");
    let link = setup_link(&log);
    let token = link.trim_start_matches("/setup/?token=");

    let browser = client();
    let response = browser.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "no account, no records"
    );
    let response = browser
        .get(format!("{base}/setup/?token=wrong"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let page = browser.get(format!("{base}{link}")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    let csrf = hidden_csrf_token(&page);
    let setup = |password: &'static str| {
        vec![
            ("csrf_token", csrf.clone()),
            ("token", token.to_owned()),
            ("display_name", "Ada Admin".to_owned()),
            ("email", "ada@example.com".to_owned()),
            ("password", password.to_owned()),
            ("password_confirmation", password.to_owned()),
        ]
    };
    let response = browser
        .post(format!("{base}/setup/"))
        .form(&setup("short"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = browser
        .post(format!("{base}/setup/"))
        .form(&setup(PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    let index = browser.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(index.status(), StatusCode::OK, "logged in as the new admin");
    assert!(index.text().await.unwrap().contains("Ada Admin"));
    // The link is spent.
    let again = client().get(format!("{base}{link}")).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::FORBIDDEN);
    // A failed login with another password, for the log to (not) show.
    let stranger = client();
    let login = stranger
        .get(format!("{base}/login/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = hidden_csrf_token(&login);
    let wrong = "a wrong password typed";
    let response = stranger
        .post(format!("{base}/login/"))
        .form(&[
            ("email", "ada@example.com"),
            ("password", wrong),
            ("csrf_token", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    wait_for_exit(&mut server, Duration::from_secs(10));
    let log = log.lock().unwrap().clone();
    assert!(log.contains("first admin ada@example.com created"));
    assert!(log.contains("failed login"));
    for secret in [PASSWORD, wrong] {
        assert!(!log.contains(secret), "{secret:?} is in the log");
        // Every byte the database wrote: the file and its write-ahead log.
        for file in ["students.db", "students.db-wal"] {
            let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
            let found = bytes
                .windows(secret.len())
                .any(|window| window == secret.as_bytes());
            assert!(!found, "{secret:?} is in {file}");
        }
    }
}
