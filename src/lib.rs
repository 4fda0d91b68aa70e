//! Students: a server-rendered student manager (actix-web, askama, Diesel).
//! `main.rs` is a thin command-line wrapper over this library; the tests use it directly.
//!
//! The modules form layers, each importing only from those below it (`tests/architecture.rs`
//! holds the code to this order):
//!
//! 0. `i18n`: the languages, their texts, numbers and dates
//! 1. foundations: `schema`, `settings`, `urlencoded`, `format`, `http`, `tokens`
//! 2. `domain`: validated values and the rules' refusals
//! 3. `error`: the kinds of failure and their statuses
//! 4. `db`: queries, transactions, row types
//! 5. `security`, `cookie_key` and `body`; then `auth`, `form`, `upload`, `json`: who asks, what
//!    they send
//! 6. `views`: layout, pages, view models, error pages and problem documents
//! 7. `api`, `routes`, `commands`: the handlers
//! 8. `startup`, then `main`: the wiring

pub mod api;
pub mod auth;
pub mod body;
pub mod commands;
pub mod cookie_key;
pub mod db;
pub mod domain;
pub mod error;
pub mod form;
pub mod format;
pub mod http;
pub mod i18n;
pub mod json;
pub mod routes;
pub mod schema;
pub mod security;
pub mod settings;
pub mod startup;
pub mod tokens;
pub mod upload;
pub mod urlencoded;
pub mod views;
