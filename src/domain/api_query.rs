//! The API's query strings, held to what its document says: a parameter outside its range
//! or of the wrong kind is a refusal naming it (the pages keep falling back to defaults, as
//! a stale bookmark should). Unknown parameters are ignored, as HTTP expects.

use super::listing::{Listing, MAX_PER_PAGE, MAX_SEARCH_CHARS};
use super::sort::{Direction, Sort};
use super::student::{AGE_MAX, AGE_MIN};
use crate::urlencoded;

/// Largest position a page can start at: the largest integer every JSON reader keeps exact.
pub const MAX_POSITION: u64 = 9_007_199_254_740_991;
/// Largest page number of the course list.
pub const MAX_COURSE_PAGE: u32 = 1_000_000;

/// `GET /api/students`'s parameters: the index's own, checked.
pub fn listing(query: &str) -> Result<Listing, String> {
    let pairs = pairs(query)?;
    for (name, value) in &pairs {
        let value = value.as_str();
        match name.as_str() {
            "q" => search(value)?,
            "age_min" | "age_max" => integer(name, value, i64::from(AGE_MIN), i64::from(AGE_MAX))?,
            "course" | "after" | "before" => integer(name, value, 1, i64::MAX)?,
            "per_page" => integer(name, value, 1, i64::from(MAX_PER_PAGE))?,
            "last" => integer(name, value, 0, 1)?,
            "pos" => {
                value
                    .parse::<u64>()
                    .ok()
                    .filter(|pos| (1..=MAX_POSITION).contains(pos))
                    .ok_or_else(|| out_of_range(name, 1, MAX_POSITION as i64))?;
            }
            "sort" => one_of(name, value, &Sort::ALL.map(Sort::param))?,
            "dir" => one_of(name, value, &Direction::ALL.map(Direction::param))?,
            _ => {}
        }
    }
    Ok(Listing::from_pairs(
        pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
    ))
}

/// `GET /api/courses`'s parameters: the search text and the page, checked.
pub fn course_list(query: &str) -> Result<(Option<String>, u32), String> {
    let pairs = pairs(query)?;
    let (mut search_text, mut page) = (None, 1);
    for (name, value) in &pairs {
        match name.as_str() {
            "q" => {
                search(value)?;
                let trimmed = value.trim();
                search_text = (!trimmed.is_empty()).then(|| trimmed.to_owned());
            }
            "page" => {
                integer(name, value, 1, i64::from(MAX_COURSE_PAGE))?;
                page = value.parse().unwrap_or(1);
            }
            _ => {}
        }
    }
    Ok((search_text, page))
}

/// The decoded pairs; each known parameter at most once.
fn pairs(query: &str) -> Result<Vec<(String, String)>, String> {
    let pairs = urlencoded::decode(query.as_bytes())
        .map_err(|_| "The query string is not valid UTF-8.".to_owned())?;
    for (at, (name, _)) in pairs.iter().enumerate() {
        if pairs[..at].iter().any(|(earlier, _)| earlier == name) {
            return Err(format!("`{name}` is given twice."));
        }
    }
    Ok(pairs)
}

fn search(value: &str) -> Result<(), String> {
    if value.chars().count() > MAX_SEARCH_CHARS || value.chars().any(char::is_control) {
        return Err(format!(
            "`q` must be at most {MAX_SEARCH_CHARS} characters, without control characters."
        ));
    }
    Ok(())
}

fn integer(name: &str, value: &str, min: i64, max: i64) -> Result<(), String> {
    value
        .parse::<i64>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .map(drop)
        .ok_or_else(|| out_of_range(name, min, max))
}

fn out_of_range(name: &str, min: i64, max: i64) -> String {
    format!("`{name}` must be a whole number from {min} to {max}.")
}

fn one_of(name: &str, value: &str, choices: &[&str]) -> Result<(), String> {
    if choices.contains(&value) {
        Ok(())
    } else {
        Err(format!("`{name}` must be one of: {}.", choices.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_refuses_what_the_pages_would_default() {
        assert!(listing("sort=name&dir=desc&per_page=10&pos=26&after=3").is_ok());
        for bad in [
            "per_page=0",
            "per_page=201",
            "age_min=151",
            "sort=shoe",
            "dir=",
            "pos=18446744073709551615",
            "pos=0",
            "after=x",
            "last=2",
            "q=a%00b",
            "sort=name&sort=age",
        ] {
            assert!(listing(bad).is_err(), "{bad}");
        }
        assert_eq!(course_list("q=%20bio&page=3"), Ok((Some("bio".into()), 3)));
        assert!(course_list("page=2147483648").is_err());
    }
}
