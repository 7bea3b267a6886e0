# Los acuerdos de una comunidad: los vigentes, sus versiones, la revisión y el repaso.

# Dónde se adoptó una versión (lib/agreements.ts). $date llega formateada.

agreements-caption-adopted = Versión { $version } · adoptada en { $meeting }, { $date }
agreements-caption-not-adopted = Versión { $version } · no se adoptó en una reunión

# AgreementsTab

agreements-heading = Acuerdos
agreements-in-force = Acuerdos vigentes
agreements-revise = Revisar los acuerdos
agreements-revise-title = Revisar los acuerdos
agreements-saved-version = Se guardó la versión { $version } de los acuerdos
agreements-print-label = Imprimir los acuerdos
agreements-print = Imprimir:
agreements-poster = Cartel (PDF)
agreements-table-tent = Tarjeta de mesa (PDF)
agreements-poster-ready = El cartel de los acuerdos está listo
agreements-table-tent-ready = La tarjeta de mesa de los acuerdos está lista
agreements-paper = Papel
agreements-paper-letter = Carta (EE. UU.)
agreements-earlier = Versiones anteriores
agreements-earlier-none = Todavía no hay ninguna. Cada vez que revise los acuerdos, la versión anterior se guarda aquí.
agreements-revise-from = Empezar una revisión a partir de la versión { $version }
agreements-revise-from-title = Revisar a partir de la versión { $version }
agreements-write-own = Escribir los propios
agreements-write-own-title = Escribir sus propios acuerdos
agreements-none-yet = { $community } todavía no tiene acuerdos. Créelos junto con el grupo cuando se forme la cohorte: cómo se van a cuidar entre todos, jugar limpio y aprovechar al máximo su tiempo. Se muestran en el proyector antes de cada actividad de integración, y el grupo los repasa al cierre de cada reunión.
agreements-start-from-template = Empezar con una plantilla
agreements-from-template-title = Acuerdos a partir de “{ $name }”
agreements-editor-intro = Escríbalos con el grupo, con las propias palabras del grupo. Los acuerdos funcionan mejor cuando todos ayudaron a crearlos.

# AgreementSet

agreements-in-practice = En la práctica:

# AgreementTemplates

agreements-template-preview = Acuerdos de { $name }
agreements-template-use = Usar este conjunto
agreements-template-use-named = Usar este conjunto: { $name }

# AgreementsEditor. $number numera los acuerdos de la lista desde 1.

agreements-editor-templates = Empezar con una plantilla
agreements-editor-templates-hint = Al elegir un conjunto se reemplazan los acuerdos de abajo; puede deshacerlo y editarlo antes de guardar.
agreements-editor-filled = Se completó con “{ $name }”.
agreements-editor-removed = Se quitó “{ $name }”.
# Qué es cada fila de la lista, en minúscula; la lista lo escribe con mayúscula en sus encabezados (“Acuerdo 2”).
agreements-editor-noun = acuerdo
agreements-editor-unnamed = acuerdo { $number }
agreements-editor-add = Agregar un acuerdo
agreements-editor-label = Nombre
agreements-editor-label-hint = Un nombre corto, como “Juega seguro”.
agreements-editor-statements = Enunciados
agreements-editor-statements-hint = Uno por línea. Se leen en voz alta y se proyectan.
agreements-editor-practice = Cómo se ve en la práctica
agreements-editor-practice-hint = Opcional: ejemplos concretos que acordó el grupo.
agreements-editor-most = { $count ->
    [one] Un conjunto tiene como máximo 1 acuerdo, para que el proyector pueda mostrarlo.
   *[other] Un conjunto tiene como máximo { $count } acuerdos, para que el proyector pueda mostrarlos todos.
}
agreements-editor-adopted-at = Adoptada en
agreements-editor-not-at-meeting = En ninguna reunión
agreements-editor-adopted-hint = La reunión en la que el grupo acordó esta versión.
agreements-editor-keeps-history = Al guardar, las versiones anteriores se conservan en el historial; no se sobrescribe nada.
agreements-editor-save = Guardar como versión { $version }

# AgreementsCheckin: al cierre de la reunión, el grupo califica cada acuerdo del 1 al 5.
# Los dos mensajes de la escala van después de un “1” y un “5” en negrita.

agreements-checkin-heading = Repaso de los acuerdos
agreements-checkin-none = Esta comunidad todavía no tiene acuerdos, así que no hay nada que repasar.
agreements-checkin-write = Escribir los acuerdos de la comunidad
agreements-checkin-intro = Al cierre de la reunión, pregunte al grupo qué tan bien vivió hoy cada acuerdo y registre la respuesta de la sala. Esta es la versión { $version } de los acuerdos.
agreements-checkin-low = = nos costó
agreements-checkin-high = = lo vivimos
agreements-checkin-not-rated = Sin calificar
agreements-checkin-save = Guardar el repaso
agreements-checkin-saved = Se guardó el repaso
agreements-checkin-unsaved = Tiene calificaciones que todavía no se han guardado.
agreements-checkin-saved-count = { $total ->
    [one] ✓ Guardado: { $rated } de 1 acuerdo calificado.
   *[other] ✓ Guardado: { $rated } de { $total } acuerdos calificados.
}
agreements-checkin-nothing = Todavía no hay nada calificado.
