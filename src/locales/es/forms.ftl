## Forms: labels, hints, the error summary, buttons every form shares.

form-problems = { $count ->
    [one] Hay un problema en 1 campo
   *[other] Hay problemas en { $count } campos
}
form-cancel = Cancelar

field-firstname = Nombre
field-lastname = Apellidos
field-email = Correo electrónico
field-age = Edad
field-bio = Biografía
field-code = Código
field-title = Título
field-description = Descripción
field-grade = Nota
field-course = Curso
field-course-code = Código del curso
field-display-name = Nombre visible
field-token-name = Nombre
field-unknown = Campo
field-optional = { $field } (opcional)
field-yes = Sí
field-no = No
field-list = { $items }
