## The layout of every page: the name, the navigation, notices, the preferences footer.

app-name = Alumnos
nav-skip = Saltar al contenido
nav-label = Principal
nav-add-student = Añadir alumno
nav-courses = Cursos
nav-accounts = Cuentas
nav-about = Acerca de
nav-account-title = Tu cuenta: contraseña, tokens de API y preferencias
nav-log-out = Cerrar sesión
notice-undo = Deshacer

prefs-label = Idioma y tema
prefs-language = Idioma
prefs-language-browser = El del navegador
prefs-theme = Tema
prefs-apply = Aplicar
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro

list-separator = {", "}
list-and = { $rest } y { $last }

verbatim = { $text }

action-edit = Editar
action-delete = Eliminar
action-remove = Quitar
column-actions = Acciones
