//! Which students a listing matches and in what order: its search answered by the best
//! index each backend has, its filters, and its sort. Shared by the list pages
//! (`listing`) and the batches of the export and bulk actions (`export`).

use crate::db::budget;
use crate::db::{DbConnection, MultiBackend};
use crate::domain::Listing;
use crate::domain::listing::{Direction, Sort};
use crate::domain::student::{AGE_MAX, AGE_MIN};
use crate::schema::{enrollments, students, students_search};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};

/// How many matches of a search or filter are counted before the total shows as
/// "5 000+": counting every match among a million students would cost more than showing
/// the page. SQLite's search index stops at the same number.
pub const COUNT_CAP: u64 = 5_000;

pub type BoxedStudents<'a> = students::BoxedQuery<'a, MultiBackend>;

/// How a search is answered, decided once per page view.
pub enum SearchPlan {
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
    pub fn for_listing(conn: &mut DbConnection, listing: &Listing) -> QueryResult<Self> {
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
pub fn matching(listing: &Listing, search: &SearchPlan, checked: bool) -> BoxedStudents<'static> {
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
    if let Some(from) = listing.joined_from {
        query = query.filter(students::created_at.ge(listing.zone.start_of(from)));
    }
    if let Some(to) = listing.joined_to.and_then(|to| to.succ_opt()) {
        query = query.filter(students::created_at.lt(listing.zone.start_of(to)));
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
pub fn sort_column(sort: Sort) -> &'static str {
    match sort {
        Sort::Name => "name_key",
        Sort::Email => "email_key",
        Sort::Age => "age_sort",
        Sort::Joined => "created_at",
    }
}

pub fn ordered(
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
