//! What the student index shows, as it lives in the query string: search text, age filter,
//! sort, page size and page. Parsing is lenient on purpose: a bookmark with a stale or
//! mistyped value falls back to that value's default, never to an error page.
//!
//! Pages are addressed by the row they continue from (`after`/`before` an id, or `last`),
//! not by number, so that page 40 000 costs what page 1 costs; `pos` carries the position
//! of the page's first row for the "1–25 of 12 345" line.

use super::field_filter::FieldFilters;
use super::person::Age;
pub use super::sort::{Direction, Sort};
use crate::i18n::TimeZone;
use chrono::NaiveDate;
use std::borrow::Cow;
use std::fmt::Write;

pub const DEFAULT_PER_PAGE: u32 = 25;
pub const MAX_PER_PAGE: u32 = 200;
/// The page sizes offered in the form (any size up to the maximum is accepted).
pub const PER_PAGE_CHOICES: [u32; 5] = [10, 25, 50, 100, 200];
/// Longer search text is cut (the API refuses it): no name or address is longer.
pub const MAX_SEARCH_CHARS: usize = 100;

/// Which page: the first, the one after or before a row (with the position of its first
/// row, when the link knew it), a page by number (the numbered links and "Go to page"),
/// or the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageRequest {
    First,
    After { id: i64, position: Option<u64> },
    Before { id: i64, position: Option<u64> },
    Number(u64),
    Last,
}

/// The parsed state of the index. `Default` is the plain index: everyone, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// As typed (trimmed); the query lowercases it.
    pub search: Option<String>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    /// Only the students enrolled in this course.
    pub course: Option<i64>,
    /// Only the students who joined on or after this day…
    pub joined_from: Option<NaiveDate>,
    /// …and on or before this one…
    pub joined_to: Option<NaiveDate>,
    /// …as days in this zone: the reader's, which their pages show the dates in. Not part
    /// of the query string (UTC unless a handler sets it).
    pub zone: TimeZone,
    /// Only the students whose values of the school's fields pass these.
    pub fields: FieldFilters,
    pub sort: Sort,
    pub direction: Direction,
    pub per_page: u32,
    pub page: PageRequest,
}

impl Default for Listing {
    fn default() -> Self {
        Self {
            search: None,
            age_min: None,
            age_max: None,
            course: None,
            joined_from: None,
            joined_to: None,
            zone: TimeZone::default(),
            fields: FieldFilters::default(),
            sort: Sort::Joined,
            direction: Direction::Descending,
            per_page: DEFAULT_PER_PAGE,
            page: PageRequest::First,
        }
    }
}

impl Listing {
    /// Reads a raw query string. One that is not even valid UTF-8 is a bad bookmark, not
    /// an error: it shows the default listing.
    pub fn from_query(query: &str) -> Self {
        crate::urlencoded::decode(query.as_bytes())
            .map(|pairs| Self::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()))))
            .unwrap_or_default()
    }

    /// Reads the query string's pairs; unknown names are ignored, bad values fall back.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut listing = Self::default();
        let (mut sort, mut direction, mut position) = (None, None, None);
        let (mut after, mut before, mut last, mut number) = (None, None, false, None);
        for (name, value) in pairs {
            let value = value.trim();
            match name {
                "q" => {
                    // No name or email holds a control character, and NUL would reach
                    // the database (PostgreSQL and FTS5 refuse it): drop them.
                    let search: String = value
                        .chars()
                        .filter(|c| !c.is_control())
                        .take(MAX_SEARCH_CHARS)
                        .collect();
                    let search = search.trim();
                    listing.search = (!search.is_empty()).then(|| search.to_owned());
                }
                "age_min" => listing.age_min = parse_age(value),
                "age_max" => listing.age_max = parse_age(value),
                "course" => listing.course = value.parse::<i64>().ok().filter(|id| *id > 0),
                "joined_from" => listing.joined_from = parse_day(value),
                "joined_to" => listing.joined_to = parse_day(value),
                "page" => number = value.parse::<u64>().ok().filter(|page| *page > 0),
                "sort" => sort = Sort::parse(value),
                "dir" => direction = Direction::parse(value),
                "per_page" => {
                    listing.per_page = match value.parse::<u32>() {
                        Ok(0) | Err(_) => DEFAULT_PER_PAGE,
                        Ok(n) => n.min(MAX_PER_PAGE),
                    }
                }
                "after" => after = value.parse::<i64>().ok().filter(|id| *id > 0),
                "before" => before = value.parse::<i64>().ok().filter(|id| *id > 0),
                "last" => last = value == "1",
                "pos" => position = value.parse::<u64>().ok().filter(|pos| *pos > 0),
                name => {
                    listing.fields.read(name, value);
                }
            }
        }
        if let (Some(min), Some(max)) = (listing.age_min, listing.age_max)
            && min > max
        {
            // "from 30 to 20" means 20 to 30.
            listing.age_min = Some(max);
            listing.age_max = Some(min);
        }
        if let (Some(from), Some(to)) = (listing.joined_from, listing.joined_to)
            && from > to
        {
            listing.joined_from = Some(to);
            listing.joined_to = Some(from);
        }
        if let Some(sort) = sort {
            listing.sort = sort;
            listing.direction = direction.unwrap_or(sort.natural_direction());
        } else if let Some(direction) = direction {
            listing.direction = direction;
        }
        listing.page = match (after, before, last, number) {
            (Some(id), ..) => PageRequest::After { id, position },
            (None, Some(id), ..) => PageRequest::Before { id, position },
            (None, None, true, _) => PageRequest::Last,
            (None, None, false, Some(1) | None) => PageRequest::First,
            (None, None, false, Some(page)) => PageRequest::Number(page),
        };
        listing
    }

    /// Whether anything narrows the list (then the total is counted, up to a cap).
    pub fn is_filtered(&self) -> bool {
        self.search.is_some() || self.is_narrowed()
    }

    /// Whether a filter other than the search narrows the list.
    pub fn is_narrowed(&self) -> bool {
        self.age_min.is_some()
            || self.age_max.is_some()
            || self.course.is_some()
            || self.is_narrowed_by_date()
            || !self.fields.is_empty()
    }

    /// Whether a "joined between" filter is set.
    pub fn is_narrowed_by_date(&self) -> bool {
        self.joined_from.is_some() || self.joined_to.is_some()
    }

    /// The order rows are fetched in: the shown order, or its reverse when paging
    /// backwards from a row or from the end.
    pub fn fetch_direction(&self) -> Direction {
        match self.page {
            PageRequest::Before { .. } | PageRequest::Last => self.direction.reversed(),
            _ => self.direction,
        }
    }

    /// The same listing on another page.
    pub fn at(&self, page: PageRequest) -> Self {
        Self {
            page,
            ..self.clone()
        }
    }

    /// The link a column header carries: sort by it (again: the other way), first page.
    pub fn sort_href(&self, sort: &Sort) -> String {
        let direction = if self.sort == *sort {
            self.direction.reversed()
        } else {
            sort.natural_direction()
        };
        Self {
            sort: *sort,
            direction,
            page: PageRequest::First,
            ..self.clone()
        }
        .href()
    }

    /// Sort and direction as hidden fields keep them when the search form is submitted.
    pub fn sort_param(&self) -> &'static str {
        self.sort.param()
    }

    pub fn direction_param(&self) -> &'static str {
        self.direction.param()
    }

    /// The URL of this listing on the index page.
    pub fn href(&self) -> String {
        self.href_from("/")
    }

    /// The URL of this listing at `path` (the page or the API), naming only non-default
    /// values so that links stay short and bookmarkable.
    pub fn href_from(&self, path: &str) -> String {
        let mut query = String::new();
        for (name, value) in self.pairs() {
            let separator = if query.is_empty() { '?' } else { '&' };
            let value = percent_encoding::utf8_percent_encode(&value, QUERY_VALUE);
            let _ = write!(query, "{separator}{name}={value}");
        }
        format!("{path}{query}")
    }

    /// The query string's pairs of this listing's non-default values, in a fixed order.
    pub fn pairs(&self) -> Vec<(Cow<'static, str>, String)> {
        let defaults = Self::default();
        let mut pairs = self.filter_pairs();
        let mut push = |name: &'static str, value: String| pairs.push((Cow::Borrowed(name), value));
        if self.per_page != defaults.per_page {
            push("per_page", self.per_page.to_string());
        }
        match self.page {
            PageRequest::First => {}
            PageRequest::After { id, position } | PageRequest::Before { id, position } => {
                let cursor = if matches!(self.page, PageRequest::After { .. }) {
                    "after"
                } else {
                    "before"
                };
                push(cursor, id.to_string());
                if let Some(position) = position {
                    push("pos", position.to_string());
                }
            }
            PageRequest::Number(page) => push("page", page.to_string()),
            PageRequest::Last => push("last", "1".to_owned()),
        }
        pairs
    }

    /// The search, filters and sort (what "Go to page" keeps besides the page size).
    pub fn filter_pairs(&self) -> Vec<(Cow<'static, str>, String)> {
        let defaults = Self::default();
        let mut pairs = Vec::new();
        let mut push = |name: &'static str, value: String| pairs.push((Cow::Borrowed(name), value));
        if let Some(search) = &self.search {
            push("q", search.clone());
        }
        let numbers = [
            ("age_min", self.age_min.map(i64::from)),
            ("age_max", self.age_max.map(i64::from)),
            ("course", self.course),
        ];
        for (name, value) in numbers {
            if let Some(value) = value {
                push(name, value.to_string());
            }
        }
        for (name, day) in [
            ("joined_from", self.joined_from),
            ("joined_to", self.joined_to),
        ] {
            if let Some(day) = day {
                push(name, day.to_string());
            }
        }
        if (self.sort, self.direction) != (defaults.sort, defaults.direction) {
            push("sort", self.sort.param().to_owned());
            push("dir", self.direction.param().to_owned());
        }
        pairs.extend(self.fields.pairs());
        pairs
    }
}

/// Characters escaped in a query-string value (everything but unreserved ones).
pub const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A day as `YYYY-MM-DD` (what a date input sends).
fn parse_day(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()
}

/// An age bound by the form's own rule (0 to 150, Arabic-Indic digits too); else none.
fn parse_age(raw: &str) -> Option<i32> {
    Age::parse_optional(raw).ok().flatten().map(Age::get)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Listing {
        Listing::from_pairs(query.split('&').filter_map(|pair| pair.split_once('=')))
    }

    #[test]
    fn no_parameters_mean_everyone_newest_first() {
        assert_eq!(parse(""), Listing::default());
        assert_eq!(Listing::default().href(), "/");
    }

    #[test]
    fn bad_values_fall_back_to_their_defaults() {
        let listing = parse("sort=shoe&dir=up&per_page=abc&age_min=-4&age_max=x&after=zz&pos=-1");
        assert_eq!(listing, Listing::default());
        assert_eq!(parse("per_page=0").per_page, DEFAULT_PER_PAGE);
        assert_eq!(parse("per_page=5000").per_page, MAX_PER_PAGE);
        assert_eq!(Listing::from_pairs([("q", "   ")]).search, None);
        let with_controls = Listing::from_pairs([("q", "a\0b\u{1b}c\n")]);
        assert_eq!(with_controls.search.as_deref(), Some("abc"));
    }

    #[test]
    fn a_sort_without_direction_takes_its_natural_one() {
        assert_eq!(parse("sort=name").direction, Direction::Ascending);
        assert_eq!(parse("sort=joined").direction, Direction::Descending);
        assert_eq!(parse("sort=age&dir=desc").direction, Direction::Descending);
    }

    #[test]
    fn a_joined_range_and_a_page_number_are_read_and_written() {
        let listing = parse("joined_to=2026-01-31&joined_from=2026-03-01&page=4");
        assert_eq!(listing.joined_from, NaiveDate::from_ymd_opt(2026, 1, 31));
        assert_eq!(listing.joined_to, NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(listing.page, PageRequest::Number(4));
        assert_eq!(
            listing.href(),
            "/?joined_from=2026-01-31&joined_to=2026-03-01&page=4"
        );
        assert_eq!(parse("page=1").page, PageRequest::First);
        assert_eq!(parse("joined_from=yesterday&page=0"), Listing::default());
    }

    #[test]
    fn a_reversed_age_range_is_swapped() {
        let listing = parse("age_min=30&age_max=20");
        assert_eq!((listing.age_min, listing.age_max), (Some(20), Some(30)));
    }

    #[test]
    fn links_keep_the_state_and_encode_the_search() {
        let listing = Listing::from_pairs([
            ("q", " o'neil & co "),
            ("sort", "name"),
            ("per_page", "50"),
            ("age_min", "18"),
        ]);
        let next = listing.at(PageRequest::After {
            id: 42,
            position: Some(51),
        });
        assert_eq!(
            next.href(),
            "/?q=o%27neil%20%26%20co&age_min=18&sort=name&dir=asc&per_page=50&after=42&pos=51"
        );
        assert_eq!(parse(&next.href()[2..]).page, next.page);
        // Sorting again by the same column flips it and starts over.
        assert_eq!(
            listing.sort_href(&Sort::Name),
            "/?q=o%27neil%20%26%20co&age_min=18&sort=name&dir=desc&per_page=50"
        );
    }
}
