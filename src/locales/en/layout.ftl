## The layout of every page: the name, the navigation, notices, the preferences footer.

app-name = Students
nav-skip = Skip to content
nav-label = Main
nav-add-student = Add student
nav-courses = Courses
nav-accounts = Accounts
nav-about = About
nav-account-title = Your account: password, API tokens and preferences
nav-log-out = Log out
notice-undo = Undo

prefs-label = Language and theme
prefs-language = Language
prefs-language-browser = Browser’s language
prefs-theme = Theme
prefs-apply = Apply
theme-system = Like the system
theme-light = Light
theme-dark = Dark

# Joining lists: "A, B and C".
list-separator = {", "}
list-and = { $rest } and { $last }

# A text shown as it is (an API-only detail, a library's report).
verbatim = { $text }

action-edit = Edit
action-delete = Delete
action-remove = Remove
column-actions = Actions
