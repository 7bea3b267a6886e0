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

common-save = Guardar
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
common-optional = (opcional)
common-yes = Sí
common-no = No
common-move-up = Subir
common-move-down = Bajar
common-language = Idioma
common-language-en = English
common-language-es = Español
