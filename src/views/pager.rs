//! The student list's numbered pager: the first and the last page, and a window around
//! the current one ("1 … 18 19 [20] 21 22 … 40").

use crate::domain::Listing;
use crate::domain::listing::PageRequest;

/// One numbered link of the pager, or a gap ("…") between two.
pub struct PageLink {
    pub number: u64,
    pub href: String,
    pub is_current: bool,
    /// A gap comes before this link.
    pub after_gap: bool,
}

/// How many numbers show on each side of the current page.
const PAGE_WINDOW: u64 = 2;

/// The numbered links around `current` of `pages`: the first, the last and a window.
pub(super) fn page_links(listing: &Listing, current: u64, pages: u64) -> Vec<PageLink> {
    let window = current.saturating_sub(PAGE_WINDOW).max(1)..=(current + PAGE_WINDOW).min(pages);
    let mut numbers: Vec<u64> = std::iter::once(1)
        .chain(window)
        .chain(std::iter::once(pages))
        .collect();
    numbers.dedup();
    let mut previous = 0;
    numbers
        .into_iter()
        .filter(|number| *number >= 1)
        .map(|number| {
            let link = PageLink {
                number,
                href: listing.at(PageRequest::Number(number)).href(),
                is_current: number == current,
                after_gap: number > previous + 1 && previous > 0,
            };
            previous = number;
            link
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pager_numbers_the_first_last_and_nearby_pages() {
        let numbers = |current, pages| {
            page_links(&Listing::default(), current, pages)
                .iter()
                .map(|link| match (link.after_gap, link.is_current) {
                    (true, _) => format!("… {}", link.number),
                    (false, true) => format!("[{}]", link.number),
                    (false, false) => link.number.to_string(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(numbers(1, 40), "[1] 2 3 … 40");
        assert_eq!(numbers(20, 40), "1 … 18 19 [20] 21 22 … 40");
        assert_eq!(numbers(40, 40), "1 … 38 39 [40]");
        assert_eq!(numbers(2, 3), "1 [2] 3");
        assert_eq!(page_links(&Listing::default(), 20, 40)[3].href, "/?page=20");
    }
}
