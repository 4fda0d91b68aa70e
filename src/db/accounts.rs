//! Queries on `accounts` (and `setup_tokens`, the first-run links that create the first
//! admin). Changes that could leave no admin are refused inside the transaction that makes
//! them, so two admins demoting each other at once cannot lock everyone out.

use super::outcome::{Abort, WriteError, is_unique_violation, transaction};
use super::{DbConnection, Stamp, now};
use crate::domain::{Preferences, Refusal, Role};
use crate::schema::{accounts, api_tokens, setup_tokens, staff_sessions};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::Error as DieselError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = accounts)]
pub(super) struct AccountRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    password_hash: String,
    #[diesel(deserialize_as = Stamp)]
    created_at: NaiveDateTime,
    language: Option<String>,
    time_zone: Option<String>,
    theme: Option<String>,
}

/// A stored account. The password hash stays in the database layer (`password_hash_of`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub created_at: NaiveDateTime,
    pub preferences: Preferences,
}

impl Account {
    /// "Ada Lovelace <ada@example.com>": who made a change, as the history stores it (text,
    /// so that it outlives the account).
    pub fn label(&self) -> String {
        format!("{} <{}>", self.display_name, self.email)
    }
}

impl TryFrom<AccountRow> for (Account, String) {
    type Error = DieselError;

    fn try_from(row: AccountRow) -> Result<Self, DieselError> {
        let role = Role::parse(&row.role).map_err(|_| {
            DieselError::DeserializationError(format!("role {:?}", row.role).into())
        })?;
        let account = Account {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            role,
            created_at: row.created_at,
            preferences: Preferences::read(
                row.language.as_deref(),
                row.time_zone.as_deref(),
                row.theme.as_deref(),
            ),
        };
        Ok((account, row.password_hash))
    }
}

/// An account to store: the email lower-cased, the password already hashed.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
}

pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    accounts::table.count().get_result(conn)
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<Account>> {
    accounts::table
        .order((accounts::display_name, accounts::id))
        .select(AccountRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| split(row).map(|(account, _)| account))
        .collect()
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Account>> {
    let row = accounts::table
        .find(id)
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?;
    Ok(row.map(split).transpose()?.map(|(account, _)| account))
}

/// The account with `email` (any case) and its password hash, for logging in.
pub fn find_by_email(
    conn: &mut DbConnection,
    email: &str,
) -> QueryResult<Option<(Account, String)>> {
    let row = accounts::table
        .filter(accounts::email.eq(email.trim().to_lowercase()))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?;
    row.map(split).transpose()
}

pub fn password_hash_of(conn: &mut DbConnection, id: i64) -> QueryResult<Option<String>> {
    accounts::table
        .find(id)
        .select(accounts::password_hash)
        .first(conn)
        .optional()
}

/// A row as an account and its password hash (an unknown role is a read error).
pub(super) fn split(row: AccountRow) -> QueryResult<(Account, String)> {
    row.try_into()
}

pub fn create(
    conn: &mut DbConnection,
    account: &NewAccount<'_>,
) -> QueryResult<Result<Account, WriteError>> {
    let email = account.email.to_lowercase();
    let inserted = diesel::insert_into(accounts::table)
        .values((
            accounts::email.eq(&email),
            accounts::display_name.eq(account.display_name),
            accounts::role.eq(account.role.as_str()),
            accounts::password_hash.eq(account.password_hash),
            accounts::created_at.eq(now()),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => {}
        Err(err) if is_unique_violation(&err) => {
            return Ok(Err(WriteError::Refused(Refusal::AccountEmailTaken)));
        }
        Err(err) => return Err(err),
    }
    find_by_email(conn, &email)?
        .map(|(account, _)| Ok(account))
        .ok_or(DieselError::NotFound)
}

/// The changes an admin makes to an account; `password_hash` only when it is replaced
/// (which ends the account's sessions).
pub struct AccountChanges<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: Option<&'a str>,
}

/// Applies an admin's changes; with the account, how many API tokens a new password
/// revoked (0 without one).
pub fn update(
    conn: &mut DbConnection,
    id: i64,
    changes: &AccountChanges<'_>,
) -> QueryResult<Result<(Account, usize), WriteError>> {
    transaction(conn, |conn| {
        let account = find(conn, id)?.ok_or(Abort::Refused(WriteError::NotFound))?;
        if account.role == Role::Admin && changes.role != Role::Admin {
            refuse_last_admin(conn)?;
        }
        let email = changes.email.to_lowercase();
        diesel::update(accounts::table.find(id))
            .set((
                accounts::email.eq(&email),
                accounts::display_name.eq(changes.display_name),
                accounts::role.eq(changes.role.as_str()),
            ))
            .execute(conn)
            .map_err(|err| match err {
                err if is_unique_violation(&err) => {
                    Abort::Refused(WriteError::Refused(Refusal::AccountEmailTaken))
                }
                err => Abort::Failed(err),
            })?;
        let revoked = match changes.password_hash {
            Some(hash) => set_password(conn, id, hash)?,
            None => 0,
        };
        let saved = find(conn, id)?.ok_or(Abort::Failed(DieselError::NotFound))?;
        Ok((saved, revoked))
    })
}

/// Stores what the account chose for its pages.
pub fn set_preferences(
    conn: &mut DbConnection,
    id: i64,
    preferences: &Preferences,
) -> QueryResult<()> {
    let theme = preferences.theme.as_str();
    diesel::update(accounts::table.find(id))
        .set((
            accounts::language.eq(preferences.language.map(|language| language.tag())),
            accounts::time_zone.eq(preferences.time_zone.map(|zone| zone.name())),
            accounts::theme.eq((!theme.is_empty()).then_some(theme)),
        ))
        .execute(conn)
        .map(drop)
}

/// Replaces the password hash and ends every session and API token of the account:
/// whoever knew the old password, or holds a session or token that came from it, is out.
/// Returns how many API tokens stopped working.
pub fn set_password(conn: &mut DbConnection, id: i64, password_hash: &str) -> QueryResult<usize> {
    conn.transaction(|conn| {
        diesel::update(accounts::table.find(id))
            .set(accounts::password_hash.eq(password_hash))
            .execute(conn)?;
        diesel::delete(staff_sessions::table.filter(staff_sessions::account_id.eq(id)))
            .execute(conn)?;
        diesel::delete(api_tokens::table.filter(api_tokens::account_id.eq(id))).execute(conn)
    })
}

/// Removes an account (its sessions and tokens go with it), unless it is the last admin.
pub fn remove(conn: &mut DbConnection, id: i64) -> QueryResult<Result<Account, WriteError>> {
    transaction(conn, |conn| {
        let account = find(conn, id)?.ok_or(Abort::Refused(WriteError::NotFound))?;
        if account.role == Role::Admin {
            refuse_last_admin(conn)?;
        }
        diesel::delete(accounts::table.find(id)).execute(conn)?;
        Ok(account)
    })
}

/// Inside a transaction: refuses when at most one admin is left. The no-op UPDATE locks
/// the admin rows first (PostgreSQL, MySQL; SQLite's write lock covers the file), so a
/// concurrent demotion waits and then counts one admin fewer.
fn refuse_last_admin(conn: &mut DbConnection) -> Result<(), Abort<WriteError>> {
    diesel::update(accounts::table.filter(accounts::role.eq(Role::Admin.as_str())))
        .set(accounts::role.eq(accounts::role))
        .execute(conn)?;
    let admins: i64 = accounts::table
        .filter(accounts::role.eq(Role::Admin.as_str()))
        .count()
        .get_result(conn)?;
    if admins <= 1 {
        return Err(Abort::Refused(WriteError::Refused(Refusal::LastAdmin)));
    }
    Ok(())
}

/// Stores a first-run setup link's digest. Every instance that starts without accounts
/// adds its own, and any of them works until the first admin exists.
pub fn add_setup_token(conn: &mut DbConnection, digest: &str) -> QueryResult<()> {
    diesel::insert_into(setup_tokens::table)
        .values((
            setup_tokens::token_hash.eq(digest),
            setup_tokens::created_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

/// Whether a setup link is still good: it exists and there is no account yet.
pub fn setup_token_is_valid(conn: &mut DbConnection, digest: &str) -> QueryResult<bool> {
    if count(conn)? > 0 {
        return Ok(false);
    }
    let found: i64 = setup_tokens::table
        .filter(setup_tokens::token_hash.eq(digest))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Creates the first admin with a setup link, in one transaction: the link must be valid
/// and no account may exist (two people racing with the link: one wins). Every setup link
/// is spent.
pub fn create_first_admin(
    conn: &mut DbConnection,
    digest: &str,
    account: &NewAccount<'_>,
) -> QueryResult<Option<Account>> {
    conn.transaction(|conn| {
        let ours: i64 = setup_tokens::table
            .filter(setup_tokens::token_hash.eq(digest))
            .count()
            .get_result(conn)?;
        // Spending every link locks them: a concurrent attempt waits here, then finds
        // none left (or finds the account this one created).
        let spent = diesel::delete(setup_tokens::table).execute(conn)?;
        if ours == 0 || spent == 0 || count(conn)? > 0 {
            return Err(DieselError::RollbackTransaction);
        }
        match create(conn, account)? {
            Ok(account) => Ok(Some(account)),
            Err(WriteError::NotFound | WriteError::Refused(_)) => {
                Err(DieselError::RollbackTransaction)
            }
        }
    })
    .or_else(|err| match err {
        DieselError::RollbackTransaction => Ok(None),
        err => Err(err),
    })
}
