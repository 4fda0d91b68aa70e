## Forms: labels, hints, the error summary, buttons every form shares.

form-problems = { $count ->
    [one] Ein Feld ist fehlerhaft
   *[other] { $count } Felder sind fehlerhaft
}
form-cancel = Abbrechen

field-firstname = Vorname
field-lastname = Nachname
field-email = E-Mail
field-age = Alter
field-bio = Beschreibung
field-code = Kürzel
field-title = Titel
field-description = Beschreibung
field-grade = Note
field-course = Kurs
field-course-code = Kurskürzel
field-display-name = Anzeigename
field-token-name = Name
field-unknown = Feld
field-optional = { $field } (optional)
field-yes = Ja
field-no = Nein
field-list = { $items }
