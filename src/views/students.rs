//! The student pages: the index (with its range line, pager links and sortable headers),
//! a student's page (courses, "Enroll in…", history), the confirmations and "Recently
//! deleted". The create/edit form and the conflict page are in `student_form`.

use super::Layout;
use super::shown::Shown;
use crate::db::courses::{Course, CourseChoice};
use crate::db::enrollments::StudentCourse;
use crate::db::students::history::{Change, Deletion, RESTORE_DAYS};
use crate::db::students::{Student, StudentPage, StudentSummary, Total};
use crate::domain::listing::{Direction, PER_PAGE_CHOICES, PageRequest, Sort};
use crate::domain::{EnrollmentForm, FieldErrors, Listing, ReturnTo};
use crate::format::{self, group_digits};
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
}

impl IndexPage {
    pub fn new(
        layout: Layout,
        listing: Listing,
        mut page: StudentPage,
        courses: Vec<CourseChoice>,
    ) -> Self {
        let course = listing
            .course
            .and_then(|id| courses.iter().find(|course| course.id == id).cloned())
            .map(Shown);
        let previous_href = listing.at(page.previous_page(&listing)).href();
        let next_href = listing.at(page.next_page()).href();
        let students = Shown::all(std::mem::take(&mut page.students));
        let back_query = ReturnTo::List(listing.clone()).query();
        Self {
            back_query,
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

    /// "1–25 of 12 345", "26–50 of 5 000+", "7 of 7", or "25 shown of 12 345" when the
    /// position is unknown (a hand-edited link).
    fn range(&self) -> String {
        let total = match self.page.total {
            Total::Exact(n) => group_digits(n),
            Total::AtLeast(n) => format!("{}+", group_digits(n)),
        };
        let shown = self.students.len() as u64;
        match self.page.first_position {
            Some(first) if shown == 1 => format!("{} of {total}", group_digits(first)),
            Some(first) => format!(
                "{}–{} of {total}",
                group_digits(first),
                group_digits(first + shown - 1)
            ),
            None => format!("{shown} shown of {total}"),
        }
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

    fn aria_sort(&self, sort: &Sort) -> &'static str {
        aria_sort(&self.listing, sort)
    }

    /// The arrow shown beside the sorted column's name.
    fn sort_arrow(&self, sort: &Sort) -> &'static str {
        match (self.listing.sort == *sort, self.listing.direction) {
            (false, _) => "",
            (true, Direction::Ascending) => "▲",
            (true, Direction::Descending) => "▼",
        }
    }

    fn sort_description(&self) -> String {
        let order = match self.listing.direction {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        };
        format!("sorted by {} ({order})", self.listing.sort.param())
    }
}

/// `aria-sort` for a column header.
fn aria_sort(listing: &Listing, sort: &Sort) -> &'static str {
    match (listing.sort == *sort, listing.direction) {
        (false, _) => "none",
        (true, Direction::Ascending) => "ascending",
        (true, Direction::Descending) => "descending",
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
}

impl ShowPage {
    fn and_enrollments(&self) -> String {
        format::and_enrollments(self.courses.len() as i64)
    }

    fn is_chosen(&self, course: &Course) -> bool {
        self.enrollment.course_id == course.id.to_string()
    }
}

/// Asks before a student is deleted, saying how many enrollments go too.
#[derive(Template)]
#[template(path = "students/confirm_delete.html")]
pub struct ConfirmDeletePage {
    pub layout: Layout,
    pub student: Shown<Student>,
    /// " and 3 enrollments", or nothing.
    pub also: String,
    /// Where the delete (or cancelling it) returns to.
    pub back: ReturnTo,
}

impl ConfirmDeletePage {
    fn question(&self) -> String {
        format!("Delete {}?", self.student.full_name())
    }

    fn action(&self) -> String {
        self.back.on(&format!("/{}/delete/", self.student.id))
    }

    fn cancel_href(&self) -> String {
        match &self.back {
            ReturnTo::List(listing) if *listing == Listing::default() => {
                format!("/{}/", self.student.id)
            }
            back => back.href(),
        }
    }
}

#[derive(Template)]
#[template(path = "students/confirm_unenroll.html")]
pub struct ConfirmUnenrollPage {
    pub layout: Layout,
    pub student: Shown<Student>,
    pub course: Shown<Course>,
}

impl ConfirmUnenrollPage {
    fn question(&self) -> String {
        format!(
            "Remove {} from {}?",
            self.student.full_name(),
            self.course.label()
        )
    }

    fn action(&self) -> String {
        format!(
            "/{}/enrollments/{}/delete/",
            self.student.id, self.course.id
        )
    }

    fn cancel_href(&self) -> String {
        format!("/{}/", self.student.id)
    }
}

#[derive(Template)]
#[template(path = "students/deleted.html")]
pub struct DeletedPage {
    pub layout: Layout,
    pub deletions: Vec<Shown<Deletion>>,
    /// How many can be restored in all (the page shows the newest ones).
    pub total: i64,
    /// Why a restore was refused.
    pub refusal: Option<&'static str>,
}

impl DeletedPage {
    fn restore_days(&self) -> i64 {
        RESTORE_DAYS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sorted_column_says_its_direction() {
        let listing = Listing::from_pairs([("sort", "name")]);
        assert_eq!(aria_sort(&listing, &Sort::Name), "ascending");
        assert_eq!(aria_sort(&listing, &Sort::Age), "none");
    }
}
