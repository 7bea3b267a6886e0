# El editor de la agenda y los tipos de puntos de la agenda.

agenda-kind-welcome = Bienvenida
agenda-kind-icebreaker = Actividad para romper el hielo
agenda-kind-agreements = Acuerdos de la comunidad
agenda-kind-teambuilding = Integración del equipo
agenda-kind-content = Presentación general
agenda-kind-discussion = Conversación enfocada
agenda-kind-video = Video
agenda-kind-break = Descanso
agenda-kind-meal = Comida
agenda-kind-reflection = Reflexión
agenda-kind-evaluation = Evaluación
agenda-kind-other = Otro

# Cómo encaja la agenda en la reunión (lib/agenda.ts). $duration y $end llegan formateados.

agenda-fit-empty = Todavía no hay puntos.
agenda-fit-over = Se pasa { $duration } del final de la reunión ({ $end }).
agenda-fit-under = Termina { $duration } antes del final de la reunión ({ $end }).
agenda-fit-exact = Ocupa la reunión exactamente y termina a las { $end }.
agenda-gap = Espacio libre de { $duration } antes de este punto
agenda-overlap = Se superpone { $duration } con el punto anterior

# AgendaEditor: la lista de puntos, las plantillas y sus diálogos.

agenda-title = Agenda
agenda-planned = Planificado: { $planned } de { $meeting }.
agenda-add-from-library = Agregar desde la biblioteca…
agenda-add-item = Agregar un punto
agenda-deleted = Se eliminó “{ $title }”.
agenda-list-label = Puntos de la agenda (Alt+Flecha arriba y Alt+Flecha abajo mueven el punto seleccionado)
agenda-fixed-at = Hora fija: { $time }
agenda-presenter-line = Presentador(a): { $name }
agenda-safety-monitor-line = Responsable de seguridad: { $name }
agenda-from-library = De la biblioteca
agenda-move-up = Subir { $title }
agenda-move-down = Bajar { $title }
agenda-edit-item = Editar { $title }
agenda-duplicate-item = Duplicar { $title }
agenda-insert-after-item = Insertar un punto después de { $title }
agenda-insert-after = Insertar después
agenda-delete-item = Eliminar { $title }
agenda-empty = Esta reunión todavía no tiene agenda. Empiece con una plantilla (abajo) o agregue los puntos uno por uno.
agenda-start-from = Empezar desde
agenda-source-label = Plantilla o reunión desde la cual empezar
agenda-source-choose = Elija una plantilla o una reunión…
agenda-source-templates = Plantillas
agenda-source-meetings = Copiar la agenda de otra reunión
agenda-replace = Reemplazar los puntos actuales
agenda-use-source = Usar
agenda-delete-template = Eliminar esta plantilla
agenda-save-as-template = Guardar esta agenda como plantilla
agenda-dialog-add = Agregar un punto a la agenda
agenda-dialog-edit = Editar el punto de la agenda
agenda-dialog-library = Agregar desde la biblioteca
agenda-dialog-template = Guardar como plantilla
agenda-template-name = Nombre de la plantilla
agenda-save-template = Guardar la plantilla

# AgendaEditor: lo que se anuncia después de una acción, y su rechazo.

agenda-moved = “{ $title }” pasó a la posición { $position }
agenda-duplicated = Se duplicó “{ $title }”
agenda-restored = Se restauró “{ $title }”
agenda-choose-source = Elija una plantilla o una reunión desde la cual empezar.
agenda-filled = La agenda se completó con la plantilla
agenda-template-deleted = Se eliminó la plantilla “{ $name }”
agenda-template-saved = Se guardó la plantilla “{ $name }”
agenda-added-from-library = Se agregó “{ $title }” a la agenda
agenda-item-added = Se agregó el punto
agenda-item-saved = Se guardó el punto

# AgendaItemForm: los campos de un punto (los umbrales del temporizador también rotulan la vista en vivo).

agenda-item-title = Título
agenda-item-kind = Tipo
agenda-item-minutes = Minutos
agenda-item-fixed-start = Inicio fijo
agenda-item-fixed-start-hint = Solo si debe empezar a una hora determinada.
agenda-item-before = Antes de esta actividad
agenda-item-remind = Mostrar el recordatorio de los acuerdos en el proyector antes de esta actividad
agenda-item-safety-monitor = Responsable de seguridad
agenda-item-monitor-asked = Esta actividad pide un(a) responsable de seguridad: nombre a alguien que observe en lugar de jugar.
agenda-item-monitor-hint = Alguien que vela por la seguridad mientras los demás juegan. Opcional.
agenda-item-presenter = Presentador(a)
agenda-item-description = Descripción para participantes
agenda-item-description-hint = Aparece en el material impreso y en el proyector.
agenda-item-notes = Notas del facilitador(a)
agenda-item-notes-hint = Solo en su pantalla y en la agenda del facilitador(a); nunca se proyectan.
agenda-item-materials = Materiales
agenda-item-timer = Colores del temporizador para este punto
agenda-item-warning-at = Aviso cuando queden (segundos)
agenda-item-danger-at = Alerta cuando queden (segundos)
agenda-item-meeting-default = Valor de la reunión
agenda-item-save = Guardar el punto

## La hoja de trabajo que entrega un punto de reflexión.

agenda-item-worksheet = Hoja de trabajo que se entrega
agenda-item-worksheet-none = Ninguna
agenda-item-worksheet-hint = Se imprime desde la página de la reunión, en blanco o para cada integrante.
agenda-item-worksheet-manage = Las hojas de trabajo de la comunidad
agenda-worksheet-line = Se entrega: { $title }
