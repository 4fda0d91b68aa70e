## La página Campos: los campos que un centro define para sus alumnos.

nav-fields = Campos
fields-intro = Los campos que tiene cada alumno. Añade los de tu centro —un número de alumno, una clase, una fecha de nacimiento, un consentimiento— y aparecen en los formularios, las páginas de los alumnos, la lista, los archivos CSV y la API.
fields-school-heading = Campos de tu centro
fields-builtin-heading = Campos incluidos
fields-retired-heading = Campos retirados
fields-retired-intro = Ocultos en los formularios y la lista; los valores de los alumnos se conservan y vuelven con el campo.
fields-none = Aún no hay campos propios.
fields-add = Añadir un campo
fields-builtin = Incluido
fields-column-label = Etiqueta
fields-column-key = Clave
fields-column-kind = Tipo
fields-column-rules = Reglas
fields-column-values = Alumnos con valor
fields-kind-short_text = Texto corto
fields-kind-long_text = Texto largo
fields-kind-whole_number = Número entero
fields-kind-date = Fecha
fields-kind-yes_no = Sí o no
fields-kind-choice = Una opción de una lista
fields-kind-choices = Varias opciones de una lista
fields-kind-email = Correo electrónico
fields-rule-required = Obligatorio
fields-rule-unique = Único
fields-rule-in-list = En la lista
fields-rule-searchable = Buscable
fields-edit-one = Editar el campo { $field }
fields-move-up-one = Subir { $field }
fields-move-down-one = Bajar { $field }
fields-retire = Retirar
fields-retire-one = Retirar { $field }
fields-bring-back = Recuperar
fields-bring-back-one = Recuperar { $field }
fields-delete-one = Eliminar el campo { $field }
fields-add-heading = Añadir un campo
fields-edit-heading = Editar el campo { $field }
fields-label-legend = Etiqueta
fields-label-hint = Escríbela al menos en un idioma; donde un idioma no tenga, se muestra la primera escrita.
fields-in-language = En { $language }
fields-key-label = Clave
fields-key-hint = El nombre del campo en los archivos CSV y la API. Si se deja en blanco, se forma a partir de la etiqueta: minúsculas, dígitos y guiones bajos.
fields-key-fixed = { $count ->
    [one] (fija: un alumno tiene un valor)
   *[other] (fija: { $count } alumnos tienen un valor)
}
fields-help-legend = Texto de ayuda bajo el campo (opcional)
fields-kind-label = Tipo
fields-rules-legend = Reglas
fields-required-label = Obligatorio: no se puede guardar un alumno sin él
fields-unique-label = Único: dos alumnos no comparten un valor, sin distinguir mayúsculas (texto corto y números enteros)
fields-in-list-label = Mostrarlo como columna de la lista de alumnos
fields-searchable-label = La búsqueda de la lista busca en él (texto corto)
fields-max-chars-label = Valor más largo, en caracteres
fields-max-chars-hint = Para texto: hasta 200 para texto corto, 10 000 para texto largo.
fields-min-label = Valor más pequeño
fields-max-label = Valor más grande
fields-range-hint = Para números enteros y fechas (escritas 2011-04-02); en blanco, sin límite.
fields-choices-label = Opciones
fields-choices-hint = Para una lista: una opción por línea. Cambia el texto de una línea en su sitio para renombrar una opción; los alumnos que la eligieron la conservan.
fields-save = Guardar el campo
fields-added = Se ha añadido el campo { $field }.
fields-saved = Se ha guardado el campo { $field }.
fields-moved = Se ha movido el campo.
fields-retired = Se ha retirado el campo { $field }: oculto en los formularios y la lista, sus valores se conservan.
fields-brought-back = Se ha recuperado el campo { $field }.
fields-deleted = { $count ->
    [one] Se ha eliminado el campo { $field } y el valor que tenía un alumno.
   *[other] Se ha eliminado el campo { $field } y los valores de { $count } alumnos.
}
fields-delete-question = ¿Eliminar el campo { $field }?
fields-delete-explanation = { $count ->
    [0] Ningún alumno tiene aún un valor en él.
    [one] Un alumno tiene un valor en él: también se borra y no se puede recuperar. Para ocultar el campo y conservar el valor, retíralo.
   *[other] { $count } alumnos tienen un valor en él: también se borran y no se pueden recuperar. Para ocultar el campo y conservar los valores, retíralo.
}
fields-delete-button = Eliminar el campo y sus valores
fields-error-move = Indica hacia dónde mover el campo: arriba o abajo.
field-label = Etiqueta
field-help = Texto de ayuda
field-choice = Una opción
field-error-label = Dale al campo una etiqueta en al menos un idioma.
field-error-key = Una clave tiene minúsculas, dígitos y guiones bajos, empieza por una letra y tiene como mucho { $max } caracteres, como date_of_birth.
field-error-key-needed = Escribe una clave: la etiqueta no tiene letras con las que formarla.
field-error-key-reserved = «{ $key }» es el nombre de un campo incluido o de una columna: elige otra clave.
field-error-key-taken = Otro campo ya tiene esta clave.
field-error-key-fixed = { $count ->
    [one] La clave no puede cambiar: un alumno tiene un valor, y los archivos y scripts la usan.
   *[other] La clave no puede cambiar: { $count } alumnos tienen un valor, y los archivos y scripts la usan.
}
field-error-kind = Elige uno de los tipos ofrecidos.
field-error-kind-fixed = { $count ->
    [one] El tipo no puede cambiar mientras un alumno tenga un valor. Añade un campo nuevo.
   *[other] El tipo no puede cambiar mientras { $count } alumnos tengan un valor. Añade un campo nuevo.
}
field-error-unique = Solo un texto corto o un número entero puede ser único.
field-error-searchable = Solo se puede buscar en un texto corto.
field-error-max-chars = El valor más largo debe ser un número entero de 1 a { $max }.
field-error-number = Los límites deben ser números enteros entre -{ $max } y { $max }.
field-error-range = El valor más grande no puede ser menor que el más pequeño.
field-error-date = Los límites deben ser fechas escritas año-mes-día, de { $min } a { $max }.
field-error-no-choices = Da a la lista al menos una opción, una por línea.
field-error-many-choices = Una lista tiene como mucho { $max } opciones.
field-error-choice-semicolon = Una opción no puede contener punto y coma: los archivos separan varias opciones con él.
field-error-choice-twice = «{ $choice }» está dos veces en la lista.
field-error-breaks = { $count ->
    [one] Un alumno tiene un valor que este cambio no conservaría. Cambia antes ese valor o deja la regla como estaba.
   *[other] { $count } alumnos tienen valores que este cambio no conservaría. Cambia antes esos valores o deja la regla como estaba.
}
field-error-missing = { $count ->
    [one] Un alumno aún no tiene valor: dale uno primero y luego haz el campo obligatorio.
   *[other] { $count } alumnos aún no tienen valor: dales uno primero y luego haz el campo obligatorio.
}
list-any-value = Cualquiera
list-field-from = { $field }: desde
list-field-to = { $field }: hasta
list-none-fields = Ningún alumno tiene los valores que piden los filtros.
bulk-set-field-label = Campo que se pondrá a los alumnos seleccionados
bulk-set-field-choose = Poner un campo…
bulk-set-value-label = El valor que se pondrá
bulk-set-value-placeholder = Valor
bulk-set = Poner
bulk-set-done = { $count ->
    [one] Se ha puesto { $field } a un alumno.
   *[other] Se ha puesto { $field } a { $count } alumnos.
}
bulk-set-undone = { $count ->
    [one] Se ha devuelto el valor de un alumno.
   *[other] Se han devuelto los valores de { $count } alumnos.
}{ $kept ->
    [0] {""}
    [one] {" "}Un alumno conserva el valor que alguien le dio después.
   *[other] {" "}{ $kept } alumnos conservan los valores que alguien les dio después.
}
bulk-error-field = Elige el campo que se pondrá y su valor.
bulk-error-field-unique = { $field } es único: cada alumno tiene el suyo, así que no se puede poner a muchos a la vez.
dashboard-per-field = Alumnos por { $field }
dashboard-per-field-desc = Una barra por valor, tan larga como el número de alumnos que lo tienen; cada barra lleva a la lista de esos alumnos.
