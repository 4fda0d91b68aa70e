## Accounts: the admins' pages, the own-account page, roles.

role-admin = Admin
role-editor = Bearbeiter
role-viewer = Leser
role-admin-may = bearbeitet Datensätze und verwaltet Konten
role-editor-may = legt Datensätze an, bearbeitet und löscht sie
role-viewer-may = liest Datensätze

account-added = { $name } ({ $email }) wurde als { $role } hinzugefügt. Geben Sie das Passwort persönlich weiter.
account-saved = { $name } ({ $email }, { $role }) wurde gespeichert.
account-saved-password = { $name } ({ $email }, { $role }) wurde gespeichert. Das neue Passwort hat die Sitzungen beendet{ $tokens ->
    [0] {""}
    [one] {" "}und 1 API-Token widerrufen
   *[other] {" "}und { $tokens } API-Tokens widerrufen
}.
account-removed = { $name } ({ $email }) wurde entfernt: Sitzungen und API-Tokens gelten nicht mehr.
account-add = Konto hinzufügen
account-add-heading = Ein Konto hinzufügen
account-edit-heading = { $name } bearbeiten
account-save = Konto speichern
accounts-roles = Admins bearbeiten Datensätze und verwalten Konten, Bearbeiter legen Datensätze an,
    bearbeiten und löschen sie, Leser lesen sie nur.
account-role = Rolle
account-since = Seit
account-you = Sie
account-remove-one = { $name } entfernen
account-remove-confirm = Das Konto von { $name } ({ $email }) entfernen? Sitzungen und API-Tokens gelten dann nicht mehr.
account-remove-question = { $name } entfernen?
account-remove-explanation = Damit wird das Konto von <strong>{ $name }</strong> ({ $email }) entfernt.
    Sitzungen und API-Tokens gelten sofort nicht mehr. Die geänderten Datensätze behalten ihre Historie.
account-remove-button = Konto entfernen
account-email-hint = Damit meldet sich die Person an.
account-new-password = Neues Passwort (optional)
account-new-password-hint = Leer lassen, um das bisherige zu behalten. Ein neues Passwort meldet die Person überall ab.
account-password = Passwort
account-password-hint = Mindestens 10 Zeichen. Geben Sie es persönlich weiter; auf der eigenen Kontoseite lässt es sich ändern.
account-password-again = Passwort wiederholen
