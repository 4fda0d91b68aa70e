## Courses: the list, a course's page, the form, notices.

course-add = Add course
course-add-heading = Add a course
course-edit-heading = Edit { $course }
form-save-changes = Save changes
courses-tools = More for the courses
courses-import-enrollments = Import enrollments
courses-export = Export courses
courses-export-enrollments = Export enrollments
courses-find = Find courses
courses-search-placeholder = Code or title
courses-none-match = No courses match
courses-none-search = No course code or title contains “{ $search }”.
courses-show-all = Show all courses
courses-empty = No courses yet
courses-empty-hint = Add courses, then enroll students in them from each student's page.
courses-add-first = Add the first course
courses-pages = Course pages
courses-caption = Courses, by code
course-no-description = No description.
course-back = Back to all courses
course-students = Students ({ $count })
course-nobody = Nobody is enrolled yet. Enroll students from their own pages.
course-in-list = Show these students in the student list
course-student = Student
course-code-hint = Unique, like BIO-101; stored in capitals.
course-description-optional = Description (optional)
course-delete-question = Delete { $course }?
course-delete-explanation = This removes the course <strong>{ $course }</strong>{ $also }. The students stay.
    For 30 days it can be restored with its enrollments from <a href="/deleted/">Recently deleted</a>.
course-delete-button = Delete course
course-added = Added course { $course }.
course-saved = Saved changes to { $course }.
course-deleted = Deleted course { $course }{ $also }. It can be restored from Recently deleted for { $days } days.
course-restored = Restored course { $course }{ $also }.{ $lost ->
    [0] {""}
    [one] {" "}1 enrollment could not come back: the student was deleted.
   *[other] {" "}{ $lost } enrollments could not come back: the student was deleted.
}
