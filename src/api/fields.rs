//! `/api/fields`, for admins: the fields the school defines, listed, added, changed
//! (retired or brought back too) and deleted by script, by the same rules and messages as
//! the Fields page (`FieldForm::parse`, `db::fields`).

use super::docs::{BodyProblems, CrossSiteProblem, NotFoundProblem};
use crate::db::{Database, fields};
use crate::domain::field_form::FieldForm;
use crate::domain::record::{SchoolField, SchoolKind};
use crate::domain::{FieldErrors, Refusal};
use crate::error::AppError;
use crate::i18n::Language;
use crate::json::ApiJson;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;

/// Texts by language tag (`en`, `de`, `es`, `ar`), as given.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    #[schema(max_length = 300)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
    #[schema(max_length = 300)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    de: Option<String>,
    #[schema(max_length = 300)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    es: Option<String>,
    #[schema(max_length = 300)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ar: Option<String>,
}

impl Texts {
    fn of(texts: &crate::domain::record::Texts) -> Self {
        let given = |language| {
            let text = texts.given_in(language);
            (!text.is_empty()).then(|| text.to_owned())
        };
        Self {
            en: given(Language::En),
            de: given(Language::De),
            es: given(Language::Es),
            ar: given(Language::Ar),
        }
    }
}

/// A bound: a whole number, or a day (`YYYY-MM-DD`) for a date field.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum Bound {
    Number(i64),
    Day(String),
}

impl Bound {
    fn text(&self) -> String {
        match self {
            Self::Number(number) => number.to_string(),
            Self::Day(day) => day.clone(),
        }
    }
}

/// The kinds of field a school can define (`SchoolKind::NAMES`).
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KindName {
    ShortText,
    LongText,
    WholeNumber,
    Date,
    YesNo,
    Choice,
    Choices,
}

impl KindName {
    fn as_str(self) -> &'static str {
        match self {
            Self::ShortText => "short_text",
            Self::LongText => "long_text",
            Self::WholeNumber => "whole_number",
            Self::Date => "date",
            Self::YesNo => "yes_no",
            Self::Choice => "choice",
            Self::Choices => "choices",
        }
    }
}

/// A field as a script defines it: what the Fields page's form takes.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldBody {
    /// The label in one language at least.
    label: Texts,
    /// Made from the label when left out; fixed once students have values.
    #[serde(default)]
    #[schema(max_length = 40)]
    key: Option<String>,
    #[serde(default)]
    help: Option<Texts>,
    kind: KindName,
    #[serde(default)]
    required: bool,
    /// Short text and whole numbers only.
    #[serde(default)]
    unique: bool,
    /// Short text only.
    #[serde(default)]
    searchable: bool,
    #[serde(default)]
    in_list: bool,
    /// The longest value of a text (1–200 for short text, 1–10 000 for long text).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 10000)]
    max_chars: Option<u32>,
    #[serde(default)]
    min: Option<Bound>,
    #[serde(default)]
    max: Option<Bound>,
    /// The choices' texts, in order (a choice field's); a stored choice keeps its key
    /// when its text changes in place.
    #[serde(default)]
    #[schema(max_items = 200)]
    choices: Option<Vec<String>>,
    /// Hidden from forms and lists, values kept (`PUT` only; a new field is not).
    #[serde(default)]
    retired: bool,
}

impl FieldBody {
    /// The Fields page's form holding this body.
    fn form(&self) -> FieldForm {
        let text = |texts: Option<&Texts>, language: Language| {
            texts
                .and_then(|texts| match language {
                    Language::En => texts.en.clone(),
                    Language::De => texts.de.clone(),
                    Language::Es => texts.es.clone(),
                    Language::Ar => texts.ar.clone(),
                })
                .unwrap_or_default()
        };
        let on = |ticked: bool| {
            if ticked {
                "on".to_owned()
            } else {
                String::new()
            }
        };
        let (label, help) = (Some(&self.label), self.help.as_ref());
        FieldForm {
            label_en: text(label, Language::En),
            label_de: text(label, Language::De),
            label_es: text(label, Language::Es),
            label_ar: text(label, Language::Ar),
            key: self.key.clone().unwrap_or_default(),
            help_en: text(help, Language::En),
            help_de: text(help, Language::De),
            help_es: text(help, Language::Es),
            help_ar: text(help, Language::Ar),
            kind: self.kind.as_str().to_owned(),
            required: on(self.required),
            unique: on(self.unique),
            searchable: on(self.searchable),
            in_list: on(self.in_list),
            max_chars: self.max_chars.map(|n| n.to_string()).unwrap_or_default(),
            min: self.min.as_ref().map(Bound::text).unwrap_or_default(),
            max: self.max.as_ref().map(Bound::text).unwrap_or_default(),
            choices: self.choices.clone().unwrap_or_default().join("\n"),
        }
    }
}

/// A choice as answered: its key (what students' values name) and its texts.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChoiceRecord {
    key: String,
    text: Texts,
}

/// A field the school defined.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldRecord {
    id: i64,
    key: String,
    label: Texts,
    help: Texts,
    kind: String,
    required: bool,
    unique: bool,
    searchable: bool,
    in_list: bool,
    max_chars: Option<usize>,
    min: Option<Bound>,
    max: Option<Bound>,
    choices: Vec<ChoiceRecord>,
    retired: bool,
    position: i32,
    version: i32,
    /// How many students have a value.
    students: i64,
}

impl FieldRecord {
    fn new(field: SchoolField, students: i64) -> Self {
        let spec = field.spec;
        let day = |day: Option<chrono::NaiveDate>| day.map(|day| Bound::Day(day.to_string()));
        let (max_chars, min, max) = match &spec.kind {
            SchoolKind::ShortText { max_chars } | SchoolKind::LongText { max_chars } => {
                (Some(*max_chars), None, None)
            }
            SchoolKind::WholeNumber { min, max } => {
                (None, Some(Bound::Number(*min)), Some(Bound::Number(*max)))
            }
            SchoolKind::Date { min, max } => (None, day(*min), day(*max)),
            _ => (None, None, None),
        };
        let choices = spec
            .kind
            .choices()
            .iter()
            .map(|choice| ChoiceRecord {
                key: choice.key.clone(),
                text: Texts::of(&choice.text),
            })
            .collect();
        Self {
            id: field.id,
            key: field.key,
            label: Texts::of(&spec.label),
            help: Texts::of(&spec.help),
            kind: spec.kind.name().to_owned(),
            required: spec.required,
            unique: spec.unique,
            searchable: spec.searchable,
            in_list: spec.in_list,
            max_chars,
            min,
            max,
            choices,
            retired: field.retired,
            position: field.position,
            version: field.version,
            students,
        }
    }
}

/// The school's fields, retired ones too, in their order.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldList {
    fields: Vec<FieldRecord>,
}

async fn find(db: &Database, id: i64) -> Result<(SchoolField, i64), AppError> {
    let (field, students) = db
        .read("finding the field", move |conn| {
            Ok((fields::find(conn, id)?, fields::value_count(conn, id)?))
        })
        .await?;
    Ok((field.ok_or(AppError::NotFound)?, students))
}

fn invalid(errors: FieldErrors) -> AppError {
    AppError::Invalid(errors)
}

fn refused(refusal: Refusal) -> AppError {
    refusal.into()
}

/// List the school's fields.
#[utoipa::path(get, path = "/api/fields", tag = "fields", operation_id = "listFields",
    responses((status = 200, description = "The fields", body = FieldList), CrossSiteProblem))]
pub async fn index(db: web::Data<Database>) -> Result<HttpResponse, AppError> {
    let (all, counts): (Vec<SchoolField>, HashMap<i64, i64>) = db
        .read("listing the fields", |conn| {
            Ok((fields::all(conn)?, fields::value_counts(conn)?))
        })
        .await?;
    let fields = all
        .into_iter()
        .map(|field| {
            let students = counts.get(&field.id).copied().unwrap_or_default();
            FieldRecord::new(field, students)
        })
        .collect();
    Ok(HttpResponse::Ok().json(FieldList { fields }))
}

/// One field.
#[utoipa::path(get, path = "/api/fields/{id}", tag = "fields", operation_id = "getField",
    params(("id" = i64, Path, description = "Field id")),
    responses((status = 200, description = "The field", body = FieldRecord), NotFoundProblem, CrossSiteProblem))]
pub async fn show(db: web::Data<Database>, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let (field, students) = find(&db, *id).await?;
    Ok(HttpResponse::Ok().json(FieldRecord::new(field, students)))
}

/// Add a field.
#[utoipa::path(post, path = "/api/fields", tag = "fields", operation_id = "createField",
    request_body = FieldBody,
    responses((status = 201, description = "Stored", body = FieldRecord,
        headers(("Location" = String, description = "The new field's URL"))),
        CrossSiteProblem, BodyProblems))]
pub async fn create(
    db: web::Data<Database>,
    body: ApiJson<FieldBody>,
) -> Result<HttpResponse, AppError> {
    let valid = body.0.form().parse(None).map_err(invalid)?;
    let field = db
        .write("adding a field", move |conn| fields::create(conn, &valid))
        .await?
        .map_err(refused)?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/fields/{}", field.id)))
        .json(FieldRecord::new(field, 0)))
}

/// Change a field: its definition, and whether it is retired.
#[utoipa::path(put, path = "/api/fields/{id}", tag = "fields", operation_id = "replaceField",
    params(("id" = i64, Path, description = "Field id")),
    request_body = FieldBody,
    responses((status = 200, description = "Stored", body = FieldRecord),
        NotFoundProblem, CrossSiteProblem, BodyProblems))]
pub async fn replace(
    db: web::Data<Database>,
    id: web::Path<i64>,
    body: ApiJson<FieldBody>,
) -> Result<HttpResponse, AppError> {
    let (stored, _) = find(&db, *id).await?;
    let body = body.0;
    let valid = body.form().parse(Some(&stored)).map_err(invalid)?;
    let (id, retired) = (stored.id, body.retired);
    db.write("changing a field", move |conn| {
        fields::update(conn, id, &valid)
    })
    .await?
    .map_err(refused)?;
    if retired != stored.retired {
        db.write("retiring a field", move |conn| {
            fields::set_retired(conn, id, retired)
        })
        .await?;
    }
    let (field, students) = find(&db, id).await?;
    Ok(HttpResponse::Ok().json(FieldRecord::new(field, students)))
}

/// Delete a field and every student's value of it.
#[utoipa::path(delete, path = "/api/fields/{id}", tag = "fields", operation_id = "deleteField",
    params(("id" = i64, Path, description = "Field id")),
    responses((status = 204, description = "Deleted"), NotFoundProblem, CrossSiteProblem))]
pub async fn delete(db: web::Data<Database>, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let id = *id;
    db.write("deleting a field", move |conn| fields::delete(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::NoContent().finish())
}
