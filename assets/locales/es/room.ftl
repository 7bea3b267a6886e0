# Las pantallas de la sala: el proyector, la agenda para participantes y el control remoto.
# Usan el idioma de la sala; en el proyector el texto se dirige a toda la sala (ustedes).

room-reconnecting = Reconectando…

# Projector

room-projector-title = Proyector de Convene
room-projector-waiting = Esperando a que comience una reunión. Aparecerá aquí en cuanto el facilitador(a) la inicie.
room-projector-clock = Hora actual
room-projector-thanks = Gracias por venir
room-projector-welcome = Les damos la bienvenida
room-projector-day = La agenda de hoy
room-projector-agreements = Nuestros acuerdos de la comunidad
room-projector-blanked = Pantalla en negro

# SafetyReminderSlide: en el proyector antes de una actividad de integración.

room-reminder-kicker = Antes de empezar:
room-reminder-monitor = Responsable de seguridad:
room-reminder-monitor-missing = Nombren a un(a) responsable de seguridad antes de empezar
room-reminder-agreements = Nuestros acuerdos
room-reminder-safety = Seguridad
room-reminder-opt-out = Pueden optar por no participar
# Cuando la actividad no tiene sus propias notas para no participar.
room-reminder-challenge-by-choice = Reto por elección: ustedes deciden hasta dónde participar y pueden salirse o tomar otra función en cualquier momento.
room-reminder-hint = Comienza cuando el facilitador(a) continúe

# ParticipantAgenda

room-agenda-title = La agenda de hoy
room-agenda-now = Ahora
room-agenda-waiting = Esperando a que comience una reunión. La agenda aparecerá aquí en cuanto el facilitador(a) la inicie.

# Clicker: un teléfono en manos de una persona (usted), primero vinculado con un código y luego para avanzar por la reunión.

room-clicker-title = Control remoto de Convene
room-clicker-connecting = Conectando…
room-clicker-revoked = Este teléfono ya no está vinculado. Pídale un código nuevo al facilitador(a).
room-clicker-intro = Escriba el código de seis dígitos que aparece en la pantalla del facilitador(a) (Conducir la reunión → Dispositivos) y un nombre para este teléfono.
room-clicker-code = Código de vinculación
room-clicker-name = Nombre de este teléfono
room-clicker-name-placeholder = Teléfono de Maya
room-clicker-pair = Vincular este teléfono
room-clicker-item = Punto { $number } de { $count }
room-clicker-controls = Controles en vivo
room-clicker-blackout = Pantalla en negro
room-clicker-unblank = Volver a mostrar la pantalla
room-clicker-idle = No hay ninguna reunión en curso. Los botones aparecerán aquí en cuanto el facilitador(a) inicie una.
