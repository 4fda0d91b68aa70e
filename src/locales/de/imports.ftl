## Importing CSV files: the upload form, the preview, the report's problems, notices.

import-title = Schüler importieren
import-heading = Aus einer CSV-Datei importieren
import-intro = Speichern Sie eine Tabelle als „CSV UTF-8“; die erste Zeile benennt die Spalten, in beliebiger Reihenfolge.
    Sie sehen jede Zeile geprüft, bevor etwas hinzugefügt wird.
import-holds = Die Datei enthält
import-students-hint = Spalten <strong>firstname</strong>, <strong>lastname</strong>, <strong>email</strong> und optional <strong>age</strong> und <strong>bio</strong> (eine Datei aus „CSV exportieren“ passt unverändert).
import-enrollments-hint = Spalten <strong>email</strong> (die des Schülers), <strong>course</strong> (das Kurskürzel, etwa BIO-101) und optional <strong>grade</strong>.
import-file = CSV-Datei
import-file-hint = Höchstens { $limit } MB und { $rows } Zeilen.
import-check = Datei prüfen
import-preview-title = Importvorschau: { $file }
import-preview = Importvorschau
import-uploaded = { $file }, hochgeladen am { $when }. Nichts wird hinzugefügt, bevor Sie bestätigen.
import-summary = { $added ->
    [0] Nichts wird hinzugefügt ({ $what })
    [one] { $what } wird hinzugefügt
   *[other] { $what } werden hinzugefügt
}{ $problems ->
    [0] .
    [one] ; 1 Zeile hat Fehler und wird ausgelassen.
   *[other] ; { $problems } Zeilen haben Fehler und werden ausgelassen.
}
import-not-read = Nicht gelesen: { $columns } (Kennungen, Namen und Daten vergibt die Anwendung selbst).
import-add = { $what } hinzufügen
import-cancel = Import abbrechen
import-another = Andere Datei hochladen
import-problems = Fehler ({ $count })
import-problems-hint = Diese Zeilen werden ausgelassen. Korrigieren Sie sie in der Datei und laden Sie sie erneut hoch, oder legen Sie sie von Hand an.
import-row = Zeile
import-column = Spalte
import-problem = Fehler
import-more-problems = Und { $count } weitere.
import-to-add = Wird hinzugefügt{ $more ->
    [yes] {" "}(die ersten { $shown })
   *[no] {""}
}

import-not-utf8 = Die Datei ist kein UTF-8-Text (Zeile { $line }). Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut hoch.
import-empty = Die Datei ist leer: Sie braucht eine Kopfzeile und eine Zeile pro Datensatz.
import-header-unreadable = Die Kopfzeile ist nicht lesbar: { $why }.
import-row-unreadable = Diese Zeile ist nicht lesbar: { $why }.
import-too-many-rows = Die Datei hat mehr als { $max } Zeilen: Teilen Sie sie in kleinere Dateien auf.
import-too-many-cells = Diese Zeile hat { $cells } Zellen, die Kopfzeile { $header }.
import-no-rows = Die Datei hat eine Kopfzeile, aber keine Zeilen zum Importieren.
import-column-twice = Die Spalte „{ $column }“ kommt zweimal vor.
import-unknown-columns = Unbekannte { $count ->
    [one] Spalte
   *[other] Spalten
} { $columns }. Die Spalten heißen { $known }{ $keep ->
    [yes] {" "}({ $ignored } aus dem Export dürfen bleiben)
   *[no] {""}
}.
import-missing-columns = Der Kopfzeile { $count ->
    [one] fehlt die Spalte
   *[other] fehlen die Spalten
} { $columns }. Die erste Zeile muss die Spalten benennen.
import-same-email = Dieselbe E-Mail wie in Zeile { $row }: jeder Schüler nur einmal.
import-same-enrollment = Derselbe Schüler und Kurs wie in Zeile { $row }.
import-unknown-student = Kein Schüler hat diese E-Mail.
import-unknown-course = Kein Kurs hat dieses Kürzel.
import-choose-file = Wählen Sie eine CSV-Datei zum Importieren.
import-too-large = Die Datei ist größer als { $limit } MB: Teilen Sie sie in kleinere Dateien auf.
import-done = { $what } aus { $file } importiert.
import-changed-meanwhile = Nichts wurde importiert: Die Datensätze haben sich inzwischen geändert (eine E-Mail wurde vergeben, ein Schüler oder Kurs gelöscht). Prüfen Sie die Vorschau erneut.
import-cancelled = Import abgebrochen: Nichts wurde hinzugefügt.
import-undone = Import rückgängig gemacht: { $count ->
    [one] 1 Schüler
   *[other] { $count } Schüler
} gelöscht. Unter „Zuletzt gelöscht“ lassen sie sich { $days } Tage lang wiederherstellen.
import-undone-already = Nichts rückgängig zu machen: Die Schüler dieses Imports waren schon gelöscht.
import-same-value = Derselbe Wert für { $field } wie in Zeile { $row }: jeder Wert nur einmal.
