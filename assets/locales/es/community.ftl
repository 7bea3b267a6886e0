# Una comunidad: su página, sus reuniones y sus integrantes.

## CommunityForm: crear o editar una comunidad.

community-cohort = Cohorte
community-focus = Enfoque
community-description = Descripción
community-name-hint = Por ejemplo: CdP de coordinadores(as) de sitio — Región 8
community-cohort-hint = Por ejemplo: cohorte 2026–2028
community-focus-hint = El ámbito compartido sobre el que la comunidad aprende en conjunto.
community-create = Crear la comunidad

## CommunityView: la página de la comunidad y sus pestañas. $count es un número.

community-not-found = No se encontró la comunidad
community-back-home = Volver a todas las comunidades
community-example-data = Datos de ejemplo
community-focus-label = Enfoque:
community-edit = Editar la comunidad
community-delete = Eliminar la comunidad
community-sections = Secciones de la comunidad
community-tab-meetings = Reuniones ({ $count })
community-tab-members = Integrantes ({ $count })
community-tab-agreements = Acuerdos
community-saved = Se guardó la comunidad
community-deleted = Se eliminó la comunidad

## Funciones sugeridas para los integrantes, en el campo Función del formulario.

community-role-site-coordinator = Coordinador(a) de sitio
community-role-youth-worker = Trabajador(a) juvenil
community-role-staff-leader = Líder del personal
community-role-quality-steward = Responsable de calidad
community-role-program-director = Director(a) del programa
community-role-executive-director = Director(a) ejecutivo(a)

## MeetingsTab: las reuniones de la comunidad por fecha.

community-meetings = Reuniones
community-time = Hora
community-meeting = Reunión
community-attendance = Asistencia
community-today = Hoy
community-present-of = { $present ->
    [one] 1 de { $total } presente
   *[other] { $present } de { $total } presentes
}
community-attendance-not-taken = Sin tomar
community-no-meetings = Todavía no hay reuniones. Programe la primera.
community-meeting-scheduled = Se programó “{ $title }”

## MemberForm: agregar o editar un(a) integrante.

community-role = Función
community-role-hint = Elija una o escriba la suya.
community-organization = Organización
community-site = Sitio
community-email = Correo electrónico
community-phone = Teléfono
community-member-language = Idioma preferido
# Lo que Convene imprime para este(a) integrante sale en el idioma del facilitador(a).
community-member-language-same = El mismo que Convene

## MembersTab: la lista de integrantes de la comunidad. $name es el nombre de un(a) integrante.

community-members = Integrantes
community-search-members = Buscar integrantes
community-search-members-placeholder = Buscar por nombre, función, organización, sitio
community-add-member = Agregar integrante
community-organization-site = Organización · Sitio
community-contact = Contacto
community-edit-named = Editar a { $name }
community-delete-named = Eliminar a { $name }
community-no-member-matches = Nadie coincide con su búsqueda.
community-no-members = Todavía no hay integrantes. Agregue a las personas de esta comunidad para tomar asistencia.
community-edit-member = Editar integrante
community-delete-member = Eliminar integrante
community-member-added = Se agregó a “{ $name }”
community-member-saved = Integrante guardado(a)
community-member-deleted = Integrante eliminado(a)

## La tabla de asistencia y horas y el expediente de un integrante en CSV.

community-hours-csv-name = Nombre
community-hours-csv-organization = Organización
community-hours-csv-site = Sitio
community-hours-csv-total = Total de horas de contacto
community-hours-csv-ceus = CEU
community-hours-csv-certificates = Certificados
community-hours-csv-file = Asistencia y horas - { $name }.csv
community-hours-csv-date = Fecha
community-hours-csv-meeting = Reunión
community-hours-csv-series = Serie
community-hours-csv-contact = Horas de contacto de la reunión
community-hours-csv-earned = Horas obtenidas
community-hours-csv-transcript-total = Total ({ $ceus } CEU)
community-hours-transcript-file = Expediente - { $name }.csv

## Series, horas de contacto y certificados.

community-tab-series = Series y certificados
community-series = Series
community-series-schedule = Programar una serie
community-series-none = Todavía no hay series. Programe una para crear sus reuniones de una vez, contar sus horas de contacto y emitir certificados a quienes la completen.
community-series-title = Título de la serie
community-series-title-hint = Se imprime en los certificados, p. ej., “CoP de coordinadores de sitio — Año 1”.
community-series-repeat = Cuándo se reúne
community-series-repeat-kind = Se repite
community-series-kind-monthly = Cada mes, en un día de la semana
community-series-kind-weekly = Cada semana
community-series-kind-dates = En fechas que yo elijo
community-series-add-date = Agregar una fecha
community-series-add = Agregar
community-series-picked = Fechas elegidas
community-series-remove-date = Quitar { $date }
community-series-every = Con qué frecuencia
community-series-interval-months = { $count ->
    [1] Cada mes
    [2] Cada dos meses
    [3] Cada 3 meses (trimestral)
   *[other] Cada { $count } meses
}
community-series-interval-weeks = { $count ->
    [1] Cada semana
    [2] Cada dos semanas
   *[other] Cada { $count } semanas
}
community-series-week-of-month = Semana del mes
community-series-ordinal = { $n ->
    [1] Primer
    [2] Segundo
    [3] Tercer
    [4] Cuarto
   *[other] Último
}
community-series-weekday = Día
community-weekday-monday = lunes
community-weekday-tuesday = martes
community-weekday-wednesday = miércoles
community-weekday-thursday = jueves
community-weekday-friday = viernes
community-weekday-saturday = sábado
community-weekday-sunday = domingo
community-series-from = Primera fecha posible
community-series-until = Última fecha posible
community-series-preview = { $count ->
    [one] Se creará una reunión:
   *[other] Se crearán { $count } reuniones:
}
community-series-preview-hint = Desmarque una fecha para omitirla (un feriado, unas vacaciones escolares).
community-series-preview-empty = Elija cómo se repite la serie, o agregue sus fechas, para ver las reuniones que creará.
community-series-agenda = Agenda de cada reunión
community-series-agenda-none = Sin agenda por ahora
community-series-create = { $count ->
    [one] Crear la serie y su reunión
   *[other] Crear la serie y sus { $count } reuniones
}
community-series-completion = Cómo se completa la serie
community-series-min-meetings = Reuniones a las que debe asistir cada integrante
community-series-min-meetings-hint = Déjelo en blanco para exigir todas.
community-series-min-share = Parte de una reunión que cuenta (%)
community-series-min-share-hint = P. ej., 75: una reunión cuenta solo si el integrante asistió a tres cuartas partes de sus horas de contacto. Déjelo en blanco para contar cualquier asistencia.
community-series-scope = Qué reuniones cambian
community-series-scope-future = Las reuniones desde hoy (las ya realizadas quedan como estaban)
community-series-scope-all = Todas las reuniones de la serie
community-series-rule-all = Las { $meetings } reuniones
community-series-rule-at-least = Al menos { $count } de { $meetings } reuniones
community-series-rule-all-share = Las { $meetings } reuniones, cada una con asistencia de al menos el { $share } % de sus horas de contacto
community-series-rule-at-least-share = Al menos { $count } de { $meetings } reuniones, cada una con asistencia de al menos el { $share } % de sus horas de contacto
community-series-rule = Para completarla: { $rule }
community-series-created = Se programó { $title }: { $count ->
    [one] una reunión
   *[other] { $count } reuniones
}.
community-series-deleted = Se eliminó la serie { $title }; sus reuniones siguen en la pestaña Reuniones.
community-series-saved = Serie guardada.
community-series-dates = { $count ->
    [one] Una reunión, { $first }
   *[other] { $count } reuniones, del { $first } al { $last }
}
community-series-no-meetings = No quedan reuniones en esta serie.
community-series-contact = { $hours } de horas de contacto
community-series-edit = Editar serie
community-series-edit-named = Editar la serie { $title }
community-series-delete = Eliminar serie
community-series-delete-named = Eliminar la serie { $title }
community-series-delete-question = ¿Eliminar la serie “{ $title }”? Sus { $count } reuniones, su asistencia y los certificados ya emitidos se conservan; solo se quitan la agrupación y su regla de finalización.
community-series-hours-and-certificates = Horas y certificados
community-hours-csv = Asistencia y horas (CSV)
community-certificates-settings = Ajustes de certificados
community-certificates-provider = Nombre del proveedor
community-certificates-provider-hint = La organización que emite los certificados; se imprime en la parte superior.
community-certificates-accreditation = Línea de acreditación
community-certificates-accreditation-hint = Solo si su organización está acreditada para otorgar CEU, p. ej., “Proveedor acreditado n.º 1234, Junta Estatal”. Si no, déjela en blanco.
community-certificates-signer-name = Nombre de quien firma
community-certificates-signer-title = Cargo de quien firma
community-certificates-settings-note = El proveedor y la acreditación quedan registrados con cada certificado al emitirlo; quien firma se imprime tal como se indica aquí.
community-certificates-settings-saved = Ajustes de certificados guardados.
community-certificates-issued = { $issued ->
    [0] No hay certificados nuevos que emitir
    [one] Se emitió un certificado nuevo
   *[other] Se emitieron { $issued } certificados nuevos
}; { $before } emitidos antes.
community-certificates-print-group = Certificados
community-certificates-issue = { $count ->
    [0] Emitir e imprimir certificados
   *[other] Emitir e imprimir certificados ({ $count })
}
community-certificates-language-note = Cada certificado se imprime en el idioma de su integrante; el tamaño de papel y el idioma de aquí también se aplican a los expedientes.
community-standing-caption = { $completed } de { $total } integrantes completaron la serie
community-standing-member = Integrante
community-standing-hours = Horas
community-standing-ceus = CEU
community-standing-status = Estado
community-standing-certificate = Certificado
community-standing-transcript = Expediente
community-standing-absent = ausente
community-standing-completed = Completada
community-standing-counted = { $counted } de { $required } necesarias
community-transcript-pdf = PDF
community-transcript-pdf-for = Expediente de { $name } (PDF)
community-transcript-csv = CSV
community-transcript-csv-for = Expediente de { $name } (CSV)
community-certificates-register = Registro de certificados
community-certificates-none = Todavía no se ha emitido ningún certificado en esta comunidad.
community-certificates-number = Número de certificado
community-certificates-code = Código de verificación
community-certificates-series = Serie
community-certificates-issued-on = Emitido
community-certificates-actions = Acciones
community-certificates-current = Vigente
community-certificates-replaced-by = Reemplazado por el { $number }.
community-certificates-replaces = Reemisión del { $number }
community-certificates-reissue = Reemitir
community-certificates-reissue-for = Reemitir el certificado { $number } de { $name }
community-certificates-reissue-question = ¿Reemitir el certificado { $number } de { $name } con los registros de hoy? Recibe un número nuevo; el anterior queda en el registro, marcado como reemplazado.
community-certificates-reissue-confirm = Reemitir e imprimir
community-certificates-reissued = Se emitió el certificado { $number }; reemplaza al { $old }.
community-certificates-verify = Comprobar un certificado
community-certificates-verify-button = Comprobar
community-certificates-verified = El certificado { $number } es auténtico: { $name }, { $series }, emitido el { $date }, { $hours } de horas de contacto, { $ceus } CEU.
community-certificates-signature = Firma escaneada (PNG o JPEG)
community-certificates-signature-none = Ninguna: los certificados imprimen una línea en blanco para firmar a mano.
community-certificates-signature-kept = Hay una firma guardada; se imprime sobre la línea de firma. Elija otro archivo para reemplazarla.
community-certificates-signature-remove = Quitar la firma
community-series-calendar = Calendario (.ics)
community-series-calendar-named = Calendario de la serie { $title } (.ics)

## La página de un integrante: plan de desarrollo y seguimientos.

community-member-attended = Asistió a { $attended } de { $held ->
    [one] la reunión
   *[other] las { $held } reuniones
} en que se tomó asistencia.
community-plan = Plan de desarrollo
community-plan-empty = Todavía no hay metas. Agregue las metas que este integrante fijó en su hoja de trabajo.
community-standard-safe = Ambiente seguro y de apoyo
community-standard-active = Aprendizaje activo y participativo
community-standard-skills = Desarrollo de habilidades
community-standard-voice = Voz y liderazgo juvenil
community-standard-healthy = Opciones y conductas saludables
community-standard-equity = Diversidad, acceso y equidad
community-standard-staff = Personal de calidad
community-standard-vision = Visión, misión y propósito claros
community-standard-partnerships = Alianzas colaborativas
community-standard-cqi = Mejora continua de la calidad
community-standard-management = Gestión del programa
community-standard-sustainability = Sostenibilidad
community-goal-status-active = Activa
community-goal-status-achieved = Lograda
community-goal-status-paused = En pausa
community-goal-status-dropped = Abandonada
community-goal = Meta
community-goal-hint = Lo que quiere cambiar en su sitio, en sus palabras.
community-goal-why = Por qué importa para su sitio
community-goal-standard = Estándar de calidad al que sirve
community-goal-standard-none = Ninguno elegido
community-goal-status = Estado
community-goal-steps = Pasos
community-goal-step-noun = paso
community-goal-step-add = Agregar un paso
community-goal-step = Paso
community-goal-step-by = Para el
community-goal-step-done = Hecho
community-goal-step-by-date = para el { $date }
community-goal-support = Apoyo necesario
community-goal-evidence = Evidencia de avance
community-goal-add = Agregar una meta
community-goal-edit = Editar meta
community-goal-edit-named = Editar la meta “{ $goal }”
community-goal-serves = Sirve a: { $standard }
community-goal-history = { $count ->
    [one] Lo que decía antes (1 versión anterior)
   *[other] Lo que decía antes ({ $count } versiones anteriores)
}
community-goal-saved = Meta guardada; lo que decía antes se conserva.
community-checkins = Seguimientos entre reuniones
community-checkins-none = Todavía no hay seguimientos registrados.
community-checkin-add = Registrar un seguimiento
community-checkin-with = Con quién
community-checkin-goal = Sobre la meta
community-checkin-goal-none = Ninguna meta en particular
community-checkin-moved = Qué avanzó
community-checkin-next = Qué sigue
community-checkin-save = Guardar seguimiento
community-checkin-saved = Seguimiento guardado.
community-checkin-deleted = Seguimiento eliminado.
community-checkin-delete-named = Eliminar el seguimiento del { $date }
community-road-map = Hoja de ruta (PDF)
community-road-map-ready = El PDF de la hoja de ruta está listo

## Asesores de crecimiento, mentores y compañeros de rendición de cuentas.

community-member-experience = Años en el campo
community-member-experience-hint = Opcional; las parejas de mentoría unen a quien tiene más experiencia con quien es más nuevo.
community-tab-pairs = Parejas
community-pairs = Asesores de crecimiento, mentores y compañeros
community-pairs-none = Todavía no hay parejas. Forme parejas en la comunidad para un período: asesores de crecimiento, mentores y aprendices, o compañeros de rendición de cuentas que se reúnen entre reuniones.
community-pairs-new = Formar parejas
community-pairs-period = Período
community-pairs-period-hint = P. ej., “Otoño 2026”: cada integrante va en un solo grupo por período.
community-pairs-kind = Tipo
community-pairs-kind-coaches = Asesores de crecimiento
community-pairs-kind-mentoring = Mentores y aprendices
community-pairs-kind-partners = Compañeros de rendición de cuentas
community-pairs-allow-repeats = Permitir parejas que ya fueron compañeros en un período anterior
community-pairs-suggest = Sugerir parejas
community-pairs-rules = Sugeridas con estas reglas:
community-pairs-rule-organizations = personas de organizaciones distintas
community-pairs-rule-experience = quien tiene más experiencia con quien es más nuevo
community-pairs-rule-standards = personas que trabajan en los mismos estándares de calidad
community-pairs-rule-no-repeats = nadie con un compañero anterior
community-pairs-rule-repeats = se permiten compañeros anteriores
community-pairs-rule-trio = un trío para el número impar
community-pairs-same-organization = { $count ->
    [one] Un grupo comparte organización: no había otra forma.
   *[other] { $count } grupos comparten organización: no había otra forma.
}
community-pairs-repeats = { $count ->
    [one] Un grupo ya fue pareja antes.
   *[other] { $count } grupos ya fueron pareja antes.
}
community-pairs-experience = Años
community-pairs-group = Grupo
community-pairs-group-of = Grupo de { $name }
community-pairs-no-group = Sin grupo
community-pairs-group-number = Grupo { $number }
community-pairs-save = Guardar las parejas
community-pairs-saved = Parejas guardadas.
community-pairs-needs-checkin = Sin seguimiento desde la última reunión
community-pairs-checkin-note = Lo que hizo el grupo { $number }
community-pairs-checkin-placeholder = Lo que hicieron juntos, p. ej., visitaron el sitio del otro
community-pairs-checkin-save = Registrar seguimiento
community-pairs-print = Lista de parejas (PDF)
community-pairs-print-named = Lista de parejas de { $label } (PDF)
community-pairs-list-ready = El PDF de la lista de parejas está listo

## Hojas de reflexión.

community-tab-worksheets = Hojas de trabajo
community-worksheets = Hojas de reflexión
community-worksheets-intro = Las hojas en que los integrantes escriben al final de una reunión o entre reuniones. El punto de reflexión de una reunión entrega una; imprímalas en blanco o con la meta y el último seguimiento de cada integrante ya impresos.
community-worksheets-from-template = Agregar de las hojas incluidas
community-worksheets-new = Nueva hoja de trabajo
community-worksheets-none = Todavía no hay hojas de trabajo. Agregue una de las hojas incluidas para empezar.
community-worksheets-choose = Hoja de trabajo de partida
community-worksheets-use-template = Usar esta hoja de trabajo
community-worksheet-prompts = { $count ->
    [one] 1 pregunta
   *[other] { $count } preguntas
}
community-worksheet-used = { $count ->
    [one] la entrega 1 punto de la agenda
   *[other] la entregan { $count } puntos de la agenda
}
community-worksheet-copy = Copiar
community-worksheet-copy-title = { $title } (copia)
community-worksheet-print-blank = Imprimir en blanco
community-worksheet-print-personal = Imprimir para cada integrante
community-worksheet-printed = PDF de hojas de trabajo listo
community-worksheet-saved = Se guardó { $title }
community-worksheet-copied = Se creó { $title }
community-worksheet-deleted = Se eliminó { $title }
community-worksheet-edit = Editar { $title }
community-worksheet-delete = Eliminar la hoja de trabajo
community-worksheet-delete-confirm = ¿Eliminar “{ $title }”? { $count ->
    [0] Ningún punto de la agenda la entrega.
    [one] El punto de la agenda que la entrega conserva todo lo demás.
   *[other] Los { $count } puntos de la agenda que la entregan conservan todo lo demás.
}
community-worksheet-title = Título
community-worksheet-intro = Introducción
community-worksheet-prompt-noun = pregunta
community-worksheet-add-prompt = Agregar una pregunta
community-worksheet-unnamed = Pregunta { $number }
community-worksheet-kind = Se responde con
community-worksheet-kind-write = Líneas para escribir
community-worksheet-kind-rate = Círculos para calificar
community-worksheet-kind-table = Una tabla para llenar
community-worksheet-kind-heading = Un título de sección
community-worksheet-prompt-text = Pregunta
community-worksheet-prompt-help = Orientación debajo
community-worksheet-lines = Líneas para escribir
community-worksheet-lines-hint = Una para una fecha, tres o cuatro para unas frases.
community-worksheet-items = Lo que se califica
community-worksheet-one-per-line = Uno por línea.
community-worksheet-levels = Niveles de la escala
community-worksheet-levels-hint = Uno por línea, del más bajo al más alto; de dos a seis.
community-worksheet-notes = Una línea para notas junto a cada fila
community-worksheet-columns = Encabezados de columna
community-worksheet-columns-hint = Uno por línea; hasta seis.
community-worksheet-rows = Filas para llenar
community-worksheet-save = Guardar la hoja de trabajo
