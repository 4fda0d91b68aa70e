## Counts as phrases: "1 student", "3 enrollments".

count-students = { $count ->
    [one] 1 student
   *[other] { $count } students
}
count-enrollments = { $count ->
    [one] 1 enrollment
   *[other] { $count } enrollments
}
