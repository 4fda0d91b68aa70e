//! The JSON API under `/api/`: the student records for scripts and programs, with the same
//! rules as the pages, described by an OpenAPI 3.1 document generated from this code.
//!
//! Cross-site protection without tokens: bodies must be `application/json` (a form on
//! another site cannot send that without a CORS preflight, and this app answers none),
//! and the same-origin check of `security::reject_cross_site` refuses what a browser marks
//! as cross-site.
//!
//! Layer: api, beside `routes`. Imports every layer below it (views for the problem
//! document's schema, auth, json, db, domain, error kinds, foundations), never `routes`.
//! Only this file imports the handler modules; they import `docs` and `student_json`.

mod courses;
mod docs;
mod enrollments;
mod fields;
mod stats;
mod student_body;
mod student_json;
mod student_schema;
mod students;

use crate::db::Database;
use crate::error::AppError;
use crate::http::{API_PREFIX, read};
use crate::views::errors::Problem;
use actix_web::{HttpResponse, web};
use student_json::{SortDirection, SortKey};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Students API",
        description = "Student records as JSON. Errors are RFC 9457 problem documents. \
            Every request needs a personal API token (create one on your account page) sent as \
            `Authorization: Bearer <token>`, or a logged-in session: without one the answer is \
            401; writes need the editor or admin role (403 otherwise)."
    ),
    modifiers(&BearerToken),
    security(("token" = [])),
    paths(
        students::index,
        students::show,
        students::create,
        students::replace,
        students::update,
        students::delete,
        courses::index,
        courses::show,
        courses::create,
        courses::replace,
        courses::update,
        courses::delete,
        courses::students,
        enrollments::index,
        enrollments::enroll,
        enrollments::unenroll,
        stats::show,
        fields::index,
        fields::show,
        fields::create,
        fields::replace,
        fields::delete
    ),
    // Referenced from the problem responses, which do not register it themselves.
    components(schemas(Problem, SortKey, SortDirection)),
    tags(
        (name = "students", description = "Student records"),
        (name = "courses", description = "Courses, and the students in each"),
        (name = "enrollments", description = "A student's courses"),
        (name = "stats", description = "The dashboard's figures"),
        (name = "fields", description = "The fields the school defines for its students (admins only)")
    )
)]
pub struct ApiDoc;

/// Declares the `token` security scheme every operation requires, and the 401 problem
/// each answers without it.
struct BearerToken;

impl utoipa::Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some(
                "A personal API token from your account page (`stu_…`).",
            ))
            .build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("token", SecurityScheme::Http(scheme));
        let unauthorized = ResponseBuilder::new()
            .description(
                "No valid token or session: a missing, malformed, revoked or unknown token",
            )
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build();
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                operation
                    .responses
                    .responses
                    .insert("401".into(), unauthorized.clone().into());
            }
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope(API_PREFIX)
            .service(web::resource("/openapi.json").route(read().to(openapi)))
            .service(web::resource("/stats").route(read().to(stats::show)))
            .service(
                web::resource("/fields")
                    .route(read().to(fields::index))
                    .post(fields::create),
            )
            .service(
                web::resource("/fields/{id}")
                    .route(read().to(fields::show))
                    .put(fields::replace)
                    .delete(fields::delete),
            )
            .service(
                web::resource("/students")
                    .route(read().to(students::index))
                    .post(students::create),
            )
            .service(
                web::resource("/students/{id}/enrollments")
                    .route(read().to(enrollments::index))
                    .post(enrollments::enroll),
            )
            .service(
                web::resource("/students/{id}/enrollments/{course_id}")
                    .delete(enrollments::unenroll),
            )
            .service(
                web::resource("/courses")
                    .route(read().to(courses::index))
                    .post(courses::create),
            )
            .service(
                web::resource("/courses/{id}")
                    .route(read().to(courses::show))
                    .put(courses::replace)
                    .patch(courses::update)
                    .delete(courses::delete),
            )
            .service(web::resource("/courses/{id}/students").route(read().to(courses::students)))
            .service(
                web::resource("/students/{id}")
                    .route(read().to(students::show))
                    .put(students::replace)
                    .patch(students::update)
                    .delete(students::delete),
            ),
    );
}

/// The OpenAPI document, generated from the handlers' annotations, its student schemas
/// describing the fields students have now (the school's own among them).
async fn openapi(db: web::Data<Database>) -> Result<HttpResponse, AppError> {
    let mut document = ApiDoc::openapi();
    student_schema::describe(&mut document, &db.record().await?);
    let document = document.to_pretty_json().map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(document))
}
