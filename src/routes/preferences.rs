//! The language, time zone and theme switcher: the form in every page's footer and on the
//! account page. A logged-in person's choice is stored with their account (it follows them
//! to every browser); anyone else's is kept in their session cookie.

use crate::auth;
use crate::db::{Database, accounts};
use crate::domain::PreferencesForm;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::views::{locale, redirect, see_other_refused};
use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};

pub async fn update(
    db: web::Data<Database>,
    req: HttpRequest,
    session: Session,
    form: CsrfForm<PreferencesForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let back = form.back().to_owned();
    let staff = auth::current(&req).await?;
    let current = match &staff {
        Some(staff) => staff.account.preferences,
        None => locale::in_session(&session),
    };
    let chosen = match form.apply_to(current) {
        Ok(chosen) => chosen,
        // Only a hand-made form sends what the choices do not offer.
        Err(errors) => {
            let why = errors.iter().next().map(|(_, message)| message.clone());
            return Ok(match why {
                Some(why) => see_other_refused(&back, why),
                None => redirect(&back),
            });
        }
    };
    match staff {
        Some(staff) => {
            let id = staff.account.id;
            db.write("saving preferences", move |conn| {
                accounts::set_preferences(conn, id, &chosen)
            })
            .await?;
        }
        None => locale::keep_in_session(&session, &chosen)
            .map_err(|err| AppError::internal(anyhow::anyhow!("keeping preferences: {err}")))?,
    }
    Ok(redirect(&back))
}
