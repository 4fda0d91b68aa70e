## The Fields page: the fields a school defines for its students.

nav-fields = Fields
fields-intro = The fields every student has. Add your school's own — a student number, a class, a date of birth, a consent — and they appear in the forms, the student pages, the list, CSV files and the API.
fields-school-heading = Your school's fields
fields-builtin-heading = Built-in fields
fields-retired-heading = Retired fields
fields-retired-intro = Hidden from the forms and the list; the students' values are kept, and come back with the field.
fields-none = No fields of your own yet.
fields-add = Add a field
fields-builtin = Built in
fields-column-label = Label
fields-column-key = Key
fields-column-kind = Kind
fields-column-rules = Rules
fields-column-values = Students with a value
fields-kind-short_text = Short text
fields-kind-long_text = Long text
fields-kind-whole_number = Whole number
fields-kind-date = Date
fields-kind-yes_no = Yes or no
fields-kind-choice = One choice from a list
fields-kind-choices = Several choices from a list
fields-kind-email = Email address
fields-rule-required = Required
fields-rule-unique = Unique
fields-rule-in-list = In the list
fields-rule-searchable = Searchable
fields-edit-one = Edit the field { $field }
fields-move-up-one = Move { $field } up
fields-move-down-one = Move { $field } down
fields-retire = Retire
fields-retire-one = Retire { $field }
fields-bring-back = Bring back
fields-bring-back-one = Bring back { $field }
fields-delete-one = Delete the field { $field }
fields-add-heading = Add a field
fields-edit-heading = Edit the field { $field }
fields-label-legend = Label
fields-label-hint = Give it in at least one language; where a language has none, the first one given is shown.
fields-in-language = In { $language }
fields-key-label = Key
fields-key-hint = The field's name in CSV files and the API. Made from the label when left blank: lower-case letters, digits and underscores.
fields-key-fixed = { $count ->
    [one] (fixed: one student has a value)
   *[other] (fixed: { $count } students have a value)
}
fields-help-legend = Help text under the input (optional)
fields-kind-label = Kind
fields-rules-legend = Rules
fields-required-label = Required: a student cannot be saved without it
fields-unique-label = Unique: no two students share a value, ignoring case (short text and whole numbers)
fields-in-list-label = Show it as a column of the student list
fields-searchable-label = The list's search looks in it (short text)
fields-max-chars-label = Longest value, in characters
fields-max-chars-hint = For text: up to 200 for short text, 10 000 for long text.
fields-min-label = Smallest value
fields-max-label = Largest value
fields-range-hint = For whole numbers and dates (written 2011-04-02); blank for no limit.
fields-choices-label = Choices
fields-choices-hint = For a list: one choice per line. Change a line's text in place to rename a choice; the students who chose it keep it.
fields-save = Save the field
fields-added = Added the field { $field }.
fields-saved = Saved the field { $field }.
fields-moved = Moved the field.
fields-retired = Retired the field { $field }: hidden from the forms and the list, its values kept.
fields-brought-back = Brought back the field { $field }.
fields-deleted = { $count ->
    [one] Deleted the field { $field } and the value one student had.
   *[other] Deleted the field { $field } and the values of { $count } students.
}
fields-delete-question = Delete the field { $field }?
fields-delete-explanation = { $count ->
    [0] No student has a value of it yet.
    [one] One student has a value of it: it is erased too, and cannot be brought back. To hide the field and keep the value, retire it instead.
   *[other] { $count } students have a value of it: they are erased too, and cannot be brought back. To hide the field and keep the values, retire it instead.
}
fields-delete-button = Delete the field and its values
fields-error-move = Say which way to move the field: up or down.
field-label = Label
field-help = Help text
field-choice = A choice
field-error-label = Give the field a label in at least one language.
field-error-key = A key is lower-case letters, digits and underscores, starts with a letter and has at most { $max } characters, like date_of_birth.
field-error-key-needed = Type a key: the label has no letters a key can be made from.
field-error-key-reserved = “{ $key }” is the name of a built-in field or column: choose another key.
field-error-key-taken = Another field has this key already.
field-error-key-fixed = { $count ->
    [one] The key cannot change: one student has a value, and files and scripts name it by its key.
   *[other] The key cannot change: { $count } students have a value, and files and scripts name it by its key.
}
field-error-kind = Choose one of the kinds offered.
field-error-kind-fixed = { $count ->
    [one] The kind cannot change while one student has a value. Add a new field instead.
   *[other] The kind cannot change while { $count } students have a value. Add a new field instead.
}
field-error-unique = Only a short text or a whole number can be unique.
field-error-searchable = Only a short text can be searched.
field-error-max-chars = The longest value must be a whole number from 1 to { $max }.
field-error-number = Limits must be whole numbers between -{ $max } and { $max }.
field-error-range = The largest value must not be smaller than the smallest.
field-error-date = Limits must be dates written year-month-day, from { $min } to { $max }.
field-error-no-choices = Give the list at least one choice, one per line.
field-error-many-choices = A list has at most { $max } choices.
field-error-choice-semicolon = A choice cannot contain a semicolon: files separate several choices with it.
field-error-choice-twice = “{ $choice }” is in the list twice.
field-error-breaks = { $count ->
    [one] One student has a value this change would not keep. Change that value first, or leave the rule as it was.
   *[other] { $count } students have values this change would not keep. Change those values first, or leave the rule as it was.
}
field-error-missing = { $count ->
    [one] One student has no value yet: give them one first, then make the field required.
   *[other] { $count } students have no value yet: give them one first, then make the field required.
}
list-any-value = Any
list-field-from = { $field }: from
list-field-to = { $field }: to
list-none-fields = No student has the values the filters ask for.
bulk-set-field-label = Field to set for the selected students
bulk-set-field-choose = Set a field…
bulk-set-value-label = The value to set
bulk-set-value-placeholder = Value
bulk-set = Set
bulk-set-done = { $count ->
    [one] Set { $field } for one student.
   *[other] Set { $field } for { $count } students.
}
bulk-set-undone = { $count ->
    [one] Put back the value of one student.
   *[other] Put back the values of { $count } students.
}{ $kept ->
    [0] {""}
    [one] {" "}One student kept the value someone gave since.
   *[other] {" "}{ $kept } students kept the values someone gave since.
}
bulk-error-field = Choose the field to set, and its value.
bulk-error-field-unique = { $field } is unique: each student has their own, so it cannot be set for many at once.
dashboard-per-field = Students per { $field }
dashboard-per-field-desc = One bar per value, as long as the number of students with it; each bar lists those students.
