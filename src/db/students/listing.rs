//! The student index as queries: one page of a search/filter/sort, its total, and the
//! links to the pages around it. Every query walks one index from a known row, so its
//! cost does not grow with the table or with the page number.

use super::records::StudentSummary;
use crate::db::{DbConnection, MultiBackend, budget};
use crate::domain::Listing;
use crate::domain::listing::{Direction, PageRequest, Sort};
use crate::domain::student::{AGE_MAX, AGE_MIN};
use crate::schema::{enrollments, student_count, students, students_search};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};

/// How many matches of a search or filter are counted before the total shows as
/// "5 000+": counting every match among a million students would cost more than showing
/// the page. SQLite's search index stops at the same number.
pub const COUNT_CAP: u64 = 5_000;

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
}

type BoxedStudents<'a> = students::BoxedQuery<'a, MultiBackend>;
type Condition = Box<dyn BoxableExpression<students::table, MultiBackend, SqlType = Bool>>;

/// The page of students `listing` asks for, with at most `bio_chars` of each bio (all of
/// it with `None`). Every query walks one index from a known row, so its cost does not
/// grow with the table or with the page number.
pub fn list_page(
    conn: &mut DbConnection,
    listing: &Listing,
    bio_chars: Option<u32>,
) -> QueryResult<StudentPage> {
    let search = SearchPlan::for_listing(conn, listing)?;
    let checked = budget::needs_checks(conn);
    let per_page = i64::from(listing.per_page);
    let total = count(conn, listing, &search)?;
    let fetch = |conn: &mut DbConnection, from: Option<i64>, limit: i64| {
        let direction = listing.fetch_direction();
        let mut query = matching(listing, &search, checked);
        if let Some(id) = from {
            query = query.filter(continuing_from(listing.sort, direction, id));
        }
        let bio = match bio_chars {
            Some(chars) => format!("substr(students.bio, 1, {chars})"),
            None => "students.bio".to_owned(),
        };
        ordered(query, listing.sort, direction)
            .select((
                students::id,
                students::firstname,
                students::lastname,
                students::email,
                students::age,
                sql::<Nullable<Text>>(&bio),
                students::created_at,
                // Read with the row (a seek in the enrollments key per student), for the
                // delete confirmations that say how many enrollments go too.
                sql::<BigInt>(
                    "(SELECT count(*) FROM enrollments WHERE enrollments.student_id = students.id)",
                ),
            ))
            .limit(limit)
            .load::<StudentSummary>(conn)
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
                return list_page(conn, &listing.at(fallback), bio_chars);
            }
            let has_next = students.len() as i64 > per_page;
            students.truncate(listing.per_page as usize);
            StudentPage {
                first_position: position.filter(|p| fits(*p, students.len(), total)),
                has_previous: true,
                has_next,
                total,
                students,
            }
        }
        PageRequest::Before { id, position } => {
            let mut students = fetch(conn, Some(id), per_page + 1)?;
            if students.len() as i64 <= per_page {
                // Nothing before these: that is the first page.
                return list_page(conn, &listing.at(PageRequest::First), bio_chars);
            }
            students.truncate(listing.per_page as usize);
            students.reverse();
            StudentPage {
                first_position: position.filter(|p| fits(*p, students.len(), total)),
                has_previous: true,
                has_next: true,
                total,
                students,
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
    let narrowed =
        listing.age_min.is_some() || listing.age_max.is_some() || listing.course.is_some();
    if !narrowed {
        match search {
            SearchPlan::Everyone => {
                // Kept by triggers: counting a million rows per page view would dominate it.
                let total: i64 = student_count::table
                    .select(student_count::total)
                    .first(conn)?;
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

/// How a search is answered, decided once per page view.
enum SearchPlan {
    /// No search text.
    Everyone,
    /// SQLite: the few students its trigram index found (at most `FEW_MATCHES`),
    /// fetched by id and sorted.
    Ids(Vec<i64>),
    /// SQLite: more matches (at most `COUNT_CAP`); the page query reads them from the
    /// index itself rather than from thousands of bound ids.
    Indexed { phrase: String, matches: u64 },
    /// `search_text LIKE '%term%'`. PostgreSQL answers it from its trigram index; SQLite
    /// uses it for terms so common (`more_than` the index limit) that walking the sort
    /// order and testing each row finds a page sooner than collecting every match.
    Substring {
        pattern: String,
        more_than: Option<u64>,
    },
    /// One or two characters, too short for a trigram: the start of the last name or of
    /// the email, found in their sort indexes (as the same range on every backend).
    Prefix { from: String, to: String },
}

impl SearchPlan {
    fn for_listing(conn: &mut DbConnection, listing: &Listing) -> QueryResult<Self> {
        let Some(search) = &listing.search else {
            return Ok(Self::Everyone);
        };
        let term = search.to_lowercase();
        if term.chars().count() < 3 {
            // Every key that starts with `term` sorts between it and `term` + the last
            // code point (the keys compare as bytes on every backend).
            let to = format!("{term}{}", char::MAX);
            return Ok(Self::Prefix { from: term, to });
        }
        // '!' escapes LIKE's wildcards: backslash means different things in MySQL literals.
        let escaped = term
            .replace('!', "!!")
            .replace('%', "!%")
            .replace('_', "!_");
        let substring = |more_than| Self::Substring {
            pattern: format!("%{escaped}%"),
            more_than,
        };
        #[allow(irrefutable_let_patterns)] // in a build with SQLite only
        let DbConnection::Sqlite(sqlite) = conn else {
            return Ok(substring(None));
        };
        // An FTS5 phrase: everything inside the quotes is literal ("" is a quote). The
        // index yields matches in rowid order and stops at the limit. A query built with
        // the DSL keeps its prepared statement: preparing an FTS5 query costs as much as
        // running one.
        let phrase = format!("\"{}\"", term.replace('"', "\"\""));
        let ids: Vec<i64> = students_search::table
            .select(students_search::rowid)
            .filter(Matches::new(
                students_search::whole_row,
                phrase.clone().into_sql::<Text>(),
            ))
            .limit(COUNT_CAP as i64 + 1)
            .load(sqlite)?;
        let matches = ids.len() as u64;
        Ok(if matches > COUNT_CAP {
            substring(Some(COUNT_CAP))
        } else if matches > FEW_MATCHES {
            Self::Indexed { phrase, matches }
        } else {
            Self::Ids(ids)
        })
    }
}

diesel::infix_operator!(Matches, " MATCH ", backend: diesel::sqlite::Sqlite);

/// Up to this many search matches are passed to the page query as ids.
const FEW_MATCHES: u64 = 100;

/// The students the search and the age filter let through.
fn matching(listing: &Listing, search: &SearchPlan, checked: bool) -> BoxedStudents<'static> {
    let mut query = students::table.into_boxed();
    if checked {
        query = query.filter(budget::within_budget());
    }
    match search {
        SearchPlan::Everyone => {}
        SearchPlan::Ids(ids) => query = query.filter(students::id.eq_any(ids.clone())),
        SearchPlan::Indexed { phrase, .. } => {
            query = query.filter(
                sql::<Bool>(
                    "students.id IN (SELECT rowid FROM students_search \
                     WHERE students_search MATCH ",
                )
                .bind::<Text, _>(phrase.clone())
                .sql(&format!(" LIMIT {COUNT_CAP})")),
            )
        }
        SearchPlan::Substring { pattern, .. } => {
            query = query.filter(students::search_text.like(pattern.clone()).escape('!'))
        }
        SearchPlan::Prefix { from, to } => {
            let last_name = students::name_key
                .ge(from.clone())
                .and(students::name_key.lt(to.clone()));
            let email = students::email_key
                .ge(from.clone())
                .and(students::email_key.lt(to.clone()));
            query = query.filter(last_name.or(email))
        }
    }
    if let Some(course) = listing.course {
        let enrolled = enrollments::table
            .filter(enrollments::course_id.eq(course))
            .select(enrollments::student_id);
        query = query.filter(students::id.eq_any(enrolled));
    }
    // By `age_sort` (the age, 1000 without one), which the age order's index covers: a
    // range that matches nobody is an empty index range, not a walk through the table.
    if listing.age_min.is_some() || listing.age_max.is_some() {
        let min = listing.age_min.unwrap_or(AGE_MIN);
        let max = listing.age_max.unwrap_or(AGE_MAX);
        query = query.filter(students::age_sort.between(min, max));
    }
    query
}

/// The sort key column of `sort` (ties broken by id).
fn sort_column(sort: Sort) -> &'static str {
    match sort {
        Sort::Name => "name_key",
        Sort::Email => "email_key",
        Sort::Age => "age_sort",
        Sort::Joined => "created_at",
    }
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

fn ordered(
    query: BoxedStudents<'static>,
    sort: Sort,
    direction: Direction,
) -> BoxedStudents<'static> {
    use Direction::{Ascending, Descending};
    match (sort, direction) {
        (Sort::Name, Ascending) => query.order((students::name_key.asc(), students::id.asc())),
        (Sort::Name, Descending) => query.order((students::name_key.desc(), students::id.desc())),
        (Sort::Email, Ascending) => query.order((students::email_key.asc(), students::id.asc())),
        (Sort::Email, Descending) => query.order((students::email_key.desc(), students::id.desc())),
        (Sort::Age, Ascending) => query.order((students::age_sort.asc(), students::id.asc())),
        (Sort::Age, Descending) => query.order((students::age_sort.desc(), students::id.desc())),
        (Sort::Joined, Ascending) => query.order((students::created_at.asc(), students::id.asc())),
        (Sort::Joined, Descending) => {
            query.order((students::created_at.desc(), students::id.desc()))
        }
    }
}

fn exists(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(students::table.find(id))).get_result(conn)
}
