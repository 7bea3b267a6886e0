# La pestaña Evaluación de una reunión: sus formularios de evaluación y sus hojas numeradas.

forms-heading = Formularios de evaluación
forms-intro = Al final de la reunión, las y los participantes llenan una evaluación en papel. Cada hoja impresa lleva su propio número de serie, para que después cada hoja se pueda capturar y contabilizar.
forms-none = Esta reunión todavía no tiene un formulario de evaluación. Agregue uno abajo.
# $language es el nombre de un idioma; $count, las preguntas del formulario.
forms-facts = { $language } · versión { $version } · { $count ->
    [one] 1 pregunta
   *[other] { $count } preguntas
}
forms-copies = Hojas que imprimir
forms-print = Imprimir hojas numeradas
forms-delete = Eliminar el formulario
forms-printed = { $count ->
    [one] 1 hoja numerada está lista para imprimir
   *[other] { $count } hojas numeradas están listas para imprimir
}
forms-added = Se agregó “{ $title }”
forms-deleted = Se eliminó “{ $title }”
# $ranges enumera los números de serie, p. ej. "M1-001–M1-030".
forms-sheets-printed = { $count ->
    [one] 1 hoja impresa para esta reunión
   *[other] { $count } hojas impresas para esta reunión
}: { $ranges }
forms-add-heading = Agregar un formulario
forms-start-from = Empezar con
forms-blank = Un formulario en blanco
forms-language = Idioma de la hoja
forms-add = Agregar el formulario

## Cómo se responde cada elemento en papel. $points y $options son listas ya unidas
## como lo hace el idioma ("Bajo, Medio o Alto").

forms-answers-before-now = Antes de hoy y ahora: { $points }
forms-answers-one-of = Una de: { $options }
forms-answers-any-of = Cualquiera de: { $options }
forms-answers-lines = { $count ->
    [one] 1 línea para escribir
   *[other] { $count } líneas para escribir
}
forms-answers-code = Casillas para el código de participante
forms-point-strongly-disagree = Totalmente en desacuerdo
forms-point-disagree = En desacuerdo
forms-point-neutral = Ni de acuerdo ni en desacuerdo
forms-point-agree = De acuerdo
forms-point-strongly-agree = Totalmente de acuerdo
forms-point-yes = Sí
forms-point-no = No
forms-enter = Capturar hojas
forms-enter-second = Segunda captura (doble captura)
