# La pantalla de copias de seguridad: dónde están los datos, las copias guardadas y cómo restaurar una.

## Por qué se hizo una copia de seguridad.

backups-kind-daily = Diaria (automática)
backups-kind-manual = Hecha por usted
backups-kind-before-migration = Antes de una actualización
backups-kind-before-restore = Antes de restaurar

## Lo que contiene una copia y lo que puso de vuelta una restauración. $made y $changed son
## fechas y horas ya formateadas; $contents es backups-contents.

backups-contents = { $communities ->
    [one] 1 comunidad
   *[other] { $communities } comunidades
}, { $meetings ->
    [one] 1 reunión
   *[other] { $meetings } reuniones
}, { $members ->
    [one] 1 integrante
   *[other] { $members } integrantes
}
backups-unreadable = No se puede leer
backups-restored-backup = Se restauró la copia de seguridad del { $made }: { $contents }. Los datos que reemplazó se guardan en una copia de seguridad “Antes de restaurar”.
# Una copia de seguridad cuya hora no se conoce.
backups-restored-backup-undated = Se restauró la copia de seguridad: { $contents }. Los datos que reemplazó se guardan en una copia de seguridad “Antes de restaurar”.
backups-restored-file = Se restauró { $file }: { $contents }. Los datos que reemplazó se guardan en una copia de seguridad “Antes de restaurar”.
backups-restored-file-changed = Se restauró { $file } (modificado por última vez el { $changed }): { $contents }. Los datos que reemplazó se guardan en una copia de seguridad “Antes de restaurar”.
backups-chosen-file = el archivo elegido

## BackupsView

backups-title = Copias de seguridad
backups-subtitle = Copias de todos sus datos, guardadas en esta computadora.
backups-back-up-now = Hacer una copia ahora
backups-backed-up = Copia de seguridad hecha: { $contents }
backups-restored = Restauración completada
backups-where-heading = Dónde están sus datos
# { $file } es la ruta completa del archivo de datos, en formato de código.
backups-data-file = Todo está en un solo archivo: { $file }
# { $folder } es el nombre de la carpeta en el disco (“backups”), en formato de código.
backups-policy = Convene guarda las copias de seguridad en la carpeta { $folder }, junto a ese archivo: una cada día que abre Convene, una antes de que una actualización cambie cómo se guardan los datos y una antes de cada restauración. Conserva la copia más reciente de cada uno de los últimos 7 días y de cada una de las últimas 4 semanas, y las 10 más recientes que usted hizo.
backups-saved-heading = Copias guardadas
backups-made = Fecha
backups-why = Motivo
backups-contains = Contenido
backups-size = Tamaño
backups-restore-made = Restaurar la copia de seguridad del { $made }
backups-restore-ellipsis = Restaurar…
# { $button } es el nombre del botón “Hacer una copia ahora”, en negrita.
backups-empty = Todavía no hay copias de seguridad. Use { $button } para hacer la primera.
backups-file-heading = Restaurar desde un archivo
backups-file-label = Archivo de datos de Convene (.db)
# { $file } es el nombre del archivo de datos (“convene.db”), en formato de código.
backups-file-hint = Una copia de seguridad traída de otra computadora, o un archivo { $file }. Usted confirma antes de que cambie nada.
backups-confirm-title = ¿Restaurar estos datos?
backups-confirm-backup = Todos los datos actuales de Convene se reemplazarán por la copia de seguridad del { $made }.
backups-confirm-file = Todos los datos actuales de Convene se reemplazarán por el archivo “{ $file }”.
backups-confirm-safety = Primero se guardan sus datos actuales en una copia de seguridad (“Antes de restaurar”), para que pueda volver a ellos.
backups-restoring = Restaurando…
backups-restore = Restaurar
