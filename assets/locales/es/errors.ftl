# Las oraciones con que el núcleo responde cuando rechaza una solicitud o algo falla.
# Llegan a la o el facilitador como el `message` de `{code, message, field}`. Un $detail
# son las palabras de una biblioteca (SQLite, el sistema de archivos, un lector de JSON):
# se dejan como las escribió la biblioteca, terminadas en punto.

errors-forbidden = Solo la computadora de la o el facilitador puede hacer eso; esta pantalla puede mostrar el proyector y la agenda.
# La solicitud de un navegador que no vino de la propia página de Convene.
errors-host-missing = La solicitud no indicó a qué servidor iba dirigida.
errors-host-unknown = Convene solo responde a solicitudes dirigidas a esta computadora por su propio nombre o dirección.
errors-cross-site = No se permiten solicitudes desde otros sitios web.
errors-unknown-command = Convene no tiene ninguna operación llamada “{ $command }”.
errors-bad-request = No se pudo leer la solicitud de “{ $command }”: { $detail }
errors-request-unreadable = No se pudo leer la solicitud: { $detail }
errors-stopped = La operación se detuvo de forma inesperada; no se cambió nada.
errors-newer-database = Estos datos se guardaron con una versión más reciente de Convene (esquema { $found }; esta versión conoce hasta el { $supported }). Instale la versión más reciente para abrirlos.
errors-storage = No se pudo leer ni escribir el archivo de datos: { $detail }
errors-corrupt = El archivo de datos contiene un registro que Convene no puede leer: { $detail }
errors-print = No se pudo crear el documento: { $detail }
errors-file = No se pudo escribir el archivo { $path }: { $detail }
errors-random = Convene no pudo generar un número aleatorio seguro: { $detail }
errors-data-dir = No se puede usar la carpeta de datos { $path }: { $detail }
errors-not-found = { $thing ->
    [community] Esa comunidad ya no existe; es posible que se haya eliminado
    [meeting] Esa reunión ya no existe; es posible que se haya eliminado
    [member] Esa persona ya no es integrante; es posible que se haya eliminado
    [agenda-item] Ese punto de la agenda ya no existe; es posible que se haya eliminado
    [activity] Esa actividad ya no existe; es posible que se haya eliminado
    [shipped-activity] Esa actividad incluida con Convene ya no existe; es posible que se haya eliminado
    [template] Esa plantilla ya no existe; es posible que se haya eliminado
    [device] Ese dispositivo ya no existe; es posible que se haya eliminado
    [form] Ese formulario ya no existe; es posible que se haya eliminado
    [form-template] Esa plantilla de formulario ya no existe; es posible que se haya eliminado
    [series] Esa serie ya no existe; es posible que se haya eliminado
    [certificate] Ese certificado ya no existe; es posible que se haya eliminado
    [goal] Esa meta ya no existe; es posible que se haya eliminado
    [checkin] Ese seguimiento ya no existe; es posible que se haya eliminado
    [pairing] Ese conjunto de parejas ya no existe; es posible que se haya eliminado
    [worksheet] Esa hoja de trabajo ya no existe; es posible que se haya eliminado
   *[other] Ese registro ya no existe; es posible que se haya eliminado
} en otra ventana.

## Texto escrito. $label nombra el campo, con las etiquetas de abajo.

errors-text-empty = { $label } no puede quedar en blanco.
errors-text-too-long = { $label } tiene { $length } caracteres; lo máximo que admite es { $max }.
errors-number-outside = { $label } debe estar entre { $min } y { $max }; { $value } queda fuera de ese rango.

## Nombres de campos dentro de las oraciones anteriores.

errors-label-activity-name = El nombre de la actividad
errors-label-cohort = La etiqueta de la cohorte
errors-label-community-name = El nombre de la comunidad
errors-label-credit = El crédito
errors-label-description = La descripción
errors-label-device-name = El nombre del dispositivo
errors-label-email = El correo electrónico
errors-label-focus = El enfoque
errors-label-item-title = El título del punto
errors-label-max-group = El grupo más grande
errors-label-licence = La licencia
errors-label-location = El lugar
errors-label-max-minutes = La duración más larga
errors-label-materials = La lista de materiales
errors-label-meeting-title = El título de la reunión
errors-label-member-name = El nombre de la o el integrante
errors-label-message = El mensaje
errors-label-notes = Las notas
errors-label-organization = La organización
errors-label-phone = El número de teléfono
errors-label-presenter = El nombre de quien presenta
errors-label-role = La función
errors-label-safety-monitor = El nombre de la persona responsable de seguridad
errors-label-series = La etiqueta de la serie
errors-label-setup-minutes = El tiempo de preparación
errors-label-setup = La preparación
errors-label-min-minutes = La duración más corta
errors-label-site = El sitio
errors-label-group-size = El tamaño de los grupos pequeños
errors-label-min-group = El grupo más pequeño
errors-label-source = La fuente
errors-label-space-notes = Las notas sobre el espacio
errors-label-summary = El resumen
errors-label-template-name = El nombre de la plantilla
errors-label-your-notes = Sus notas
errors-label-safety = Las notas de seguridad
errors-label-opt-out = Las notas para no participar
errors-label-adaptations = Las adaptaciones
errors-label-theme-link = La relación con el tema
errors-label-variations = Las variaciones
errors-label-step = El paso { $n }
errors-label-step-minutes = Los minutos del paso { $n }
errors-label-material-quantity = La cantidad del material { $n }
errors-label-material-name = El nombre del material { $n }
errors-label-material-unit = La unidad del material { $n }
errors-label-material-note = La nota del material { $n }
errors-label-debrief-question = Una pregunta de “{ $stage ->
    [what] ¿Qué?
    [so-what] ¿Y qué?
   *[now-what] ¿Y ahora qué?
}”
errors-label-agreement-statement = El enunciado del acuerdo { $n }
errors-label-agreement-label = El nombre del acuerdo { $n }
errors-label-agreement-practice = La práctica del acuerdo { $n }

## Vincular un teléfono como control remoto.

errors-pairing-needs-network = Un teléfono solo se puede vincular mientras Convene sirve a la red: inícielo con `convene serve --network`.
errors-pairing-no-code = No hay ningún código de vinculación disponible. Pida uno nuevo a la o el facilitador.
errors-pairing-expired = Ese código ya venció. Pida uno nuevo a la o el facilitador.
errors-pairing-last-try = Ese código no es correcto y era el último intento: pida uno nuevo a la o el facilitador.
errors-pairing-wrong = Ese código no es correcto. Revise la pantalla de la o el facilitador e inténtelo de nuevo.

## Copias de seguridad y restauración. $thing es backup (una de la carpeta de Convene) o
## file (un archivo que eligió la o el facilitador).

errors-backup-bad-name = Ese no es el nombre de una copia de seguridad de la carpeta de copias de Convene.
errors-backup-gone = Esa copia de seguridad ya no está en la carpeta de copias.
errors-not-a-database = Ese archivo no es una base de datos de Convene.
errors-restore-newer = { $thing ->
    [backup] Esa copia de seguridad se hizo
   *[file] Ese archivo se hizo
} con una versión más reciente de Convene (esquema { $version }; esta versión conoce hasta el { $supported }). Instale la versión más reciente para restaurarlo.
errors-restore-damaged = { $thing ->
    [backup] Esa copia de seguridad es una base de datos de Convene dañada
   *[file] Ese archivo es una base de datos de Convene dañada
}, así que no se puede restaurar.
errors-backup-before-migration = Esta versión de Convene debe actualizar sus datos, pero antes no pudo hacer una copia de seguridad, así que dejó los datos sin cambios. { $detail }

## Conducir una reunión en vivo.

errors-run-already-running = La reunión ya está en curso. Termínela antes de iniciarla de nuevo.
errors-run-no-agenda = Esta reunión todavía no tiene agenda. Agregue puntos antes de iniciarla.
errors-run-item-not-on-agenda = Ese punto no está en la agenda de esta reunión.
errors-danger-before-warning = El punto de peligro debe llegar en el punto de aviso o después (con menos segundos restantes).
errors-run-replacing-agenda = Esta reunión se está conduciendo en vivo. Termine la sesión en vivo antes de reemplazar su agenda.
errors-run-deleting-current = Este punto está en el reloj en este momento. Pase a otro punto antes de eliminarlo.
errors-run-not-running = La reunión no está en curso. Iníciela primero.
errors-run-ended = La reunión terminó. Para conducirla de nuevo, elija “Iniciar de nuevo” en la vista en vivo.
errors-run-again = Esta reunión ya se condujo. Iniciarla de nuevo comienza la sesión en vivo { $run } desde el primer punto; { $earlier ->
    [one] se conserva el registro de la sesión anterior
   *[other] se conservan los registros de las { $earlier } sesiones anteriores
}.

## Agendas y plantillas.

errors-agenda-item-duplicate = Ese punto ya está en la agenda.
errors-item-minutes = Un punto dura de 1 a 720 minutos; { $minutes } queda fuera de ese rango.
errors-time-format = “{ $text }” no es una hora como 12:00.
errors-template-name-taken = Ya existe una plantilla llamada “{ $name }”.
errors-template-empty = Esta agenda no tiene puntos que guardar como plantilla.
errors-template-built-in = La plantilla incluida no se puede eliminar.

## La biblioteca de actividades. $what es steps, materials o questions.

errors-rating-stars = Una calificación va de 1 a 5 estrellas; { $rating } queda fuera de ese rango.
errors-activity-name-taken = La biblioteca ya tiene una actividad llamada “{ $name }”.
errors-activity-in-bin = Esa actividad está en la papelera; restáurela primero.
errors-activity-not-used = La agenda de esa reunión no usa esta actividad.
errors-activity-not-shipped = Solo una actividad incluida con Convene tiene un original que restaurar.
errors-activity-too-many = Una actividad puede tener como máximo { $max } { $what ->
    [steps] pasos
    [materials] materiales
   *[questions] preguntas
}; esta tiene { $count }.
errors-activity-no-steps = Una actividad necesita al menos un paso.
errors-activity-no-purpose = Elija al menos un propósito (por ejemplo, romper el hielo o generar confianza).

## Leer un archivo de biblioteca. $activity es errors-import-activity-named o
## errors-import-activity; $problem es otra oración de este archivo.

errors-import-format = Esta no es una biblioteca de actividades de Convene: su formato es “{ $found }”, no “{ $expected }”.
errors-import-newer = Esta biblioteca la escribió un Convene más reciente (versión de formato { $version }); esta versión lee hasta la { $supported }.
errors-import-too-many = El archivo contiene { $count } actividades; un archivo de biblioteca puede contener como máximo { $max }.
errors-import-activity-named = La actividad { $n } (“{ $name }”)
errors-import-activity = La actividad { $n }
errors-import-unreadable = { $activity } no se puede leer: { $detail }.
errors-import-invalid = { $activity }: { $problem }
errors-import-same-name = Las actividades { $first } y { $second } se llaman las dos “{ $name }”; los nombres de una biblioteca deben ser distintos.
errors-import-too-big = El archivo ocupa { $size } MB; un archivo de biblioteca puede ocupar como máximo { $max } MB.
errors-import-unreadable-file = El archivo no es una biblioteca legible: { $detail }.

## Acuerdos.

errors-agreements-none = “{ $community }” todavía no tiene acuerdos; agréguelos primero en la pestaña Acuerdos de la comunidad.
errors-agreements-empty = Agregue al menos un acuerdo antes de guardar.
errors-agreements-too-many = Un conjunto contiene como máximo 12 acuerdos, para que el proyector pueda mostrarlos todos; este tiene { $count }.
errors-agreements-other-community = Esa reunión pertenece a otra comunidad.
errors-agreements-rated-unknown = Uno de los acuerdos calificados no está en el conjunto de esta reunión.
errors-agreements-rating = “{ $agreement }” tiene una calificación de { $value }; una calificación va de 1 a 5.

## Comunidades, integrantes, reuniones y asistencia. $which es start o end; $thing es
## community, meeting o member.

errors-attendance-not-member = “{ $name }” no es integrante de la comunidad a la que pertenece esta reunión.
errors-delete-attendance = Eliminar { $thing ->
    [community] esta comunidad
    [meeting] esta reunión
   *[member] a esta persona integrante
} también elimina { $count ->
    [one] 1 registro de asistencia
   *[other] { $count } registros de asistencia
}. Confirme para eliminarlos también.
errors-meeting-no-date = La reunión necesita una fecha.
errors-meeting-time-missing = Falta la hora de { $which ->
    [start] inicio
   *[end] fin
}.
errors-meeting-time-format = “{ $text }” no es una hora de { $which ->
    [start] inicio
   *[end] fin
} como 09:00 o 13:30.
errors-meeting-date-format = “{ $text }” no es una fecha como 2026-09-12.
errors-meeting-end-before-start = La reunión termina a las { $end } pero empieza a las { $start }; el fin debe ser después del inicio.
errors-meeting-attendance-range = La asistencia prevista debe estar entre 1 y 1000 personas; { $count } queda fuera de ese rango.
errors-member-email = “{ $email }” no es una dirección de correo electrónico (necesita un nombre, una @ y un dominio).
errors-member-name-taken = “{ $name }” ya es integrante de esta comunidad.

## Formularios de evaluación. $n es el lugar de un elemento en el formulario, desde 1.

errors-label-form-title = El título del formulario
errors-label-form-intro = La introducción
errors-label-form-item-text = El texto del elemento { $n }
errors-label-form-item-key = La clave del elemento { $n }
errors-label-form-point = El punto { $point } de la escala del elemento { $n }
errors-label-form-option = La opción { $option } del elemento { $n }
errors-form-no-questions = Un formulario necesita al menos una pregunta.
errors-form-too-many-items = Un formulario puede tener como máximo { $max } elementos; este tiene { $count }.
errors-form-item-twice = El elemento { $n } aparece dos veces en el formulario.
errors-form-key-twice = El elemento { $n } tiene la clave «{ $key }», que ya tiene otra pregunta de este formulario; la clave de cada pregunta debe ser distinta.
errors-form-two-codes = Un formulario puede pedir el código de participante solo una vez.
errors-form-points = La escala del elemento { $n } tiene { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}; una escala tiene de { $min } a { $max }.
errors-form-options = El elemento { $n } tiene { $count ->
    [one] 1 opción
   *[other] { $count } opciones
}; una pregunta de opción necesita de 2 a { $max }.
errors-form-option-twice = El elemento { $n } incluye “{ $option }” dos veces; cada opción debe ser distinta.
errors-form-lines = El elemento { $n } pide { $lines } líneas; un comentario tiene de { $min } a { $max }.
errors-form-has-sheets = Este formulario tiene { $count ->
    [one] 1 hoja impresa
   *[other] { $count } hojas impresas
}, así que se conserva: las hojas se capturarán con él.
errors-form-copies = Imprima de 1 a { $max } copias; { $copies } queda fuera de ese rango.
errors-form-print-members = Este formulario imprime el código de participante de cada miembro: elija los miembros para quienes imprimir hojas.
errors-form-print-no-codes = Las hojas para miembros elegidos son para un formulario que imprime códigos de participante; imprima copias numeradas de este.
errors-form-member-unknown = Uno de los miembros para quienes imprimir no es miembro de la comunidad de esta reunión.

## Leer un archivo de evaluación (los formularios, hojas y capturas de una reunión).
## $place es errors-evaluation-form o errors-evaluation-entry; $problem es otra oración.

errors-evaluation-format = Esto no es un archivo de evaluación de Convene: su formato es «{ $found }», no «{ $expected }».
errors-evaluation-newer = Este archivo de evaluación lo escribió un Convene más nuevo (versión de formato { $version }); esta versión lee hasta la { $supported }.
errors-evaluation-too-big = El archivo ocupa { $size } MB; un archivo de evaluación puede ocupar como máximo { $max } MB.
errors-evaluation-unreadable = El archivo no es un archivo de evaluación legible: { $detail }.
errors-evaluation-no-versions = El formulario { $n } del archivo no tiene versiones.
errors-evaluation-version-twice = El archivo da este número de versión dos veces.
errors-evaluation-form = Formulario “{ $title }”, versión { $version }
errors-evaluation-entry = Hoja { $serial }, captura { $pass }
errors-evaluation-problem = { $place }: { $problem }
errors-evaluation-unknown-field = el formulario no tiene la pregunta «{ $field }», o el archivo la responde dos veces.
errors-evaluation-sheet-twice = El archivo incluye dos veces la hoja número { $number }, o una hoja sin número de serie.
errors-evaluation-sheet-version = La hoja { $serial } nombra una versión del formulario que el archivo no contiene.
errors-evaluation-pass = La hoja { $serial } tiene una captura { $pass }; una hoja se captura una vez, o dos en la doble captura.
errors-evaluation-other-meeting = El formulario “{ $title }” pertenece aquí a otra reunión; importe el archivo en esa reunión.
errors-evaluation-version-differs = La versión { $version } de “{ $title }” no es igual aquí y en el archivo; se cambió en una computadora después de imprimirla en la otra.
errors-evaluation-sheet-elsewhere = La hoja { $serial } pertenece aquí a otra reunión u otro formulario.
errors-evaluation-serial-taken = La hoja { $serial } del archivo tiene el número { $number }, que ya tiene la hoja { $here } de esta reunión.
errors-evaluation-status-differs = La hoja { $serial } consta de forma distinta aquí y en el archivo (devuelta en blanco, estropeada o no devuelta); márquela igual en ambas computadoras primero.
errors-evaluation-entry-differs = La captura { $pass } de la hoja { $serial } no es igual aquí y en el archivo; revise el papel, corríjala en una computadora y exporte de nuevo.
errors-evaluation-no-id = El archivo tiene una comunidad o una reunión sin identificador; no lo escribió Convene.
errors-evaluation-meeting = Reunión “{ $title }”
errors-evaluation-meeting-elsewhere = La reunión “{ $title }” pertenece aquí a otra comunidad, así que este archivo no se puede importar tal como está.

## Capturar hojas. $question es errors-entry-question, errors-entry-question-half o
## errors-entry-code-field; $serial es el número de serie de una hoja tal como se escribió.

errors-entry-question = La pregunta { $n }
errors-entry-question-half = La pregunta { $n } ({ $half ->
    [before] antes de hoy
   *[now] ahora
})
errors-entry-code-field = El código de participante
errors-entry-point = { $question } admite un número del 1 al { $max }, o un código de lo que muestra el papel.
errors-entry-text = { $question } admite lo que está escrito (como máximo 2000 caracteres), o un código de lo que muestra el papel.
errors-entry-picture = { $question } se responde marcando en la hoja: solo la escritura a mano puede conservarse como imagen del escaneo.
errors-entry-written = { $question } se responde por escrito en la hoja, no marcando.
errors-entry-not-multiple = “Más de una marca” no se aplica a { $question }.
errors-entry-unanswered = { $question } todavía no tiene nada capturado: escriba lo que muestra el papel, o un código como en blanco.
errors-entry-unknown-field = Esta hoja no tiene la pregunta “{ $field }”.
errors-entry-unknown-serial = No se imprimió ninguna hoja { $serial } para esta reunión.
errors-entry-other-meeting = La hoja { $serial } se imprimió para otra reunión.
errors-scan-not-base64 = La imagen de la página no llegó completa; elija el archivo de nuevo.
errors-scan-not-an-image = Este archivo no es una imagen que Convene pueda leer; escanee en PDF, PNG, JPEG o TIFF.
errors-scan-too-large = Esta imagen mide { $width } × { $height } píxeles, mucho más que una página escaneada; escanee a 300 ppp o menos.
errors-scan-too-small = Esta imagen es demasiado pequeña para contener una hoja legible; escanee a 150 ppp o más.
errors-scan-no-corners = No se encontró ninguna hoja impresa: deben verse los cuatro cuadrados negros de las esquinas. Escanee la página entera y plana.
errors-scan-no-code = No se pudo leer el código de la hoja, arriba a la derecha; escanee la página de nuevo o ingrese la hoja por su número de serie.
errors-scan-unknown-code = El código de esta página no corresponde a ninguna hoja impresa por Convene.
errors-scan-other-meeting = Esta página es la hoja { $serial }, impresa para otra reunión.
errors-scan-not-a-pdf = Este archivo dice ser un PDF pero no se pudo abrir; guarde de nuevo el escaneo desde el escáner.
errors-scan-no-image = Esta página no contiene ninguna imagen escaneada; un PDF hecho por un programa y no por un escáner no se puede leer.
errors-scan-unsupported = La imagen de esta página está comprimida como { $compression }, que Convene no sabe leer; escanee en PDF en gris o color, o en TIFF.
errors-scan-other-version = Esta página es la hoja { $serial } de una impresión anterior del formulario; léala con las hojas de la reunión tal como se imprimieron ahora, o ingrésela a mano.
errors-scan-file-too-large = Este archivo pesa { $megabytes } MB, más de lo que Convene lee de una vez ({ $limit } MB); escanee el montón en partes más pequeñas.
errors-entry-pass = Una pasada de captura es 1, o 2 para la doble captura; { $pass } no es ninguna de las dos.
errors-entry-draft-saved = La hoja { $serial } ya está guardada; guárdela de nuevo para corregirla.
errors-entry-mark-status = Una hoja se puede marcar como devuelta en blanco, inutilizada o no devuelta.
errors-entry-mark-entered = La hoja { $serial } ya se capturó, así que se devolvió llena.
errors-label-reason = El motivo
errors-entry-not-twice = La hoja { $serial } todavía no se ha capturado dos veces.
errors-entry-agrees = { $question } ya es igual en las dos capturas.
errors-report-not-written = «{ $field }» no es una pregunta escrita de esta hoja; solo las respuestas escritas se pueden destacar u ocultar.
errors-entry-form-elsewhere = Ese formulario pertenece a otra reunión.
errors-entry-sample-percent = Una muestra va del 1 al 100 por ciento de las hojas; { $percent } queda fuera de ese rango.
errors-entry-sample-none = Todavía no se ha capturado ninguna hoja, así que no hay nada que muestrear.

## Series, horas de contacto y certificados.

errors-label-series-title = El título de la serie
errors-label-provider = El nombre del proveedor
errors-label-accreditation = La línea de acreditación
errors-label-signer-name = El nombre de quien firma
errors-label-signer-title = El cargo de quien firma
errors-series-ordinal = “{ $ordinal }” no es una semana del mes; elija de la primera a la cuarta, o la última.
errors-series-interval = Una serie se repite cada 1 a 12 semanas o meses; { $interval } queda fuera de ese rango.
errors-series-until-before-from = La serie termina el { $until }, antes de empezar el { $from }; el final debe ser posterior al inicio.
errors-series-no-dates = Con estas opciones no hay ninguna fecha. Revise el día de la semana y la primera y la última fecha.
errors-series-too-many = Con estas opciones hay más de { $max } reuniones, el máximo de una serie. Revise cada cuánto se repite y su última fecha.
errors-series-all-skipped = Se omiten todas las fechas, así que la serie no tendría reuniones. Conserve al menos una fecha.
errors-series-rule-too-large = La regla de finalización pide { $min } reuniones, pero la serie tiene { $meetings }. Pida como máximo { $meetings }.
errors-series-share = La parte requerida de cada reunión debe estar entre 1 y 100 por ciento; { $share } queda fuera de ese rango.
errors-meeting-contact-range = Las horas de contacto deben estar entre 0 y 24 horas; { $minutes } minutos queda fuera de ese rango.
errors-attendance-minutes-range = El tiempo de asistencia, { $minutes } minutos, es más que la reunión misma ({ $length } minutos).
errors-attendance-minutes-not-present = No se puede registrar el tiempo de asistencia de { $name }, que no está marcado como presente. Márquelo presente primero.
errors-certificate-no-name = Un certificado necesita el nombre del integrante. Agréguelo primero en la pestaña Integrantes.
errors-certificate-not-completed = No se puede emitir un certificado a { $name }, que no ha cumplido la regla de finalización de la serie.
errors-certificate-replaced = El certificado { $number } ya fue reemplazado por el { $newer }; reemita ese.
errors-certificate-orphan = El certificado { $number } pertenece a una serie o a un integrante que se eliminó, así que no se puede reemitir.
errors-certificate-unknown-number = Ningún certificado con el número “{ $number }” está en este registro.
errors-certificate-wrong-code = El código de verificación no coincide con el certificado { $number }. Compare ambos con el papel.
errors-signature-not-image = La firma debe ser una imagen PNG o JPEG; este archivo no es ninguna de las dos, o está dañado.
errors-signature-too-big = La imagen de la firma ocupa { $size } MB; puede ocupar como máximo { $max } MB. Un escaneo a 300 ppp ocupa mucho menos.
errors-sign-in-blank-lines = Una hoja de registro puede tener como máximo 100 líneas en blanco; { $count } es más que eso.

## Planes de desarrollo.

errors-label-goal = La meta
errors-label-goal-why = Por qué importa
errors-label-goal-support = El apoyo necesario
errors-label-goal-evidence = La evidencia de avance
errors-label-goal-step = Un paso
errors-goal-steps = Una meta puede tener como máximo { $max } pasos; esta tiene { $count }. Divídala en dos metas.
errors-label-checkin-with = Con quién fue el seguimiento
errors-label-checkin-moved = Qué avanzó
errors-label-checkin-next = Qué sigue
errors-checkin-future = Un seguimiento registra lo que ocurrió, así que no puede tener fecha { $date }, posterior a hoy.
errors-checkin-empty = Indique qué avanzó o qué sigue; un seguimiento vacío no registra nada.
errors-member-experience = Los años en el campo deben estar entre 0 y 60; { $years } queda fuera de ese rango.
errors-label-pairs-period = El nombre del período
errors-pairs-none = No hay parejas que guardar. Sugiera parejas o ponga a los integrantes en grupos.
errors-pairs-group-size = El grupo { $number } tiene { $size ->
    [one] un integrante
   *[other] { $size } integrantes
}; un grupo tiene dos, o tres si el número es impar.
errors-pairs-twice = Cada integrante va en un solo grupo por período, pero { $name } está en dos.
errors-pairs-no-group = Este período no tiene grupo { $number }.

## Hojas de reflexión.

errors-label-worksheet-title = El título de la hoja de trabajo
errors-label-worksheet-intro = La introducción de la hoja de trabajo
errors-label-worksheet-prompt = El texto de la pregunta { $n }
errors-label-worksheet-help = La orientación de la pregunta { $n }
errors-label-worksheet-entry = { $list ->
    [items] La fila { $entry } de la pregunta { $n }
    [levels] El nivel { $entry } de la pregunta { $n }
   *[columns] La columna { $entry } de la pregunta { $n }
}
errors-worksheet-too-many = Una hoja de trabajo puede tener como máximo { $max } preguntas; esta tiene { $count }.
errors-worksheet-no-prompts = Una hoja de trabajo necesita al menos una pregunta para escribir o marcar; con solo títulos no hay nada que responder.
errors-worksheet-lines = La pregunta { $n } pide { $lines } líneas; puede tener de { $min } a { $max }.
errors-worksheet-labels = La pregunta { $n } tiene { $count } { $list ->
    [items] { $count ->
        [one] fila para calificar
       *[other] filas para calificar
    }
    [levels] { $count ->
        [one] nivel
       *[other] niveles
    }
   *[columns] { $count ->
        [one] columna
       *[other] columnas
    }
}; necesita de { $min } a { $max }.
errors-worksheet-label-twice = La pregunta { $n } incluye “{ $label }” dos veces.
errors-worksheet-unknown = Esa hoja de trabajo ya no existe; elija otra para este punto de reflexión.
errors-worksheet-other-community = La hoja de trabajo “{ $title }” pertenece a otra comunidad; una reunión entrega las hojas de trabajo de su propia comunidad.
errors-worksheet-none-linked = La agenda de esta reunión no tiene un punto de reflexión con una hoja de trabajo. Elija una hoja de trabajo en su punto de reflexión, o indique la hoja de trabajo que quiere imprimir.
errors-worksheet-other-meeting = La hoja de trabajo “{ $title }” pertenece a una comunidad distinta de la de esta reunión.
errors-worksheet-no-members = Esta comunidad todavía no tiene integrantes, así que no hay para quién personalizar una hoja de trabajo. Imprima copias en blanco, o agregue primero a los integrantes.
