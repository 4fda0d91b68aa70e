//! Queries on `app_secrets`: values generated once and shared by every app instance (the
//! cookie key, see `cookie_key`).

use super::DbConnection;
use crate::schema::app_secrets;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// The stored value of `name`, storing `generate()` first if there is none. When several
/// instances start at once, the first insert wins and the others read its value.
pub fn get_or_create(
    conn: &mut DbConnection,
    name: &str,
    generate: impl FnOnce() -> String,
) -> QueryResult<String> {
    if let Some(value) = find(conn, name)? {
        return Ok(value);
    }
    let inserted = diesel::insert_into(app_secrets::table)
        .values((
            app_secrets::name.eq(name),
            app_secrets::value.eq(generate()),
        ))
        .execute(conn);
    match inserted {
        Ok(_) | Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
            find(conn, name)?.ok_or(DieselError::NotFound)
        }
        Err(err) => Err(err),
    }
}

fn find(conn: &mut DbConnection, name: &str) -> QueryResult<Option<String>> {
    app_secrets::table
        .find(name)
        .select(app_secrets::value)
        .first(conn)
        .optional()
}
