## Accounts: the admins' pages, the own-account page, roles.

role-admin = admin
role-editor = editor
role-viewer = viewer
role-admin-may = edits records and manages accounts
role-editor-may = creates, edits and deletes records
role-viewer-may = reads records

account-added = Added { $name } ({ $email }) as { $role }. Give them their password in person.
account-saved = Saved { $name } ({ $email }, { $role }).
account-saved-password = Saved { $name } ({ $email }, { $role }). The new password ended their sessions{ $tokens ->
    [0] {""}
    [one] {" "}and 1 API token revoked
   *[other] {" "}and { $tokens } API tokens revoked
}.
account-removed = Removed { $name } ({ $email }): their sessions and API tokens no longer work.
account-add = Add account
account-add-heading = Add an account
account-edit-heading = Edit { $name }
account-save = Save account
accounts-roles = Admins edit records and manage accounts, editors create, edit and delete
    records, viewers only read them.
account-role = Role
account-since = Since
account-you = you
account-remove-one = Remove { $name }
account-remove-confirm = Remove the account of { $name } ({ $email })? Their sessions and API tokens stop working.
account-remove-question = Remove { $name }?
account-remove-explanation = This removes the account of <strong>{ $name }</strong> ({ $email }).
    Their sessions and API tokens stop working at once. The records they changed keep their history.
account-remove-button = Remove account
account-email-hint = They log in with it.
account-new-password = New password (optional)
account-new-password-hint = Leave empty to keep the current one. A new password logs them out everywhere.
account-password = Password
account-password-hint = At least 10 characters. Give it to them in person; they can change it on their account page.
account-password-again = Password again
