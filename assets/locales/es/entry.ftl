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
