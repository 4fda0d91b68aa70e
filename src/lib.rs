//! Students: a server-rendered student manager (actix-web, askama, Diesel).
//! `main.rs` is a thin command-line wrapper over this library; the tests use it directly.

pub mod api;
pub mod auth;
pub mod db;
pub mod domain;
pub mod error;
pub mod form;
pub mod html;
pub mod routes;
pub mod schema;
pub mod secret_key;
pub mod security;
pub mod seed;
pub mod settings;
pub mod startup;
pub mod urlencoded;
pub mod users;
