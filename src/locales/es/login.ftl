## Logging in and out, the first-run setup, the About page.

login-title = Iniciar sesión
login-staff-only = Los datos de los alumnos son solo para el personal.
login-first-run = Aún no existe ninguna cuenta
login-first-run-link = Al arrancar, el servidor escribió un enlace de un solo uso para crear el primer administrador,
    como última línea (tiene este aspecto: <code>http://…/setup/?token=…</code>). Abre ese enlace.
login-first-run-command = O, en el servidor, ejecuta <code>students user add EMAIL --role admin</code> e inicia sesión aquí.
login-forgot = ¿Olvidaste tu contraseña? Un administrador puede poner una nueva.
login-missing = Escribe tu correo y tu contraseña.
login-wrong = Ese correo y esa contraseña no corresponden a ninguna cuenta.
login-welcome = Sesión iniciada como { $name }.
login-logged-out = Has cerrado la sesión.
session-ended-lifetime = Tu sesión ha terminado: un inicio de sesión dura como máximo 7 días. Vuelve a iniciar sesión para continuar.
session-ended-idle = Tu sesión ha terminado tras 8 horas sin actividad. Vuelve a iniciar sesión para continuar.
setup-title = Crear el primer administrador
setup-intro = Aún no hay cuentas. La cuenta que crees aquí es de administrador: puede añadir a todos los demás
    (como administradores, editores o lectores) en Cuentas. Este enlace funciona una vez.
setup-name = Tu nombre
setup-email-hint = Con él inicias sesión.
setup-create = Crear administrador e iniciar sesión
setup-welcome = Te damos la bienvenida, { $name }. Tu cuenta de administrador está lista; añade a tus compañeros en Cuentas.

about-heading = Acerca de Alumnos
about-intro = Alumnos guarda los registros de la secretaría de un centro: sus alumnos (nombres, un correo único,
    edad y biografía opcionales), sus cursos y quién está matriculado en cuál, con una nota o estado.
about-working = Cómo se usa
about-list = La <a href="/">lista de alumnos</a> busca en nombres y correos, filtra por edad, curso y
    fecha de alta, ordena por cualquier columna y pasa páginas de un millón de alumnos tan rápido como de diez.
    Marca alumnos para eliminarlos, matricularlos o exportarlos a la vez.
about-adding = Añade alumnos de uno en uno con <a href="/create/">Añadir alumno</a>, o muchos a la vez
    importando un archivo CSV: cada fila se revisa y se muestra antes de añadir nada.
    Exporta cualquier lista, los cursos y las matrículas como CSV.
about-courses = Los <a href="/courses/">cursos</a> muestran sus alumnos; la página de un alumno muestra sus cursos,
    lo matricula en otro y enseña cada cambio que se le hizo, y quién lo hizo.
about-nothing-lost = No se pierde nada: una edición hecha mientras otra persona cambiaba el mismo alumno se combina con
    la suya, y los alumnos y cursos eliminados pueden restaurarse durante 30 días desde
    <a href="/deleted/">Eliminados recientemente</a>.
about-languages = Las páginas hablan inglés, alemán, español y árabe, muestran las horas en la zona horaria de cada persona y pueden ser claras u oscuras: elígelo al pie de cualquier página.
about-accounts = Cuentas y scripts
about-accounts-text = El personal inicia sesión con su propia cuenta. Los lectores pueden leerlo todo, los editores también
    cambiar registros, y los administradores además gestionan las cuentas. Cada persona puede crear tokens de API en
    <a href="/account/">la página de su cuenta</a> para scripts, que usan la API JSON en
    <code>/api/</code>, descrita por su documento OpenAPI en
    <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.
about-origin = Empezó como el gestor de alumnos del tutorial de Flask-SQLAlchemy y está reconstruido en Rust
    (actix-web, askama, Diesel). Los datos viven por defecto en un archivo SQLite, o en PostgreSQL o
    MySQL/MariaDB.
