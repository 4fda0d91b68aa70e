//! The list's filters by the school's fields, as they live in the query string:
//! `f.class=6b` (a choice, a yes/no, several choices: the students with that one),
//! `f.date_of_birth.from=2011-01-01`, `f.locker.to=99` (a range of days or numbers). Read
//! leniently like the rest of the listing: which key is a field, and whether a value fits
//! it, is the record's to say when the list is read (`db::students::search`).

use std::borrow::Cow;

/// The most field filters one list takes (a query string's worth, never a query's).
pub const MAX_FIELD_FILTERS: usize = 12;
/// The longest value a field filter takes.
const MAX_VALUE_CHARS: usize = 200;

/// One field's test.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldTest {
    /// The value the students have (a choice's key, `yes` or `no`).
    pub is: Option<String>,
    /// The smallest day or number…
    pub from: Option<String>,
    /// …and the largest.
    pub to: Option<String>,
}

/// The field filters of a listing, by field key, in the order first given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldFilters(Vec<(String, FieldTest)>);

impl FieldFilters {
    /// Reads the pair `name`=`value` when `name` is a field filter's (`f.…`); whether it
    /// was one.
    pub fn read(&mut self, name: &str, value: &str) -> bool {
        let Some(rest) = name.strip_prefix("f.") else {
            return false;
        };
        let (key, part) = match rest.rsplit_once('.') {
            Some((key, part @ ("from" | "to"))) => (key, part),
            _ => (rest, "is"),
        };
        let value: String = value
            .trim()
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_VALUE_CHARS)
            .collect();
        if key.is_empty() || value.is_empty() {
            return true;
        }
        let at = match self.0.iter().position(|(given, _)| given == key) {
            Some(at) => at,
            None if self.0.len() < MAX_FIELD_FILTERS => {
                self.0.push((key.to_owned(), FieldTest::default()));
                self.0.len() - 1
            }
            None => return true,
        };
        let test = &mut self.0[at].1;
        let slot = match part {
            "from" => &mut test.from,
            "to" => &mut test.to,
            _ => &mut test.is,
        };
        *slot = Some(value);
        true
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each field's key and test.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &FieldTest)> {
        self.0.iter().map(|(key, test)| (key.as_str(), test))
    }

    /// The test of the field named `key`, if it is filtered by.
    pub fn get(&self, key: &str) -> Option<&FieldTest> {
        self.0
            .iter()
            .find(|(given, _)| given == key)
            .map(|(_, test)| test)
    }

    /// The query string's pairs of these filters.
    pub fn pairs(&self) -> Vec<(Cow<'static, str>, String)> {
        let mut pairs = Vec::new();
        for (key, test) in &self.0 {
            let parts = [("", &test.is), (".from", &test.from), (".to", &test.to)];
            for (part, value) in parts {
                if let Some(value) = value {
                    pairs.push((Cow::Owned(format!("f.{key}{part}")), value.clone()));
                }
            }
        }
        pairs
    }

    /// These filters without the one of the field named `key` (a filter chip's ✕).
    pub fn without(&self, key: &str) -> Self {
        Self(
            self.0
                .iter()
                .filter(|(given, _)| given != key)
                .cloned()
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_read_by_key_and_written_back() {
        let mut filters = FieldFilters::default();
        for (name, value) in [
            ("f.class", "6b"),
            ("f.date_of_birth.from", " 2011-01-01 "),
            ("f.date_of_birth.to", "2011-12-31"),
            ("f.", "x"),
            ("f.house", ""),
        ] {
            assert!(filters.read(name, value), "{name}");
        }
        assert!(!filters.read("q", "ada"));
        assert_eq!(filters.get("class").unwrap().is.as_deref(), Some("6b"));
        let born = filters.get("date_of_birth").unwrap();
        assert_eq!(born.from.as_deref(), Some("2011-01-01"));
        assert_eq!(
            filters.iter().count(),
            2,
            "blank values and keys are no filter"
        );
        let pairs: Vec<String> = filters
            .pairs()
            .into_iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        assert_eq!(
            pairs,
            [
                "f.class=6b",
                "f.date_of_birth.from=2011-01-01",
                "f.date_of_birth.to=2011-12-31"
            ]
        );
        assert!(filters.without("class").get("class").is_none());
    }

    #[test]
    fn a_query_string_holds_only_so_many() {
        let mut filters = FieldFilters::default();
        for n in 0..100 {
            filters.read(&format!("f.field{n}"), "x");
        }
        assert_eq!(filters.iter().count(), MAX_FIELD_FILTERS);
    }
}
