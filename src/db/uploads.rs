//! Uploaded files between an import's preview and its confirmation: stored in pieces
//! (no single value near a server's packet limit), readable only by the account that
//! uploaded them, erased when confirmed or cancelled, and after a day at the latest.

use super::outcome::last_insert_id;
use super::{DbConnection, now};
use crate::domain::import::ImportKind;
use crate::schema::{upload_parts, uploads};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

/// Characters per stored piece.
const PART_CHARS: usize = 256 * 1024;

/// How long an upload waits for its confirmation.
const KEPT_FOR: Duration = Duration::days(1);

#[derive(Debug, Clone)]
pub struct Upload {
    pub id: i64,
    pub kind: ImportKind,
    pub filename: String,
    pub uploaded_at: NaiveDateTime,
    pub content: String,
}

/// Stores `content` (UTF-8 text) for `account_id`, erasing uploads past their day, and
/// returns its id.
pub fn save(
    conn: &mut DbConnection,
    account_id: i64,
    kind: ImportKind,
    filename: &str,
    content: &str,
) -> QueryResult<i64> {
    conn.transaction(|conn| {
        diesel::delete(uploads::table.filter(uploads::created_at.lt(now() - KEPT_FOR)))
            .execute(conn)?;
        let insert = diesel::insert_into(uploads::table).values((
            uploads::account_id.eq(account_id),
            uploads::kind.eq(kind.as_str()),
            uploads::filename.eq(filename),
            uploads::created_at.eq(now()),
        ));
        insert.execute(conn)?;
        let id = last_insert_id(conn)?;
        for (seq, part) in pieces(content).enumerate() {
            diesel::insert_into(upload_parts::table)
                .values((
                    upload_parts::upload_id.eq(id),
                    upload_parts::seq.eq(seq as i32),
                    upload_parts::content.eq(part),
                ))
                .execute(conn)?;
        }
        Ok(id)
    })
}

/// The upload `id` of `account_id`, if it is still kept.
pub fn find(conn: &mut DbConnection, id: i64, account_id: i64) -> QueryResult<Option<Upload>> {
    let found: Option<(String, String, NaiveDateTime)> = uploads::table
        .filter(uploads::id.eq(id))
        .filter(uploads::account_id.eq(account_id))
        .filter(uploads::created_at.ge(now() - KEPT_FOR))
        .select((uploads::kind, uploads::filename, uploads::created_at))
        .first(conn)
        .optional()?;
    let Some((kind, filename, uploaded_at)) = found else {
        return Ok(None);
    };
    let parts: Vec<String> = upload_parts::table
        .filter(upload_parts::upload_id.eq(id))
        .order(upload_parts::seq)
        .select(upload_parts::content)
        .load(conn)?;
    Ok(Some(Upload {
        id,
        kind: ImportKind::parse(&kind),
        filename,
        uploaded_at,
        content: parts.concat(),
    }))
}

/// Erases upload `id` of `account_id`; whether there was one.
pub fn delete(conn: &mut DbConnection, id: i64, account_id: i64) -> QueryResult<bool> {
    // The parts go with it (ON DELETE CASCADE).
    let deleted = diesel::delete(
        uploads::table
            .filter(uploads::id.eq(id))
            .filter(uploads::account_id.eq(account_id)),
    )
    .execute(conn)?;
    Ok(deleted > 0)
}

/// `text` in pieces of at most `PART_CHARS` characters, cut at character boundaries.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .char_indices()
            .nth(PART_CHARS)
            .map_or(rest.len(), |(at, _)| at);
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cut_at_characters_and_join_back() {
        let text = "é".repeat(PART_CHARS * 2 + 3);
        let parts: Vec<&str> = pieces(&text).collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.concat(), text);
        assert_eq!(pieces("").count(), 0);
    }
}
