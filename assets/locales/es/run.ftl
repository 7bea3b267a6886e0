# La vista del facilitador(a) durante una reunión en vivo, y los teléfonos vinculados como control remoto.
# Una “sesión en vivo” es cada vez que una reunión se conduce en vivo; si se vuelve a iniciar, tiene una segunda.

# RunControl: la pregunta antes de volver a iniciar una reunión que terminó.

run-restart-title = ¿Volver a iniciar esta reunión?
run-keep-ended = Dejarla terminada
run-start-run = Iniciar la sesión en vivo { $number }

# RunControl: encabezado, teclas y el punto actual.

run-breadcrumb = Ruta de navegación
run-breadcrumb-here = En vivo
run-title = En vivo: { $title }
run-keys = Teclas: Espacio iniciar/pausar · → o Av Pág siguiente · ← o Re Pág anterior · B pantalla en negro · F pantalla completa · + / − un minuto
run-open-projector = Abrir el proyector
run-reconnecting = Reconectando… el reloj sigue contando desde la última actualización.
run-current-item = Punto actual
run-now-item = Ahora · punto { $number } de { $count }
run-timer-controls = Controles del temporizador
run-adjust-time = Ajustar el tiempo
run-minus-minute = − 1 min
run-plus-minute = + 1 min
run-take-away = Quitar
run-end-meeting = Terminar la reunión
run-your-notes = Sus notas

# Los botones para avanzar por la reunión, también en el control remoto y el proyector.

run-previous = ← Anterior
run-pause = Pausar
run-resume = Reanudar
run-start-activity = Iniciar la actividad →
run-next = Siguiente →
run-next-up = A continuación:
run-next-end = el final de la reunión

# RunControl: el recordatorio de los acuerdos antes de una actividad de integración. La
# oración se divide alrededor del nombre de la actividad, que aparece en negrita entre ambas partes.

run-reminder-showing = El proyector está mostrando el recordatorio de los acuerdos para
run-reminder-press-next = — presione Siguiente (→) para iniciar la actividad.
run-monitor-missing = Esta actividad pide un(a) responsable de seguridad y el punto no nombra a nadie: nombre a alguien antes de empezar.

# RunControl: cómo va la reunión respecto al plan. $duration, $projected y $planned llegan formateados.

run-behind = { $duration } de retraso
run-ahead = { $duration } de adelanto
run-on-plan = Según el plan
run-projected-end = · fin previsto { $projected } (planificado { $planned })

# RunControl: antes de que empiece la reunión y después de que termine.

run-ended = Esta reunión terminó.
run-not-started = La reunión no ha comenzado.
run-start-again = Volver a empezar desde el primer punto
run-start-meeting = Iniciar la reunión
run-add-items-first = Primero agregue puntos a la agenda.
run-record-checkin = Registrar el repaso de los acuerdos

# RunControl: lo que ve la sala.

run-room-heading = Lo que ve la sala
run-blackout = Pantalla en negro (B)
run-show-agreements = Mostrar los acuerdos de la comunidad
run-no-agreements = Esta comunidad todavía no tiene acuerdos.
run-message-label = Mensaje para la sala
run-message-placeholder = 5 minutos y luego compartimos
run-message-show = Mostrar
run-message-clear = Retirar
run-message-shown = Mensaje mostrado en el proyector
run-message-cleared = Mensaje retirado
run-auto-advance = Pasar al siguiente punto al llegar a cero
run-chime = Sonar una campanilla en el proyector con el aviso y al llegar a cero
run-warning-placeholder = 2 min o 20 %
run-danger-placeholder = 1 min o 5 %
run-thresholds-hint = Para todos los puntos de esta reunión, salvo los que tengan sus propios valores.
run-room-language = Idioma de la sala
run-room-language-hint = Lo usan el proyector, la agenda para participantes y el control remoto.

# RunControl: los puntos del día y el registro de la sesión en vivo.

run-day-heading = El día
run-jump-to = Ir a { $title }
run-jump = Ir
run-log-heading = Registro de la sesión en vivo
run-log-item = Punto
run-log-planned = Previsto
run-log-actual = Real
run-log-run = Sesión en vivo { $number }
run-log-minutes = { $minutes } min
run-log-actual-minutes = { NUMBER($minutes, minimumFractionDigits: 1, maximumFractionDigits: 1) } min
run-log-running = en curso
run-log-export = Exportar CSV
run-log-saved = Registro guardado

# DevicesPanel: vincular teléfonos como control remoto. La oración se divide alrededor de
# las direcciones (en negrita, unidas con run-devices-or) y del código.

run-devices-heading = Dispositivos
run-devices-intro = Un teléfono vinculado puede avanzar por la agenda, pausar y poner el proyector en negro; nada más.
run-devices-pair = Vincular un teléfono como control remoto
run-devices-open = En el teléfono, abra
run-devices-or = o
run-devices-type = y escriba
run-devices-code-label = Código de vinculación { $digits }
run-devices-until = El código vincula un solo teléfono y es válido hasta { $time }.
run-devices-last-used = · último uso: { $when }
run-devices-never-used = · nunca se ha usado
run-devices-revoke = Revocar
run-devices-revoke-name = Revocar { $name }
run-devices-revoked = { $name } ya no puede controlar la reunión
run-devices-none = No hay ningún teléfono vinculado.

# El nombre sugerido del registro exportado; $date se escribe 2026-09-12 para que los archivos se ordenen.
run-log-file = Registro de la sesión en vivo - { $date } - { $title }.csv
