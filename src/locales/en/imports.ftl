## Importing CSV files: the upload form, the preview, the report's problems, notices.

import-title = Import students
import-heading = Import from a CSV file
import-intro = Save a spreadsheet as “CSV UTF-8”; its first row names the columns, in any order. You will
    see every row checked before anything is added.
import-holds = The file holds
import-students-hint = Columns <strong>firstname</strong>, <strong>lastname</strong>, <strong>email</strong>, and optionally <strong>age</strong> and <strong>bio</strong> (a file from “Export CSV” works as it is).
import-enrollments-hint = Columns <strong>email</strong> (the student's), <strong>course</strong> (its code, like BIO-101) and optionally <strong>grade</strong>.
import-file = CSV file
import-file-hint = At most { $limit } MB and { $rows } rows.
import-check = Check the file
import-preview-title = Import preview: { $file }
import-preview = Import preview
import-uploaded = { $file }, uploaded { $when }. Nothing is added until you confirm.
import-summary = { $added ->
    [0] Nothing will be added ({ $what })
   *[other] { $what } will be added
}{ $problems ->
    [0] .
    [one] ; 1 row has problems and will be left out.
   *[other] ; { $problems } rows have problems and will be left out.
}
import-not-read = Not read: { $columns } (the app gives ids, names and dates itself).
import-add = Add { $what }
import-cancel = Cancel the import
import-another = Upload another file
import-problems = Problems ({ $count })
import-problems-hint = These rows are left out. Fix them in the file and upload it again, or add them by hand.
import-row = Row
import-column = Column
import-problem = Problem
import-more-problems = And { $count } more.
import-to-add = To be added{ $more ->
    [yes] {" "}(the first { $shown })
   *[no] {""}
}

import-not-utf8 = The file is not UTF-8 text (line { $line }). Save it as "CSV UTF-8" and upload it again.
import-empty = The file is empty: it needs a header row and a row per record.
import-header-unreadable = The header row cannot be read: { $why }.
import-row-unreadable = This row cannot be read: { $why }.
import-too-many-rows = The file has more than { $max } rows: split it into smaller files.
import-too-many-cells = This row has { $cells } cells; the header has { $header }.
import-no-rows = The file has a header row but no rows to import.
import-column-twice = The column "{ $column }" appears twice.
import-unknown-columns = Unknown { $count ->
    [one] column
   *[other] columns
} { $columns }. The columns are { $known }{ $keep ->
    [yes] {" "}(the export's { $ignored } may stay)
   *[no] {""}
}.
import-missing-columns = The header row has no { $columns } { $count ->
    [one] column
   *[other] columns
}. The first row must name the columns.
import-same-email = The same email as row { $row }: each student once.
import-same-enrollment = The same student and course as row { $row }.
import-unknown-student = No student has this email.
import-unknown-course = No course has this code.
import-choose-file = Choose a CSV file to import.
import-too-large = The file is larger than { $limit } MB: split it into smaller files.
import-done = Imported { $what } from { $file }.
import-changed-meanwhile = Nothing was imported: the records changed meanwhile (an email was taken, a student or course deleted). Check the preview again.
import-cancelled = Import cancelled: nothing was added.
import-undone = Undid the import: { $count ->
    [one] 1 student
   *[other] { $count } students
} deleted. They can be restored from Recently deleted for { $days } days.
import-undone-already = Nothing to undo: the students of that import were deleted already.
import-same-value = The same { $field } as row { $row }: each value once.
