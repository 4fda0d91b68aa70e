## Students: notices, confirmations, the list, a student's page, the form.

and-enrollments = { $count ->
    [0] {""}
    [one] {" "}und 1 Einschreibung
   *[other] {" "}und { $count } Einschreibungen
}
student-added = { $name } wurde hinzugefügt.
student-saved = Änderungen an { $name } wurden gespeichert.
student-unchanged = Nichts zu speichern: { $name } war schon so wie im Formular.
student-saved-kept = Änderungen an { $name } wurden gespeichert. Dabei { $count ->
    [one] blieb die neuere Änderung
   *[other] blieben die neueren Änderungen
} { $people ->
    [0] einer anderen Person
   *[other] von { $who }
} an { $fields } erhalten.
student-deleted = { $name }{ $also } wurde gelöscht. Unter „Zuletzt gelöscht“ lässt sich das { $days } Tage lang wiederherstellen.
student-restored = { $name }{ $also } wurde wiederhergestellt.{ $lost ->
    [0] {""}
    [one] {" "}1 Einschreibung konnte nicht zurückkehren: Der Kurs wurde gelöscht.
   *[other] {" "}{ $lost } Einschreibungen konnten nicht zurückkehren: Die Kurse wurden gelöscht.
}
restored-already = { $name } ist bereits wiederhergestellt.

student-delete-question = { $name } löschen?
student-delete-explanation = Damit wird <strong>{ $name }</strong> ({ $email }){ $also } entfernt.
    30 Tage lang lässt sich das unter <a href="/deleted/">Zuletzt gelöscht</a> wiederherstellen.
student-delete-button = Schüler löschen

enrollment-added = { $name } wurde in { $course } eingeschrieben.
enrollment-removed = { $name } wurde aus { $course } ausgetragen.
enrollment-remove-question = { $name } aus { $course } austragen?
enrollment-remove-explanation = Die Einschreibung und ihre Note werden gelöscht; Schüler und Kurs bleiben.
enrollment-remove-button = Einschreibung entfernen

column-name = Name
column-enrollments = Einschreibungen
student-age = { $count ->
    [one] 1 Jahr alt
   *[other] { $count } Jahre alt
}
history-created = Angelegt
history-edited = Bearbeitet
history-deleted = Gelöscht
history-restored = Wiederhergestellt
history-imported = Importiert
student-age-none = Nicht angegeben
student-joined = Aufgenommen
student-updated = Zuletzt geändert
student-bio-none = Noch keine Beschreibung.
student-back-to-list = Zurück zu allen Schülern
student-delete-confirm = { $name }{ $also } löschen? 30 Tage lang lässt sich das wiederherstellen.
student-no-courses = Noch in keinem Kurs eingeschrieben.
student-no-courses-yet = Es gibt noch keine Kurse: <a href="/courses/create/">einen anlegen</a>.
student-in-every-course = In jedem Kurs eingeschrieben.
enrollment-enrolled = Eingeschrieben
enrollment-remove-from = Aus { $course } austragen
enrollment-heading = Einschreiben in …
enrollment-choose = Kurs wählen
enrollment-grade-optional = Note oder Status (optional)
enrollment-enroll = Einschreiben
history-heading = Historie
history-by = von { $who }
history-version = Version { $version }
history-field = Feld
history-before = Vorher
history-after = Nachher
history-most-recent = Die { $shown } neuesten von { $total } Änderungen.

students-title = Schüler
list-sort-by = Nach { $column } sortieren
list-caption = Schüler, nach { $column } sortiert ({ $order ->
    [descending] absteigend
   *[ascending] aufsteigend
})
list-count-exactly = Genau zählen
list-count-too-slow = Alle Treffer zu zählen dauert zu lange: Grenzen Sie die Suche ein, um sie zu zählen.
list-more-matches = Mehr als { $shown } Studierende passen zu „{ $search }“, daher zeigt die Liste { $shown } davon. Geben Sie mehr von einem Namen oder einer E-Mail ein, um die Suche einzugrenzen; der Export enthält alle Treffer.
pager-top = Seiten (oben)
pager-bottom = Seiten (unten)
pager-first = « Erste
pager-previous = ‹ Vorherige
pager-next = Nächste ›
pager-last = Letzte »
pager-page = Seite { $number }
pager-jump = Seite
pager-of = von { $pages }
pager-go = Los
pager-one-of = { $at } von { $total }
pager-range = { $from }–{ $to } von { $total }
pager-shown-of = { $count } gezeigt von { $total }
list-tools = Mehr zu dieser Liste
list-import = CSV importieren
list-export = CSV exportieren
list-export-excel = CSV für Excel
list-export-excel-title = Mit der Byte-Order-Mark, die Excel braucht, um die Namen richtig zu lesen
list-find = Schüler suchen
list-search = Suchen
list-search-placeholder = Name oder E-Mail
list-filters = Filter und Seitengröße{ $count ->
    [0] {""}
   *[other] {" "}({ $count } aktiv)
}
list-age-min = Mindestalter
list-age-max = Höchstalter
list-from = von
list-to = bis
list-joined-between = Aufgenommen zwischen
list-joined-from = Aufgenommen am oder nach
list-joined-to = Aufgenommen am oder vor
list-joined-on = aufgenommen
list-per-page = Pro Seite
list-any-course = Jeder Kurs
list-clear = Zurücksetzen
list-in-course = Schüler in <a href="{ $href }">{ $course }</a>
list-all-courses = alle Kurse zeigen
list-none-match = Keine passenden Schüler
list-none-search = Kein Name und keine E-Mail enthält „{ $search }“{ $ages ->
    [yes] {" "}in diesem Altersbereich
   *[no] {""}
}.
list-none-ages = Niemand ist in diesem Altersbereich.
list-none-joined = Niemand wurde in diesem Zeitraum aufgenommen.
list-none-course = Niemand ist in diesem Kurs eingeschrieben.
list-show-all = Alle Schüler zeigen
list-empty = Noch keine Schüler
list-empty-hint = Hier erscheinen die Datensätze, die Sie anlegen.
list-add-first = Den ersten Schüler hinzufügen
list-select = Auswählen
list-select-one = { $name } auswählen
list-edit-one = { $name } bearbeiten
list-delete-one = { $name } löschen
bulk-label = Ausgewählte Schüler
bulk-selected-none = Nichts ausgewählt
bulk-selected = { $count } ausgewählt
bulk-all-selected = Alle { $total } Treffer ausgewählt
bulk-clear-selection = Auswahl aufheben
bulk-select-page = Alle auf dieser Seite auswählen
bulk-all-matching = Alle { $total } Treffer
bulk-export = Auswahl exportieren
bulk-course-label = Kurs, in den sie eingeschrieben werden
bulk-course-choose = Kurs …
bulk-enroll = Auswahl einschreiben
bulk-delete = Auswahl löschen …

deleted-title = Zuletzt gelöscht
deleted-courses-hint = Gelöschte Kurse kehren mit den Einschreibungen zurück, deren Schüler es noch gibt.
deleted-when = Gelöscht
deleted-by = Von
deleted-restore = Wiederherstellen
deleted-restore-one = { $name }{ $also } wiederherstellen
deleted-restore-all = Alle wiederherstellen
deleted-restore-batch = Alle { $students } wiederherstellen, gelöscht am { $when }
deleted-students-hint = Gelöschte Schüler lassen sich { $days } Tage lang mit ihren Einschreibungen wiederherstellen.
    Danach werden ihre Daten gelöscht; Datum und Felder ihrer Änderungen bleiben in der Historie.
deleted-together = Gemeinsam gelöscht
deleted-one-by-one = Einzeln
deleted-none = In den letzten { $days } Tagen wurde kein Schüler gelöscht.
deleted-most-recent = Die { $shown } zuletzt gelöschten von { $total }.

student-add-heading = Neuen Schüler hinzufügen
student-email-hint = Muss eindeutig sein; Groß- und Kleinschreibung spielt keine Rolle.
student-age-optional = Alter (optional)
student-age-hint = Ganze Jahre, 0 bis 150.
student-bio-optional = Beschreibung (optional)
student-add-another = Speichern und weiteren hinzufügen
conflict-who = { $count ->
    [0] Jemand anderes
   *[other] { $names }
}
conflict-heading = { $who } hat diesen Schüler geändert, während Sie ihn bearbeitet haben
conflict-saved-at = Ihre Änderungen sind noch nicht gespeichert. Die gespeicherte Fassung ist vom { $when }.
    Das Formular unten enthält deren Änderungen, wo nur sie ein Feld geändert haben, und sonst überall Ihre.
conflict-original = Als Sie es öffneten
conflict-saved-since = Seitdem gespeichert
conflict-yours = Ihres
conflict-not-known = (nicht bekannt)
conflict-hint = Prüfen Sie die markierten Felder im Formular (jedes enthält Ihren Wert; ändern Sie ihn, um beides zu verbinden)
    und speichern Sie. Um die gespeicherte Fassung zu behalten, verwerfen Sie Ihre Änderungen.
conflict-both = Beide geändert: wählen
conflict-theirs = Deren Änderung, übernommen
conflict-mine = Ihre Änderung
conflict-same = Gleiche Änderung
conflict-field = { $field } wurde von Ihnen und von jemand anderem geändert: Prüfen Sie es vor dem Speichern.
conflict-save = Zusammengeführte Fassung speichern
conflict-discard = Meine Änderungen verwerfen

bulk-delete-question = { $count } Schüler löschen?
bulk-delete-explanation = Damit werden die Schüler unten{ $also } entfernt. 30 Tage lang lassen sie sich
    gemeinsam, mit einem Klick, unter <a href="/deleted/">Zuletzt gelöscht</a> wiederherstellen.
bulk-delete-caption = Die zu löschenden Schüler
bulk-delete-button = { $count ->
    [one] 1 Schüler löschen
   *[other] { $count } Schüler löschen
}
bulk-deleted = { $count ->
    [one] 1 Schüler
   *[other] { $count } Schüler
}{ $also } gelöscht. Unter „Zuletzt gelöscht“ lassen sie sich { $days } Tage lang gemeinsam wiederherstellen.
bulk-deleted-already = Diese Schüler waren schon gelöscht.
bulk-enrolled = { $count ->
    [one] 1 Schüler
   *[other] { $count } Schüler
} in { $course } eingeschrieben.{ $already ->
    [0] {""}
    [one] {" "}1 war schon eingeschrieben.
   *[other] {" "}{ $already } waren schon eingeschrieben.
}{ $gone ->
    [0] {""}
    [one] {" "}1 wurde inzwischen gelöscht.
   *[other] {" "}{ $gone } wurden inzwischen gelöscht.
}
bulk-none-left = Keiner dieser Schüler existiert noch.
bulk-restored = { $count ->
    [one] 1 Schüler
   *[other] { $count } Schüler
}{ $also } wiederhergestellt.
bulk-restore-email-taken = Nicht wiederhergestellt: Ein anderer Schüler hat jetzt die E-Mail von { $name }, daher kam niemand aus dieser Gruppe zurück. Ändern Sie die E-Mail dieses Schülers oder stellen Sie die anderen einzeln unter „Zuletzt gelöscht“ wieder her.
bulk-restored-already = Diese Schüler wurden schon wiederhergestellt oder können es nicht mehr werden.
bulk-restore-field-taken = Nicht wiederhergestellt: Ein anderer Schüler hat jetzt den Wert für { $field } von { $name }, daher kam niemand aus dieser Gruppe zurück. Ändern Sie den Wert dieses Schülers oder stellen Sie die anderen einzeln unter „Zuletzt gelöscht“ wieder her.
