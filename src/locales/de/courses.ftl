## Courses: the list, a course's page, the form, notices.

course-add = Kurs hinzufügen
course-add-heading = Einen Kurs hinzufügen
course-edit-heading = { $course } bearbeiten
form-save-changes = Änderungen speichern
courses-tools = Mehr zu den Kursen
courses-import-enrollments = Einschreibungen importieren
courses-export = Kurse exportieren
courses-export-enrollments = Einschreibungen exportieren
courses-find = Kurse suchen
courses-search-placeholder = Kürzel oder Titel
courses-none-match = Keine passenden Kurse
courses-none-search = Kein Kurskürzel und kein Titel enthält „{ $search }“.
courses-show-all = Alle Kurse zeigen
courses-empty = Noch keine Kurse
courses-empty-hint = Legen Sie Kurse an und schreiben Sie Schüler auf deren Seite ein.
courses-add-first = Den ersten Kurs hinzufügen
courses-pages = Kursseiten
courses-caption = Kurse, nach Kürzel
course-no-description = Keine Beschreibung.
course-back = Zurück zu allen Kursen
course-students = Schüler ({ $count })
course-nobody = Noch niemand ist eingeschrieben. Schüler werden auf ihrer eigenen Seite eingeschrieben.
course-in-list = Diese Schüler in der Schülerliste zeigen
course-student = Schüler
course-code-hint = Eindeutig, etwa BIO-101; wird in Großbuchstaben gespeichert.
course-description-optional = Beschreibung (optional)
course-delete-question = { $course } löschen?
course-delete-explanation = Damit wird der Kurs <strong>{ $course }</strong>{ $also } entfernt. Die Schüler bleiben.
    30 Tage lang lässt er sich mit seinen Einschreibungen unter <a href="/deleted/">Zuletzt gelöscht</a> wiederherstellen.
course-delete-button = Kurs löschen
course-added = Kurs { $course } wurde hinzugefügt.
course-saved = Änderungen an { $course } wurden gespeichert.
course-deleted = Kurs { $course }{ $also } wurde gelöscht. Unter „Zuletzt gelöscht“ lässt er sich { $days } Tage lang wiederherstellen.
course-restored = Kurs { $course }{ $also } wurde wiederhergestellt.{ $lost ->
    [0] {""}
    [one] {" "}1 Einschreibung konnte nicht zurückkehren: Der Schüler wurde gelöscht.
   *[other] {" "}{ $lost } Einschreibungen konnten nicht zurückkehren: Die Schüler wurden gelöscht.
}
