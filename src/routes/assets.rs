//! The stylesheet, script and icon, compiled into the binary (rust-embed): a copied binary
//! serves them from anywhere. Each answer carries an ETag (the file's SHA-256) and its
//! Last-Modified date, and a browser asking again with either gets a 304.

use crate::error::AppError;
use actix_web::http::header::{self, EntityTag, HttpDate};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::Embed;
use std::borrow::Cow;
use std::time::{Duration, UNIX_EPOCH};

#[derive(Embed)]
#[folder = "static/"]
struct Assets;

/// `GET /static/{path}`: the file, or the 404 page (never a redirect).
pub async fn show(request: HttpRequest, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let file = Assets::get(&path).ok_or(AppError::NotFound)?;
    let tag = EntityTag::new_strong(hex::encode(&file.metadata.sha256_hash()[..16]));
    let modified = file
        .metadata
        .last_modified()
        .map(|seconds| HttpDate::from(UNIX_EPOCH + Duration::from_secs(seconds)));
    let unchanged = match request.headers().get(header::IF_NONE_MATCH) {
        Some(sent) => sent
            .to_str()
            .is_ok_and(|sent| sent.split(',').any(|one| one.trim() == tag.to_string())),
        None => {
            let since = request
                .headers()
                .get(header::IF_MODIFIED_SINCE)
                .and_then(|since| since.to_str().ok()?.parse::<HttpDate>().ok());
            matches!((since, modified), (Some(since), Some(modified)) if modified <= since)
        }
    };
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response.insert_header(header::ETag(tag));
    if let Some(modified) = modified {
        response.insert_header(header::LastModified(modified));
    }
    if unchanged {
        return Ok(response.finish());
    }
    let body = match file.data {
        Cow::Borrowed(bytes) => Bytes::from_static(bytes),
        Cow::Owned(bytes) => Bytes::from(bytes),
    };
    Ok(response.content_type(file.metadata.mimetype()).body(body))
}
