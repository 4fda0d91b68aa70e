//! Connections the database server ends (a restart, an administrator, a proxy's idle
//! timeout): a request on one gets the 503 page with `Retry-After`, never a 500, the pool
//! drops it, and the app recovers by itself, although a connection that answered a moment
//! ago is handed out without asking the server first.
//!
//! Routes: `GET /` (any page that reads).
#![cfg(feature = "postgres")]

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{StatusCode, header};
use std::time::Duration;

#[tokio::test]
async fn connections_the_server_ended_leave_the_pool() {
    let Some(app) = spawn_app_on(Backend::Postgres).await else {
        return;
    };
    // Every connection of the app's pool has just answered.
    let statuses = index_pages_at_once(&app, 24).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );

    let mut conn = app.pool.get().expect("connection");
    diesel::sql_query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .execute(&mut **conn)
    .expect("ending the app's connections");

    // Each ended connection fails one request, with the 503 page, and leaves the pool.
    let mut unavailable = 0;
    loop {
        let response = app.get("/").await;
        if response.status() == StatusCode::OK {
            break;
        }
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(response.headers().contains_key(header::RETRY_AFTER));
        let page = response.text().await.expect("body");
        assert!(page.contains("Temporarily unavailable"), "{page}");
        unavailable += 1;
        assert!(
            unavailable <= 8,
            "more failures than the pool has connections"
        );
    }
    // Once idle for a second, a connection is asked before it is handed out: the ended
    // connections still pooled are found then and replaced, and no request fails.
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    let statuses = index_pages_at_once(&app, 24).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
}

/// The statuses of `count` index pages requested at once.
async fn index_pages_at_once(app: &TestApp, count: usize) -> Vec<StatusCode> {
    let mut pages = tokio::task::JoinSet::new();
    for _ in 0..count {
        let (client, url) = (app.client.clone(), format!("{}/", app.address));
        pages.spawn(async move { client.get(url).send().await.expect("GET").status() });
    }
    pages.join_all().await
}
