## Accounts: the admins' pages, the own-account page, roles.

role-admin = administrador
role-editor = editor
role-viewer = lector
role-admin-may = edita registros y gestiona cuentas
role-editor-may = crea, edita y elimina registros
role-viewer-may = lee registros

account-added = Se ha añadido a { $name } ({ $email }) como { $role }. Entrégale la contraseña en persona.
account-saved = Se ha guardado { $name } ({ $email }, { $role }).
account-saved-password = Se ha guardado { $name } ({ $email }, { $role }). La nueva contraseña ha cerrado sus sesiones{ $tokens ->
    [0] {""}
    [one] {" "}y revocado 1 token de API
   *[other] {" "}y revocado { $tokens } tokens de API
}.
account-removed = Se ha quitado a { $name } ({ $email }): sus sesiones y tokens de API ya no funcionan.
account-add = Añadir cuenta
account-add-heading = Añadir una cuenta
account-edit-heading = Editar a { $name }
account-save = Guardar cuenta
accounts-roles = Los administradores editan registros y gestionan cuentas, los editores crean, editan y eliminan
    registros, los lectores solo los leen.
account-role = Rol
account-since = Desde
account-you = tú
account-remove-one = Quitar a { $name }
account-remove-confirm = ¿Quitar la cuenta de { $name } ({ $email })? Sus sesiones y tokens de API dejarán de funcionar.
account-remove-question = ¿Quitar a { $name }?
account-remove-explanation = Se quita la cuenta de <strong>{ $name }</strong> ({ $email }).
    Sus sesiones y tokens de API dejan de funcionar al instante. Los registros que cambió conservan su historial.
account-remove-button = Quitar cuenta
account-email-hint = Con él inicia sesión.
account-new-password = Nueva contraseña (opcional)
account-new-password-hint = Déjala vacía para conservar la actual. Una contraseña nueva cierra todas sus sesiones.
account-password = Contraseña
account-password-hint = Al menos 10 caracteres. Entrégala en persona; podrá cambiarla en la página de su cuenta.
account-password-again = Repite la contraseña
