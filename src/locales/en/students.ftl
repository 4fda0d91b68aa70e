## Students: notices, confirmations, the list, a student's page, the form.

# What else a delete takes: "" / " and 1 enrollment" / " and 3 enrollments".
and-enrollments = { $count ->
    [0] {""}
    [one] {" "}and 1 enrollment
   *[other] {" "}and { $count } enrollments
}
student-added = Added student { $name }.
student-saved = Saved changes to { $name }.
student-unchanged = Nothing to save: { $name } was already as in the form.
student-saved-kept = Saved changes to { $name }. Also kept { $people ->
    [0] someone else's
   *[other] { $who }’s
} newer { $count ->
    [one] change
   *[other] changes
} to { $fields }.
student-deleted = Deleted student { $name }{ $also }. It can be restored from Recently deleted for { $days } days.
student-restored = Restored student { $name }{ $also }.{ $lost ->
    [0] {""}
    [one] {" "}1 enrollment could not come back: the course was deleted.
   *[other] {" "}{ $lost } enrollments could not come back: the course was deleted.
}
restored-already = { $name } is already restored.

student-delete-question = Delete { $name }?
student-delete-explanation = This removes <strong>{ $name }</strong> ({ $email }){ $also }.
    For 30 days they can be restored from <a href="/deleted/">Recently deleted</a>.
student-delete-button = Delete student

enrollment-added = Enrolled { $name } in { $course }.
enrollment-removed = Removed { $name } from { $course }.
enrollment-remove-question = Remove { $name } from { $course }?
enrollment-remove-explanation = The enrollment and its grade are deleted; the student and the course stay.
enrollment-remove-button = Remove enrollment

column-name = Name
column-enrollments = Enrollments
student-age = { $count ->
    [one] 1 year old
   *[other] { $count } years old
}
history-created = Created
history-edited = Edited
history-deleted = Deleted
history-restored = Restored
history-imported = Imported
student-age-none = Not given
student-joined = Joined
student-updated = Last updated
student-bio-none = No bio yet.
student-back-to-list = Back to all students
student-delete-confirm = Delete { $name }{ $also }? It can be restored for 30 days.
student-no-courses = Not enrolled in any course yet.
student-no-courses-yet = There are no courses yet: <a href="/courses/create/">add one</a>.
student-in-every-course = Enrolled in every course.
enrollment-enrolled = Enrolled
enrollment-remove-from = Remove from { $course }
enrollment-heading = Enroll in…
enrollment-choose = Choose a course
enrollment-grade-optional = Grade or status (optional)
enrollment-enroll = Enroll
history-heading = History
history-by = by { $who }
history-version = version { $version }
history-field = Field
history-before = Before
history-after = After
history-most-recent = The { $shown } most recent of { $total } changes.

students-title = Students
list-sort-by = Sort by { $column }
list-caption = Students, sorted by { $column } ({ $order ->
    [descending] descending
   *[ascending] ascending
})
list-count-exactly = Count exactly
list-count-too-slow = Counting every match takes too long: narrow the search to count it.
list-more-matches = More than { $shown } students match “{ $search }”, so the list holds { $shown } of them. Type more of a name or an email to narrow the search down; the export holds every match.
pager-top = Pages (top)
pager-bottom = Pages (bottom)
pager-first = « First
pager-previous = ‹ Previous
pager-next = Next ›
pager-last = Last »
pager-page = Page { $number }
pager-jump = Page
pager-of = of { $pages }
pager-go = Go
pager-one-of = { $at } of { $total }
pager-range = { $from }–{ $to } of { $total }
pager-shown-of = { $count } shown of { $total }
list-tools = More for this list
list-import = Import CSV
list-export = Export CSV
list-export-excel = CSV for Excel
list-export-excel-title = With the byte-order mark Excel needs to read the names right
list-find = Find students
list-search = Search
list-search-placeholder = Name or email
list-filters = Filters and page size{ $count ->
    [0] {""}
   *[other] {" "}({ $count } in use)
}
list-age-min = Youngest age
list-age-max = Oldest age
list-from = from
list-to = to
list-joined-between = Joined between
list-joined-from = Joined on or after
list-joined-to = Joined on or before
list-joined-on = joined
list-per-page = Per page
list-any-course = Any course
list-clear = Clear
list-in-course = Students in <a href="{ $href }">{ $course }</a>
list-all-courses = show all courses
list-none-match = No students match
list-none-search = Nobody’s name or email contains “{ $search }”{ $ages ->
    [yes] {" "}in that age range
   *[no] {""}
}.
list-none-ages = Nobody is in that age range.
list-none-joined = Nobody joined in those days.
list-none-course = Nobody is enrolled in this course.
list-show-all = Show all students
list-empty = No students yet
list-empty-hint = Records you add appear here.
list-add-first = Add the first student
list-select = Select
list-select-one = Select { $name }
list-edit-one = Edit { $name }
list-delete-one = Delete { $name }
bulk-label = Selected students
bulk-selected-none = None selected
bulk-selected = { $count } selected
bulk-all-selected = All { $total } matching selected
bulk-clear-selection = Clear the selection
bulk-select-page = Select all on this page
bulk-all-matching = All { $total } matching
bulk-export = Export selected
bulk-course-label = Course to enroll them in
bulk-course-choose = Course…
bulk-enroll = Enroll selected
bulk-delete = Delete selected…

deleted-title = Recently deleted
deleted-courses-hint = Deleted courses come back with their enrollments whose student still exists.
deleted-when = Deleted
deleted-by = By
deleted-restore = Restore
deleted-restore-one = Restore { $name }{ $also }
deleted-restore-all = Restore all
deleted-restore-batch = Restore all { $students } deleted { $when }
deleted-students-hint = Deleted students can be restored with their enrollments for { $days } days.
    After that their data is erased; the dates and fields of their changes stay in the history.
deleted-together = Deleted together
deleted-one-by-one = One by one
deleted-none = No student was deleted in the last { $days } days.
deleted-most-recent = The { $shown } most recently deleted of { $total }.

student-add-heading = Add a new student
student-email-hint = Must be unique; letter case does not matter.
student-age-optional = Age (optional)
student-age-hint = Whole years, 0 to 150.
student-bio-optional = Bio (optional)
student-add-another = Save and add another
conflict-who = { $count ->
    [0] Someone else
   *[other] { $names }
}
conflict-heading = { $who } changed this student while you were editing
conflict-saved-at = Your changes are not saved yet. The saved version is from { $when }.
    The form below holds their changes where only they changed a field, and yours everywhere else.
conflict-original = When you opened it
conflict-saved-since = Saved since
conflict-yours = Yours
conflict-not-known = (not known)
conflict-hint = Check the marked fields in the form (each holds your value; change any to combine both)
    and save. To keep the saved version as it is, discard your changes.
conflict-both = Both changed: choose
conflict-theirs = Their change, kept
conflict-mine = Your change
conflict-same = Same change
conflict-field = { $field } was changed by you and by someone else: check it before saving.
conflict-save = Save the merged version
conflict-discard = Discard my changes

bulk-delete-question = Delete { $count } students?
bulk-delete-explanation = This removes the students below{ $also }. For 30 days they can be restored
    together, with one Restore, from <a href="/deleted/">Recently deleted</a>.
bulk-delete-caption = The students to delete
bulk-delete-button = Delete { $count ->
    [one] 1 student
   *[other] { $count } students
}
bulk-deleted = Deleted { $count ->
    [one] 1 student
   *[other] { $count } students
}{ $also }. They can be restored together from Recently deleted for { $days } days.
bulk-deleted-already = Those students were deleted already.
bulk-enrolled = Enrolled { $count ->
    [one] 1 student
   *[other] { $count } students
} in { $course }.{ $already ->
    [0] {""}
    [one] {" "}1 was already enrolled.
   *[other] {" "}{ $already } were already enrolled.
}{ $gone ->
    [0] {""}
    [one] {" "}1 was deleted meanwhile.
   *[other] {" "}{ $gone } were deleted meanwhile.
}
bulk-none-left = None of those students exists any more.
bulk-restored = Restored { $count ->
    [one] 1 student
   *[other] { $count } students
}{ $also }.
bulk-restore-email-taken = Not restored: another student has the email of { $name } now, so none of the batch came back. Change that student's email, or restore the others one by one from Recently deleted.
bulk-restored-already = Those students were restored already, or can no longer be.
bulk-restore-field-taken = Not restored: another student has the { $field } of { $name } now, so none of the batch came back. Change that student's { $field }, or restore the others one by one from Recently deleted.
