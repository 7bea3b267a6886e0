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
forms-print-for = Hojas para
forms-print-for-present = { $count ->
    [one] El miembro marcado presente (1)
   *[other] Los miembros marcados presentes ({ $count })
}
forms-print-for-all = { $count ->
    [one] El miembro de la comunidad (1)
   *[other] Todos los miembros de la comunidad ({ $count })
}
forms-print-members = Imprimir una hoja para cada uno
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
forms-copy-from = Copiar el formulario de otra reunión
forms-copy-option = { $meeting }: { $title } ({ $language })
forms-copy-hint = La copia conserva el idioma del formulario y empieza como un formulario nuevo de esta reunión, sin nada impreso.

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
forms-answers-code-printed = El código de cada miembro, impreso en su propia hoja
forms-preview-code-printed = Su código de participante está impreso arriba a la izquierda de esta hoja. Vincula sus hojas de una reunión a otra; su nombre no se guarda con sus respuestas.
forms-editor-print-codes = Imprimir el código de cada miembro en su propia hoja
forms-editor-print-codes-hint = Las hojas se imprimen entonces una por miembro, con su código y su nombre arriba; nadie escribe un código. Si no, cada participante inventa un código y lo escribe en las casillas.
forms-point-strongly-disagree = Totalmente en desacuerdo
forms-point-disagree = En desacuerdo
forms-point-neutral = Ni de acuerdo ni en desacuerdo
forms-point-agree = De acuerdo
forms-point-strongly-agree = Totalmente de acuerdo
forms-point-yes = Sí
forms-point-no = No
forms-enter = Capturar hojas
forms-enter-second = Segunda captura (doble captura)

## Editar un formulario.

forms-edit = Editar el formulario
forms-editor-label = Editar { $title }
forms-editor-printed = Ya se imprimieron hojas de la versión { $version }: al guardar se crea la versión { $next }, y las hojas impresas conservan la versión { $version }.
forms-editor-title = Título impreso en la hoja
forms-editor-intro = Introducción
# Qué es cada fila de la lista, en minúscula; la lista lo escribe con mayúscula en sus encabezados ("Elemento 2").
forms-editor-noun = elemento
forms-editor-unnamed = elemento { $number }
forms-editor-add = Agregar un elemento
forms-editor-kind = Tipo
forms-editor-text = Enunciado, pregunta o encabezado
forms-editor-key = Clave para comparar entre reuniones (opcional)
forms-editor-key-hint = Las preguntas con la misma clave se alinean en los informes de la serie y de la red aunque sus palabras difieran (otro idioma, el tema de otra comunidad). Las preguntas de las evaluaciones incluidas ya tienen clave.
forms-editor-points = Escala, de menor a mayor
forms-editor-points-hint = Un punto por línea, de 3 a 5 (por ejemplo Bajo, Medio, Alto).
forms-editor-scale = Escala
forms-editor-options = Opciones
forms-editor-options-hint = Una opción por línea, de 2 a 12.
forms-editor-lines = Líneas para escribir
forms-editor-duplicate = Duplicar
forms-editor-removed = Se quitó “{ $name }”.
forms-editor-save = Guardar el formulario
forms-saved = Se guardó “{ $title }”, versión { $version }
forms-kind-retrospective = Calificación de antes y ahora
forms-kind-agreement = Acuerdo
forms-kind-yes-no = Sí o no
forms-kind-single-choice = Una opción
forms-kind-multiple-choice = Varias opciones
forms-kind-short-text = Respuesta breve
forms-kind-comment = Comentario
forms-kind-participant-code = Código de participante
forms-kind-heading = Encabezado de sección
forms-kind-instructions = Instrucciones
forms-scale-two = De acuerdo / En desacuerdo
forms-scale-four = Cuatro puntos, de Totalmente en desacuerdo a Totalmente de acuerdo
forms-scale-five = Cinco puntos, con un punto medio
forms-default-low = Bajo
forms-default-medium = Medio
forms-default-high = Alto

## La vista previa de la hoja impresa junto al editor del formulario; sus palabras van en
## el idioma del formulario.

forms-preview = La hoja impresa (vista previa)
forms-preview-serial = Hoja M1-001
forms-preview-how-to-mark = Rellene por completo un círculo para cada respuesta, con bolígrafo oscuro. Para cambiar una respuesta, tache con una X el círculo equivocado y rellene el correcto.
forms-preview-before = Antes de hoy
forms-preview-now = Ahora

## Llevar la evaluación de una reunión (formularios, hojas, capturas) a y desde un archivo.
forms-export = Exportar formularios y respuestas
forms-exported = Archivo de evaluación guardado: { $forms ->
    [one] un formulario
   *[other] { $forms } formularios
} y { $sheets ->
    [one] una hoja
   *[other] { $sheets } hojas
}
forms-export-file = Evaluación - { $title } - { $date }.json
forms-export-community-file = Evaluaciones - { $name }.json
forms-import = Importar formularios y respuestas…
forms-import-title = Importar formularios y respuestas
forms-import-file = Archivo de evaluación (.json)
forms-import-hint = Un archivo exportado desde la pestaña Evaluación de una reunión, en esta computadora o en otra. Entra en esta reunión; las capturas hechas en otra computadora se suman a las de aquí. Nada cambia hasta que confirme.
forms-import-forms = { $count ->
    [one] Un formulario nuevo
   *[other] { $count } formularios nuevos
}
forms-import-sheets = { $count ->
    [one] Una hoja nueva
   *[other] { $count } hojas nuevas
}
forms-import-entries = { $count ->
    [one] Una captura de hoja hecha en otra computadora
   *[other] { $count } capturas de hojas hechas en otra computadora
}
forms-import-versions = { $count ->
    [one] Una versión nueva de un formulario que ya está aquí
   *[other] { $count } versiones nuevas de formularios que ya están aquí
}
forms-import-accounted = { $count ->
    [one] Una hoja marcada como devuelta en blanco, estropeada o no devuelta
   *[other] { $count } hojas marcadas como devueltas en blanco, estropeadas o no devueltas
}
forms-import-unchanged = { $count ->
    [one] Una hoja ya está aquí igual que en el archivo.
   *[other] { $count } hojas ya están aquí igual que en el archivo.
}
forms-import-nothing = Nada nuevo: esta reunión ya tiene todo lo que hay en el archivo.
forms-import-confirm = Importar en esta reunión
forms-imported = Archivo de evaluación importado

## Las plantillas de formulario propias del facilitador.
forms-save-template = Guardar como plantilla
forms-template-dialog = Guardar el formulario como plantilla
forms-template-name = Nombre de la plantilla
forms-template-name-hint = Los formularios futuros pueden partir de ella, en cualquier reunión de cualquier comunidad. Conserva las palabras y el idioma del formulario.
forms-template-saved = Se guardó la plantilla «{ $name }»
forms-template-deleted = Se eliminó la plantilla «{ $name }»
forms-saved-templates = Sus plantillas
forms-saved-option = { $name } ({ $language })
forms-saved-hint = Su plantilla «{ $title }», { $count ->
    [one] 1 pregunta
   *[other] { $count } preguntas
}. El formulario nuevo conserva su idioma.
forms-delete-template = Eliminar esta plantilla
