//! The student pages: the index (with its range line, pager links and sortable headers)
//! and a student's page (courses, "Enroll in…", history). The create/edit form and the
//! conflict page are in `student_form`, the confirmations in `student_confirm`.

use super::Layout;
use super::fields::{FieldColumn, FilterControl, columns, filter_controls};
use super::pager::{PageLink, page_links};
use super::shown::Shown;
use crate::db::courses::{Course, CourseChoice};
use crate::db::enrollments::StudentCourse;
use crate::db::students::history::Change;
use crate::db::students::{SEARCH_SHOWN, Student, StudentPage, StudentSummary, Total};
use crate::domain::listing::{Direction, PER_PAGE_CHOICES, PageRequest, Sort};
use crate::domain::record::{Place, Record};
use crate::domain::{EnrollmentForm, FieldErrors, Listing, ReturnTo};
use crate::format;
use crate::i18n::Message;
use askama::Template;

#[derive(Template)]
#[template(path = "students/index.html")]
pub struct IndexPage {
    pub layout: Layout,
    pub listing: Listing,
    pub page: StudentPage,
    pub students: Vec<Shown<StudentSummary>>,
    /// The course the list is narrowed to, if any.
    pub course: Option<Shown<CourseChoice>>,
    /// Every course, for the filter.
    pub courses: Vec<CourseChoice>,
    previous_href: String,
    next_href: String,
    /// `?back=…` for the links that write: they come back to this very page.
    back_query: String,
    /// The numbered page links ("1 2 … 7 8 9 … 40"), when the total is known.
    page_links: Vec<PageLink>,
    /// How many pages there are, when the total is known.
    pages: Option<u64>,
    /// Every box ticked ("Select all on this page" without JavaScript).
    all_ticked: bool,
    count: Counted,
}

/// Whether the total was counted on request ("count exactly").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// As the list counts it: exact, or capped at "5 000+".
    AsShown,
    /// Every match counted, on request.
    Exactly,
    /// Counting every match took longer than the query budget.
    TooSlow,
}

impl IndexPage {
    pub fn new(
        layout: Layout,
        listing: Listing,
        mut page: StudentPage,
        courses: Vec<CourseChoice>,
        all_ticked: bool,
        count: Counted,
    ) -> Self {
        let course = listing
            .course
            .and_then(|id| courses.iter().find(|course| course.id == id).cloned())
            .map(Shown);
        let previous_href = listing.at(page.previous_page(&listing)).href();
        let next_href = listing.at(page.next_page()).href();
        let students = Shown::all(std::mem::take(&mut page.students));
        let back_query = ReturnTo::List(listing.clone()).query();
        let size = u64::from(listing.per_page);
        let pages = match page.total {
            Total::Exact(n) => Some(n.div_ceil(size).max(1)),
            Total::AtLeast(_) => None,
        };
        let current = page.first_position.map(|first| (first - 1) / size + 1);
        let page_links = match (current, pages) {
            (Some(current), Some(pages)) if pages > 1 => page_links(&listing, current, pages),
            _ => Vec::new(),
        };
        Self {
            back_query,
            page_links,
            pages,
            all_ticked,
            count,
            layout,
            listing,
            page,
            students,
            course,
            courses,
            previous_href,
            next_href,
        }
    }

    /// What "Go to page" keeps: everything but the page.
    fn kept_fields(&self) -> Vec<(std::borrow::Cow<'static, str>, String)> {
        self.listing.at(PageRequest::First).pairs()
    }

    /// This list (every page of it) as CSV, with the byte-order mark Excel needs or not.
    fn export_href(&self, bom: bool) -> String {
        let href = self.listing.at(PageRequest::First).href_from("/export.csv");
        match (bom, href.contains('?')) {
            (false, _) => href,
            (true, true) => format!("{href}&bom=1"),
            (true, false) => format!("{href}?bom=1"),
        }
    }

    /// The total counted exactly, when it shows as "5 000+".
    fn count_exactly_href(&self) -> Option<String> {
        match (self.page.total, self.count) {
            (Total::AtLeast(_), Counted::AsShown) => {
                let href = self.listing.href();
                let separator = if href.contains('?') { '&' } else { '?' };
                Some(format!("{href}{separator}count=exact"))
            }
            _ => None,
        }
    }

    fn count_too_slow(&self) -> bool {
        self.count == Counted::TooSlow
    }

    /// This page with every box ticked.
    fn select_page_href(&self) -> String {
        let href = self.listing.href();
        let separator = if href.contains('?') { '&' } else { '?' };
        format!("{href}{separator}select=page")
    }

    /// "12,345", or "5,000+" for a total too large to count.
    fn total_label(&self) -> String {
        match self.page.total {
            Total::Exact(n) => self.layout.num(n),
            Total::AtLeast(n) => format!("{}+", self.layout.num(n)),
        }
    }

    /// "More than 200 students match “ann”…", when the search matched more than the list
    /// holds.
    fn more_matches(&self) -> Option<String> {
        let search = self
            .listing
            .search
            .as_deref()
            .filter(|_| self.page.more_matches)?;
        let message = Message::new("list-more-matches")
            .with("shown", self.layout.num(SEARCH_SHOWN as u64))
            .with("search", search);
        Some(self.layout.show(message))
    }

    fn course_href(&self, course: &CourseChoice) -> String {
        format!("/courses/{}/", course.id)
    }

    /// Why an empty result is empty: the search, the age range, the course.
    fn why_none(&self) -> Message {
        let listing = &self.listing;
        let ages = listing.age_min.is_some() || listing.age_max.is_some();
        match &listing.search {
            Some(search) => Message::new("list-none-search")
                .with("search", search)
                .with("ages", if ages { "yes" } else { "no" }),
            None if ages => Message::new("list-none-ages"),
            None if listing.is_narrowed_by_date() => Message::new("list-none-joined"),
            None if listing.course.is_none() => Message::new("list-none-fields"),
            None => Message::new("list-none-course"),
        }
    }

    /// How many of the filters behind "Filters" narrow the list (the search is beside it).
    fn filters_in_use(&self) -> usize {
        let listing = &self.listing;
        [
            listing.age_min.is_some() || listing.age_max.is_some(),
            listing.is_narrowed_by_date(),
            listing.course.is_some(),
        ]
        .into_iter()
        .filter(|used| *used)
        .count()
            + listing.fields.iter().count()
    }

    /// The fields "Set" can give the selected students one value of: the school's own
    /// that are not unique.
    fn settable_fields(&self) -> Vec<(&str, &Message)> {
        self.page
            .record
            .school()
            .filter(|def| def.unique.is_none())
            .map(|def| (def.key(), &def.label))
            .collect()
    }

    /// The filters by the school's fields.
    fn field_filters(&self) -> Vec<FilterControl<'_>> {
        filter_controls(&self.page.record, &self.listing.fields)
    }

    /// The filters start open when one is in use or the page size was changed.
    fn filters_open(&self) -> bool {
        self.filters_in_use() > 0 || self.listing.per_page != Listing::default().per_page
    }

    fn per_page_choices(&self) -> [u32; 5] {
        PER_PAGE_CHOICES
    }

    fn is_filtered_course(&self, course: &CourseChoice) -> bool {
        self.listing.course == Some(course.id)
    }

    fn without_course_href(&self) -> String {
        Listing {
            course: None,
            page: PageRequest::First,
            ..self.listing.clone()
        }
        .href()
    }

    /// "1–25 of 12,345", "26–50 of 5,000+", "7 of 7", or "25 shown of 12,345" when the
    /// position is unknown (a hand-edited link).
    fn range(&self) -> String {
        let total = self.total_label();
        let shown = self.students.len() as u64;
        let message = match self.page.first_position {
            Some(first) if shown == 1 => Message::new("pager-one-of").with("at", first),
            Some(first) => Message::new("pager-range")
                .with("from", self.layout.num(first))
                .with("to", self.layout.num(first + shown - 1)),
            None => Message::new("pager-shown-of").with("count", shown),
        };
        self.layout.show(message.with("total", total))
    }

    fn first_href(&self) -> String {
        self.listing.at(PageRequest::First).href()
    }

    fn last_href(&self) -> String {
        self.listing.at(PageRequest::Last).href()
    }

    fn clear_href(&self) -> String {
        Listing {
            sort: self.listing.sort,
            direction: self.listing.direction,
            per_page: self.listing.per_page,
            ..Listing::default()
        }
        .href()
    }

    /// The list's columns of the fields shown at `place`.
    fn columns(&self, place: Place) -> Vec<FieldColumn<'_>> {
        columns(&self.page.record, place)
    }

    /// `aria-sort` of the sorted column (the others have none).
    fn aria_sort(&self, sort: &Sort) -> Option<&'static str> {
        aria_sort(&self.listing, sort)
    }

    /// The arrow beside a column's name: the direction of the sorted one, a quiet ↕ on the
    /// others (they can sort too).
    fn sort_arrow(&self, sort: &Sort) -> &'static str {
        match (self.listing.sort == *sort, self.listing.direction) {
            (false, _) => "↕",
            (true, Direction::Ascending) => "▲",
            (true, Direction::Descending) => "▼",
        }
    }

    /// "Students, sorted by name (ascending)", the table's caption.
    fn sort_description(&self) -> String {
        let column = match self.listing.sort {
            Sort::Name => Message::new("column-name"),
            Sort::Joined => Message::new("student-joined"),
            // The others are the fields sorted by.
            sort => self
                .page
                .record
                .fields()
                .find(|def| def.sort == Some(sort))
                .map_or(Message::new("field-unknown"), |def| def.label.clone()),
        };
        let order = match self.listing.direction {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        };
        self.layout.show(
            Message::new("list-caption")
                .with("column", column)
                .with("order", order),
        )
    }
}

/// `aria-sort` for a column header: only the sorted one has it.
fn aria_sort(listing: &Listing, sort: &Sort) -> Option<&'static str> {
    match (listing.sort == *sort, listing.direction) {
        (false, _) => None,
        (true, Direction::Ascending) => Some("ascending"),
        (true, Direction::Descending) => Some("descending"),
    }
}

#[derive(Template)]
#[template(path = "students/show.html")]
pub struct ShowPage {
    pub layout: Layout,
    pub student: Shown<Student>,
    pub courses: Vec<Shown<StudentCourse>>,
    /// The courses the student could still enroll in.
    pub open_courses: Vec<Course>,
    pub enrollment: EnrollmentForm,
    pub errors: FieldErrors,
    /// The newest changes, newest first, and how many there are in all.
    pub history: Vec<Shown<Change>>,
    pub history_total: i64,
    /// The fields the student has now.
    pub record: Record,
}

impl ShowPage {
    fn and_enrollments(&self) -> Message {
        format::and_enrollments(self.courses.len())
    }

    fn course_label(&self, course: &StudentCourse) -> String {
        format::course_label(&course.code, &course.title)
    }

    /// "There are no courses yet: add one." with its link.
    fn no_courses(&self) -> Message {
        Message::new("student-no-courses-yet")
    }

    fn is_chosen(&self, course: &Course) -> bool {
        self.enrollment.course_id == course.id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sorted_column_says_its_direction() {
        let listing = Listing::from_pairs([("sort", "name")]);
        assert_eq!(aria_sort(&listing, &Sort::Name), Some("ascending"));
        assert_eq!(aria_sort(&listing, &Sort::Age), None);
    }
}
