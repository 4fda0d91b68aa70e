//! What the student index shows, as it lives in the query string: search text, age filter,
//! sort, page size and page. Parsing is lenient on purpose: a bookmark with a stale or
//! mistyped value falls back to that value's default, never to an error page.
//!
//! Pages are addressed by the row they continue from (`after`/`before` an id, or `last`),
//! not by number, so that page 40 000 costs what page 1 costs; `pos` carries the position
//! of the page's first row for the "1–25 of 12 345" line.

use std::fmt::Write;

pub const DEFAULT_PER_PAGE: u32 = 25;
pub const MAX_PER_PAGE: u32 = 200;
/// The page sizes offered in the form (any size up to the maximum is accepted).
pub const PER_PAGE_CHOICES: [u32; 5] = [10, 25, 50, 100, 200];
/// Longer search text is cut (the API refuses it): no name or address is longer.
pub const MAX_SEARCH_CHARS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Name,
    Email,
    Age,
    Joined,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Name, Sort::Email, Sort::Age, Sort::Joined];

    pub fn param(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Email => "email",
            Self::Age => "age",
            Self::Joined => "joined",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|sort| sort.param() == raw)
    }

    /// The direction a first click on the column sorts in: newest first for dates.
    fn natural_direction(self) -> Direction {
        match self {
            Self::Joined => Direction::Descending,
            _ => Direction::Ascending,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    fn param(self) -> &'static str {
        match self {
            Self::Ascending => "asc",
            Self::Descending => "desc",
        }
    }

    fn reversed(self) -> Self {
        match self {
            Self::Ascending => Self::Descending,
            Self::Descending => Self::Ascending,
        }
    }
}

/// Which page: the first, the one after or before a row (with the position of its first
/// row, when the link knew it), or the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageRequest {
    First,
    After { id: i64, position: Option<u64> },
    Before { id: i64, position: Option<u64> },
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
        let (mut after, mut before, mut last) = (None, None, false);
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
                "sort" => sort = Sort::parse(value),
                "dir" => {
                    direction = match value {
                        "asc" => Some(Direction::Ascending),
                        "desc" => Some(Direction::Descending),
                        _ => None,
                    }
                }
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
                _ => {}
            }
        }
        if let (Some(min), Some(max)) = (listing.age_min, listing.age_max)
            && min > max
        {
            // "from 30 to 20" means 20 to 30.
            listing.age_min = Some(max);
            listing.age_max = Some(min);
        }
        if let Some(sort) = sort {
            listing.sort = sort;
            listing.direction = direction.unwrap_or(sort.natural_direction());
        } else if let Some(direction) = direction {
            listing.direction = direction;
        }
        listing.page = match (after, before, last) {
            (Some(id), _, _) => PageRequest::After { id, position },
            (None, Some(id), _) => PageRequest::Before { id, position },
            (None, None, true) => PageRequest::Last,
            _ => PageRequest::First,
        };
        listing
    }

    /// Whether anything narrows the list (then the total is counted, up to a cap).
    pub fn is_filtered(&self) -> bool {
        self.search.is_some()
            || self.age_min.is_some()
            || self.age_max.is_some()
            || self.course.is_some()
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
        let defaults = Self::default();
        let mut query = String::new();
        let mut add = |name: &str, value: &str| {
            let separator = if query.is_empty() { '?' } else { '&' };
            let value = percent_encoding::utf8_percent_encode(value, QUERY_VALUE);
            let _ = write!(query, "{separator}{name}={value}");
        };
        if let Some(search) = &self.search {
            add("q", search);
        }
        if let Some(min) = self.age_min {
            add("age_min", &min.to_string());
        }
        if let Some(max) = self.age_max {
            add("age_max", &max.to_string());
        }
        if let Some(course) = self.course {
            add("course", &course.to_string());
        }
        if (self.sort, self.direction) != (defaults.sort, defaults.direction) {
            add("sort", self.sort.param());
            add("dir", self.direction.param());
        }
        if self.per_page != defaults.per_page {
            add("per_page", &self.per_page.to_string());
        }
        let (cursor, id, position) = match self.page {
            PageRequest::First => (None, 0, None),
            PageRequest::After { id, position } => (Some("after"), id, position),
            PageRequest::Before { id, position } => (Some("before"), id, position),
            PageRequest::Last => {
                add("last", "1");
                (None, 0, None)
            }
        };
        if let Some(cursor) = cursor {
            add(cursor, &id.to_string());
        }
        if let Some(position) = position {
            add("pos", &position.to_string());
        }
        format!("{path}{query}")
    }
}

/// Characters escaped in a query-string value (everything but unreserved ones).
pub const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn parse_age(raw: &str) -> Option<i32> {
    raw.parse::<i32>()
        .ok()
        .filter(|age| (0..=150).contains(age))
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
