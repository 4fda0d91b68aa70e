//! The pages' URL map, and the pages that belong to no resource (about, health, the
//! fallback). One module of handlers per resource; each handler parses the request, calls
//! the database and renders a view from `views`.
//!
//! Layer: routes, beside `api`. Imports every layer below (views, auth, form, db, domain,
//! error kinds, foundations), never `api`. Only this file imports the handler modules;
//! they import each other (`students` is shared by `deleted` and `enrollments`), never it.

mod accounts;
mod assets;
mod bulk;
mod courses;
mod dashboard;
mod deleted;
mod download;
mod enrollments;
mod imports;
mod login;
mod own_account;
mod preferences;
mod school_fields;
mod students;

use crate::db::{self, Database};
use crate::error::AppError;
use crate::http::{self, read};
use crate::views::pages::AboutPage;
use crate::views::{Layout, render};
use actix_files::Files;
use actix_web::http::{Method, StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use diesel::RunQueryDsl;
use std::path::Path;

/// The static files: built into the binary, or from `dir` while working on them. Registered
/// before every other route, so that `/static/…` is always a file (or a 404).
pub fn configure_static(cfg: &mut web::ServiceConfig, dir: Option<&Path>) {
    match dir {
        Some(dir) => cfg.service(Files::new(http::STATIC_PREFIX, dir)),
        None => cfg.service(web::resource(http::STATIC_ROUTE).route(read().to(assets::show))),
    };
}

/// Routes are resources without method guards, so a known path with a method it does not
/// take is a 405 (see `views::errors::renderer`), not a 404. The pages under a common first
/// segment are scopes: a path is matched against a pattern with `{id}` by a regular
/// expression, a tenth of a student page's time when it was tried against every such
/// pattern before its own, where a scope's prefix is compared as text.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/").route(read().to(students::index)))
        .service(web::resource("/export.csv").route(read().to(students::export)))
        .service(web::resource("/enrollments/export.csv").route(read().to(enrollments::export)))
        .service(
            web::resource("/login/")
                .route(read().to(login::login_form))
                .post(login::login),
        )
        .service(web::resource("/logout/").post(login::logout))
        .service(web::resource("/preferences/").post(preferences::update))
        .service(
            web::resource("/setup/")
                .route(read().to(login::setup_form))
                .post(login::setup),
        )
        .service(web::resource("/about/").route(read().to(about)))
        .service(web::resource("/dashboard/").route(read().to(dashboard::show)))
        .service(web::resource("/healthz").route(read().to(healthz)))
        .service(
            web::resource("/create/")
                .route(read().to(students::new))
                .post(students::create),
        )
        .service(web::resource("/deleted/").route(read().to(deleted::index)))
        .service(web::resource("/bulk/").post(bulk::act))
        .service(web::resource("/bulk/delete/").post(bulk::delete))
        .service(
            web::scope("/account")
                .service(web::resource("/").route(read().to(own_account::show)))
                .service(web::resource("/password/").post(own_account::change_password))
                .service(web::resource("/tokens/").post(own_account::create_token))
                .service(web::resource("/tokens/{id}/delete/").post(own_account::revoke_token)),
        )
        .service(
            web::scope("/fields")
                .service(web::resource("/").route(read().to(school_fields::index)))
                .service(
                    web::resource("/create/")
                        .route(read().to(school_fields::new))
                        .post(school_fields::create),
                )
                .service(
                    web::resource("/{id}/edit/")
                        .route(read().to(school_fields::edit))
                        .post(school_fields::update),
                )
                .service(web::resource("/{id}/move/").post(school_fields::shift))
                .service(web::resource("/{id}/retire/").post(school_fields::retire))
                .service(web::resource("/{id}/bring-back/").post(school_fields::bring_back))
                .service(
                    web::resource("/{id}/delete/")
                        .route(read().to(school_fields::confirm_delete))
                        .post(school_fields::delete),
                ),
        )
        .service(
            web::scope("/accounts")
                .service(web::resource("/").route(read().to(accounts::index)))
                .service(
                    web::resource("/create/")
                        .route(read().to(accounts::new))
                        .post(accounts::create),
                )
                .service(
                    web::resource("/{id}/edit/")
                        .route(read().to(accounts::edit))
                        .post(accounts::update),
                )
                .service(
                    web::resource("/{id}/delete/")
                        .route(read().to(accounts::confirm_delete))
                        .post(accounts::delete),
                ),
        )
        .service(
            web::scope("/batches")
                .service(web::resource("/{id}/restore/").post(bulk::restore))
                .service(web::resource("/{id}/undo-import/").post(imports::undo))
                .service(web::resource("/{id}/undo-edit/").post(bulk::undo_edit)),
        )
        .service(
            web::scope("/import")
                .service(
                    web::resource("/")
                        .route(read().to(imports::new))
                        .post(imports::upload),
                )
                .service(web::resource("/{id}/").route(read().to(imports::preview)))
                .service(web::resource("/{id}/confirm/").post(imports::confirm))
                .service(web::resource("/{id}/cancel/").post(imports::cancel)),
        )
        // Before the student routes: "/courses/" would otherwise be student "courses".
        .service(
            web::scope("/courses")
                .service(web::resource("/").route(read().to(courses::index)))
                .service(web::resource("/export.csv").route(read().to(courses::export)))
                .service(
                    web::resource("/create/")
                        .route(read().to(courses::new))
                        .post(courses::create),
                )
                .service(web::resource("/{id}/").route(read().to(courses::show)))
                .service(
                    web::resource("/{id}/students.csv").route(read().to(enrollments::class_list)),
                )
                .service(
                    web::resource("/{id}/edit/")
                        .route(read().to(courses::edit))
                        .post(courses::update),
                )
                .service(
                    web::resource("/{id}/delete/")
                        .route(read().to(courses::confirm_delete))
                        .post(courses::delete),
                )
                .service(web::resource("/{id}/restore/").post(courses::restore)),
        )
        .service(web::resource("/{id}/").route(read().to(students::show)))
        .service(
            web::resource("/{id}/edit/")
                .route(read().to(students::edit))
                .post(students::update),
        )
        .service(
            web::resource("/{id}/delete/")
                .route(read().to(students::confirm_delete))
                .post(students::delete),
        )
        .service(web::resource("/{id}/restore/").post(deleted::restore))
        .service(web::resource("/{id}/enrollments/").post(enrollments::enroll))
        .service(
            web::resource("/{id}/enrollments/{course_id}/delete/")
                .route(read().to(enrollments::confirm_unenroll))
                .post(enrollments::unenroll),
        );
}

/// A `/{id}/` segment that is not a 64-bit number names no student: 404, not 400.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into())
}

async fn about(layout: Layout) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &AboutPage { layout })
}

/// 200 when the database answers a read and takes a (rolled-back) write, 503 saying which
/// failed when not.
async fn healthz(db: web::Data<Database>) -> HttpResponse {
    let read = db.read("the health check's read", |conn| {
        diesel::sql_query("SELECT 1").execute(conn).map(drop)
    });
    let failed = match read.await {
        Err(err) => Some(("reads", err)),
        Ok(()) => db
            .write("the health check's write", db::health::write_check)
            .await
            .err()
            .map(|err| ("writes", err)),
    };
    match failed {
        None => HttpResponse::Ok()
            .content_type("text/plain")
            .body("ok: reads and writes\n"),
        Some((what, err)) => {
            log::error!("health check failed: {err}");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body(format!("database unavailable: {what} failed\n"))
        }
    }
}

/// Unmatched requests: a known page asked for without its trailing slash is redirected to
/// it (308 keeps the method and body); anything else is a 404 (a page, or under `/api/` a
/// problem: the API's paths have no trailing slash).
pub async fn fallback(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let path = req.path();
    if http::is_api(path) || path.ends_with('/') {
        return Err(AppError::NotFound);
    }
    let with_slash = format!("{path}/");
    let known = req
        .resource_map()
        .match_pattern(&with_slash)
        .is_some_and(|pattern| names_a_page(&pattern, &with_slash));
    if !known || !matches!(*req.method(), Method::GET | Method::HEAD | Method::POST) {
        return Err(AppError::NotFound);
    }
    let location = match req.query_string() {
        "" => with_slash,
        query => format!("{with_slash}?{query}"),
    };
    Ok(HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, location))
        .finish())
}

/// Whether `path` is a page of the route `pattern`: every `{id}` of the pattern a number
/// there, and nothing a browser would read as another host (`//host`, `/\host`).
fn names_a_page(pattern: &str, path: &str) -> bool {
    if path.starts_with("//") || path.contains('\\') || http::is_static(pattern) {
        return false;
    }
    pattern.split('/').count() == path.split('/').count()
        && pattern
            .split('/')
            .zip(path.split('/'))
            .all(|(expected, segment)| {
                if expected.starts_with('{') {
                    segment.parse::<i64>().is_ok()
                } else {
                    expected == segment
                }
            })
}
