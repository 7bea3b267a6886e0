# La biblioteca de actividades: su pantalla, la página y el formulario de una actividad, y
# las palabras de las características de una actividad. Números: $count, $minutes, $min,
# $max, $shown, $total, $size, $value. Texto: $name (nombre de una actividad), $title
# (título de una reunión), $range, $duration, $time.
# El texto de las actividades incluidas (nombres, pasos, preguntas) es contenido, no catálogo.

## Características de una actividad (lib/library.ts)

library-purpose-icebreaker = Romper el hielo
library-purpose-get-to-know = Conocerse
library-purpose-energizer = Activar la energía
library-purpose-communication = Comunicación
library-purpose-trust = Confianza
library-purpose-problem-solving = Resolución de problemas
library-purpose-reflection = Reflexión

library-stage-opener = Apertura
library-stage-challenge = Desafío
library-stage-trust = Construcción de confianza
library-stage-closing = Cierre

library-space-indoor = Bajo techo
library-space-outdoor = Al aire libre
library-space-either = Bajo techo o al aire libre
library-space-virtual = Virtual

# La intensidad física como valor de un campo, después de “Intensidad física” (femenino).
library-level-low = Baja
library-level-medium = Media
library-level-high = Alta

# La intensidad física sola, entre los datos de una tarjeta.
library-intensity-low = Intensidad baja
library-intensity-medium = Intensidad media
library-intensity-high = Intensidad alta

library-contact-none = Sin contacto
library-contact-light = Contacto leve
library-contact-close = Contacto cercano

library-disclosure-low = Se comparte poco de lo personal
library-disclosure-medium = Se comparte algo de lo personal
library-disclosure-high = Se comparte mucho de lo personal

library-grouping-whole = Todo el grupo
library-grouping-small-groups = Grupos pequeños
library-grouping-pairs = En parejas
library-grouping-individual = Cada quien por su cuenta

# Después de la cantidad y la unidad de un material: “20 palitos por grupo”.
library-per-person = por persona
library-per-group = por grupo
library-per-facilitator = para el/la facilitador(a)
# La primera línea de las notas de un punto cuando su actividad pide una persona responsable de seguridad.
library-notes-safety-monitor = Nombre a una persona responsable de seguridad antes de empezar.

library-sort-relevance = Mejor coincidencia
library-sort-name = Nombre (de la A a la Z)
library-sort-shortest = Las más cortas primero
library-sort-most-used = Las más usadas

library-origin-own = Su actividad
library-origin-edited = Editada
library-origin-shipped = Incluida con Convene

library-minutes = { $minutes } min
library-minutes-range = { $min }–{ $max } min
library-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
# La unidad concuerda con el extremo mayor: “1–3 personas”.
library-people-range = { $max ->
    [one] { $min }–{ $max } persona
   *[other] { $min }–{ $max } personas
}

library-result-count = { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
}
library-result-count-bin = { $count ->
    [one] { $count } actividad en la papelera
   *[other] { $count } actividades en la papelera
}
library-result-count-cut = Se muestran { $shown } de { $total } — precise su búsqueda

## Palabras que comparten varias pantallas de la biblioteca

library-title = Biblioteca de actividades
library-breadcrumb = Ruta de navegación
library-restore = Restaurar
library-restored = Se restauró “{ $name }” en la biblioteca
library-purposes = Propósitos
library-any-purpose = Cualquier propósito
library-no-materials-needed = No necesita materiales
library-clear-filters = Quitar los filtros
library-space = Espacio
library-intensity = Intensidad física
library-contact = Contacto físico
library-disclosure = Compartir lo personal
library-materials = Materiales
library-setup = Preparación
library-steps = Pasos
library-safety = Seguridad
library-opt-out = Optar por no participar
library-adaptations = Adaptaciones
library-debrief = Conversación de cierre
library-theme-link = Relación con el tema de la reunión
library-variations = Variaciones
library-source = Fuente
library-credit = Crédito
library-licence = Licencia
library-notes = Sus notas

## LibraryView

library-new = Nueva actividad
library-new-intro = Descríbala de modo que otro(a) facilitador(a) pueda conducirla con solo leer la página. Solo se requieren el nombre, el resumen, un propósito y un paso.
library-added = Se agregó “{ $name }” a la biblioteca
library-subtitle = Actividades de integración, para romper el hielo y de reflexión, listas para agregar a una reunión.
# Se muestra solo cuando el idioma de la pantalla no es el inglés.
library-shipped-in-english = Las actividades incluidas con Convene están en inglés por ahora; puede editarlas o agregar las suyas en español.
library-import = Importar…
library-export = Exportar la biblioteca
library-exported = Se guardó el archivo de la biblioteca
library-export-file = Biblioteca de actividades de Convene.json
library-bin = Papelera
library-in-bin = En la papelera
library-activities = Actividades
library-loading = Cargando actividades…
library-sort = Ordenar
library-bin-note = Aquí esperan las actividades que eliminó. Restaure una para devolverla a la biblioteca.
library-bin-back = Volver a todas las actividades
library-bin-no-match = Nada en la papelera coincide con su búsqueda.
library-bin-empty = La papelera está vacía.
library-no-match = Ninguna actividad coincide con su búsqueda. Pruebe con menos filtros o con otras palabras.
library-empty = Su biblioteca está vacía. Agregue una actividad o importe un archivo de biblioteca que alguien haya compartido con usted.
library-import-title = Importar actividades
library-imported = { $count ->
    [one] Se importó 1 actividad
   *[other] Se importaron { $count } actividades
}

## LibraryFilters

library-filters-label = Buscar actividades
library-filters-query = Buscar actividades
library-filters-query-placeholder = Por ejemplo: confianza, cuerda, juego de nombres
library-filters-fits = Tiempo disponible (minutos)
library-filters-people = Tamaño del grupo (personas)
library-filters-any-space = Cualquier espacio
library-filters-intensity = Intensidad física máxima
library-filters-any-intensity = Cualquier intensidad
library-filters-contact = Contacto físico máximo
library-filters-any-contact = Cualquier contacto
library-filters-purpose = Propósito
library-filters-favorites-only = Solo favoritas

## ActivityCard, FavoriteToggle

library-used-in = { $count ->
    [one] Se usó en 1 reunión
   *[other] Se usó en { $count } reuniones
}
library-favorite = Favorita
library-favorite-added = Se agregó “{ $name }” a sus favoritas
library-favorite-removed = Se quitó “{ $name }” de sus favoritas

## ActivityView

library-activity-duplicated = Se hizo una copia: “{ $name }”
library-activity-deleted = Se movió “{ $name }” a la papelera
library-activity-undone = Se deshizo: “{ $name }” volvió a la biblioteca
library-activity-reset-done = Se restauró el texto original
library-activity-printed = El PDF de la tarjeta de la actividad está listo
library-activity-saved = Se guardó la actividad
library-debrief-what = ¿Qué?
library-debrief-what-gloss = lo que pasó
library-debrief-so-what = ¿Y qué?
library-debrief-so-what-gloss = lo que significa
library-debrief-now-what = ¿Y ahora qué?
library-debrief-now-what-gloss = lo que haremos
library-activity-missing = No se encontró la actividad
library-activity-missing-back = Volver a la biblioteca de actividades
library-activity-edit-title = Editar “{ $name }”
library-activity-edit-shipped = Esta actividad vino incluida con Convene. Siempre puede restaurar su texto original más adelante; sus notas se conservan.
library-activity-in-bin = En la papelera.
library-activity-in-bin-deleted = Se movió “{ $name }” a la papelera.
library-activity-in-bin-hidden = Esta actividad no aparece en la biblioteca ni en las búsquedas.
library-activity-bin-back = Volver a la biblioteca
library-activity-time = Tiempo
# Después del tiempo de la actividad: “20–30 min + 15 min de preparación”.
library-activity-setup-time = + { $duration } de preparación
library-activity-group = Grupo
# Después del tamaño del grupo: “6–40 personas, en grupos de 4”.
library-activity-in-groups-of = , en grupos de { $size }
library-activity-actions = Acciones de la actividad
library-activity-add-to-meeting = Agregar a una reunión…
library-activity-reset = Restaurar el original…
library-activity-print = Imprimir la tarjeta (PDF)
library-activity-paper = Papel
library-activity-paper-letter = Carta (EE. UU.)
library-activity-no-debrief = Todavía no hay preguntas para la conversación de cierre.
library-activity-no-notes = Todavía no hay notas. Use Editar para guardar sus propios consejos para la próxima vez.
library-activity-usage = Historial de uso
library-activity-side = Prepararla y conducirla con seguridad
library-activity-no-materials = No se necesitan materiales.
library-activity-space-notes = Espacio:
# En negrita, seguido de library-activity-safety-monitor-detail.
library-activity-safety-monitor = Designe a un(a) responsable de seguridad
library-activity-safety-monitor-detail = antes de empezar: alguien que observe al grupo, detecte a quien corra algún riesgo y pueda detener la actividad.
library-activity-opt-out-adaptations = Optar por no participar y adaptaciones
library-activity-credits = Fuente, crédito y licencia
library-activity-add-title = Agregar “{ $name }” a una reunión
library-activity-reset-title = ¿Restaurar el texto original?
# El nombre de la actividad, en negrita, va entre -start y -end.
library-activity-reset-start = Esto reemplaza sus cambios en
library-activity-reset-end = por el texto que vino con Convene. Se conservan sus notas y su marca de favorita.
library-activity-reset-keep = Conservar mis cambios
library-activity-reset-confirm = Restaurar el original

## ActivityForm

library-form-basics = Datos básicos
library-form-name = Nombre
library-form-summary = Resumen
library-form-summary-hint = De una a tres oraciones que los participantes puedan leer; aparece en el material impreso de la agenda.
library-form-purposes-required = (elija al menos uno)
library-form-stage = Etapa
library-form-stage-hint = En qué momento encaja a medida que el grupo se consolida: primero las de apertura; las de construcción de confianza, cuando las personas ya se conocen.
library-form-time-group = Tiempo y grupo
library-form-min-minutes = Tiempo mínimo (minutos)
library-form-min-minutes-hint = Incluye la conversación de cierre.
library-form-max-minutes = Tiempo máximo (minutos)
library-form-setup-minutes = Tiempo de preparación (minutos)
library-form-setup-minutes-hint = Lo que usted prepara antes de la sesión.
library-form-min-group = Grupo más pequeño (personas)
library-form-max-group = Grupo más grande (personas)
library-form-group-size = Tamaño de los grupos pequeños (personas)
library-form-group-size-hint = 0 cuando todas las personas trabajan en un solo grupo.
library-form-space-intensity = Espacio e intensidad
library-form-space-notes = Sobre el espacio
library-form-space-notes-hint = Lugar para moverse, mesas, una pared para carteles, salas para grupos pequeños…
library-form-setup-hint = Qué preparar antes de que llegue la gente.
# $range es el tiempo de la actividad: “20–30 min”.
library-form-steps-total = Los pasos con tiempo suman { $minutes } min; la actividad dura { $range }.
library-form-safety-inclusion = Seguridad e inclusión
library-form-safety-hint = Los riesgos que hay que vigilar y cómo mantener a todas las personas seguras.
library-form-safety-monitor = Designar a un(a) responsable de seguridad antes de empezar
library-form-opt-out-hint = Cómo alguien puede participar sin hacer la parte física o personal (desafío por elección).
library-form-adaptations-hint = Para necesidades de movilidad, grupos grandes o para hacerla en línea.
library-form-debrief-hint = Una pregunta por línea.
library-form-debrief-what = ¿Qué? (lo que pasó)
library-form-debrief-so-what = ¿Y qué? (lo que significa)
library-form-debrief-now-what = ¿Y ahora qué? (lo que haremos)
library-form-theme-credits = Tema, variaciones y créditos
library-form-theme-link-hint = Cómo se relaciona con el tema, por ejemplo, la mejora continua de la calidad.
library-form-source-hint = De dónde viene la idea.
library-form-credit-hint = A quién dar crédito.
library-form-licence-hint = Por ejemplo, CC BY 4.0.
library-form-notes = Notas
library-form-notes-hint = Solo para usted; se conservan cuando restaura el texto original de una actividad incluida con Convene.
library-form-save = Guardar la actividad
library-form-add = Agregar a la biblioteca

## StepsEditor

# Una fila de la lista, en minúscula: la lista nombra las filas “Paso 2”, “Subir paso 2”.
library-step-noun = paso
library-step-add = Agregar un paso
library-step-text = Qué sucede
library-step-minutes = Minutos
library-step-grouping = Agrupación
library-step-hint = Minutos: 0 cuando el paso no tiene un tiempo fijo.

## MaterialsEditor

# Una fila de la lista, en minúscula: la lista nombra las filas “Material 2”, “Subir material 2”.
library-material-noun = material
library-material-add = Agregar un material
library-material-name = Qué
library-material-quantity = Cantidad
library-material-unit = Unidad
library-material-per = Para
library-material-for-person = Cada persona
library-material-for-group = Cada grupo
library-material-for-facilitator = El/la facilitador(a)
library-material-note = Nota
library-material-hint = La unidad es opcional: “hojas”, “yardas”, o vacía para “3 pelotas”.
library-material-empty = Sin materiales: la actividad solo necesita personas.

## UsageHistory, StarRating

library-usage-meeting = Reunión
library-usage-date = Fecha
library-usage-rating = Cómo resultó
library-usage-empty = Todavía no se ha usado en una reunión. Agréguela a la agenda de una reunión y después califique cómo resultó.
library-rating-legend = Cómo resultó en { $title }
library-rating-value = { $value } de 5
library-rating-none = Sin calificar
library-rating-rated = Se calificó con { $value } de 5 en “{ $title }”
library-rating-cleared = Se quitó la calificación de “{ $title }”
# El botón dice “Quitar”; un lector de pantalla oye “Quitar la calificación de <reunión>”.
library-rating-clear = Quitar
library-rating-clear-named = la calificación de { $title }

## ImportLibrary

library-import-file = Archivo de biblioteca (.json)
library-import-hint = Un archivo exportado de la biblioteca de Convene. No se agrega nada hasta que usted lo confirme.
library-import-new = { $count ->
    [one] 1 actividad nueva para agregar
   *[other] { $count } actividades nuevas para agregar
}
# En negrita, seguido de library-import-nothing-new-detail.
library-import-nothing-new = No hay nada nuevo que agregar:
library-import-nothing-new-detail = su biblioteca ya tiene todas las actividades de este archivo.
library-import-skipped = { $count ->
    [one] 1 actividad ya está en su biblioteca (se omite)
   *[other] { $count } actividades ya están en su biblioteca (se omiten)
}
library-import-confirm = { $count ->
    [one] Importar 1 actividad
   *[other] Importar { $count } actividades
}

## AddToMeeting

library-add-choose-meeting = Elija la reunión a la que desea agregarla.
# Reemplaza el título de una reunión cuando no se encuentra.
library-add-the-meeting = la reunión
library-add-done = Se agregó “{ $name }” a “{ $title }”
# El nombre de la actividad y luego el título de la reunión, en negrita: “Se agregó <nombre> al final de la agenda de <título>.”
library-add-note-start = Se agregó
library-add-note-middle = al final de la agenda de
library-add-open-agenda = Abrir la agenda de esa reunión
library-add-community = Comunidad
library-add-choose-community = Elija una comunidad…
library-add-meeting = Reunión
library-add-no-meetings = Esta comunidad todavía no tiene reuniones
library-add-community-first = Primero elija una comunidad
library-add-minutes = Minutos que desea planificar (opcional)
library-add-minutes-hint = Déjelo vacío para planificar su tiempo máximo, { $minutes } min.
library-add-submit = Agregar a la agenda

## ActivityPicker (“Agregar desde la biblioteca” en la agenda)

library-picker-groups-of = grupos de { $size }
library-picker-no-materials = Sin materiales
library-picker-minutes-invalid = Los minutos que desea planificar deben ser un número entero, como 30. Déjelo vacío para planificar el tiempo máximo.
library-picker-query = Buscar en la biblioteca
library-picker-query-hint = Nombres, resúmenes y propósitos. Los resultados se actualizan mientras escribe.
# La etiqueta de cada filtro completa esta oración: “Mostrar solo las actividades que quepan en (minutos)”.
library-picker-filters = Mostrar solo las actividades que
library-picker-fits = Quepan en (minutos)
library-picker-purpose = Sirvan al propósito
library-picker-minutes-left = { $minutes ->
    [one] Falta por planificar 1 min de la reunión.
   *[other] Faltan por planificar { $minutes } min de la reunión.
}
library-picker-agenda-full = La agenda ya ocupa toda la reunión, así que se muestran actividades de cualquier duración.
library-picker-when-adding = Al agregar una
library-picker-minutes = Minutos que desea planificar
library-picker-place = Ubicarla
library-picker-place-end = Al final de la agenda
# $time es la hora de inicio del punto, tal como la muestra la agenda.
library-picker-place-after = Después de { $time } { $title }
library-picker-minutes-hint = Deje vacíos los minutos para planificar el tiempo máximo de la actividad.
library-picker-searching = Buscando en la biblioteca…
library-picker-results = Actividades que coinciden
library-picker-adding = Agregando…
# El botón dice “Agregar” (common-add), el nombre de la actividad para lectores de pantalla y luego esto.
library-picker-add-end = a la agenda
library-picker-no-match = Ninguna actividad coincide. Pruebe con otras palabras o con filtros menos estrictos.
