## The rules of the forms (and of the API and the imports, which share them).

error-required = { $field } es obligatorio.
error-too-long = { $field } admite como máximo { $max } caracteres (tiene { $length }).
error-control-characters = { $field } no puede contener caracteres de control.
error-format-characters = { $field } no puede contener caracteres de formato invisibles (como marcas de derecha a izquierda).
error-between = { $field } debe estar entre { $min } y { $max }.
error-email = Escribe un correo electrónico válido, como nombre@example.com.
error-whole-number = { $field } debe ser un número entero, como 21.
error-course-code = { $field } debe tener de 2 a 20 letras, cifras, guiones, puntos o espacios, como BIO-101.
error-choose-course = Elige un curso.
error-role = Elige un rol: administrador, editor o lector.
error-language = Elige uno de los idiomas disponibles.
error-time-zone = Elige una zona horaria de la lista.
error-password-short = Usa al menos { $min } caracteres (unas cuantas palabras hacen una contraseña fuerte).
error-password-long = Usa como máximo { $max } caracteres.
error-password-spaces = Una contraseña solo de espacios es fácil de adivinar: usa palabras o caracteres.
error-password-email = La contraseña no puede ser el correo electrónico.
error-password-weak = Esta contraseña es demasiado fácil de adivinar.{ $why ->
    [key-rows] {" "}Las filas seguidas de teclas son fáciles de adivinar.
    [key-patterns] {" "}Los patrones cortos de teclado son fáciles de adivinar.
    [repeats] {" "}Las repeticiones como «aaa» son fáciles de adivinar.
    [repeated-groups] {" "}Repeticiones como «abcabcabc» apenas son más difíciles de adivinar que «abc».
    [top-10] {" "}Es una de las 10 contraseñas más comunes.
    [top-100] {" "}Es una de las 100 contraseñas más comunes.
    [common] {" "}Es una contraseña muy común.
    [similar] {" "}Se parece a una contraseña muy usada.
    [sequences] {" "}Las secuencias como abc o 6543 son fáciles de adivinar.
    [years] {" "}Los años recientes son fáciles de adivinar.
    [word] {" "}Una palabra sola es fácil de adivinar.
    [dates] {" "}Las fechas suelen ser fáciles de adivinar.
    [names] {" "}Los nombres y apellidos solos son fáciles de adivinar.
    [common-names] {" "}Los nombres y apellidos comunes son fáciles de adivinar.
   *[none] {""}
} Añade una o dos palabras más, o mezcla caracteres inesperados.
error-password-differ = Las dos contraseñas no coinciden: escribe la misma dos veces.

bulk-error-action = Elige qué hacer con los alumnos seleccionados.
bulk-error-student = Un alumno seleccionado no es de la lista.
bulk-error-none = Selecciona antes al menos un alumno.
bulk-error-course = Elige un curso en el que matricularlos.
bulk-error-too-many = Son más de { $max } alumnos a la vez. Acota la lista con la búsqueda o los filtros (o expórtalos, que no tiene límite).
error-date = { $field } debe ser una fecha escrita año-mes-día, como 2011-04-02.
error-yes-no = { $field } debe ser sí o no.
error-choice = { $field } debe ser una de las opciones de su lista.
error-sent-twice = { $field } se envió más de una vez: envía un solo valor.
