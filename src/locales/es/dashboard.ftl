## The dashboard: totals and charts.

nav-dashboard = Resumen
dashboard-title = Resumen
dashboard-joined-this-month = altas este mes
dashboard-per-course = Alumnos por curso
dashboard-per-course-desc = Una barra por cada uno de los cursos más grandes, tan larga como su número de alumnos; cada una lleva a la lista de sus alumnos.
dashboard-ages = Edades
dashboard-ages-desc = Cuántos alumnos hay en cada rango de edad y cuántos no indicaron edad; cada barra lleva a la lista de esos alumnos.
dashboard-months = Alumnos nuevos por mes
dashboard-months-desc = Cuántos alumnos se dieron de alta en cada uno de los últimos 24 meses (UTC); cada punto lleva a la lista de las altas de ese mes.
dashboard-month = Mes
dashboard-grades = Notas por curso
dashboard-grades-desc = Para cada uno de los cursos más grandes, sus matrículas según la nota o el estado; cada barra lleva a la lista de sus alumnos.
dashboard-numbers = Las cifras
dashboard-no-enrollments = Aún no hay nadie matriculado en ningún curso.
dashboard-no-grade = Sin nota
dashboard-other-grades = Otras notas
dashboard-age-range = De { $from } a { $to } años
dashboard-age-over = { $from } o más
course-class-list-csv = Lista de clase (CSV)
print = Imprimir
print-header = { $app } · impreso el { $date }
