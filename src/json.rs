//! `ApiJson<T>`: the extractor for API request bodies. Only `application/json` (or a
//! `+json` type) is read — which a form on another site cannot send without a CORS
//! preflight this app never grants — up to the same 256 KiB as forms; a body that is not
//! JSON is a 400, JSON of the wrong shape a 422.
//!
//! Layer: json, beside `form` and `auth`. Imports the foundations and the error kinds.

use crate::body;
use crate::error::AppError;
use crate::i18n::Message;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::{self, DeserializeOwned, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::error::Category;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = {
            let essence = req.content_type().to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        };
        let payload = web::Payload::from_request(req, payload).into_inner();
        Box::pin(async move {
            if !is_json {
                return Err(AppError::UnsupportedMediaType);
            }
            let body = body::read(payload, "error-body-unreadable").await?;
            let Unique(value) = serde_json::from_slice(&body).map_err(|err| {
                match err.classify() {
                    // Only `Unique` raises data errors here: a key given twice.
                    Category::Data => {
                        AppError::BadRequest(Message::verbatim(format!("The body names {err}")))
                    }
                    Category::Syntax | Category::Eof | Category::Io => AppError::BadRequest(
                        Message::verbatim(format!("The body is not valid JSON: {err}")),
                    ),
                }
            })?;
            // Every body of this API is an object; serde would also read a struct from an
            // array of its fields in order, which nobody means.
            if !value.is_object() {
                return Err(AppError::WrongShape(
                    "invalid type: expected a JSON object".into(),
                ));
            }
            serde_json::from_value(value)
                .map(ApiJson)
                .map_err(|err| AppError::WrongShape(err.to_string()))
        })
    }
}

/// A field that is present, possibly `null` (absent fields take the serde default, `None`).
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A JSON value in which no object names a key twice. serde_json keeps the last of two
/// (forms refuse a repeated field, and so does the API: which one was meant?).
struct Unique(serde_json::Value);

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueVisitor).map(Unique)
    }
}

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_i64<E>(self, value: i64) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_u64<E>(self, value: u64) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_f64<E>(self, value: f64) -> Result<Self::Value, E> {
        Ok(serde_json::Number::from_f64(value).map_or(serde_json::Value::Null, Into::into))
    }

    fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_string<E>(self, value: String) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        Unique::deserialize(deserializer).map(|unique| unique.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Unique(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(items.into())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("the key `{key}` twice")));
            }
            let Unique(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(object.into())
    }
}

/// A whole number in a JSON body: `21`, and also `21.0` (JSON has one number type, and a
/// JSON Schema `integer` includes it); `21.5` or a number past 64 bits is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Integer(pub i64);

impl<'de> Deserialize<'de> for Integer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = serde_json::Number::deserialize(deserializer)?;
        if let Some(whole) = number.as_i64() {
            return Ok(Self(whole));
        }
        let float = number.as_f64().unwrap_or(f64::NAN);
        if float.fract() == 0.0 && float.abs() < 9.2e18 {
            return Ok(Self(float as i64));
        }
        Err(de::Error::invalid_type(
            de::Unexpected::Float(float),
            &"a whole number",
        ))
    }
}
