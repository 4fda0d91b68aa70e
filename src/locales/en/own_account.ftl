## The own-account page: preferences, password, API tokens.

own-title = Your account
own-preferences = Language, time zone and theme
own-preferences-hint = Dates and times on your pages are shown in your time zone ({ $zone } unless you choose one).
own-time-zone = Time zone
own-time-zone-server = The server’s ({ $zone })
own-preferences-save = Save preferences
own-password-heading = Change your password
own-password-hint = This logs you out everywhere, this browser included, and revokes your API tokens.
own-current-password = Current password
own-new-password = New password
own-new-password-hint = At least 10 characters.
own-new-password-again = New password again
own-password-change = Change password
own-tokens = API tokens
own-tokens-hint = A script sends a token as <code>Authorization: Bearer …</code> to the
    <a href="/api/openapi.json">JSON API</a>, with your role's rights. Revoke a token you no longer use.
own-token-new = Your new token (copy it now; it will not be shown again):
own-tokens-none = You have no API tokens.
own-token-ends = Ends in
own-token-created = Created
own-token-used = Last used
own-token-never = Never
own-token-revoke-confirm = Revoke the token { $name }? Scripts using it stop working.
own-token-revoke-one = Revoke { $name }
own-token-revoke = Revoke
own-token-heading = New token
own-token-name-hint = What the token is for, e.g. “nightly export”.
own-token-password = Your current password
own-token-password-hint = A token acts with your rights until it is revoked, so it takes your password.
own-token-create = Create token
password-changed = Your password was changed and every session ended{ $tokens ->
    [0] {""}
    [one] {" "}and 1 API token revoked
   *[other] {" "}and { $tokens } API tokens revoked
}. Log in with the new password.
token-created = Created the API token “{ $name }”. Copy it now: it is shown only once.
token-revoked = Revoked the API token “{ $name }”: it no longer works.
