## The own-account page: preferences, password, API tokens.

own-title = Ihr Konto
own-preferences = Sprache, Zeitzone und Darstellung
own-preferences-hint = Datum und Uhrzeit erscheinen auf Ihren Seiten in Ihrer Zeitzone ({ $zone }, solange Sie keine wählen).
own-time-zone = Zeitzone
own-time-zone-server = Die des Servers ({ $zone })
own-preferences-save = Einstellungen speichern
own-password-heading = Passwort ändern
own-password-hint = Damit werden Sie überall abgemeldet, auch in diesem Browser, und Ihre API-Tokens widerrufen.
own-current-password = Aktuelles Passwort
own-new-password = Neues Passwort
own-new-password-hint = Mindestens 10 Zeichen.
own-new-password-again = Neues Passwort wiederholen
own-password-change = Passwort ändern
own-tokens = API-Tokens
own-tokens-hint = Ein Skript sendet ein Token als <code>Authorization: Bearer …</code> an die
    <a href="/api/openapi.json">JSON-API</a>, mit den Rechten Ihrer Rolle. Widerrufen Sie Tokens, die Sie nicht mehr brauchen.
own-token-new = Ihr neues Token (jetzt kopieren; es wird nicht noch einmal gezeigt):
own-tokens-none = Sie haben keine API-Tokens.
own-token-ends = Endet auf
own-token-created = Erstellt
own-token-used = Zuletzt benutzt
own-token-never = Nie
own-token-revoke-confirm = Das Token { $name } widerrufen? Skripte, die es benutzen, funktionieren dann nicht mehr.
own-token-revoke-one = { $name } widerrufen
own-token-revoke = Widerrufen
own-token-heading = Neues Token
own-token-name-hint = Wofür das Token ist, z. B. „nächtlicher Export“.
own-token-password = Ihr aktuelles Passwort
own-token-password-hint = Ein Token handelt mit Ihren Rechten, bis es widerrufen wird; deshalb braucht es Ihr Passwort.
own-token-create = Token erstellen
password-changed = Ihr Passwort wurde geändert und alle Sitzungen wurden beendet{ $tokens ->
    [0] {""}
    [one] {" "}und 1 API-Token widerrufen
   *[other] {" "}und { $tokens } API-Tokens widerrufen
}. Melden Sie sich mit dem neuen Passwort an.
token-created = Das API-Token „{ $name }“ wurde erstellt. Kopieren Sie es jetzt: Es wird nur einmal gezeigt.
token-revoked = Das API-Token „{ $name }“ wurde widerrufen: Es gilt nicht mehr.
