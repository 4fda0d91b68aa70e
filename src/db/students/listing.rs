//! The student index as queries: one page of a search/filter/sort, its total, and the
//! links to the pages around it. Every query walks one index from a known row, so its
//! cost does not grow with the table or with the page number.

use super::records::StudentSummary;
use super::search::{COUNT_CAP, SearchPlan, matching, matching_in_order, ordered, sort_column};
use crate::db::fixed_sql::FixedSql;
use crate::db::{DbConnection, MultiBackend, budget};
use crate::domain::Listing;
use crate::domain::listing::{Direction, PageRequest, Sort};
use crate::schema::{student_count, students};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Nullable, Text};

/// How many students a listing has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    Exact(u64),
    /// More than can be counted cheaply.
    AtLeast(u64),
}

/// One page of the index.
#[derive(Debug)]
pub struct StudentPage {
    pub students: Vec<StudentSummary>,
    pub total: Total,
    /// 1-based position of the first student shown, when known.
    pub first_position: Option<u64>,
    pub has_previous: bool,
    pub has_next: bool,
    /// The search matched more students than the page holds (`SEARCH_SHOWN`): the list
    /// and its total are those it holds.
    pub more_matches: bool,
}

/// How many of a search's matches a list reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every one (the API: a script pages through all of them).
    Every,
    /// At most `SEARCH_SHOWN` (the page a person reads).
    Bounded,
}

type Condition = Box<dyn BoxableExpression<students::table, MultiBackend, SqlType = Bool>>;

diesel::define_sql_function! {
    /// The `length` characters from position `start` (1-based), on every backend.
    fn substr(text: Nullable<Text>, start: Integer, length: Integer) -> Nullable<Text>;
}

/// How many courses the row's student is enrolled in (a seek in the enrollments key per
/// row), for the delete confirmations that say how many enrollments go too.
const ENROLLMENT_COUNT: FixedSql<BigInt> =
    FixedSql::new("(SELECT count(*) FROM enrollments WHERE enrollments.student_id = students.id)");

/// The page of students `listing` asks for, with at most `bio_chars` of each bio (all of
/// it with `None`), among `scope` of its search's matches. Every query walks one index
/// from a known row, so its cost does not grow with the table or with the page number.
pub fn list_page(
    conn: &mut DbConnection,
    listing: &Listing,
    bio_chars: Option<u32>,
    scope: Scope,
) -> QueryResult<StudentPage> {
    let (search, more_matches) = match scope {
        Scope::Every => (SearchPlan::for_listing(conn, listing)?, false),
        Scope::Bounded => SearchPlan::bounded(conn, listing)?,
    };
    let checked = budget::needs_checks(conn);
    let per_page = i64::from(listing.per_page);
    let total = count(conn, listing, &search)?;
    // From the row `from` or after skipping `offset` rows, in `direction`.
    let fetch_in = |conn: &mut DbConnection,
                    direction: Direction,
                    from: Option<i64>,
                    offset: i64,
                    limit: i64| {
        // SQLite guesses that a range matches few rows; PostgreSQL and MySQL know the
        // columns' values and choose well by themselves.
        let mut query = match (total, &conn) {
            (Total::AtLeast(_), DbConnection::Sqlite(_)) => {
                matching_in_order(listing, &search, checked)
            }
            _ => matching(listing, &search, checked),
        };
        if offset > 0 {
            query = query.offset(offset);
        }
        if let Some(id) = from {
            query = query.filter(continuing_from(listing.sort, direction, id));
        }
        let bio_chars = bio_chars.map_or(i32::MAX, |chars| chars as i32);
        ordered(query, listing.sort, direction)
            .select((
                students::id,
                students::firstname,
                students::lastname,
                students::email,
                students::age,
                substr(students::bio, 1, bio_chars),
                students::created_at,
                // Kept prepared for the list without search or filters only: its shapes
                // are a few per order (first, last or numbered page), where those of
                // every filter combination would stay on each connection for its life.
                ENROLLMENT_COUNT.kept(!listing.is_filtered()),
            ))
            .limit(limit)
            .load::<StudentSummary>(conn)
    };
    let fetch = |conn: &mut DbConnection, from: Option<i64>, limit: i64| {
        fetch_in(conn, listing.fetch_direction(), from, 0, limit)
    };
    let page = match listing.page {
        PageRequest::First => {
            let mut students = fetch(conn, None, per_page + 1)?;
            let has_next = students.len() as i64 > per_page;
            students.truncate(listing.per_page as usize);
            StudentPage {
                first_position: Some(1),
                has_previous: false,
                has_next,
                total,
                students,
                more_matches,
            }
        }
        PageRequest::After { id, position } => {
            let mut students = fetch(conn, Some(id), per_page + 1)?;
            if students.is_empty() {
                // Past the end (rows were deleted), or the row is gone: start over.
                let fallback = if exists(conn, id)? {
                    PageRequest::Last
                } else {
                    PageRequest::First
                };
                return list_page(conn, &listing.at(fallback), bio_chars, scope);
            }
            let has_next = students.len() as i64 > per_page;
            students.truncate(listing.per_page as usize);
            StudentPage {
                first_position: position.filter(|p| fits(*p, students.len(), total)),
                has_previous: true,
                has_next,
                total,
                students,
                more_matches,
            }
        }
        PageRequest::Before { id, position } => {
            let mut students = fetch(conn, Some(id), per_page + 1)?;
            if students.len() as i64 <= per_page {
                // Nothing before these: that is the first page.
                return list_page(conn, &listing.at(PageRequest::First), bio_chars, scope);
            }
            students.truncate(listing.per_page as usize);
            students.reverse();
            StudentPage {
                first_position: position.filter(|p| fits(*p, students.len(), total)),
                has_previous: true,
                has_next: true,
                total,
                students,
                more_matches,
            }
        }
        PageRequest::Number(number) => {
            let size = u64::from(listing.per_page);
            let pages = match total {
                Total::Exact(n) => Some(n.div_ceil(size).max(1)),
                Total::AtLeast(_) => None,
            };
            let number = pages.map_or(number, |pages| number.min(pages));
            if number <= 1 || Some(number) == pages {
                let page = if number <= 1 {
                    PageRequest::First
                } else {
                    PageRequest::Last
                };
                return list_page(conn, &listing.at(page), bio_chars, scope);
            }
            let skipped = (number - 1).saturating_mul(size);
            let offset = |rows: u64| i64::try_from(rows).unwrap_or(i64::MAX);
            let mut students = match total {
                // Nearer the end than the start: skip the rows after the page instead.
                Total::Exact(n) if skipped > n / 2 => {
                    let after_page = n.saturating_sub(skipped + size);
                    let reversed = listing.direction.reversed();
                    let mut rows = fetch_in(conn, reversed, None, offset(after_page), per_page)?;
                    rows.reverse();
                    rows
                }
                _ => fetch_in(conn, listing.direction, None, offset(skipped), per_page + 1)?,
            };
            if students.is_empty() {
                // Past the end of a total too large to count.
                return list_page(conn, &listing.at(PageRequest::Last), bio_chars, scope);
            }
            let has_next = match pages {
                Some(pages) => number < pages,
                None => students.len() as i64 > per_page,
            };
            students.truncate(listing.per_page as usize);
            StudentPage {
                first_position: Some(skipped + 1),
                has_previous: true,
                has_next,
                total,
                students,
                more_matches,
            }
        }
        PageRequest::Last => {
            // Align the last page with the pages counted from the first.
            let shown = match total {
                Total::Exact(n) if n > 0 => ((n - 1) % u64::from(listing.per_page)) as i64 + 1,
                _ => per_page,
            };
            let mut students = fetch(conn, None, shown + 1)?;
            let has_previous = students.len() as i64 > shown;
            students.truncate(shown as usize);
            students.reverse();
            let first_position = match total {
                Total::Exact(n) => Some(n + 1 - students.len() as u64),
                Total::AtLeast(_) => None,
            };
            StudentPage {
                first_position,
                has_previous,
                has_next: false,
                total,
                students,
                more_matches,
            }
        }
    };
    Ok(page)
}

impl StudentPage {
    /// The page before this one (its first row's position, when this one's is known).
    pub fn previous_page(&self, listing: &Listing) -> PageRequest {
        let id = self.students.first().map_or(0, |student| student.id);
        let position = self
            .first_position
            .and_then(|p| p.checked_sub(u64::from(listing.per_page)))
            .filter(|p| *p >= 1);
        PageRequest::Before { id, position }
    }

    /// The page after this one.
    pub fn next_page(&self) -> PageRequest {
        let id = self.students.last().map_or(0, |student| student.id);
        let position = self
            .first_position
            .and_then(|p| p.checked_add(self.students.len() as u64));
        PageRequest::After { id, position }
    }
}

/// Whether a page of `shown` rows can start at `position` (a link may be stale or edited,
/// up to `u64::MAX`): its last row within the total, or at least countable.
fn fits(position: u64, shown: usize, total: Total) -> bool {
    let last = position.checked_add((shown as u64).saturating_sub(1));
    match (last, total) {
        (Some(last), Total::Exact(n)) => position >= 1 && last <= n,
        (Some(last), Total::AtLeast(_)) => position >= 1 && last <= i64::MAX as u64,
        (None, _) => false,
    }
}

fn count(conn: &mut DbConnection, listing: &Listing, search: &SearchPlan) -> QueryResult<Total> {
    let checked = budget::needs_checks(conn);
    let narrowed = listing.age_min.is_some()
        || listing.age_max.is_some()
        || listing.course.is_some()
        || listing.is_narrowed_by_date();
    if !narrowed {
        match search {
            SearchPlan::Everyone => {
                // Kept by triggers: counting a million rows per page view would dominate it.
                let query = student_count::table.select(student_count::total);
                let total: i64 = crate::natively!(conn, |native| query.first(native))?;
                return Ok(Total::Exact(total.max(0) as u64));
            }
            SearchPlan::Ids(ids) => return Ok(Total::Exact(ids.len() as u64)),
            SearchPlan::Indexed { matches, .. } => return Ok(Total::Exact(*matches)),
            SearchPlan::Substring {
                more_than: Some(known),
                ..
            } => return Ok(Total::AtLeast(*known)),
            _ => {}
        }
    }
    let cap = COUNT_CAP as i64;
    let counted = matching(listing, search, checked)
        .select(students::id)
        .limit(cap + 1)
        .load::<i64>(conn)?
        .len() as u64;
    Ok(if counted > COUNT_CAP {
        Total::AtLeast(COUNT_CAP)
    } else {
        Total::Exact(counted)
    })
}

/// Rows after row `id` in the given order: a row-value comparison that every backend
/// answers by seeking in the (key, id) index.
fn continuing_from(sort: Sort, direction: Direction, id: i64) -> Condition {
    let column = sort_column(sort);
    let comparison = match direction {
        Direction::Ascending => ">",
        Direction::Descending => "<",
    };
    Box::new(
        sql::<Bool>(&format!(
            "(students.{column}, students.id) {comparison} \
             (SELECT anchor.{column}, anchor.id FROM students AS anchor WHERE anchor.id = "
        ))
        .bind::<BigInt, _>(id)
        .sql(")"),
    )
}

fn exists(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(students::table.find(id))).get_result(conn)
}
