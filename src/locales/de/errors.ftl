## Error pages, refusals and the rules' messages.

error-status = Fehler { $status }
error-back = Zurück zur Schülerliste
error-not-found = Seite nicht gefunden
error-not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht wurde der Schüler gelöscht, oder der Link ist falsch geschrieben.
error-not-logged-in = Nicht angemeldet
error-refused = Anfrage abgelehnt
error-bad-request = Fehlerhafte Anfrage
error-invalid = Kann nicht gespeichert werden
error-invalid-text = Ein Teil des Gesendeten passt nicht. Nichts wurde geändert: Gehen Sie zurück und prüfen Sie das Formular.
error-changed = Inzwischen geändert
error-changed-text = Jemand anderes hat diesen Datensatz geändert, daher wurde nichts geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-timeout = Zu langsam
error-timeout-text = Das Formular kam zu langsam an, daher wurde nichts geändert. Prüfen Sie die Verbindung und senden Sie es erneut.
error-too-large = Formular zu groß
error-too-large-text = Das gesendete Formular ist größer, als diese Anwendung annimmt (256 KiB). Kürzen Sie den Text und versuchen Sie es noch einmal.
error-method = Methode nicht erlaubt
error-method-text = Diese Adresse gibt es, aber sie nimmt diese Art Anfrage nicht an. Seiten werden mit GET gelesen und Formulare mit POST gesendet.
error-media-type = Nicht unterstützte Formularkodierung
error-media-type-text = Formulare müssen als application/x-www-form-urlencoded gesendet werden, wie es ein Browser tut.
error-too-slow = Zu langsam für eine Antwort
error-too-slow-text = Diese Schüler zu finden dauerte länger als erlaubt, daher wurde abgebrochen. Grenzen Sie die Suche ein: mehr Buchstaben, ein Filter oder eine andere Sortierung.
error-unavailable = Vorübergehend nicht verfügbar
error-unavailable-text = Die Datenbank ist gerade nicht erreichbar, daher wurde nichts gelesen oder geändert. Bitte versuchen Sie es gleich noch einmal.
error-internal = Etwas ist schiefgegangen
error-internal-text = Die Anwendung konnte diese Anfrage nicht abschließen. Nichts wurde geändert; bitte versuchen Sie es noch einmal. Die Einzelheiten stehen im Serverprotokoll.
error-unreadable = Die Anfrage ist nicht lesbar: { $why }.
error-form-unreadable = Das Formular ist nicht lesbar.
error-body-unreadable = Der Inhalt ist nicht lesbar.
error-upload-unreadable = Der Upload ist nicht lesbar.
error-form-not-utf8 = Das Formular enthält Text, der kein gültiges UTF-8 ist.
error-form-shape = Das Formular enthält ein Feld doppelt oder ein Feld der falschen Art.
error-form-no-version = Das Formular sagt nicht, welche Fassung des Schülers es ändert. Öffnen Sie die Bearbeitungsseite erneut.

refused-cross-site = Diese Anfrage kam von einer anderen Website, daher wurde sie abgelehnt und nichts geändert.
refused-csrf = Das Sicherheitstoken des Formulars fehlt oder ist veraltet (das passiert, wenn die Seite lange offen war oder Cookies blockiert sind). Nichts wurde geändert: Gehen Sie zurück, laden Sie die Seite neu und senden Sie erneut.
refused-admins-only = Nur Admins können Konten verwalten. Nichts wurde geändert.
refused-viewer = Ihre Rolle kann Datensätze lesen, aber nicht ändern. Nichts wurde geändert; bitten Sie einen Admin um die Rolle Bearbeiter.
refused-setup-link = Dieser Einrichtungslink ist nicht gültig: Er wurde schon benutzt (es gibt ein Konto, also melden Sie sich an) oder ist falsch geschrieben. Solange es kein Konto gibt, schreibt die Anwendung bei jedem Start einen neuen ins Protokoll.
refused-student-email-taken = Ein Schüler mit dieser E-Mail existiert bereits.
refused-email-taken-since = Nicht wiederhergestellt: Ein anderer Schüler hat jetzt diese E-Mail. Ändern Sie zuerst dessen E-Mail und stellen Sie dann erneut wieder her.
refused-course-code-taken = Ein anderer Kurs hat dieses Kürzel.
refused-code-taken-since = Nicht wiederhergestellt: Ein anderer Kurs hat jetzt dieses Kürzel. Ändern Sie zuerst dessen Kürzel und stellen Sie dann erneut wieder her.
refused-already-enrolled = Bereits in diesem Kurs eingeschrieben.
refused-course-deleted = Diesen Kurs gibt es nicht mehr.
refused-unknown-course = Es gibt keinen Kurs mit dieser Kennung.
refused-account-email-taken = Ein anderes Konto hat diese E-Mail.
refused-last-admin = Dies ist der letzte Admin: Machen Sie zuerst ein anderes Konto zum Admin, damit noch jemand Konten verwalten kann.
refused-own-account = Sie können Ihr eigenes Konto nicht entfernen. Ein anderer Admin kann es.
refused-wrong-password = Das ist nicht Ihr aktuelles Passwort.
refused-too-many-attempts-seconds = Zu viele Fehlversuche. Warten Sie { $count ->
    [one] 1 Sekunde
   *[other] { $count } Sekunden
} und versuchen Sie es dann noch einmal.
refused-too-many-attempts-minutes = Zu viele Fehlversuche. Warten Sie { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
} und versuchen Sie es dann noch einmal.
refused-field-taken = Ein anderer Schüler hat bereits diesen Wert für { $field }.
refused-field-taken-since = Nicht wiederhergestellt: Ein anderer Schüler hat jetzt diesen Wert für { $field }. Ändern Sie zuerst den Wert bei diesem Schüler und stellen Sie dann erneut wieder her.
