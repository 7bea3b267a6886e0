# Palabras que se usan en toda la aplicación. Variables: $count es un número.

common-member-count = { $count ->
    [one] 1 integrante
   *[other] { $count } integrantes
}

# Una duración: "4 h 30 min", "1 h", "45 min".
common-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

common-attendance-present = { $count ->
    [one] 1 presente
   *[other] { $count } presentes
}
common-attendance-absent = { $count ->
    [one] 1 ausente
   *[other] { $count } ausentes
}
common-attendance-excused = { $count ->
    [one] 1 con justificación
   *[other] { $count } con justificación
}
common-attendance-unmarked = { $count } sin marcar
common-attendance-no-members = Todavía no hay integrantes

## Botones y palabras que comparten todas las pantallas.

common-save-changes = Guardar los cambios
common-saving = Guardando…
common-cancel = Cancelar
common-close = Cerrar
common-delete = Eliminar
common-edit = Editar
common-duplicate = Duplicar
common-undo = Deshacer
common-dismiss = Descartar
common-add = Agregar
common-remove = Quitar
common-print = Imprimir
common-retry = Intentar de nuevo
common-loading = Cargando…
common-required = (obligatorio)
common-move-up = Subir
common-move-down = Bajar
common-language = Idioma
common-language-en = English
common-language-es = Español
common-name = Nombre
common-notes = Notas
common-date = Fecha
common-actions = Acciones

common-meeting-count = { $count ->
    [one] 1 reunión
   *[other] { $count } reuniones
}

## ConfirmDelete: lo que una eliminación se lleva consigo. $name es el nombre del registro.

# El nombre aparece en negrita donde está { $name }.
common-delete-question = ¿Eliminar { $name }? Esta acción no se puede deshacer.
common-delete-also = Esto también elimina:
common-delete-community-members = { $count ->
    [one] 1 integrante de esta comunidad
   *[other] { $count } integrantes de esta comunidad
}
common-delete-member-attendance = { $count ->
    [one] la asistencia registrada en 1 reunión
   *[other] la asistencia registrada en { $count } reuniones
}
common-attendance-record-count = { $count ->
    [one] 1 registro de asistencia
   *[other] { $count } registros de asistencia
}
common-keep-it = Conservar

## Countdown: el reloj del temporizador en vivo, en la vista de conducción y en las pantallas de la sala.

common-time-left = Tiempo restante
common-item-progress = Avance del punto
common-paused = En pausa
common-phase-normal = A tiempo
common-phase-warning = Vayan terminando
common-phase-danger = Queda muy poco tiempo
common-phase-overtime = Tiempo excedido

## ListEditor: los botones de cada fila. $name nombra la fila (“paso 2”, “Juega seguro”).

common-move-row-up = Subir { $name }
common-move-row-down = Bajar { $name }
common-drag-row = Arrastre { $name } para moverlo
common-import-reading = Leyendo el archivo…

## Frases de la conexión con el núcleo de Convene. $status es un código de estado HTTP.

common-error-starting = Convene todavía se está iniciando; inténtelo de nuevo en un momento.
common-error-serve-not-answering = Convene no responde. ¿Sigue en ejecución `convene serve`?
common-error-computer-not-answering = Convene no responde. ¿La computadora del facilitador(a) sigue conectada a esta red?
common-error-server-status = El servidor respondió { $status }.
# El título de la ventana del proyector en el escritorio.
common-projector-window = Convene — Proyector

# Imprimir: en qué idioma se escribe un documento.
common-document-language = Idioma del documento
