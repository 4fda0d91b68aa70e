## Counts as phrases: "1 student", "3 enrollments".

count-students = { $count ->
    [one] 1 alumno
   *[other] { $count } alumnos
}
count-enrollments = { $count ->
    [one] 1 matrícula
   *[other] { $count } matrículas
}
