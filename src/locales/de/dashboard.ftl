## The dashboard: totals and charts.

nav-dashboard = Übersicht
dashboard-title = Übersicht
dashboard-joined-this-month = diesen Monat aufgenommen
dashboard-per-course = Schüler pro Kurs
dashboard-per-course-desc = Ein Balken für jeden der größten Kurse, so lang wie seine Schülerzahl; jeder führt zur Liste seiner Schüler.
dashboard-ages = Alter
dashboard-ages-desc = Wie viele Schüler in jedem Altersbereich sind und wie viele kein Alter angegeben haben; jeder Balken führt zur Liste dieser Schüler.
dashboard-months = Neue Schüler pro Monat
dashboard-months-desc = Wie viele Schüler in jedem der letzten 24 Monate aufgenommen wurden (UTC); jeder Punkt führt zur Liste der in diesem Monat Aufgenommenen.
dashboard-month = Monat
dashboard-grades = Noten pro Kurs
dashboard-grades-desc = Für jeden der größten Kurse seine Einschreibungen nach Note oder Status; jeder Balken führt zur Liste seiner Schüler.
dashboard-numbers = Die Zahlen
dashboard-no-enrollments = Noch niemand ist in einem Kurs eingeschrieben.
dashboard-no-grade = Keine Note
dashboard-other-grades = Andere Noten
dashboard-age-range = { $from } bis { $to } Jahre
dashboard-age-over = { $from } und älter
course-class-list-csv = Klassenliste (CSV)
print = Drucken
print-header = { $app } · gedruckt am { $date }
