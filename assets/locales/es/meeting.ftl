# Una reunión: su página, su formulario, el registro de asistencia y los materiales.

## MeetingForm: programar o editar una reunión.

meeting-title = Título
meeting-series = Lugar en la serie
meeting-series-hint = Por ejemplo: Año 1 · Reunión 2
meeting-starts = Hora de inicio
meeting-ends = Hora de fin
meeting-location = Lugar
meeting-expected-attendance = Asistencia prevista
# Después de la casilla de asistencia prevista: "[ 20 ] personas".
meeting-people-unit = personas
meeting-expected-hint = Sirve para calcular las cantidades de la lista de materiales. Déjelo vacío para planificar para cada integrante.
meeting-schedule = Programar una reunión

## MeetingView: la página de la reunión, sus pestañas y lo que se imprime. $count es un número.

meeting-not-found = No se encontró la reunión
meeting-back = Volver a la comunidad
meeting-breadcrumb = Ruta de navegación
# El primer paso de la ruta mientras se carga el nombre de la comunidad.
meeting-community = Comunidad
meeting-run = Conducir la reunión
meeting-edit = Editar la reunión
meeting-delete = Eliminar la reunión
meeting-sections = Secciones de la reunión
meeting-tab-agenda = Agenda
meeting-tab-attendance = { $count ->
    [one] Asistencia (1 presente)
   *[other] Asistencia ({ $count } presentes)
}
meeting-materials = Materiales
meeting-tab-evaluation = Evaluación
meeting-tab-checkin = Repaso de los acuerdos
meeting-print-label = Imprimir:
meeting-print-participant = Agenda para participantes (PDF)
meeting-print-facilitator = Agenda para el facilitador(a) (PDF)
meeting-paper = Papel
meeting-paper-letter = Carta (EE. UU.)
meeting-calendar-file = { $title } - { $date }.ics
meeting-calendar-community-file = Reuniones - { $name }.ics
meeting-calendar = Agregar al calendario (.ics)
meeting-calendar-all = Calendario de todas las reuniones (.ics)
meeting-calendar-saved = { $count ->
    [one] Archivo de calendario guardado con 1 reunión
   *[other] Archivo de calendario guardado con { $count } reuniones
}
meeting-agenda-ready = El PDF de la agenda está listo
meeting-saved = Se guardó la reunión
meeting-deleted = Se eliminó la reunión

## CheckIn: el registro de asistencia en la puerta. $name es el nombre de un(a) integrante.

meeting-status-present = Presente
meeting-status-absent = Ausente
meeting-status-excused = Con justificación
meeting-checked-in = Se registró la llegada de { $name }
meeting-attendance = Asistencia
# Después de los totales: "18 presentes · 2 ausentes (de 20)".
meeting-attendance-of = (de { $total })
meeting-checkin-no-members = Esta comunidad todavía no tiene integrantes. Agregue integrantes para tomar asistencia.
meeting-checkin-find = Buscar un nombre (Enter registra la llegada de la primera coincidencia)
meeting-mark-rest-absent = { $count ->
    [one] Marcar como ausente a la persona sin marcar
   *[other] Marcar como ausentes a las { $count } personas sin marcar
}
meeting-clear-mark = Quitar la marca de { $name }
meeting-clear = Quitar
meeting-checkin-no-match = Nadie coincide con “{ $filter }”.

## MaterialsTab: la lista de materiales. $count es un número de personas salvo que se diga otra cosa.

meeting-quantities-now = { $count ->
    [one] Cantidades calculadas ahora para 1 persona
   *[other] Cantidades calculadas ahora para { $count } personas
}
meeting-quantities-now-every-member = Cantidades calculadas ahora para cada integrante
meeting-quantities-for = { $count ->
    [one] Cantidades para 1 persona
   *[other] Cantidades para { $count } personas
}
# Entre paréntesis después de "Cantidades para 20 personas".
meeting-basis-expected = asistencia prevista
meeting-basis-members = { $count ->
    [one] 1 integrante de la comunidad
   *[other] { $count } integrantes de la comunidad
}
meeting-print-checklist = Imprimir la lista (PDF)
meeting-updating = Actualizando…
meeting-update-quantities = Actualizar las cantidades
meeting-expected-empty-hint = Déjelo vacío para planificar para cada integrante.
meeting-not-counted-label = Sin contar:
# $count es el número de puntos de la agenda que se enumeran debajo.
meeting-not-counted = { $count ->
    [one] este punto de la agenda viene de una actividad que ya no está en la biblioteca, así que aquí faltan sus materiales. Revise sus notas de materiales en la agenda.
   *[other] estos puntos de la agenda vienen de actividades que ya no están en la biblioteca, así que aquí faltan sus materiales. Revise sus notas de materiales en la agenda.
}
# $count es el número de renglones de la lista.
meeting-packed-count = Empacados: { $packed } de { $count }
meeting-clear-ticks = Quitar las marcas
meeting-ticks-cleared = Se quitaron todas las marcas
meeting-checklist-ready = El PDF de la lista de materiales está listo
meeting-packing-caption = { $count ->
    [one] Lista para empacar para 1 persona. Las marcas se guardan solo en esta computadora.
   *[other] Lista para empacar para { $count } personas. Las marcas se guardan solo en esta computadora.
}
meeting-packed = Empacado
meeting-quantity = Cantidad
meeting-item = Artículo
meeting-used-by = Se usa en
meeting-packed-item = Empacado: { $name }
meeting-hand-typed-not-counted = Los materiales escritos a mano en los puntos de la agenda no se cuentan aquí; aparecen en la agenda para el facilitador(a).
meeting-nothing-to-pack = Todavía no hay nada que empacar. Las actividades de la biblioteca que agregue a la agenda traen sus materiales, calculados para las personas que espera.
meeting-hand-typed = Los materiales escritos a mano en los puntos de la agenda aparecen en la agenda para el facilitador(a).
# { $link } es el enlace “Ir a la agenda” (meeting-go-to-agenda); “Agregar desde la biblioteca…” es el botón de la agenda.
meeting-go-to-agenda-then = { $link } y elija “Agregar desde la biblioteca…”.
meeting-go-to-agenda = Ir a la agenda
meeting-loading-checklist = Cargando la lista de materiales…

meeting-expected-attendance-invalid = La asistencia prevista es un número entero de personas, por ejemplo 28.
meeting-series-part = Reunión { $number } de { $count }
meeting-series-of = Parte de la serie
meeting-series-none = No forma parte de una serie
meeting-contact-hours = Horas de contacto
meeting-hours-unit = horas
meeting-contact-hours-hint = Déjelo en blanco para contarlas a partir de la agenda (sin descansos ni comidas).
meeting-contact-agenda = Horas de contacto: { $hours } (las { $agenda } de la agenda menos { $excluded } de descansos y comidas)
meeting-contact-length = Horas de contacto: { $hours } (la duración de la reunión, porque aún no tiene agenda)
meeting-contact-manual = Horas de contacto: { $hours } (fijadas a mano)
meeting-minutes-attended = Minutos de asistencia
meeting-minutes-attended-hint = Para quien llegó tarde o se fue temprano, escriba junto a su nombre los minutos a los que asistió; en blanco significa toda la reunión.
meeting-print-sign-in = Hoja de registro (PDF)
meeting-sign-in-ready = El PDF de la hoja de registro está listo
meeting-print-worksheet = Hoja de trabajo (en blanco)
meeting-print-worksheets-personal = Hojas de trabajo para cada integrante
