# La aplicación de escritorio y la línea de comandos: lo que imprime `convene` y las
# respuestas propias del escritorio (guardar un archivo donde eligió el facilitador(a)).

## Escritorio
shell-window-failed = No se pudo abrir la ventana: { $detail }
shell-stopped-unexpectedly = La operación se detuvo de forma inesperada; no se cambió nada.
shell-save-unreadable = No se pudo leer el archivo que se iba a guardar: { $detail }.
shell-unknown-command = El escritorio no tiene ninguna operación llamada “{ $command }”.
shell-save-damaged = El archivo que se iba a guardar llegó dañado; no se escribió nada.
shell-save-failed = No se pudo guardar { $path }: { $detail }.

## convene serve
shell-runtime-failed = No se pudo iniciar el entorno del servidor: { $detail }
shell-port-in-use = El puerto { $port } ya está en uso; cierre el otro programa o elija otro puerto con --port.
shell-listen-failed = No se pudo escuchar en el puerto { $port }: { $detail }
shell-server-stopped = El servidor se detuvo de forma inesperada: { $detail }
shell-serving = Convene está disponible en { $url }
shell-data = Datos: { $path }
shell-press-stop = Presione Ctrl-C para detenerlo.
shell-network-read-only = Las otras pantallas de esta red solo pueden ver (el proyector y la agenda);
shell-network-open = todo lo demás responde únicamente a esta computadora. Abra en otra pantalla:
shell-network-none = { "  " }(esta computadora todavía no tiene dirección de red; conéctela a la red de la sala)
shell-network-projector = { "  " }proyector       { $url }projector
shell-network-agenda = { "  " }agenda          { $url }agenda
shell-network-clicker = { "  " }control remoto  { $url }clicker   (vincúlelo desde Conducir la reunión → Dispositivos)

## Archivos y carpetas
shell-no-data-folder = Este sistema no tiene una carpeta de datos por usuario; elija una con --data-dir.
shell-read-failed = No se pudo leer { $path }: { $detail }
shell-write-failed = No se pudo escribir { $path }: { $detail }
shell-saved = Se guardó { $path }

## convene backup, convene restore
shell-backup-saved = Se guardó una copia de seguridad en { $path }
shell-restored = Se restauró { $file }: { $communities ->
    [one] 1 comunidad
   *[other] { $communities } comunidades
}, { $meetings ->
    [one] 1 reunión
   *[other] { $meetings } reuniones
}, { $members ->
    [one] 1 integrante
   *[other] { $members } integrantes
}. Los datos que reemplazó están en la copia de seguridad { $backup }.
shell-restored-changed = Se restauró { $file } (último cambio: { $changed }): { $communities ->
    [one] 1 comunidad
   *[other] { $communities } comunidades
}, { $meetings ->
    [one] 1 reunión
   *[other] { $meetings } reuniones
}, { $members ->
    [one] 1 integrante
   *[other] { $members } integrantes
}. Los datos que reemplazó están en la copia de seguridad { $backup }.

## convene library
shell-library-exported = Se { $count ->
    [one] guardó 1 actividad
   *[other] guardaron { $count } actividades
} en { $path }
shell-library-too-big = { $path } pesa { $size } MB; un archivo de biblioteca puede pesar como máximo { $max } MB.
shell-library-not-text = { $path } no es un archivo de texto (no está en UTF-8); exporte una biblioteca desde Convene e intente de nuevo.
shell-import-added = Se { $count ->
    [one] agregó 1 actividad
   *[other] agregaron { $count } actividades
}
shell-import-would-add = Se { $count ->
    [one] agregaría 1 actividad
   *[other] agregarían { $count } actividades
}
shell-import-skipped = Se omitieron { $count } que ya están en la biblioteca: { $names }.

## Encontrar lo que nombra un comando
shell-no-meeting = Ninguna reunión tiene el identificador o el título exacto “{ $wanted }”.
shell-several-meetings = { $count } reuniones se titulan “{ $wanted }” (el { $dates }); use el identificador de la reunión.
shell-no-activity = Ninguna actividad tiene el identificador o el nombre exacto “{ $wanted }”.
shell-several-activities = { $count } actividades se llaman “{ $wanted }”; use el identificador.
shell-no-community = Ninguna comunidad tiene el identificador o el nombre exacto “{ $wanted }”.
shell-several-communities = { $count } comunidades se llaman “{ $wanted }”; use el identificador.
shell-no-worksheet = La comunidad de la reunión no tiene ninguna hoja de trabajo con el identificador o el título exacto “{ $wanted }”; vea su pestaña Hojas de trabajo.
shell-several-worksheets = { $count } hojas de trabajo de la comunidad se titulan “{ $wanted }”; use el identificador.
shell-no-form = La reunión “{ $meeting }” no tiene un formulario de evaluación en ese idioma; créelo en la pestaña Evaluación de la reunión.
shell-no-series = La comunidad no tiene ninguna serie con el id o el título exacto “{ $wanted }”; programe una en su pestaña Series.
shell-certificates-issued = { $series }: { $issued } emitidos ahora, { $already } emitidos antes, { $missing } todavía sin completar.
shell-no-certificates = Nadie ha completado estas series todavía, así que no hay certificados que imprimir.
shell-community-no-series = La comunidad todavía no tiene series; programe una en su pestaña Series.
shell-scan-saved = { $file }: hoja { $serial } leída entera y guardada.
shell-scan-blank = { $file }: la hoja { $serial } volvió en blanco.
shell-scan-drafted = { $file }: la hoja { $serial } espera que una persona la revise en Convene: { $questions }.
shell-scan-already = { $file }: la hoja { $serial } ya estaba guardada en esta captura; no cambió nada.
shell-scan-repeated = { $file }: esta misma página ya se había leído; no cambió nada.
shell-scan-page = { $file }, página { $page }
shell-scan-not-read = { $file }: no se leyó. { $problem }
shell-scan-too-big = El archivo ocupa { $size } MB, más de lo que Convene lee de una vez ({ $limit } MB); escanee el montón en partes más pequeñas.
shell-scan-summary = Páginas: { $pages }; hojas guardadas: { $saved }; en blanco: { $blank }; por revisar en Convene: { $drafted } ({ $questions ->
    [one] 1 pregunta
   *[other] { $questions } preguntas
}); sin leer: { $unread }.
