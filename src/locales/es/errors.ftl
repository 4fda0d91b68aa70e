## Error pages, refusals and the rules' messages.

error-status = Error { $status }
error-back = Volver a la lista de alumnos
error-not-found = Página no encontrada
error-not-found-text = No hay nada en esta dirección. Puede que el alumno se haya eliminado o que el enlace esté mal escrito.
error-not-logged-in = Sesión no iniciada
error-refused = Solicitud rechazada
error-bad-request = Solicitud incorrecta
error-invalid = No se puede guardar
error-invalid-text = Parte de lo enviado no es válido. No se ha cambiado nada: vuelve atrás y revisa el formulario.
error-changed = Cambiado mientras tanto
error-changed-text = Otra persona cambió este registro, así que no se ha cambiado nada. Recarga la página e inténtalo de nuevo.
error-timeout = Demasiado lento
error-timeout-text = El formulario tardó demasiado en llegar, así que no se ha cambiado nada. Comprueba la conexión y envíalo de nuevo.
error-too-large = Formulario demasiado grande
error-too-large-text = El formulario enviado supera lo que admite esta aplicación (256 KiB). Acorta el texto e inténtalo de nuevo.
error-method = Método no permitido
error-method-text = Esta dirección existe pero no admite ese tipo de solicitud. Las páginas se leen con GET y los formularios se envían con POST.
error-media-type = Codificación de formulario no admitida
error-media-type-text = Los formularios deben enviarse como application/x-www-form-urlencoded, como hace un navegador.
error-too-slow = Demasiado lento para responder
error-too-slow-text = Encontrar estos alumnos llevó más tiempo del permitido, así que se detuvo. Acota la búsqueda: más letras, un filtro u otro orden.
error-unavailable = No disponible por ahora
error-unavailable-text = La base de datos no está accesible ahora mismo, así que no se ha leído ni cambiado nada. Inténtalo de nuevo en un momento.
error-internal = Algo ha salido mal
error-internal-text = La aplicación no pudo completar esta solicitud. No se ha cambiado nada; inténtalo de nuevo. Los detalles están en el registro del servidor.
error-unreadable = No se puede leer la solicitud: { $why }.
error-form-unreadable = No se puede leer el formulario.
error-body-unreadable = No se puede leer el cuerpo.
error-upload-unreadable = No se puede leer el archivo subido.
error-form-not-utf8 = El formulario contiene texto que no es UTF-8 válido.
error-form-shape = El formulario tiene un campo repetido o un campo de tipo incorrecto.
error-form-no-version = El formulario no dice qué versión del alumno cambia. Abre de nuevo la página de edición.

refused-cross-site = Esta solicitud venía de otro sitio, así que se ha rechazado y no se ha cambiado nada.
refused-csrf = Falta el token de seguridad del formulario o está caducado (pasa cuando la página estuvo abierta mucho tiempo o las cookies están bloqueadas). No se ha cambiado nada: vuelve atrás, recarga la página y envía de nuevo.
refused-admins-only = Solo los administradores pueden gestionar cuentas. No se ha cambiado nada.
refused-viewer = Tu rol puede leer registros pero no cambiarlos. No se ha cambiado nada; pide a un administrador el rol de editor.
refused-setup-link = Este enlace de configuración no es válido: ya se usó (existe una cuenta, así que inicia sesión) o está mal escrito. Mientras no haya ninguna cuenta, la aplicación escribe uno nuevo en el registro cada vez que arranca.
refused-student-email-taken = Ya existe un alumno con este correo.
refused-email-taken-since = No se ha restaurado: otro alumno tiene ahora su correo. Cambia primero el correo de ese alumno y vuelve a restaurar.
refused-course-code-taken = Otro curso tiene este código.
refused-code-taken-since = No se ha restaurado: otro curso tiene ahora su código. Cambia primero el código de ese curso y vuelve a restaurar.
refused-already-enrolled = Ya está matriculado en este curso.
refused-course-deleted = Ese curso ya no existe.
refused-unknown-course = No hay ningún curso con este identificador.
refused-account-email-taken = Otra cuenta tiene este correo.
refused-last-admin = Es el último administrador: haz antes administradora a otra cuenta, para que alguien pueda seguir gestionando las cuentas.
refused-own-account = No puedes quitar tu propia cuenta. Otro administrador sí puede.
refused-wrong-password = Esta no es tu contraseña actual.
refused-too-many-attempts-seconds = Demasiados intentos fallidos. Espera { $count ->
    [one] 1 segundo
   *[other] { $count } segundos
} e inténtalo de nuevo.
refused-too-many-attempts-minutes = Demasiados intentos fallidos. Espera { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
} e inténtalo de nuevo.
refused-field-taken = Otro alumno ya tiene este valor de { $field }.
refused-field-taken-since = No se ha restaurado: otro alumno tiene ahora su valor de { $field }. Cambia primero el de ese alumno y vuelve a restaurar.
