//! The binary on its own: copied into an empty folder it serves its stylesheet and explains
//! the first run; a database it cannot write, a missing folder or an unknown scheme stops it
//! at start, saying what to do; its help says what each
//! command takes; `students backup` copies a live database consistently.
//!
//! Routes: `/static/…`, `/login/`, `/setup/`, `/healthz`, `POST /api/students`, on the real
//! binary; the commands `serve`, `seed --help`, `user add --help`, `backup`.

use crate::first_run::setup_link;
use crate::helpers::*;
use crate::shutdown::wait_for_exit;
use reqwest::{StatusCode, header};
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn students() -> Command {
    Command::new(env!("CARGO_BIN_EXE_students"))
}

#[tokio::test]
async fn a_copied_binary_serves_its_files_and_explains_the_first_run() {
    let folder = tempfile::tempdir().unwrap();
    let binary = folder.path().join("students");
    std::fs::copy(env!("CARGO_BIN_EXE_students"), &binary).unwrap();
    // Started from the empty folder, with the default database (./students.db).
    let mut server = Command::new(&binary)
        .current_dir(folder.path())
        .env_remove("DATABASE_URL")
        .env("PORT", "0")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let log: crate::shutdown::Log = Arc::new(Mutex::new(String::new()));
    let kept = log.clone();
    let lines = BufReader::new(server.stderr.take().unwrap());
    std::thread::spawn(move || {
        for line in lines.lines().map_while(Result::ok) {
            let mut log = kept.lock().unwrap();
            log.push_str(&line);
            log.push('\n');
        }
    });
    let link = setup_link(&log);
    let address = {
        let text = log.lock().unwrap().clone();
        let start = text.find("serving http://").expect("the address") + "serving ".len();
        text[start..start + text[start..].find('\n').unwrap()].to_owned()
    };
    let browser = client();
    let css = browser
        .get(format!("{address}/static/app.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert!(
        css.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.headers().contains_key(header::ETAG));
    let missing = browser
        .get(format!("{address}/static/nope.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        missing.status(),
        StatusCode::NOT_FOUND,
        "a 404, not a redirect"
    );
    assert!(missing.text().await.unwrap().contains("Page not found"));
    let login = browser
        .get(format!("{address}/login/"))
        .send()
        .await
        .unwrap();
    let page = login.text().await.unwrap();
    assert!(page.contains("No account exists yet"), "{page}");
    assert!(page.contains("students user add EMAIL --role admin"));
    let setup = browser
        .get(format!("{address}{link}"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        setup.status(),
        StatusCode::OK,
        "the printed link opens the setup page"
    );
    assert!(folder.path().join("students.db").exists());
    let _ = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status();
    wait_for_exit(&mut server, Duration::from_secs(10));
}

#[test]
fn a_database_that_cannot_be_written_stops_the_start_naming_it() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("students.db");
    let migrated = students()
        .arg("migrate")
        .env("DATABASE_URL", &file)
        .output()
        .unwrap();
    assert!(migrated.status.success());
    // Opened read-only (as a read-only file would be for a user other than root).
    let read_only = format!("file:{}?mode=ro", file.display());
    let started = students()
        .arg("serve")
        .env("DATABASE_URL", &read_only)
        .env("PORT", "0")
        .output()
        .unwrap();
    assert!(!started.status.success(), "it must not serve");
    let message = String::from_utf8_lossy(&started.stderr);
    assert!(message.contains(&file.display().to_string()), "{message}");
    assert!(
        message.contains("cannot write") || message.contains("readonly"),
        "{message}"
    );
}

#[test]
fn a_missing_folder_or_an_unknown_scheme_says_what_to_do() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("no-such-folder").join("students.db");
    let start = |url: &str| {
        let output = students()
            .arg("migrate")
            .env("DATABASE_URL", url)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{url} must not start");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let message = start(&missing.display().to_string());
    assert!(
        message.contains(&format!(
            "the folder {} does not exist",
            missing.parent().unwrap().display()
        )),
        "{message}"
    );
    assert!(!missing.parent().unwrap().exists(), "nothing created");
    for url in ["http://db.example/students", "redis://localhost/0"] {
        let message = start(url);
        let scheme = url.split("://").next().unwrap();
        assert!(
            message.contains(&format!("a {scheme}:// address")),
            "{message}"
        );
        assert!(
            message.contains("postgres://user:password@host/database")
                && message.contains("mysql://")
                && message.contains("SQLite file"),
            "the supported ones are listed: {message}"
        );
    }
}

#[test]
fn each_command_lists_only_its_own_options() {
    let help = |args: &[&str]| {
        let output = students().args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let seed = help(&["seed", "--help"]);
    assert!(
        seed.contains("--count") && !seed.contains("--port"),
        "{seed}"
    );
    let add = help(&["user", "add", "--help"]);
    for role in ["admin", "editor", "viewer"] {
        assert!(add.contains(role), "{add}");
    }
    let serve = help(&["serve", "--help"]);
    for option in [
        "--port",
        "--bind",
        "--secret-key",
        "--query-budget-ms",
        "app_secrets",
    ] {
        assert!(serve.contains(option), "{option}: {serve}");
    }
    let all = help(&["--help"]);
    assert!(all.contains("backup") && !all.contains("--port"), "{all}");
}

/// A backup taken while 8 clients write holds every write acknowledged before it began, and
/// passes SQLite's integrity check.
#[tokio::test]
async fn a_backup_during_writes_is_consistent_and_complete() {
    let app = spawn_app().await;
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    for n in 0..8 {
        let (client, url) = (app.client.clone(), app.url("/api/students"));
        let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
        writers.push(tokio::spawn(async move {
            let mut k = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let body = json!({"firstname": "W", "lastname": format!("{n}-{k}"),
                                  "email": format!("w{n}-{k}@example.com")});
                let response = client.post(&url).json(&body).send().await.unwrap();
                if response.status() == StatusCode::CREATED {
                    let stored: serde_json::Value = response.json().await.unwrap();
                    acknowledged
                        .lock()
                        .unwrap()
                        .push(stored["id"].as_i64().unwrap());
                }
                k += 1;
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before: Vec<i64> = acknowledged.lock().unwrap().clone();
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("backup.db");
    let database_url = app.database_url.clone();
    let target = copy.clone();
    let output = tokio::task::spawn_blocking(move || {
        students()
            .args(["backup", target.to_str().unwrap()])
            .env("DATABASE_URL", database_url)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("integrity check ok"));
    assert!(before.len() > 10, "writes were running: {}", before.len());
    use diesel::prelude::*;
    let mut backup = diesel::SqliteConnection::establish(copy.to_str().unwrap()).unwrap();
    let ids: Vec<i64> = students::schema::students::table
        .select(students::schema::students::id)
        .load(&mut backup)
        .unwrap();
    for id in &before {
        assert!(
            ids.contains(id),
            "student {id} was acknowledged before the backup began"
        );
    }
    // Again to the same file: refused, nothing overwritten.
    let again = students()
        .args(["backup", copy.to_str().unwrap()])
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
}
