//! CSV downloads, streamed: the first batch is read before the response starts (so a
//! failing database is still a 503 page), the rest batch by batch while the client reads,
//! with at most a few batches in memory and no connection held between them.

use crate::db::{Database, DbConnection, now};
use crate::error::AppError;
use crate::views::csv::BYTE_ORDER_MARK;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::web::Bytes;
use actix_web::{HttpResponse, web};
use diesel::QueryResult;

/// Rows per batch: large enough that per-query costs vanish, small enough to stay cheap.
pub const BATCH: i64 = 2_000;

/// Batches the client has not read yet that may wait in memory.
const QUEUED_BATCHES: usize = 4;

/// Whether the query string asks for the byte-order mark spreadsheet programs need.
pub fn wants_bom(query: &str) -> bool {
    crate::urlencoded::decode(query.as_bytes()).is_ok_and(|pairs| {
        pairs
            .iter()
            .any(|(name, value)| name == "bom" && value == "1")
    })
}

/// Streams `name`-YYYY-MM-DD.csv: `fetch` reads the batch after a cursor (the first with
/// `None`) as CSV bytes, the header included in the first, and the next cursor (`None`
/// after the last batch).
pub async fn csv<C, F>(
    db: web::Data<Database>,
    name: &str,
    bom: bool,
    step: &'static str,
    fetch: F,
) -> Result<HttpResponse, AppError>
where
    C: Send + 'static,
    F: Fn(&mut DbConnection, Option<C>) -> QueryResult<(Vec<u8>, Option<C>)>
        + Clone
        + Send
        + 'static,
{
    let first = fetch.clone();
    let (mut bytes, mut cursor) = db.read(step, move |conn| first(conn, None)).await?;
    if bom {
        bytes.splice(0..0, BYTE_ORDER_MARK.iter().copied());
    }
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, AppError>>(QUEUED_BATCHES);
    // Sent before the task starts; the channel holds it until the client reads.
    let _ = sender.try_send(Ok(Bytes::from(bytes)));
    actix_web::rt::spawn(async move {
        while let Some(after) = cursor.take() {
            let next = fetch.clone();
            let batch = db.read(step, move |conn| next(conn, Some(after))).await;
            let chunk = match batch {
                Ok((bytes, next)) => {
                    cursor = next;
                    Ok(Bytes::from(bytes))
                }
                // The response has started: all that can be done is to end it unfinished
                // (the client sees a broken download, never a silently short file).
                Err(err) => {
                    log::error!("{step} failed midway: {err}");
                    Err(err)
                }
            };
            let failed = chunk.is_err();
            if sender.send(chunk).await.is_err() || failed {
                break; // the client went away, or the download is cut
            }
        }
    });
    let filename = format!("{name}-{}.csv", now().format("%Y-%m-%d"));
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(filename)],
        })
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(tokio_stream::wrappers::ReceiverStream::new(receiver)))
}
