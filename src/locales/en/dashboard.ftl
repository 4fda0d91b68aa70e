## The dashboard: totals and charts.

nav-dashboard = Dashboard
dashboard-title = Dashboard
dashboard-joined-this-month = joined this month
dashboard-per-course = Students per course
dashboard-per-course-desc = A bar for each of the largest courses, as long as its number of students; each leads to the list of its students.
dashboard-ages = Ages
dashboard-ages-desc = How many students are of each age range, and how many gave no age; each bar leads to the list of those students.
dashboard-months = New students per month
dashboard-months-desc = How many students joined in each of the last 24 months (UTC); each point leads to the list of those who joined that month.
dashboard-month = Month
dashboard-grades = Grades per course
dashboard-grades-desc = For each of the largest courses, its enrollments split by grade or status; each bar leads to the list of its students.
dashboard-numbers = The numbers
dashboard-no-enrollments = Nobody is enrolled in a course yet.
dashboard-no-grade = No grade
dashboard-other-grades = Other grades
dashboard-age-range = { $from } to { $to } years
dashboard-age-over = { $from } and older
course-class-list-csv = Class list (CSV)
print = Print
print-header = { $app } · printed { $date }
