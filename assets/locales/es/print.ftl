# Documentos impresos: las palabras que cada documento agrega al contenido del facilitador(a).

## Todos los documentos
print-continued = { $title } (continuación)
print-continued-mark = (continuación)
print-page-of = Página { $page } de { $pages }
print-fold-here = doblar aquí
print-footer = Impreso con Convene el { $date }
print-minutes = { $minutes } min

## La agenda
print-agenda-facilitator-banner = Agenda del facilitador(a): no es para repartir
print-agenda-facilitator-continued = { $title } (continuación) · Agenda del facilitador(a): no es para repartir
print-agenda-empty = Todavía no hay puntos en la agenda.
print-agenda-presenter = Presenta:
print-agenda-notes = Notas:
print-agenda-materials = Materiales:
print-agenda-when = { $date } · { $start } – { $end }
print-agenda-file = Agenda - { $title }.pdf
print-agenda-facilitator-file = Agenda del facilitador - { $title }.pdf

## La tarjeta de actividad
print-card-materials = Materiales
print-card-setup = Preparación
print-card-steps = Pasos
print-card-safety = Seguridad
print-card-opt-out = Optar por no participar y adaptaciones
print-card-opt-out-label = Optar por no participar:
print-card-adaptations-label = Adaptaciones:
print-card-debrief = Conversación de cierre
print-card-what = ¿Qué?
print-card-so-what = ¿Y qué?
print-card-now-what = ¿Y ahora qué?
print-card-theme-link = Relación con el tema
print-card-safety-monitor = Designe a un(a) responsable de seguridad antes de empezar.
print-card-file = Tarjeta de actividad - { $name }.pdf
print-card-setup-minutes = preparación: { $minutes } min
print-card-people = { $range } personas
print-card-groups-of = grupos de { $size }
print-card-space-indoor = Bajo techo
print-card-space-outdoor = Al aire libre
print-card-space-either = Bajo techo o al aire libre
print-card-space-virtual = Virtual
print-card-intensity-low = Intensidad baja
print-card-intensity-medium = Intensidad media
print-card-intensity-high = Intensidad alta
print-card-contact-none = Sin contacto
print-card-contact-light = Contacto leve
print-card-contact-close = Contacto cercano
print-card-grouping-whole = Todo el grupo
print-card-grouping-small-groups = Grupos pequeños
print-card-grouping-pairs = En parejas
print-card-grouping-individual = Cada quien por su cuenta

## La lista de materiales
print-materials-heading = Lista de materiales
print-materials-file-title = Lista de materiales — { $meeting }
print-materials-none-needed = Ninguna actividad de la agenda de esta reunión necesita materiales.
print-materials-for = Para: { $activities }
print-materials-basis-expected = Cantidades para { $count ->
    [one] 1 persona
   *[other] { $count } personas
} (asistencia prevista)
print-materials-basis-members = Cantidades para { $count ->
    [one] 1 persona
   *[other] { $count } personas
} (integrantes de la comunidad)
print-materials-file = Materiales - { $title }.pdf

## El cartel y la tarjeta de mesa de los acuerdos
print-agreements-heading = Nuestros acuerdos de la comunidad
print-agreements-none = Todavía no se han adoptado acuerdos.
print-agreements-poster-title = Nuestros acuerdos de la comunidad — { $community }
print-agreements-tent-title = Nuestros acuerdos de la comunidad — { $community } (tarjeta de mesa)
print-agreements-version = Versión { $version }
print-agreements-version-adopted = Versión { $version } · adoptada en { $meeting }
print-agreements-version-adopted-on = Versión { $version } · adoptada en { $meeting }, { $date }
print-agreements-poster-file = Cartel de acuerdos - { $community }.pdf
print-agreements-tent-file = Tarjeta de mesa de acuerdos - { $community }.pdf

## Formularios de evaluación: las palabras que Convene imprime alrededor de las de la o el facilitador.

print-form-how-to-mark = Rellene por completo un círculo para cada respuesta, con bolígrafo oscuro. Para cambiar una respuesta, tache con una X el círculo equivocado y rellene el correcto.
print-form-before = Antes de hoy
print-form-now = Ahora
print-form-several = Rellene todos los círculos que correspondan.
print-form-serial = Hoja { $serial }
print-form-file = Hojas de evaluación - { $title }.pdf
print-form-code-printed = Su código de participante está impreso arriba a la izquierda de esta hoja. Vincula sus hojas de una reunión a otra; su nombre no se guarda con sus respuestas.
print-form-code-label = Código de participante
print-form-for = Para { $name }
print-form-members-file = Hojas de evaluación por miembro - { $title }.pdf
print-form-strongly-disagree = Totalmente en desacuerdo
print-form-disagree = En desacuerdo
print-form-neutral = Ni de acuerdo ni en desacuerdo
print-form-agree = De acuerdo
print-form-strongly-agree = Totalmente de acuerdo
print-form-yes = Sí
print-form-no = No

## Certificados de finalización y expedientes.

print-certificate-title = Certificados de finalización
print-certificate-title-one = Certificado de finalización - { $name }
print-certificate-heading = Certificado de Finalización
print-certificate-certifies = Se certifica que
print-certificate-completed = ha completado
print-certificate-attended = { $meetings ->
    [one] con asistencia a una reunión, { $dates }
   *[other] con asistencia a { $meetings } reuniones, { $dates }
}
print-certificate-hours = { $hours } horas de contacto · { $ceus } CEU
print-certificate-signature = Firma
print-certificate-issued = Fecha de emisión
print-certificate-number = Certificado n.º { $number } · Código de verificación { $code }
print-certificate-reissued = Reemitido; reemplaza al n.º { $number }
print-certificate-file = Certificados - { $title }.pdf
print-transcript-title = Expediente - { $name }
print-transcript-heading = Expediente de participación
print-transcript-date = Fecha
print-transcript-meeting = Reunión
print-transcript-hours = Horas
print-transcript-none = Todavía no hay reuniones con asistencia registrada.
print-transcript-total = Total: { $hours } horas de contacto · { $ceus } CEU
print-transcript-certificates = Certificados
print-transcript-certificate-line = N.º { $number } · { $series } · emitido el { $date }
print-transcript-certificate-replaced = N.º { $number } · { $series } · emitido el { $date } · reemplazado por el n.º { $newer }
print-transcript-file = Expediente - { $name }.pdf

## La hoja de registro.

print-sign-in-heading = Hoja de registro
print-sign-in-file-title = Hoja de registro - { $title }
print-sign-in-name = Nombre
print-sign-in-signature = Firma
print-sign-in-walk-in = Nombre y organización (en letra de molde)
print-sign-in-file = Hoja de registro - { $title }.pdf

## La hoja de ruta de un integrante: su plan de desarrollo en una página.

print-road-map-heading = Hoja de ruta
print-road-map-title = Hoja de ruta - { $name }
print-road-map-file = Hoja de ruta - { $name }.pdf
print-road-map-no-goals = Todavía no hay metas.
print-road-map-why = Por qué importa:
print-road-map-steps = Pasos
print-road-map-support = Apoyo necesario:
print-road-map-evidence = Evidencia de avance:
print-road-map-checkins = Últimos seguimientos
print-road-map-status = { $status } · { $standard }
print-road-map-step = { $step } (para el { $date })
print-road-map-step-done = { $step } (hecho)
print-road-map-next = Sigue: { $next }

## La lista de parejas.

print-pairs-heading = Parejas
print-pairs-title = Parejas - { $period }
print-pairs-group = Grupo { $number }
print-pairs-file = Parejas - { $label }.pdf

## Hojas de reflexión.

print-worksheet-title-for = { $title } - { $name }
print-worksheet-name = Nombre
print-worksheet-site = Sitio
print-worksheet-date = Fecha
print-worksheet-goal = Mi meta actual:
print-worksheet-last-checkin = Último seguimiento:
print-worksheet-notes = Notas
print-worksheet-file = { $title }.pdf
print-worksheet-file-personalised = { $title } - personalizadas.pdf
