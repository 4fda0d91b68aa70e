//! The problem responses the OpenAPI document lists, grouped as operations share them.
//! They only describe responses: `views::errors` renders every `AppError` as the problem
//! document (`Problem`) these name.

use crate::views::errors::Problem;
use utoipa::IntoResponses;

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum NotFoundProblem {
    /// No such record
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum CrossSiteProblem {
    /// A request a browser marked as coming from another site, or a write by a viewer
    #[response(status = 403, content_type = "application/problem+json")]
    CrossSite(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum BodyProblems {
    /// The body is not JSON, or an object in it names a key twice
    #[response(status = 400, content_type = "application/problem+json")]
    Malformed(Problem),
    /// The body did not arrive within 10 seconds
    #[response(status = 408, content_type = "application/problem+json")]
    TooSlow(Problem),
    /// A unique value is taken: a student's email (ignoring case), a course's code, an enrollment
    #[response(status = 409, content_type = "application/problem+json")]
    EmailTaken(Problem),
    /// The body is over 256 KiB
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not application/json
    #[response(status = 415, content_type = "application/problem+json")]
    NotJson(Problem),
    /// Invalid fields (see `errors`), or JSON of the wrong shape
    #[response(status = 422, content_type = "application/problem+json")]
    Invalid(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum PreconditionProblem {
    /// `If-Match` names another version than the stored one: someone changed the record
    /// since it was read (read it again for its current `ETag`)
    #[response(status = 412, content_type = "application/problem+json")]
    PreconditionFailed(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum QueryProblem {
    /// A query parameter outside its range or of another kind (the detail names it)
    #[response(status = 400, content_type = "application/problem+json")]
    OutOfRange(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum HeaderProblem {
    /// `If-Match` is neither `*` nor a list of entity tags
    #[response(status = 400, content_type = "application/problem+json")]
    MalformedIfMatch(Problem),
}
