## The own-account page: preferences, password, API tokens.

own-title = Tu cuenta
own-preferences = Idioma, zona horaria y tema
own-preferences-hint = Las fechas y horas de tus páginas se muestran en tu zona horaria ({ $zone } si no eliges otra).
own-time-zone = Zona horaria
own-time-zone-server = La del servidor ({ $zone })
own-preferences-save = Guardar preferencias
own-password-heading = Cambiar la contraseña
own-password-hint = Esto cierra tu sesión en todas partes, también en este navegador, y revoca tus tokens de API.
own-current-password = Contraseña actual
own-new-password = Nueva contraseña
own-new-password-hint = Al menos 10 caracteres.
own-new-password-again = Repite la nueva contraseña
own-password-change = Cambiar contraseña
own-tokens = Tokens de API
own-tokens-hint = Un script envía un token como <code>Authorization: Bearer …</code> a la
    <a href="/api/openapi.json">API JSON</a>, con los permisos de tu rol. Revoca los tokens que ya no uses.
own-token-new = Tu nuevo token (cópialo ahora; no se volverá a mostrar):
own-tokens-none = No tienes tokens de API.
own-token-ends = Termina en
own-token-created = Creado
own-token-used = Último uso
own-token-never = Nunca
own-token-revoke-confirm = ¿Revocar el token { $name }? Los scripts que lo usan dejarán de funcionar.
own-token-revoke-one = Revocar { $name }
own-token-revoke = Revocar
own-token-heading = Nuevo token
own-token-name-hint = Para qué es el token, p. ej. «exportación nocturna».
own-token-password = Tu contraseña actual
own-token-password-hint = Un token actúa con tus permisos hasta que se revoca, por eso pide tu contraseña.
own-token-create = Crear token
password-changed = Tu contraseña se ha cambiado y se han cerrado todas las sesiones{ $tokens ->
    [0] {""}
    [one] {" "}y revocado 1 token de API
   *[other] {" "}y revocado { $tokens } tokens de API
}. Inicia sesión con la nueva contraseña.
token-created = Se ha creado el token de API «{ $name }». Cópialo ahora: solo se muestra una vez.
token-revoked = Se ha revocado el token de API «{ $name }»: ya no funciona.
