## Logging in and out, the first-run setup, the About page.

login-title = Anmelden
login-staff-only = Schülerdaten sind nur für Mitarbeitende.
login-first-run = Es gibt noch kein Konto
login-first-run-link = Beim Start hat der Server einen einmaligen Link zum Anlegen des ersten Admins ausgegeben,
    als letzte Zeile (er sieht aus wie <code>http://…/setup/?token=…</code>). Öffnen Sie diesen Link.
login-first-run-command = Oder führen Sie auf dem Server <code>students user add EMAIL --role admin</code> aus und melden Sie sich hier an.
login-forgot = Passwort vergessen? Ein Admin kann ein neues setzen.
login-missing = Geben Sie Ihre E-Mail und Ihr Passwort ein.
login-wrong = Diese E-Mail und dieses Passwort passen zu keinem Konto.
login-welcome = Angemeldet als { $name }.
login-logged-out = Sie haben sich abgemeldet.
session-ended-lifetime = Ihre Sitzung ist abgelaufen: Eine Anmeldung gilt höchstens 7 Tage. Melden Sie sich erneut an, um weiterzumachen.
session-ended-idle = Ihre Sitzung ist nach 8 Stunden ohne Aktivität abgelaufen. Melden Sie sich erneut an, um weiterzumachen.
setup-title = Den ersten Admin anlegen
setup-intro = Es gibt noch keine Konten. Das Konto, das Sie hier anlegen, ist ein Admin: Es kann unter „Konten“
    alle anderen hinzufügen (als Admins, Bearbeiter oder Leser). Dieser Link funktioniert einmal.
setup-name = Ihr Name
setup-email-hint = Damit melden Sie sich an.
setup-create = Admin anlegen und anmelden
setup-welcome = Willkommen, { $name }. Ihr Admin-Konto ist bereit; fügen Sie Ihre Kolleginnen und Kollegen unter „Konten“ hinzu.

about-heading = Über die Schülerverwaltung
about-intro = Die Schülerverwaltung führt die Unterlagen eines Schulsekretariats: die Schüler (Namen, eine eindeutige E-Mail-Adresse,
    optional Alter und Beschreibung), die Kurse und wer in welchem eingeschrieben ist, mit Note oder Status.
about-working = So arbeiten Sie damit
about-list = Die <a href="/">Schülerliste</a> durchsucht Namen und E-Mails, filtert nach Alter, Kurs und
    Aufnahmedatum, sortiert nach jeder Spalte und blättert durch eine Million Schüler so schnell wie durch zehn.
    Markieren Sie Schüler, um sie gemeinsam zu löschen, einzuschreiben oder zu exportieren.
about-adding = Fügen Sie Schüler einzeln mit <a href="/create/">Schüler hinzufügen</a> hinzu oder viele auf einmal
    per CSV-Import: Jede Zeile wird geprüft und gezeigt, bevor etwas hinzugefügt wird.
    Exportieren Sie jede Liste, die Kurse und die Einschreibungen als CSV.
about-courses = <a href="/courses/">Kurse</a> zeigen ihre Schüler; die Seite eines Schülers zeigt seine Kurse,
    schreibt ihn in weitere ein und zeigt jede Änderung an ihm und von wem.
about-nothing-lost = Nichts geht verloren: Eine Bearbeitung, während jemand anderes denselben Schüler geändert hat, wird mit
    dessen Änderungen zusammengeführt, und gelöschte Schüler und Kurse lassen sich 30 Tage lang unter
    <a href="/deleted/">Zuletzt gelöscht</a> wiederherstellen.
about-languages = Die Seiten sprechen Englisch, Deutsch, Spanisch und Arabisch, zeigen Zeiten in der Zeitzone jeder Person und erscheinen hell oder dunkel: Wählen Sie unten auf jeder Seite.
about-accounts = Konten und Skripte
about-accounts-text = Mitarbeitende melden sich mit ihrem eigenen Konto an. Leser sehen alles, Bearbeiter können auch
    Datensätze ändern, Admins verwalten zusätzlich die Konten. Jede Person kann auf
    <a href="/account/">ihrer Kontoseite</a> API-Tokens für Skripte erstellen, die die JSON-API unter
    <code>/api/</code> benutzen, beschrieben in ihrem OpenAPI-Dokument unter
    <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.
about-origin = Sie begann als Schülerverwaltung aus dem Flask-SQLAlchemy-Tutorial und ist in Rust neu gebaut
    (actix-web, askama, Diesel). Die Daten liegen standardmäßig in einer SQLite-Datei, oder in PostgreSQL oder
    MySQL/MariaDB.
