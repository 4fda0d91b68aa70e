//! HTTP-level tests of the real app: one test binary (one link step), grouped by concern;
//! each file's header names the routes it covers.

mod api;
mod auth;
mod batches;
mod connections;
mod contract;
mod courses;
mod dashboard;
mod errors;
mod first_run;
mod hardening;
#[path = "../common/mod.rs"]
mod helpers;
mod history;
mod imports;
mod languages;
mod limits;
mod listing;
mod merge;
mod places;
mod properties;
mod readme;
mod record;
mod school_fields;
mod security;
mod self_contained;
mod shutdown;
mod validation;
mod walkthrough;
