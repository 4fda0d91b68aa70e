## Courses: the list, a course's page, the form, notices.

course-add = Añadir curso
course-add-heading = Añadir un curso
course-edit-heading = Editar { $course }
form-save-changes = Guardar cambios
courses-tools = Más sobre los cursos
courses-import-enrollments = Importar matrículas
courses-export = Exportar cursos
courses-export-enrollments = Exportar matrículas
courses-find = Buscar cursos
courses-search-placeholder = Código o título
courses-none-match = Ningún curso coincide
courses-none-search = Ningún código ni título de curso contiene «{ $search }».
courses-show-all = Ver todos los cursos
courses-empty = Aún no hay cursos
courses-empty-hint = Añade cursos y matricula a los alumnos desde la página de cada uno.
courses-add-first = Añadir el primer curso
courses-pages = Páginas de cursos
courses-caption = Cursos, por código
course-no-description = Sin descripción.
course-back = Volver a todos los cursos
course-students = Alumnos ({ $count })
course-nobody = Aún no hay nadie matriculado. Matricula a los alumnos desde su propia página.
course-in-list = Ver estos alumnos en la lista de alumnos
course-student = Alumno
course-code-hint = Único, como BIO-101; se guarda en mayúsculas.
course-description-optional = Descripción (opcional)
course-delete-question = ¿Eliminar { $course }?
course-delete-explanation = Se elimina el curso <strong>{ $course }</strong>{ $also }. Los alumnos se quedan.
    Durante 30 días puede restaurarse con sus matrículas desde <a href="/deleted/">Eliminados recientemente</a>.
course-delete-button = Eliminar curso
course-added = Se ha añadido el curso { $course }.
course-saved = Se han guardado los cambios de { $course }.
course-deleted = Se ha eliminado el curso { $course }{ $also }. Puede restaurarse desde Eliminados recientemente durante { $days } días.
course-restored = Se ha restaurado el curso { $course }{ $also }.{ $lost ->
    [0] {""}
    [one] {" "}1 matrícula no ha podido volver: el alumno fue eliminado.
   *[other] {" "}{ $lost } matrículas no han podido volver: los alumnos fueron eliminados.
}
