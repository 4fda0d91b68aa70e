## Logging in and out, the first-run setup, the About page.

login-title = Log in
login-staff-only = Student records are for staff only.
login-first-run = No account exists yet
login-first-run-link = When the server started, it printed a one-time link to create the first admin,
    as its last line (it looks like <code>http://…/setup/?token=…</code>). Open that link.
login-first-run-command = Or, on the server, run <code>students user add EMAIL --role admin</code> and log in here.
login-forgot = Forgot your password? An admin can set a new one.
login-missing = Enter your email and your password.
login-wrong = That email and password do not match an account.
login-welcome = Logged in as { $name }.
login-logged-out = You have logged out.
session-ended-lifetime = Your session ended: a login lasts at most 7 days. Log in again to continue.
session-ended-idle = Your session ended after 8 hours without activity. Log in again to continue.
setup-title = Create the first admin
setup-intro = There are no accounts yet. The account you create here is an admin: it can add
    everyone else (as admins, editors or viewers) under Accounts. This link works once.
setup-name = Your name
setup-email-hint = You log in with it.
setup-create = Create admin and log in
setup-welcome = Welcome, { $name }. Your admin account is ready; add your colleagues under Accounts.

about-heading = About Students
about-intro = Students keeps a school office's records: its students (names, a unique email address, an
    optional age and bio), its courses, and who is enrolled in which, with a grade or status.
about-working = Working with it
about-list = The <a href="/">student list</a> searches names and emails, filters by age, course and
    joining date, sorts by any column, and pages through a million students as fast as ten.
    Tick students to delete, enroll or export them together.
about-adding = Add students one at a time with <a href="/create/">Add student</a>, or many at once by
    importing a CSV file: every row is checked and shown before anything is added.
    Export any list, the courses and the enrollments as CSV.
about-courses = <a href="/courses/">Courses</a> list their students; a student's page lists their courses,
    enrolls them in another, and shows every change made to them, by whom.
about-nothing-lost = Nothing is lost: an edit made while someone else changed the same student is merged with
    theirs, and deleted students and courses can be restored for 30 days from
    <a href="/deleted/">Recently deleted</a>.
about-languages = The pages speak English, German, Spanish and Arabic, show times in each person's time zone, and come light or dark: choose at the foot of any page.
about-accounts = Accounts and scripts
about-accounts-text = Staff log in with their own account. Viewers can read everything, editors can also change
    records, admins also manage the accounts. Each person can create API tokens on
    <a href="/account/">their account page</a> for scripts, which use the JSON API under
    <code>/api/</code>, described by its OpenAPI document at
    <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.
about-origin = It began as the student manager of the Flask-SQLAlchemy tutorial and is rebuilt in Rust
    (actix-web, askama, Diesel). Data lives in one SQLite file by default, or in PostgreSQL or
    MySQL/MariaDB.
