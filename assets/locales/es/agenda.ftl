# El editor de la agenda y los tipos de puntos de la agenda.

agenda-kind-welcome = Bienvenida
agenda-kind-icebreaker = Actividad para romper el hielo
agenda-kind-agreements = Acuerdos de la comunidad
agenda-kind-teambuilding = Integración del equipo
agenda-kind-content = Presentación general
agenda-kind-discussion = Conversación enfocada
agenda-kind-video = Video
agenda-kind-break = Descanso
agenda-kind-meal = Comida
agenda-kind-reflection = Reflexión
agenda-kind-evaluation = Evaluación
agenda-kind-other = Otro
