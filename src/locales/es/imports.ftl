## Importing CSV files: the upload form, the preview, the report's problems, notices.

import-title = Importar alumnos
import-heading = Importar desde un archivo CSV
import-intro = Guarda una hoja de cálculo como «CSV UTF-8»; su primera fila nombra las columnas, en cualquier orden.
    Verás cada fila revisada antes de que se añada nada.
import-holds = El archivo contiene
import-students-hint = Columnas <strong>firstname</strong>, <strong>lastname</strong>, <strong>email</strong> y, opcionalmente, <strong>age</strong> y <strong>bio</strong> (un archivo de «Exportar CSV» sirve tal cual).
import-enrollments-hint = Columnas <strong>email</strong> (el del alumno), <strong>course</strong> (su código, como BIO-101) y, opcionalmente, <strong>grade</strong>.
import-file = Archivo CSV
import-file-hint = Como máximo { $limit } MB y { $rows } filas.
import-check = Revisar el archivo
import-preview-title = Vista previa de la importación: { $file }
import-preview = Vista previa de la importación
import-uploaded = { $file }, subido el { $when }. No se añade nada hasta que confirmes.
import-summary = { $added ->
    [0] No se añadirá nada ({ $what })
    [one] Se añadirá { $what }
   *[other] Se añadirán { $what }
}{ $problems ->
    [0] .
    [one] ; 1 fila tiene problemas y se omitirá.
   *[other] ; { $problems } filas tienen problemas y se omitirán.
}
import-not-read = No se leen: { $columns } (la aplicación asigna los identificadores, nombres y fechas).
import-add = Añadir { $what }
import-cancel = Cancelar la importación
import-another = Subir otro archivo
import-problems = Problemas ({ $count })
import-problems-hint = Estas filas se omiten. Corrígelas en el archivo y vuelve a subirlo, o añádelas a mano.
import-row = Fila
import-column = Columna
import-problem = Problema
import-more-problems = Y { $count } más.
import-to-add = Se añadirán{ $more ->
    [yes] {" "}(los primeros { $shown })
   *[no] {""}
}

import-not-utf8 = El archivo no es texto UTF-8 (línea { $line }). Guárdalo como «CSV UTF-8» y vuelve a subirlo.
import-empty = El archivo está vacío: necesita una fila de encabezado y una fila por registro.
import-header-unreadable = No se puede leer la fila de encabezado: { $why }.
import-row-unreadable = No se puede leer esta fila: { $why }.
import-too-many-rows = El archivo tiene más de { $max } filas: divídelo en archivos más pequeños.
import-too-many-cells = Esta fila tiene { $cells } celdas; el encabezado tiene { $header }.
import-no-rows = El archivo tiene fila de encabezado pero ninguna fila que importar.
import-column-twice = La columna «{ $column }» aparece dos veces.
import-unknown-columns = { $count ->
    [one] Columna desconocida
   *[other] Columnas desconocidas
} { $columns }. Las columnas son { $known }{ $keep ->
    [yes] {" "}(pueden quedarse { $ignored } de la exportación)
   *[no] {""}
}.
import-missing-columns = A la fila de encabezado le { $count ->
    [one] falta la columna
   *[other] faltan las columnas
} { $columns }. La primera fila debe nombrar las columnas.
import-same-email = El mismo correo que la fila { $row }: cada alumno una sola vez.
import-same-enrollment = El mismo alumno y curso que la fila { $row }.
import-unknown-student = Ningún alumno tiene este correo.
import-unknown-course = Ningún curso tiene este código.
import-choose-file = Elige un archivo CSV para importar.
import-too-large = El archivo supera los { $limit } MB: divídelo en archivos más pequeños.
import-done = Importación de { $file }: { $what }.
import-changed-meanwhile = No se ha importado nada: los registros cambiaron mientras tanto (se ocupó un correo, se eliminó un alumno o un curso). Revisa de nuevo la vista previa.
import-cancelled = Importación cancelada: no se ha añadido nada.
import-undone = Se ha deshecho la importación: { $count ->
    [one] 1 alumno eliminado
   *[other] { $count } alumnos eliminados
}. Pueden restaurarse desde Eliminados recientemente durante { $days } días.
import-undone-already = Nada que deshacer: los alumnos de esa importación ya estaban eliminados.
import-same-value = El mismo valor de { $field } que la fila { $row }: cada valor una sola vez.
