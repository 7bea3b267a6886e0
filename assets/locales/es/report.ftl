# El informe de evaluación: las cifras de una reunión a partir de sus hojas capturadas.

## Oraciones destacadas que el facilitador copia en el informe para el financiador.
## $statement es la pregunta tal como se imprimió; $count de $of son hojas.
report-headline-increased = El { $percent } % ({ $count } de { $of }) calificó «{ $statement }» más alto ahora que antes de hoy.
report-headline-agreed = El { $percent } % ({ $count } de { $of }) estuvo de acuerdo: «{ $statement }»
report-headline-yes = El { $percent } % ({ $count } de { $of }) respondió que sí: «{ $statement }»

report-tab = Informe
report-heading = Informe de evaluación
report-intro = Cada cifra proviene de las hojas capturadas de esta reunión; elija un conteo para ver las hojas que lo respaldan.
report-none = Todavía no se ha capturado ninguna hoja de esta reunión. Imprima la evaluación y luego capture las hojas en papel para ver el informe.
report-response = { $count } de { $present } asistentes presentes entregaron una hoja capturada ({ $percent } %)
report-response-no-attendance = { $count ->
    [one] 1 hoja capturada
   *[other] { $count } hojas capturadas
}; no se tomó asistencia, así que no hay tasa de respuesta
report-returns = Devueltas en blanco: { $blank } · estropeadas: { $spoiled } · no devueltas: { $notReturned } · por capturar: { $toGo }
report-checked-twice = Capturadas dos veces: { $sheets ->
    [one] 1 hoja
   *[other] { $sheets } hojas
}; las dos capturas coincidieron en el { $percent } % de los campos capturados dos veces ({ $agreeing } de { $fields }); { $settled ->
    [one] 1 diferencia resuelta
   *[other] { $settled } diferencias resueltas
} con el papel{ $unsettled ->
    [0] .
   *[other] , { $unsettled } por resolver.
}
report-checked-once = Capturadas una vez: sin doble captura.
report-form = { $title } ({ $language }) · { $count ->
    [one] 1 hoja
   *[other] { $count } hojas
}
report-copy = Copiar
report-copied = Oración copiada
report-before = Antes de hoy
report-now = Ahora
report-answer = Respuesta
report-valid = Respondieron
report-missing-line = No contadas: en blanco { $blank } · más de una marca { $multiple } · ilegibles { $illegible } · no aplica { $notApplicable }
report-increased = Subió
report-same = Igual
report-decreased = Bajó
report-top-before = Ya en lo más alto antes
report-could-increase = Subió, de quienes podían subir
report-share = { $percent } % ({ $count } de { $of })
report-share-none = nadie respondió
report-change-heading = Cambio en { $pairs ->
    [one] 1 hoja
   *[other] { $pairs } hojas
} con ambas respuestas
report-transitions = Antes × ahora, en hojas
report-transitions-corner = Antes ↓ · Ahora →
report-positive-agree = De acuerdo
report-positive-yes = Respondió que sí
report-strongly = Totalmente de acuerdo
report-several-of = De { $count ->
    [one] 1 hoja
   *[other] { $count } hojas
} que respondieron; una hoja puede marcar varias.
report-comments = { $count ->
    [one] 1 respuesta escrita
   *[other] { $count } respuestas escritas
}
report-picture = Respuesta manuscrita en la hoja { $serial }, conservada como imagen del escaneo
report-pictures = { $count ->
    [one] 1 de ellas es escritura a mano conservada como imagen del escaneo, sin transcribir: hoja { $serials }.
   *[other] { $count } de ellas son escritura a mano conservada como imágenes del escaneo, sin transcribir: hojas { $serials }.
}
report-picture-cell = (manuscrita, conservada como imagen del escaneo)
report-star = Destacar en el informe
report-starred = Destacada
report-hide = Ocultar del informe
report-hidden = Oculta
report-hidden-note = Oculta del informe; se conserva en los datos.
report-chart = { $statement }: proporción de respuestas en cada punto
report-sheets-title = Las hojas detrás de { $figure }
report-sheets-none = Ninguna hoja respalda esta cifra.
report-sheet-open = Abrir { $serial }
report-close = Cerrar

## El informe como tablas CSV.
report-csv-form = Formulario
report-csv-number = Número de pregunta
report-csv-question = Pregunta
report-csv-part = Parte
report-csv-count = Hojas
report-csv-of = De
report-csv-percent = Porcentaje
report-csv-written = Respuestas escritas
report-csv-serial = Hoja
report-csv-code = Código de participante
report-code-blank = (en blanco)
report-code-multiple = (más de una marca)
report-code-illegible = (ilegible)
report-code-not-applicable = (no aplica)
report-csv-summary-file = Resumen de evaluación - { $title } - { $date }.csv
report-csv-raw-file = Datos de evaluación - { $title } - { $date }.csv
report-download-summary = Tabla resumen (CSV)
report-download-raw = Todas las respuestas (CSV)
report-downloaded = Tabla guardada

## El informe como PDF.
report-pdf-title = Informe de evaluación: { $meeting }
report-pdf-subtitle = { $community } · { $date }
report-pdf-method = Las cifras provienen de las hojas en papel de los participantes, capturadas con Convene. Cada porcentaje es de las hojas que respondieron esa pregunta; las respuestas en blanco, con más de una marca, ilegibles o que no aplican se cuentan aparte, nunca como respuestas.
report-pdf-point = { $point } { $count } ({ $percent } %)
report-pdf-answered = respondieron { $count }
report-pdf-quote = «{ $text }» ({ $serial })
report-pdf-file = Informe de evaluación - { $title } - { $date }.pdf
report-download-pdf = Informe (PDF)
report-printed = Informe listo

## Las mismas preguntas en las reuniones de una comunidad.
report-series-tab = Evaluaciones
report-series-heading = Evaluaciones a lo largo de las reuniones
report-series-intro = Cada pregunta tal como la respondió cada reunión; una pregunta hecha con las mismas palabras en varias reuniones se alinea en una fila. Abra una reunión para ver su informe completo y las hojas detrás de cada cifra.
report-series-none = Ninguna reunión de esta comunidad tiene hojas capturadas todavía.
report-series-question = Pregunta
report-series-sheets = { $entered } hojas de { $present } presentes
report-series-top = { $point }: { $before } % → { $now } %
report-series-not-asked = no se preguntó

## Varias comunidades juntas: el informe de la red.
report-network-link = Informe de la red
report-network-heading = Informe de la red
report-network-intro = Las evaluaciones de las comunidades que elija, cada una reuniendo las hojas capturadas de todas sus reuniones, junto a su total. Las preguntas de las evaluaciones incluidas coinciden entre comunidades e idiomas.
report-network-communities = Comunidades que reunir
report-network-none = Ninguna de estas comunidades tiene hojas capturadas todavía.
report-network-pooled = { $meetings ->
    [one] 1 reunión
   *[other] { $meetings } reuniones
}, { $entered ->
    [one] 1 hoja
   *[other] { $entered } hojas
}
report-network-total = Todas las elegidas
report-import-open = Importar las evaluaciones de una comunidad…
report-import-title = Importar las evaluaciones de una comunidad
report-import-file = Archivo de evaluaciones de la comunidad (.json)
report-import-hint = Un archivo guardado con «Exportar evaluaciones» en la pestaña Evaluaciones de una comunidad, en esta computadora o en la de otro facilitador. Una comunidad nueva aquí se agrega con sus reuniones; una que ya está aquí recibe lo que le falta. Nada cambia hasta que confirme.
report-import-new-community = Nueva aquí: la comunidad «{ $name }».
report-import-known-community = Ya está aquí: «{ $name }». Se agrega lo que el archivo tiene y a esta computadora le falta.
report-import-meetings = { $count ->
    [one] Una reunión nueva aquí:
   *[other] { $count } reuniones nuevas aquí:
}
report-import-nothing = Nada nuevo: esta computadora ya tiene todo lo del archivo.
report-import-confirm = Importar las evaluaciones
report-imported = Evaluaciones de «{ $name }» importadas
report-export-community = Exportar evaluaciones
report-series-pdf-title = Evaluaciones a lo largo de las reuniones: { $community }
report-series-file = Evaluaciones a lo largo de las reuniones - { $community }
report-network-file = Informe de la red
report-across-pdf-file = { $name }.pdf
report-across-questions = Pregunta por pregunta
report-across-table = Tabla (CSV)
report-csv-column = Reunión o comunidad
report-csv-basis = Basado en
report-csv-figure = Cifra
report-csv-points = Puntos
report-csv-before-percents = Antes (% por punto)
report-csv-now-percents = Ahora (% por punto)
