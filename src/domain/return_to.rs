//! Where a write sends the person back to: the student list exactly as they left it
//! (search, filters, sort, page size and page), a student's page, or "Recently deleted".
//! It travels as `?back=` on the form's URL. Only these local pages are accepted, and the
//! target is rebuilt from its parsed parts, so a link can never send anyone elsewhere.

use super::listing::Listing;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReturnTo {
    List(Listing),
    Student(i64),
    Deleted,
}

impl Default for ReturnTo {
    fn default() -> Self {
        Self::List(Listing::default())
    }
}

impl ReturnTo {
    /// The `back` parameter of a raw query string, if it has one (anything unknown in it
    /// is the plain list).
    pub fn from_query(query: &str) -> Option<Self> {
        crate::urlencoded::decode(query.as_bytes())
            .ok()?
            .into_iter()
            .find(|(name, _)| name == "back")
            .map(|(_, value)| Self::parse(&value))
    }

    /// A local URL of one of the pages a write returns to; anything else is the plain list.
    pub fn parse(target: &str) -> Self {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        match path {
            "/" => Self::List(Listing::from_query(query)),
            "/deleted/" => Self::Deleted,
            _ => path
                .strip_prefix('/')
                .and_then(|rest| rest.strip_suffix('/'))
                .filter(|id| id.bytes().all(|byte| byte.is_ascii_digit()))
                .and_then(|id| id.parse::<i64>().ok())
                .filter(|id| *id > 0)
                .map_or_else(Self::default, Self::Student),
        }
    }

    /// The URL to go back to.
    pub fn href(&self) -> String {
        match self {
            Self::List(listing) => listing.href(),
            Self::Student(id) => format!("/{id}/"),
            Self::Deleted => "/deleted/".to_owned(),
        }
    }

    /// After deleting student `id`: their page is gone, so to the list instead.
    pub fn without_student(self, id: i64) -> Self {
        match self {
            Self::Student(shown) if shown == id => Self::default(),
            other => other,
        }
    }

    /// `?back=…` for a link or form action that should come back here; empty for the plain
    /// list (the default).
    pub fn query(&self) -> String {
        if *self == Self::default() {
            return String::new();
        }
        let href = self.href();
        let encoded = percent_encoding::utf8_percent_encode(&href, super::listing::QUERY_VALUE);
        format!("?back={encoded}")
    }

    /// `path` with this return target.
    pub fn on(&self, path: &str) -> String {
        format!("{path}{}", self.query())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_target_keeps_its_state_and_survives_the_round_trip() {
        let back = ReturnTo::parse("/?q=ann&sort=name&dir=asc&per_page=50&after=40&pos=51");
        let ReturnTo::List(listing) = &back else {
            panic!("{back:?}")
        };
        assert_eq!(listing.search.as_deref(), Some("ann"));
        assert_eq!(ReturnTo::from_query(&back.query()[1..]), Some(back));
        assert_eq!(ReturnTo::from_query("q=x"), None);
        assert_eq!(ReturnTo::parse("/12/"), ReturnTo::Student(12));
        assert_eq!(ReturnTo::parse("/deleted/"), ReturnTo::Deleted);
    }

    #[test]
    fn foreign_or_unknown_targets_are_the_plain_list() {
        for foreign in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "/%2F%2Fevil.example",
            "javascript:alert(1)",
            "/accounts/",
            "/0/",
            "/-3/",
            "/+3/",
            "",
        ] {
            assert_eq!(ReturnTo::parse(foreign), ReturnTo::default(), "{foreign}");
        }
        assert_eq!(ReturnTo::default().query(), "");
        assert_eq!(
            ReturnTo::parse("/5/").without_student(5),
            ReturnTo::default()
        );
    }
}
