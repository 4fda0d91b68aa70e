//! Which students a listing matches and in what order: its search answered by the best
//! index each backend has, its filters, and its sort. Shared by the list pages
//! (`listing`) and the batches of the export and bulk actions (`export`).

use crate::db::budget;
use crate::db::{DbConnection, MultiBackend};
use crate::domain::Listing;
use crate::domain::field_filter::FieldTest;
use crate::domain::listing::{Direction, Sort};
use crate::domain::record::unique_key;
use crate::domain::student::{AGE_MAX, AGE_MIN};
use crate::schema::{enrollments, students, students_search};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Text, Timestamp};

/// How many matches of a search or filter are counted before the total shows as
/// "5 000+": counting every match among a million students would cost more than showing
/// the page. SQLite's search index stops at the same number.
pub const COUNT_CAP: u64 = 5_000;

pub type BoxedStudents<'a> = students::BoxedQuery<'a, MultiBackend>;

/// How a search is answered, decided once per page view.
pub enum SearchPlan {
    /// No search text.
    Everyone,
    /// The students found, fetched by id and sorted: SQLite's few trigram matches (at
    /// most `FEW_MATCHES`), or the list page's bounded search (`bounded`).
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

/// What a search's text asks for, before any index is asked.
enum Term {
    /// One or two characters: the start of a last name or an email, as the key range
    /// from `from` to `to` (the keys compare as bytes on every backend).
    Prefix { from: String, to: String },
    /// Three or more: anywhere in the names or the email, as a LIKE pattern and as an
    /// FTS5 phrase.
    Anywhere { pattern: String, phrase: String },
}

impl Term {
    fn of(search: &str) -> Self {
        let term = search.to_lowercase();
        if term.chars().count() < 3 {
            // Every key that starts with `term` sorts between it and `term` + the last
            // code point.
            let to = format!("{term}{}", char::MAX);
            return Self::Prefix { from: term, to };
        }
        // '!' escapes LIKE's wildcards: backslash means different things in MySQL literals.
        let escaped = term
            .replace('!', "!!")
            .replace('%', "!%")
            .replace('_', "!_");
        // An FTS5 phrase: everything inside the quotes is literal ("" is a quote).
        Self::Anywhere {
            pattern: format!("%{escaped}%"),
            phrase: format!("\"{}\"", term.replace('"', "\"\"")),
        }
    }
}

/// How many of a search's matches the list page holds. A common name among a million
/// students matches thousands, and every page view of them would sort or walk them all,
/// filters included; the page says when a search matched more (`SearchPlan::bounded`).
/// Scripts (the API), the export and the bulk actions still get every match.
pub const SEARCH_SHOWN: usize = 200;

impl SearchPlan {
    /// Every match of the listing's search.
    pub fn for_listing(conn: &mut DbConnection, listing: &Listing) -> QueryResult<Self> {
        let Some(search) = &listing.search else {
            return Ok(Self::Everyone);
        };
        let (pattern, phrase) = match Term::of(search) {
            Term::Prefix { from, to } => return Ok(Self::Prefix { from, to }),
            Term::Anywhere { pattern, phrase } => (pattern, phrase),
        };
        let substring = |more_than| Self::Substring { pattern, more_than };
        #[allow(irrefutable_let_patterns)] // in a build with SQLite only
        let DbConnection::Sqlite(sqlite) = conn else {
            return Ok(substring(None));
        };
        // The index yields matches in rowid order and stops at the limit.
        let ids = fts_matches(sqlite, phrase.clone(), COUNT_CAP as i64 + 1)?;
        let matches = ids.len() as u64;
        Ok(if matches > COUNT_CAP {
            substring(Some(COUNT_CAP))
        } else if matches > FEW_MATCHES {
            Self::Indexed { phrase, matches }
        } else {
            Self::Ids(ids)
        })
    }

    /// At most `SEARCH_SHOWN` matches of the listing's search, as ids, whatever its
    /// filters and order; `true` when it matched more. They are the first its index
    /// finds, which is the cheapest way to find them (SQLite's search index hands over
    /// its matches oldest first, reading only as far as it needs; newest first, it would
    /// read every match of every trigram); for one or two characters the first by last
    /// name, then by email.
    pub fn bounded(conn: &mut DbConnection, listing: &Listing) -> QueryResult<(Self, bool)> {
        let Some(search) = &listing.search else {
            return Ok((Self::Everyone, false));
        };
        let limit = SEARCH_SHOWN as i64 + 1;
        let mut ids = match Term::of(search) {
            Term::Prefix { from, to } => {
                let mut ids: Vec<i64> = students::table
                    .select(students::id)
                    .filter(students::name_key.ge(from.clone()))
                    .filter(students::name_key.lt(to.clone()))
                    .order((students::name_key, students::id))
                    .limit(limit)
                    .load(conn)?;
                if ids.len() <= SEARCH_SHOWN {
                    let by_email: Vec<i64> = students::table
                        .select(students::id)
                        .filter(students::email_key.ge(from.clone()))
                        .filter(students::email_key.lt(to.clone()))
                        .order((students::email_key, students::id))
                        .limit(limit)
                        .load(conn)?;
                    ids.sort_unstable();
                    let by_name = ids.clone();
                    ids.extend(
                        by_email
                            .into_iter()
                            .filter(|id| by_name.binary_search(id).is_err()),
                    );
                }
                ids
            }
            Term::Anywhere { pattern, phrase } => match conn {
                DbConnection::Sqlite(sqlite) => fts_matches(sqlite, phrase, limit)?,
                #[allow(unreachable_patterns)] // in a build with SQLite only
                // As SQL text, which Diesel never keeps prepared: PostgreSQL plans a kept
                // statement once for every pattern, scanning the table where the trigram
                // index would answer a rare term at once.
                other => students::table
                    .select(students::id)
                    .filter(
                        sql::<Bool>("students.search_text LIKE ")
                            .bind::<Text, _>(pattern)
                            .sql(" ESCAPE '!'"),
                    )
                    .limit(limit)
                    .load(other)?,
            },
        };
        let more = ids.len() > SEARCH_SHOWN;
        ids.truncate(SEARCH_SHOWN);
        Ok((Self::Ids(ids), more))
    }
}

/// Up to `limit` rowids the FTS5 index finds for `phrase`, in rowid order. Built with the
/// DSL, the query keeps its prepared statement: preparing an FTS5 query costs as much as
/// running one.
fn fts_matches(
    sqlite: &mut diesel::SqliteConnection,
    phrase: String,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    students_search::table
        .select(students_search::rowid)
        .filter(Matches::new(
            students_search::whole_row,
            phrase.into_sql::<Text>(),
        ))
        .limit(limit)
        .load(sqlite)
}

diesel::infix_operator!(Matches, " MATCH ", backend: diesel::sqlite::Sqlite);

/// Up to this many search matches are passed to the page query as ids.
const FEW_MATCHES: u64 = 100;

/// The students the search and the filters let through, each filter written so that its
/// own index can find them: best when they are few.
pub fn matching(listing: &Listing, search: &SearchPlan, checked: bool) -> BoxedStudents<'static> {
    filtered(listing, search, checked, None)
}

/// Like `matching`, for a page of filters that match more than `COUNT_CAP`: the age and
/// date filters tested on each row met walking the order's own index (only when it is
/// not theirs). A page of them then comes from the first few hundred rows walked, where
/// their own index would hand over every match (a tenth of a million students) to sort.
pub fn matching_in_order(
    listing: &Listing,
    search: &SearchPlan,
    checked: bool,
) -> BoxedStudents<'static> {
    filtered(listing, search, checked, Some(listing.sort))
}

fn filtered(
    listing: &Listing,
    search: &SearchPlan,
    checked: bool,
    walking: Option<Sort>,
) -> BoxedStudents<'static> {
    // `COALESCE(x, x)` is `x` (neither column is ever NULL) that no index answers.
    let tested = |sort| walking.is_some_and(|walked| walked != sort);
    let joined = if tested(Sort::Joined) {
        sql::<Timestamp>("COALESCE(students.created_at, students.created_at)")
    } else {
        sql::<Timestamp>("students.created_at")
    };
    let age = if tested(Sort::Age) {
        sql::<Integer>("COALESCE(students.age_sort, students.age_sort)")
    } else {
        sql::<Integer>("students.age_sort")
    };
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
        query = query.filter(joined.clone().ge(listing.zone.start_of(from)));
    }
    if let Some(to) = listing.joined_to.and_then(|to| to.succ_opt()) {
        query = query.filter(joined.lt(listing.zone.start_of(to)));
    }
    // By `age_sort` (the age, 1000 without one), which the age order's index covers: a
    // range that matches nobody is an empty index range, not a walk through the table.
    if listing.age_min.is_some() || listing.age_max.is_some() {
        let min = listing.age_min.unwrap_or(AGE_MIN);
        let max = listing.age_max.unwrap_or(AGE_MAX);
        query = query.filter(age.between(min, max));
    }
    for (key, test) in listing.fields.iter() {
        query = query.filter(field_test(key, test, walking.is_some()));
    }
    query
}

type Condition = Box<dyn BoxableExpression<students::table, MultiBackend, SqlType = Bool>>;

/// The students whose value of the school's field named `key` (not retired) passes
/// `test`: its lookup key is the one given (a choice, yes or no, a text), or within a
/// range — of numbers when both ends are numbers, else of days written `YYYY-MM-DD`.
/// `walking` the order's own index, each row is tested by its own values' key; else the
/// field's index hands over the matches.
fn field_test(key: &str, test: &FieldTest, walking: bool) -> Condition {
    let (open, student) = if walking {
        ("EXISTS (SELECT 1", "v.student_id = students.id AND ")
    } else {
        ("students.id IN (SELECT v.student_id", "")
    };
    // Fixed text: only the binds carry what the request said.
    let head = format!(
        "{open} FROM student_values v JOIN student_fields f ON f.id = v.field_id \
         WHERE {student}f.key = "
    );
    let start = sql::<Bool>(&head)
        .bind::<Text, _>(key.to_owned())
        .sql(" AND f.retired = ")
        .bind::<Bool, _>(false);
    if let Some(value) = &test.is {
        return Box::new(
            start
                .sql(" AND v.item_key = ")
                .bind::<Text, _>(unique_key(value))
                .sql(")"),
        );
    }
    let number = |end: &Option<String>, default| match end {
        None => Some(default),
        Some(raw) => raw.trim().parse::<i64>().ok(),
    };
    match (number(&test.from, i64::MIN), number(&test.to, i64::MAX)) {
        (Some(from), Some(to)) => Box::new(
            start
                .sql(" AND v.number >= ")
                .bind::<BigInt, _>(from)
                .sql(" AND v.number <= ")
                .bind::<BigInt, _>(to)
                .sql(")"),
        ),
        _ => {
            let from = test.from.clone().unwrap_or_default();
            // Above every day's text in any byte order.
            let to = test.to.clone().unwrap_or_else(|| "\u{FFFF}".to_owned());
            Box::new(
                start
                    .sql(" AND v.item_key >= ")
                    .bind::<Text, _>(from)
                    .sql(" AND v.item_key <= ")
                    .bind::<Text, _>(to)
                    .sql(")"),
            )
        }
    }
}

/// The sort key column of `sort` (ties broken by id).
/// The start of a keyset condition: rows after (before, descending) a row in the order
/// of `sort`, compared as `(key, id)` so every backend seeks in that index; `then` is the
/// SQL of the row compared with (`{column}` in it is the key's column).
pub fn keyset(sort: Sort, direction: Direction, then: &str) -> String {
    let column = sort_column(sort);
    let comparison = match direction {
        Direction::Ascending => ">",
        Direction::Descending => "<",
    };
    let then = then.replace("{column}", column);
    format!("(students.{column}, students.id) {comparison} {then}")
}

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
