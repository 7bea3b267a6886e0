# Capturar hojas en papel: la pantalla Capturar hojas, una tecla por respuesta.

entry-heading = Capturar hojas: { $title }
entry-heading-second = Segunda captura: { $title }
entry-intro = Escriba el número de serie impreso en la hoja y luego una tecla por respuesta: el número del círculo marcado. El cursor avanza solo; Enter en la última respuesta guarda la hoja.
entry-intro-second = Vuelva a capturar cada hoja como si fuera la primera vez: esta pantalla nunca muestra lo que se capturó la primera vez.
# $blank cuenta las hojas devueltas en blanco.
entry-progress = { $entered } de { $issued } hojas capturadas · { $blank } devueltas en blanco · faltan { $toGo }
entry-serial = Número de serie de la hoja
entry-open = Abrir la hoja
entry-mark-group = La hoja se devolvió
entry-mark-blank = Devuelta en blanco
entry-mark-spoiled = Inutilizada
entry-mark-not-returned = No devuelta
entry-marked-blank = La hoja { $serial } quedó marcada como devuelta en blanco
entry-marked-spoiled = La hoja { $serial } quedó marcada como inutilizada
entry-marked-not-returned = La hoja { $serial } quedó marcada como no devuelta
entry-sheet = Hoja { $serial } · { $title }
entry-legend = Teclas: el número del círculo · B en blanco · M más de una marca · I ilegible · N no aplica · Retroceso vuelve atrás
entry-text-keys = En una respuesta escrita: Enter avanza (si no se escribe nada, queda en blanco), Mayús+Enter empieza una línea nueva, Alt+I ilegible, Alt+N no aplica.
entry-keys-for = Presione del 1 al { $max }, o B, M, I o N.
entry-several = (varias: presione cada número y luego Enter)
entry-half-before = Antes de hoy
entry-half-now = Ahora
entry-code-blank = En blanco
entry-code-multiple = Más de una marca
entry-code-illegible = Ilegible
entry-code-not-applicable = No aplica
entry-correcting = Esta hoja ya está guardada: lo que cambie ahora queda en su historial, con el motivo que indique.
entry-reason = Motivo del cambio (opcional)
entry-save = Guardar la hoja
entry-saved = Se guardó la hoja { $serial }

# Doble captura: las diferencias entre las dos capturas, resueltas con el papel.
entry-differences-heading = Diferencias entre las dos capturas
# $rate es un porcentaje ya formateado; $resolved cuenta las diferencias resueltas.
entry-agreement = Las dos capturas coinciden en el { $rate } de los campos capturados dos veces ({ $agreeing } de { $fields }, en { $sheets ->
    [one] 1 hoja
   *[other] { $sheets } hojas
}) · { $resolved } resueltas con el papel
entry-differences-caption = { $count ->
    [one] 1 diferencia por resolver: mire el papel y elija lo que dice
   *[other] { $count } diferencias por resolver: mire el papel y elija lo que dice
}
entry-no-differences = No quedan diferencias por resolver.
entry-column-sheet = Hoja
entry-column-question = Pregunta
entry-column-first = Primera captura
entry-column-second = Segunda captura
entry-column-paper = Lo que dice el papel
entry-question = Pregunta { $n }
entry-question-half = Pregunta { $n } ({ $half })
entry-code-question = El código de participante
entry-paper-says = Lo que dice la hoja { $serial } en { $question }
entry-paper-choice = La marca de la hoja { $serial } en { $question }
entry-paper-as-typed = Usar lo que escribo
entry-paper-pick = Elija…
entry-reason-for = Motivo para resolver { $question } en la hoja { $serial }
entry-reason-placeholder = Motivo (opcional)
entry-settle = Resolver
entry-settled = Se resolvió una diferencia en la hoja { $serial }
entry-unnumbered-form = Formulario de una hoja sin número de serie
entry-unnumbered = Una hoja sin número de serie
entry-write-serial = Escriba { $serial } en la hoja de papel y luego captúrela: se captura, se vuelve a capturar y se cuenta como cualquier hoja impresa.
entry-history = { $count ->
    [one] Historial de esta hoja (1 cambio)
   *[other] Historial de esta hoja ({ $count } cambios)
}
entry-history-line = { $when }: { $question } (captura { $pass }) cambió de { $old } a { $new }
entry-sample-percent = Volver a capturar solo una muestra aleatoria de las hojas capturadas (porcentaje)
entry-sample-draw = Sacar una muestra
entry-sample-drawn = Se sacaron { $sampled } de { $entered } hojas para volver a capturar
entry-sample-active = La segunda captura abarca una muestra aleatoria: { $sampled } de las { $entered } hojas capturadas.
# $rate y $limit son porcentajes ya formateados.
entry-sample-too-different = Las capturas de la muestra difieren en el { $rate } de sus campos, más del { $limit }: vuelva a capturar todas las hojas.
entry-sample-widen = Volver a capturar todas las hojas
entry-sample-widened = Ahora todas las hojas capturadas se volverán a capturar
entry-printed-code = Código de participante { $code }, impreso en la hoja: no hay que escribirlo.
entry-scan = Escanear hojas
entry-scan-heading = Escanear hojas: { $title }
entry-scan-intro = Escanee las hojas de papel (un PDF o TIFF del escáner con todo el montón, o una foto o imagen por página) y Convene lee los círculos. Las marcas de las que está seguro se guardan; lo dudoso, y todo lo escrito, espera abajo a que usted lo revise frente a su imagen.
entry-scan-pass = El escaneo cuenta como
entry-scan-pass-first = La primera captura
entry-scan-pass-second = La segunda captura (doble captura)
entry-scan-files = Archivos escaneados
entry-scan-files-heading = Archivos del escáner o del teléfono
entry-scan-drop = Suelte aquí los archivos escaneados (PDF, TIFF, PNG o JPEG), o elíjalos.
entry-scan-choose = Elegir archivos…
entry-scan-reading = Leyendo { $file } (archivo { $index } de { $count }){ $pages ->
    [0] …
   *[other] : página { $done } de { $pages }
}
entry-scan-progress = Cuánto se ha leído
entry-scan-done = { $files ->
    [one] Se leyó 1 archivo
   *[other] Se leyeron { $files } archivos
}: { $pages ->
    [one] 1 página
   *[other] { $pages } páginas
}.
entry-scan-file-too-large = { $file }: no se leyó. Pesa { $megabytes } MB, más de lo que Convene lee de una vez ({ $limit } MB); escanee el montón en partes más pequeñas.
entry-scan-log = Lo que se leyó
entry-scan-file-page = { $file }, página { $page }
entry-scan-line = { $where }: hoja { $serial } · { $what }
entry-scan-line-check = { $where }: hoja { $serial } · { $what }: { $questions }
entry-scan-line-problem = { $where }: { $what }. { $problem }
entry-scan-outcome-saved = Guardada
entry-scan-outcome-drafted = Por revisar
entry-scan-outcome-blank = Devuelta en blanco
entry-scan-outcome-already-saved = Ya guardada, no cambió nada
entry-scan-outcome-repeated = Leída antes, no cambió nada
entry-scan-outcome-not-read = No se leyó
entry-scan-review-heading = Por revisar
entry-scan-review-count = { $count ->
    [one] 1 hoja espera su revisión, la más dudosa primero.
   *[other] { $count } hojas esperan su revisión, las más dudosas primero.
}
entry-scan-review-none = No queda nada por revisar.
entry-scan-review-sheet = Hoja { $serial } · { $title }
entry-scan-review-keys = Mire cada imagen: pulse el número del círculo marcado (B en blanco, M más de una marca, I ilegible, N no aplica), o escriba lo que dice (Alt+K conserva la escritura como imagen). Intro acepta la hoja.
entry-scan-snippet = El escaneo de { $question } en la hoja { $serial }
entry-picture = Conservada como imagen del escaneo
entry-scan-keep-picture = Conservar la imagen (Alt+K)
entry-scan-written = Lo que está escrito
entry-scan-accept = Aceptar hoja
entry-scan-accepted = Hoja { $serial } revisada y guardada
entry-scan-open-check = Decida primero { $question }.
entry-scan-account-heading = Todas las páginas
entry-scan-account-pages = { $count ->
    [one] 1 página leída en esta captura.
   *[other] { $count } páginas leídas en esta captura.
}
entry-scan-never = Sin escanear todavía: { $serials }
entry-scan-twice = La misma página escaneada más de una vez: { $serials }. Compare estas hojas con el papel.
entry-scan-unfinished = Falta escanear una página de: { $serials }
entry-scan-column-file = Archivo
entry-scan-column-page = Página
entry-scan-column-sheet = Hoja
entry-scan-column-outcome = Qué pasó
