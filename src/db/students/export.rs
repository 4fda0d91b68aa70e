//! The students of a listing (its search, filters and order) read in batches, for the CSV
//! export and the bulk actions. Each batch continues from the last row's sort key and id
//! (not from the row, which may be deleted meanwhile), so a long export never re-reads or
//! skips a row that stays, costs the same per batch however far in, and holds no
//! connection between batches.

use super::records::{StudentSummary, summary_columns};
use super::search::{SearchPlan, keyset, matching, ordered};
use crate::db::{DbConnection, budget};
use crate::domain::Listing;
use crate::domain::listing::{Direction, Sort};
use crate::schema::students;
use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Text, Timestamp};

/// Where the next batch starts: after this sort key and id.
#[derive(Debug, Clone)]
pub struct Cursor {
    key: SortKey,
    id: i64,
}

#[derive(Debug, Clone)]
enum SortKey {
    Text(String),
    Number(i32),
    Time(NaiveDateTime),
}

/// Which students: those `listing` matches, or only the ones of `ids` among them.
#[derive(Debug, Clone)]
pub struct Selection {
    pub listing: Listing,
    pub ids: Option<Vec<i64>>,
}

/// Up to `limit` students of `selection` after `cursor` (from the start without one), in
/// the listing's order, with the cursor of the next batch (`None` after the last).
pub fn batch(
    conn: &mut DbConnection,
    selection: &Selection,
    cursor: Option<&Cursor>,
    limit: i64,
) -> QueryResult<(Vec<StudentSummary>, Option<Cursor>)> {
    let listing = &selection.listing;
    let search = SearchPlan::for_listing(conn, listing)?;
    let mut query = matching(listing, &search, false);
    if let Some(ids) = &selection.ids {
        query = query.filter(students::id.eq_any(ids.clone()));
    }
    if let Some(cursor) = cursor {
        query = query.filter(after(listing.sort, listing.direction, cursor));
    }
    let rows: Vec<(StudentSummary, (String, String, i32))> =
        ordered(query, listing.sort, listing.direction)
            .select((
                summary_columns!(i32::MAX, false),
                (students::name_key, students::email_key, students::age_sort),
            ))
            .limit(limit)
            .load(conn)?;
    let next = match rows.last() {
        Some((last, (name_key, email_key, age_sort))) if rows.len() as i64 == limit => {
            let key = match listing.sort {
                Sort::Name => SortKey::Text(name_key.clone()),
                Sort::Email => SortKey::Text(email_key.clone()),
                Sort::Age => SortKey::Number(*age_sort),
                Sort::Joined => SortKey::Time(last.created_at),
            };
            Some(Cursor { key, id: last.id })
        }
        _ => None,
    };
    Ok((rows.into_iter().map(|(row, _)| row).collect(), next))
}

/// How many students `selection` holds, counting at most `limit + 1` (enough to refuse a
/// selection that is too large without counting a million rows), within the query budget
/// of `Database::read_bounded`.
pub fn count_up_to(
    conn: &mut DbConnection,
    selection: &Selection,
    limit: i64,
) -> QueryResult<usize> {
    let listing = &selection.listing;
    let search = SearchPlan::for_listing(conn, listing)?;
    let mut query = matching(listing, &search, budget::needs_checks(conn));
    if let Some(ids) = &selection.ids {
        query = query.filter(students::id.eq_any(ids.clone()));
    }
    Ok(query
        .select(students::id)
        .limit(limit + 1)
        .load::<i64>(conn)?
        .len())
}

/// How many students `listing` matches, every one counted (for "count exactly" on a total
/// shown as "5 000+"), within the query budget of `Database::read_bounded`.
pub fn count_all(conn: &mut DbConnection, listing: &Listing) -> QueryResult<u64> {
    let search = SearchPlan::for_listing(conn, listing)?;
    let total: i64 = matching(listing, &search, budget::needs_checks(conn))
        .count()
        .get_result(conn)?;
    Ok(total.max(0) as u64)
}

/// Rows after `cursor` in the order of `sort` and `direction`: a row-value comparison,
/// which every backend answers by seeking in the (key, id) index.
fn after(
    sort: Sort,
    direction: Direction,
    cursor: &Cursor,
) -> Box<dyn BoxableExpression<students::table, crate::db::MultiBackend, SqlType = Bool>> {
    let start = sql::<Bool>(&keyset(sort, direction, "("));
    let id = cursor.id;
    // One arm per key type: each binds a differently typed value.
    macro_rules! key_then_id {
        ($sql_type:ty, $key:expr) => {
            Box::new(
                start
                    .bind::<$sql_type, _>($key)
                    .sql(", ")
                    .bind::<BigInt, _>(id)
                    .sql(")"),
            )
        };
    }
    match &cursor.key {
        SortKey::Text(key) => key_then_id!(Text, key.clone()),
        SortKey::Number(key) => key_then_id!(Integer, *key),
        SortKey::Time(key) => key_then_id!(Timestamp, *key),
    }
}
