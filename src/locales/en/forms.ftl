## Forms: labels, hints, the error summary, buttons every form shares.

form-problems = { $count ->
    [one] There is a problem with 1 field
   *[other] There are problems with { $count } fields
}
form-cancel = Cancel

field-firstname = First name
field-lastname = Last name
field-email = Email
field-age = Age
field-bio = Bio
field-code = Code
field-title = Title
field-description = Description
field-grade = Grade
field-course = Course
field-course-code = Course code
field-display-name = Display name
field-token-name = Name
field-unknown = Field
field-optional = { $field } (optional)
field-yes = Yes
field-no = No
field-list = { $items }
