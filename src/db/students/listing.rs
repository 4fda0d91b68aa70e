//! The student index as queries: one page of a search/filter/sort, its total, and the
//! links to the pages around it. Every query walks one index from a known row, so its
//! cost does not grow with the table or with the page number.

use super::records::{StudentSummary, summary_columns};
use super::search::{COUNT_CAP, SearchPlan, keyset, matching, matching_in_order, ordered};
use crate::db::{DbConnection, MultiBackend, budget, fields};
use crate::domain::Listing;
use crate::domain::listing::{Direction, PageRequest, Sort};
use crate::domain::record::Record;
use crate::schema::{student_count, students};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool};

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
    /// The fields the students have now (the columns and values shown), read with them.
    pub record: Record,
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
    let total = count(conn, listing, &search)?;
    let pages = Pages {
        listing,
        search,
        checked: budget::needs_checks(conn),
        total,
        bio_chars: bio_chars.map_or(i32::MAX, |chars| chars as i32),
        more_matches,
        record: fields::record(conn)?,
    };
    let found = match listing.page {
        PageRequest::First => pages.first(conn)?,
        PageRequest::After { id, position } => pages.after(conn, id, position)?,
        PageRequest::Before { id, position } => pages.before(conn, id, position)?,
        PageRequest::Number(number) => pages.numbered(conn, number)?,
        PageRequest::Last => pages.last(conn)?,
    };
    match found {
        Found::Page(page) => Ok(page),
        // Past the end, or from a row that is gone: that other page instead.
        Found::Instead(page) => list_page(conn, &listing.at(page), bio_chars, scope),
    }
}

/// A page, or the page to show instead of the one asked for.
enum Found {
    Page(StudentPage),
    Instead(PageRequest),
}

/// What every page of one listing shares: its search, its total, how to read its rows.
struct Pages<'a> {
    listing: &'a Listing,
    search: SearchPlan,
    checked: bool,
    total: Total,
    bio_chars: i32,
    more_matches: bool,
    record: Record,
}

impl Pages<'_> {
    fn per_page(&self) -> i64 {
        i64::from(self.listing.per_page)
    }

    /// Up to `limit` rows from the row `from` or after skipping `offset` rows, in
    /// `direction`.
    fn fetch_in(
        &self,
        conn: &mut DbConnection,
        direction: Direction,
        from: Option<i64>,
        offset: i64,
        limit: i64,
    ) -> QueryResult<Vec<StudentSummary>> {
        let (listing, search, checked) = (self.listing, &self.search, self.checked);
        // SQLite guesses that a range matches few rows; PostgreSQL and MySQL know the
        // columns' values and choose well by themselves.
        let mut query = match (self.total, &conn) {
            (Total::AtLeast(_), DbConnection::Sqlite(_)) => {
                matching_in_order(listing, search, checked)
            }
            _ => matching(listing, search, checked),
        };
        if offset > 0 {
            query = query.offset(offset);
        }
        if let Some(id) = from {
            query = query.filter(continuing_from(listing.sort, direction, id));
        }
        // Kept prepared for the list without search or filters only: its shapes are a
        // few per order (first, last or numbered page), where those of every filter
        // combination would stay on each connection for its life.
        ordered(query, listing.sort, direction)
            .select(summary_columns!(self.bio_chars, !listing.is_filtered()))
            .limit(limit)
            .load::<StudentSummary>(conn)
    }

    /// Up to `limit` rows from the row `from`, in the order the page is read in.
    fn fetch(
        &self,
        conn: &mut DbConnection,
        from: Option<i64>,
        limit: i64,
    ) -> QueryResult<Vec<StudentSummary>> {
        self.fetch_in(conn, self.listing.fetch_direction(), from, 0, limit)
    }

    fn page(
        &self,
        students: Vec<StudentSummary>,
        first_position: Option<u64>,
        has_previous: bool,
        has_next: bool,
    ) -> Found {
        Found::Page(StudentPage {
            students,
            total: self.total,
            first_position,
            has_previous,
            has_next,
            more_matches: self.more_matches,
            record: self.record.clone(),
        })
    }

    fn first(&self, conn: &mut DbConnection) -> QueryResult<Found> {
        let mut students = self.fetch(conn, None, self.per_page() + 1)?;
        let has_next = students.len() as i64 > self.per_page();
        students.truncate(self.listing.per_page as usize);
        Ok(self.page(students, Some(1), false, has_next))
    }

    fn after(&self, conn: &mut DbConnection, id: i64, position: Option<u64>) -> QueryResult<Found> {
        let mut students = self.fetch(conn, Some(id), self.per_page() + 1)?;
        if students.is_empty() {
            // Past the end (rows were deleted), or the row is gone: start over.
            return Ok(Found::Instead(if exists(conn, id)? {
                PageRequest::Last
            } else {
                PageRequest::First
            }));
        }
        let has_next = students.len() as i64 > self.per_page();
        students.truncate(self.listing.per_page as usize);
        let position = position.filter(|p| fits(*p, students.len(), self.total));
        Ok(self.page(students, position, true, has_next))
    }

    fn before(
        &self,
        conn: &mut DbConnection,
        id: i64,
        position: Option<u64>,
    ) -> QueryResult<Found> {
        let mut students = self.fetch(conn, Some(id), self.per_page() + 1)?;
        if students.len() as i64 <= self.per_page() {
            // Nothing before these: that is the first page.
            return Ok(Found::Instead(PageRequest::First));
        }
        students.truncate(self.listing.per_page as usize);
        students.reverse();
        let position = position.filter(|p| fits(*p, students.len(), self.total));
        Ok(self.page(students, position, true, true))
    }

    fn numbered(&self, conn: &mut DbConnection, number: u64) -> QueryResult<Found> {
        let size = u64::from(self.listing.per_page);
        let pages = match self.total {
            Total::Exact(n) => Some(n.div_ceil(size).max(1)),
            Total::AtLeast(_) => None,
        };
        let number = pages.map_or(number, |pages| number.min(pages));
        if number <= 1 {
            return Ok(Found::Instead(PageRequest::First));
        }
        if Some(number) == pages {
            return Ok(Found::Instead(PageRequest::Last));
        }
        let skipped = (number - 1).saturating_mul(size);
        let offset = |rows: u64| i64::try_from(rows).unwrap_or(i64::MAX);
        let direction = self.listing.direction;
        let mut students = match self.total {
            // Nearer the end than the start: skip the rows after the page instead.
            Total::Exact(n) if skipped > n / 2 => {
                let after_page = n.saturating_sub(skipped + size);
                let reversed = direction.reversed();
                let mut rows =
                    self.fetch_in(conn, reversed, None, offset(after_page), self.per_page())?;
                rows.reverse();
                rows
            }
            _ => self.fetch_in(conn, direction, None, offset(skipped), self.per_page() + 1)?,
        };
        if students.is_empty() {
            // Past the end of a total too large to count.
            return Ok(Found::Instead(PageRequest::Last));
        }
        let has_next = match pages {
            Some(pages) => number < pages,
            None => students.len() as i64 > self.per_page(),
        };
        students.truncate(self.listing.per_page as usize);
        Ok(self.page(students, Some(skipped + 1), true, has_next))
    }

    fn last(&self, conn: &mut DbConnection) -> QueryResult<Found> {
        // Align the last page with the pages counted from the first.
        let shown = match self.total {
            Total::Exact(n) if n > 0 => ((n - 1) % u64::from(self.listing.per_page)) as i64 + 1,
            _ => self.per_page(),
        };
        let mut students = self.fetch(conn, None, shown + 1)?;
        let has_previous = students.len() as i64 > shown;
        students.truncate(shown as usize);
        students.reverse();
        let first_position = match self.total {
            Total::Exact(n) => Some(n + 1 - students.len() as u64),
            Total::AtLeast(_) => None,
        };
        Ok(self.page(students, first_position, has_previous, false))
    }
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
    if !listing.is_narrowed() {
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
    let anchor = keyset(
        sort,
        direction,
        "(SELECT anchor.{column}, anchor.id FROM students AS anchor WHERE anchor.id = ",
    );
    Box::new(sql::<Bool>(&anchor).bind::<BigInt, _>(id).sql(")"))
}

fn exists(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(students::table.find(id))).get_result(conn)
}
