## The rules of the forms (and of the API and the imports, which share them).

error-required = { $field } is required.
error-too-long = { $field } must be at most { $max } characters (it has { $length }).
error-control-characters = { $field } must not contain control characters.
error-format-characters = { $field } must not contain invisible formatting characters (such as right-to-left marks).
error-between = { $field } must be between { $min } and { $max }.
error-email = Enter a valid email address, like name@example.com.
error-whole-number = { $field } must be a whole number, like 21.
error-course-code = { $field } must be 2 to 20 letters, digits, dashes, dots or spaces, like BIO-101.
error-choose-course = Choose a course.
error-role = Choose a role: admin, editor or viewer.
error-language = Choose one of the languages offered.
error-time-zone = Choose a time zone from the list.
error-password-short = Use at least { $min } characters (a few words make a strong password).
error-password-long = Use at most { $max } characters.
error-password-spaces = A password of spaces alone is easy to guess: use words or characters.
error-password-email = The password must not be the email address.
error-password-weak = This password is too easy to guess.{ $why ->
    [key-rows] {" "}Straight rows of keys are easy to guess.
    [key-patterns] {" "}Short keyboard patterns are easy to guess.
    [repeats] {" "}Repeats like "aaa" are easy to guess.
    [repeated-groups] {" "}Repeats like "abcabcabc" are only slightly harder to guess than "abc".
    [top-10] {" "}This is a top-10 common password.
    [top-100] {" "}This is a top-100 common password.
    [common] {" "}This is a very common password.
    [similar] {" "}This is similar to a commonly used password.
    [sequences] {" "}Sequences like abc or 6543 are easy to guess.
    [years] {" "}Recent years are easy to guess.
    [word] {" "}A word by itself is easy to guess.
    [dates] {" "}Dates are often easy to guess.
    [names] {" "}Names and surnames by themselves are easy to guess.
    [common-names] {" "}Common names and surnames are easy to guess.
   *[none] {""}
} Add another word or two, or mix in unexpected characters.
error-password-differ = The two passwords differ: type the same password twice.

bulk-error-action = Choose what to do with the selected students.
bulk-error-student = A selected student is not one of the list's.
bulk-error-none = Select at least one student first.
bulk-error-course = Choose a course to enroll them in.
bulk-error-too-many = That is more than { $max } students at once. Narrow the list with the search or filters (or export them instead, which has no limit).
error-date = { $field } must be a date written year-month-day, like 2011-04-02.
error-yes-no = { $field } must be yes or no.
error-choice = { $field } must be one of its list's choices.
error-sent-twice = { $field } was sent more than once: send one value.
