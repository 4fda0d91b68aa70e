//! Queries on `api_tokens`: personal tokens for the JSON API, found by their digest.

use super::accounts::{Account, AccountRow, split};
use super::{DbConnection, Stamp};
use crate::schema::{accounts, api_tokens};
use crate::tokens::Issued;
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// A token as its owner's account page lists it (never the token itself).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub hint: String,
    #[diesel(deserialize_as = Stamp)]
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
}

/// Stores a new token of `account_id`: its digest, and its last four characters so that
/// its owner can tell it apart.
pub fn create(
    conn: &mut DbConnection,
    account_id: i64,
    name: &str,
    token: &Issued,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let hint = &token.plain[token.plain.len().saturating_sub(4)..];
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::account_id.eq(account_id),
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(&token.digest),
            api_tokens::hint.eq(hint),
            api_tokens::created_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

pub fn of_account(conn: &mut DbConnection, account_id: i64) -> QueryResult<Vec<ApiToken>> {
    api_tokens::table
        .filter(api_tokens::account_id.eq(account_id))
        .order(api_tokens::id.desc())
        .select(ApiToken::as_select())
        .load(conn)
}

/// Revokes one of `account_id`'s tokens; `None` when it has no such token.
pub fn revoke(
    conn: &mut DbConnection,
    account_id: i64,
    token_id: i64,
) -> QueryResult<Option<String>> {
    conn.transaction(|conn| {
        let name: Option<String> = api_tokens::table
            .filter(api_tokens::id.eq(token_id))
            .filter(api_tokens::account_id.eq(account_id))
            .select(api_tokens::name)
            .first(conn)
            .optional()?;
        if name.is_some() {
            diesel::delete(api_tokens::table.find(token_id)).execute(conn)?;
        }
        Ok(name)
    })
}

/// The account a token belongs to, with the token's id and when it was last used, in one
/// query: this runs on every API request made with a token.
pub fn find(
    conn: &mut DbConnection,
    digest: &str,
) -> QueryResult<Option<(i64, Option<NaiveDateTime>, Account)>> {
    let found: Option<(i64, Option<NaiveDateTime>, AccountRow)> = api_tokens::table
        .inner_join(accounts::table)
        .filter(api_tokens::token_hash.eq(digest))
        .select((
            api_tokens::id,
            api_tokens::last_used_at,
            AccountRow::as_select(),
        ))
        .first(conn)
        .optional()?;
    found
        .map(|(id, last_used_at, row)| Ok((id, last_used_at, split(row)?.0)))
        .transpose()
}

pub fn touch(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_at.eq(now))
        .execute(conn)
        .map(drop)
}
