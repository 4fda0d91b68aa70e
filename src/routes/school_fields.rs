//! The Fields page, for admins: index, new/create, edit/update, shift (move up or down),
//! retire/bring_back, confirm_delete/delete of the fields the school defines.

use crate::db::{Database, fields};
use crate::domain::FieldErrors;
use crate::domain::field_form::FieldForm;
use crate::domain::record::SchoolField;
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::i18n::Message;
use crate::views::school_fields::{ConfirmDeletePage, FormPage, IndexPage};
use crate::views::{Layout, render, see_other};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

const INDEX: &str = "/fields/";

/// Field `id` and how many students have a value of it.
async fn find_or_404(db: &Database, id: i64) -> Result<(SchoolField, i64), AppError> {
    let (field, values) = db
        .read("finding the field", move |conn| {
            Ok((fields::find(conn, id)?, fields::value_count(conn, id)?))
        })
        .await?;
    Ok((field.ok_or(AppError::NotFound)?, values))
}

/// "… the field Class."
fn about(id: &'static str, field: &SchoolField) -> Message {
    Message::new(id).with("field", field.spec.label.message())
}

pub async fn index(db: web::Data<Database>, layout: Layout) -> Result<HttpResponse, AppError> {
    let (all, counts) = db
        .read("listing the fields", |conn| {
            Ok((fields::all(conn)?, fields::value_counts(conn)?))
        })
        .await?;
    render(StatusCode::OK, &IndexPage::new(layout, &all, &counts))
}

pub async fn new(layout: Layout) -> Result<HttpResponse, AppError> {
    let page = FormPage {
        layout,
        field: None,
        form: FieldForm {
            kind: "short_text".into(),
            in_list: "on".into(),
            ..FieldForm::default()
        },
        errors: FieldErrors::default(),
        values: 0,
    };
    render(StatusCode::OK, &page)
}

/// The form again, with `errors` at their inputs.
fn refused(page: FormPage, errors: FieldErrors) -> Result<HttpResponse, AppError> {
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &FormPage { errors, ..page },
    )
}

pub async fn create(
    db: web::Data<Database>,
    layout: Layout,
    form: CsrfForm<FieldForm>,
) -> Result<HttpResponse, AppError> {
    let page = FormPage {
        layout,
        field: None,
        form: form.into_inner(),
        errors: FieldErrors::default(),
        values: 0,
    };
    let valid = match page.form.parse(None) {
        Ok(valid) => valid,
        Err(errors) => return refused(page, errors),
    };
    let created = db
        .write("adding a field", move |conn| fields::create(conn, &valid))
        .await?;
    match created {
        Ok(field) => Ok(see_other(INDEX, about("fields-added", &field))),
        Err(refusal) => refused(page, refusal.into()),
    }
}

pub async fn edit(
    db: web::Data<Database>,
    layout: Layout,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (field, values) = find_or_404(&db, *id).await?;
    let page = FormPage {
        layout,
        form: FieldForm::of(&field),
        field: Some(field),
        errors: FieldErrors::default(),
        values,
    };
    render(StatusCode::OK, &page)
}

pub async fn update(
    db: web::Data<Database>,
    layout: Layout,
    id: web::Path<i64>,
    form: CsrfForm<FieldForm>,
) -> Result<HttpResponse, AppError> {
    let (field, values) = find_or_404(&db, *id).await?;
    let page = FormPage {
        layout,
        form: form.into_inner(),
        field: Some(field.clone()),
        errors: FieldErrors::default(),
        values,
    };
    let valid = match page.form.parse(Some(&field)) {
        Ok(valid) => valid,
        Err(errors) => return refused(page, errors),
    };
    let id = field.id;
    let saved = db
        .write("changing a field", move |conn| {
            fields::update(conn, id, &valid)
        })
        .await?;
    match saved {
        Ok(field) => Ok(see_other(INDEX, about("fields-saved", &field))),
        Err(refusal) => refused(page, refusal.into()),
    }
}

/// Which way a field moves.
#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    to: String,
}

pub async fn shift(
    db: web::Data<Database>,
    id: web::Path<i64>,
    form: CsrfForm<MoveForm>,
) -> Result<HttpResponse, AppError> {
    let by = match form.into_inner().to.as_str() {
        "up" => -1,
        "down" => 1,
        _ => return Err(AppError::BadRequest(Message::new("fields-error-move"))),
    };
    let id = *id;
    db.write("moving a field", move |conn| fields::shift(conn, id, by))
        .await?;
    Ok(see_other(INDEX, Message::new("fields-moved")))
}

async fn set_retired(db: &Database, id: i64, retired: bool) -> Result<HttpResponse, AppError> {
    let field = db
        .write("retiring a field", move |conn| {
            fields::set_retired(conn, id, retired)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = if retired {
        "fields-retired"
    } else {
        "fields-brought-back"
    };
    Ok(see_other(INDEX, about(notice, &field)))
}

pub async fn retire(
    db: web::Data<Database>,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    set_retired(&db, *id, true).await
}

pub async fn bring_back(
    db: web::Data<Database>,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    set_retired(&db, *id, false).await
}

pub async fn confirm_delete(
    db: web::Data<Database>,
    layout: Layout,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (field, values) = find_or_404(&db, *id).await?;
    render(
        StatusCode::OK,
        &ConfirmDeletePage {
            layout,
            field,
            values,
        },
    )
}

pub async fn delete(
    db: web::Data<Database>,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let (field, count) = db
        .write("deleting a field", move |conn| fields::delete(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other(
        INDEX,
        about("fields-deleted", &field).with("count", count),
    ))
}
