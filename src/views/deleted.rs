//! "Recently deleted": the courses, the batches of students deleted together and the
//! students deleted one by one that can still be restored, each with its Restore button.

use super::Layout;
use super::shown::Shown;
use crate::db::course_deletions::DeletedCourse;
use crate::db::students::batches::DeletedBatch;
use crate::db::students::history::{Deletion, RESTORE_DAYS};
use crate::i18n::Message;
use askama::Template;

#[derive(Template)]
#[template(path = "students/deleted.html")]
pub struct DeletedPage {
    pub layout: Layout,
    pub deletions: Vec<Shown<Deletion>>,
    /// Students deleted together, restorable with one Restore.
    pub batches: Vec<Shown<DeletedBatch>>,
    /// Courses deleted in the same days.
    pub courses: Vec<Shown<DeletedCourse>>,
    /// How many can be restored in all (the page shows the newest ones).
    pub total: i64,
    /// Why a restore was refused (a message id).
    pub refusal: Option<Message>,
}

impl DeletedPage {
    fn restore_days(&self) -> i64 {
        RESTORE_DAYS
    }
}
