## Counts as phrases: "1 student", "3 enrollments".

count-students = { $count ->
    [one] 1 Schüler
   *[other] { $count } Schüler
}
count-enrollments = { $count ->
    [one] 1 Einschreibung
   *[other] { $count } Einschreibungen
}
