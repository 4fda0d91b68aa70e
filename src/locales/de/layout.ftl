## The layout of every page: the name, the navigation, notices, the preferences footer.

app-name = Schülerverwaltung
nav-skip = Zum Inhalt springen
nav-label = Hauptnavigation
nav-add-student = Schüler hinzufügen
nav-courses = Kurse
nav-accounts = Konten
nav-about = Über
nav-account-title = Ihr Konto: Passwort, API-Tokens und Einstellungen
nav-log-out = Abmelden
notice-undo = Rückgängig

prefs-label = Sprache und Darstellung
prefs-language = Sprache
prefs-language-browser = Sprache des Browsers
prefs-theme = Darstellung
prefs-apply = Übernehmen
theme-system = Wie das System
theme-light = Hell
theme-dark = Dunkel

list-separator = {", "}
list-and = { $rest } und { $last }

verbatim = { $text }

action-edit = Bearbeiten
action-delete = Löschen
action-remove = Entfernen
column-actions = Aktionen
