## Students: notices, confirmations, the list, a student's page, the form.

and-enrollments = { $count ->
    [0] {""}
    [one] {" "}y 1 matrícula
   *[other] {" "}y { $count } matrículas
}
student-added = Se ha añadido a { $name }.
student-saved = Se han guardado los cambios de { $name }.
student-unchanged = Nada que guardar: { $name } ya estaba como en el formulario.
student-saved-kept = Se han guardado los cambios de { $name }. También se { $count ->
    [one] ha conservado el cambio más reciente
   *[other] han conservado los cambios más recientes
} { $people ->
    [0] de otra persona
   *[other] de { $who }
} en { $fields }.
student-deleted = Se ha eliminado a { $name }{ $also }. Puede restaurarse desde Eliminados recientemente durante { $days } días.
student-restored = Se ha restaurado a { $name }{ $also }.{ $lost ->
    [0] {""}
    [one] {" "}1 matrícula no ha podido volver: el curso fue eliminado.
   *[other] {" "}{ $lost } matrículas no han podido volver: los cursos fueron eliminados.
}
restored-already = { $name } ya está restaurado.

student-delete-question = ¿Eliminar a { $name }?
student-delete-explanation = Se elimina a <strong>{ $name }</strong> ({ $email }){ $also }.
    Durante 30 días puede restaurarse desde <a href="/deleted/">Eliminados recientemente</a>.
student-delete-button = Eliminar alumno

enrollment-added = Se ha matriculado a { $name } en { $course }.
enrollment-removed = Se ha quitado a { $name } de { $course }.
enrollment-remove-question = ¿Quitar a { $name } de { $course }?
enrollment-remove-explanation = Se eliminan la matrícula y su nota; el alumno y el curso se quedan.
enrollment-remove-button = Quitar matrícula

column-name = Nombre
column-enrollments = Matrículas
student-age = { $count ->
    [one] 1 año
   *[other] { $count } años
}
history-created = Creado
history-edited = Editado
history-deleted = Eliminado
history-restored = Restaurado
history-imported = Importado
student-age-none = No indicada
student-joined = Alta
student-updated = Última modificación
student-bio-none = Aún sin biografía.
student-back-to-list = Volver a todos los alumnos
student-delete-confirm = ¿Eliminar a { $name }{ $also }? Puede restaurarse durante 30 días.
student-no-courses = Aún no está matriculado en ningún curso.
student-no-courses-yet = Aún no hay cursos: <a href="/courses/create/">añade uno</a>.
student-in-every-course = Matriculado en todos los cursos.
enrollment-enrolled = Matriculado
enrollment-remove-from = Quitar de { $course }
enrollment-heading = Matricular en…
enrollment-choose = Elige un curso
enrollment-grade-optional = Nota o estado (opcional)
enrollment-enroll = Matricular
history-heading = Historial
history-by = por { $who }
history-version = versión { $version }
history-field = Campo
history-before = Antes
history-after = Después
history-most-recent = Los { $shown } cambios más recientes de { $total }.

students-title = Alumnos
list-sort-by = Ordenar por { $column }
list-caption = Alumnos, ordenados por { $column } ({ $order ->
    [descending] descendente
   *[ascending] ascendente
})
list-count-exactly = Contar exactamente
list-count-too-slow = Contar todas las coincidencias tarda demasiado: acota la búsqueda para contarlas.
list-more-matches = Más de { $shown } estudiantes coinciden con «{ $search }», así que la lista muestra { $shown }. Escribe más de un nombre o correo para acotar la búsqueda; la exportación incluye todas las coincidencias.
pager-top = Páginas (arriba)
pager-bottom = Páginas (abajo)
pager-first = « Primera
pager-previous = ‹ Anterior
pager-next = Siguiente ›
pager-last = Última »
pager-page = Página { $number }
pager-jump = Página
pager-of = de { $pages }
pager-go = Ir
pager-one-of = { $at } de { $total }
pager-range = { $from }–{ $to } de { $total }
pager-shown-of = { $count } mostrados de { $total }
list-tools = Más sobre esta lista
list-import = Importar CSV
list-export = Exportar CSV
list-export-excel = CSV para Excel
list-export-excel-title = Con la marca de orden de bytes que Excel necesita para leer bien los nombres
list-find = Buscar alumnos
list-search = Buscar
list-search-placeholder = Nombre o correo
list-filters = Filtros y tamaño de página{ $count ->
    [0] {""}
   *[other] {" "}({ $count } activos)
}
list-age-min = Edad mínima
list-age-max = Edad máxima
list-from = desde
list-to = hasta
list-joined-between = Alta entre
list-joined-from = Alta el día o después
list-joined-to = Alta el día o antes
list-joined-on = alta
list-per-page = Por página
list-any-course = Cualquier curso
list-clear = Limpiar
list-in-course = Alumnos de <a href="{ $href }">{ $course }</a>
list-all-courses = ver todos los cursos
list-none-match = Ningún alumno coincide
list-none-search = Ningún nombre ni correo contiene «{ $search }»{ $ages ->
    [yes] {" "}en ese rango de edad
   *[no] {""}
}.
list-none-ages = Nadie está en ese rango de edad.
list-none-joined = Nadie se dio de alta en esos días.
list-none-course = Nadie está matriculado en este curso.
list-show-all = Ver todos los alumnos
list-empty = Aún no hay alumnos
list-empty-hint = Los registros que añadas aparecerán aquí.
list-add-first = Añadir el primer alumno
list-select = Seleccionar
list-select-one = Seleccionar a { $name }
list-edit-one = Editar a { $name }
list-delete-one = Eliminar a { $name }
bulk-label = Alumnos seleccionados
bulk-selected-none = Ninguno seleccionado
bulk-selected = { $count } seleccionados
bulk-all-selected = Las { $total } coincidencias seleccionadas
bulk-clear-selection = Quitar la selección
bulk-select-page = Seleccionar toda la página
bulk-all-matching = Las { $total } coincidencias
bulk-export = Exportar selección
bulk-course-label = Curso en el que matricularlos
bulk-course-choose = Curso…
bulk-enroll = Matricular selección
bulk-delete = Eliminar selección…

deleted-title = Eliminados recientemente
deleted-courses-hint = Los cursos eliminados vuelven con las matrículas cuyo alumno sigue existiendo.
deleted-when = Eliminado
deleted-by = Por
deleted-restore = Restaurar
deleted-restore-one = Restaurar { $name }{ $also }
deleted-restore-all = Restaurar todos
deleted-restore-batch = Restaurar los { $students } eliminados el { $when }
deleted-students-hint = Los alumnos eliminados pueden restaurarse con sus matrículas durante { $days } días.
    Después se borran sus datos; las fechas y los campos de sus cambios quedan en el historial.
deleted-together = Eliminados a la vez
deleted-one-by-one = Uno a uno
deleted-none = No se ha eliminado ningún alumno en los últimos { $days } días.
deleted-most-recent = Los { $shown } eliminados más recientes de { $total }.

student-add-heading = Añadir un alumno nuevo
student-email-hint = Debe ser único; no importan mayúsculas ni minúsculas.
student-age-optional = Edad (opcional)
student-age-hint = Años cumplidos, de 0 a 150.
student-bio-optional = Biografía (opcional)
student-add-another = Guardar y añadir otro
conflict-who = { $count ->
    [0] Otra persona
   *[other] { $names }
}
conflict-heading = { $who } ha cambiado este alumno mientras lo editabas
conflict-saved-at = Tus cambios aún no están guardados. La versión guardada es del { $when }.
    El formulario de abajo tiene sus cambios donde solo esa persona cambió un campo, y los tuyos en todo lo demás.
conflict-original = Al abrirlo
conflict-saved-since = Guardado desde entonces
conflict-yours = Lo tuyo
conflict-not-known = (no se sabe)
conflict-hint = Revisa los campos marcados del formulario (cada uno tiene tu valor; cámbialo para combinar ambos)
    y guarda. Para conservar la versión guardada tal cual, descarta tus cambios.
conflict-both = Ambos cambiaron: elige
conflict-theirs = Su cambio, conservado
conflict-mine = Tu cambio
conflict-same = Mismo cambio
conflict-field = { $field } lo cambiaste tú y también otra persona: revísalo antes de guardar.
conflict-save = Guardar la versión combinada
conflict-discard = Descartar mis cambios

bulk-delete-question = ¿Eliminar { $count } alumnos?
bulk-delete-explanation = Se eliminan los alumnos de abajo{ $also }. Durante 30 días pueden restaurarse
    juntos, con un solo clic, desde <a href="/deleted/">Eliminados recientemente</a>.
bulk-delete-caption = Los alumnos que se eliminan
bulk-delete-button = Eliminar { $count ->
    [one] 1 alumno
   *[other] { $count } alumnos
}
bulk-deleted = Se { $count ->
    [one] ha eliminado 1 alumno
   *[other] han eliminado { $count } alumnos
}{ $also }. Pueden restaurarse juntos desde Eliminados recientemente durante { $days } días.
bulk-deleted-already = Esos alumnos ya estaban eliminados.
bulk-enrolled = Se { $count ->
    [one] ha matriculado 1 alumno
   *[other] han matriculado { $count } alumnos
} en { $course }.{ $already ->
    [0] {""}
    [one] {" "}1 ya estaba matriculado.
   *[other] {" "}{ $already } ya estaban matriculados.
}{ $gone ->
    [0] {""}
    [one] {" "}1 fue eliminado mientras tanto.
   *[other] {" "}{ $gone } fueron eliminados mientras tanto.
}
bulk-none-left = Ya no existe ninguno de esos alumnos.
bulk-restored = Se { $count ->
    [one] ha restaurado 1 alumno
   *[other] han restaurado { $count } alumnos
}{ $also }.
bulk-restore-email-taken = No se ha restaurado: otro alumno tiene ahora el correo de { $name }, así que no ha vuelto nadie del grupo. Cambia el correo de ese alumno o restaura a los demás uno a uno desde Eliminados recientemente.
bulk-restored-already = Esos alumnos ya se restauraron o ya no pueden restaurarse.
bulk-restore-field-taken = No se ha restaurado: otro alumno tiene ahora el valor de { $field } de { $name }, así que no ha vuelto nadie del grupo. Cambia el de ese alumno o restaura a los demás uno a uno desde Eliminados recientemente.
