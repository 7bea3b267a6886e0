# Una comunidad: su página, sus reuniones y sus integrantes.

## CommunityForm: crear o editar una comunidad.

community-cohort = Cohorte
community-focus = Enfoque
community-description = Descripción
community-name-hint = Por ejemplo: CdP de coordinadores(as) de sitio — Región 8
community-cohort-hint = Por ejemplo: cohorte 2026–2028
community-focus-hint = El ámbito compartido sobre el que la comunidad aprende en conjunto.
community-create = Crear la comunidad

## CommunityView: la página de la comunidad y sus pestañas. $count es un número.

community-not-found = No se encontró la comunidad
community-back-home = Volver a todas las comunidades
community-example-data = Datos de ejemplo
community-focus-label = Enfoque:
community-edit = Editar la comunidad
community-delete = Eliminar la comunidad
community-sections = Secciones de la comunidad
community-tab-meetings = Reuniones ({ $count })
community-tab-members = Integrantes ({ $count })
community-tab-agreements = Acuerdos
community-saved = Se guardó la comunidad
community-deleted = Se eliminó la comunidad

## Funciones sugeridas para los integrantes, en el campo Función del formulario.

community-role-site-coordinator = Coordinador(a) de sitio
community-role-youth-worker = Trabajador(a) juvenil
community-role-staff-leader = Líder del personal
community-role-quality-steward = Responsable de calidad
community-role-program-director = Director(a) del programa
community-role-executive-director = Director(a) ejecutivo(a)

## MeetingsTab: las reuniones de la comunidad por fecha.

community-meetings = Reuniones
community-time = Hora
community-meeting = Reunión
community-attendance = Asistencia
community-today = Hoy
community-present-of = { $present ->
    [one] 1 de { $total } presente
   *[other] { $present } de { $total } presentes
}
community-attendance-not-taken = Sin tomar
community-no-meetings = Todavía no hay reuniones. Programe la primera.
community-meeting-scheduled = Se programó “{ $title }”

## MemberForm: agregar o editar un(a) integrante.

community-role = Función
community-role-hint = Elija una o escriba la suya.
community-organization = Organización
community-site = Sitio
community-email = Correo electrónico
community-phone = Teléfono
community-member-language = Idioma preferido
# Lo que Convene imprime para este(a) integrante sale en el idioma del facilitador(a).
community-member-language-same = El mismo que Convene

## MembersTab: la lista de integrantes de la comunidad. $name es el nombre de un(a) integrante.

community-members = Integrantes
community-search-members = Buscar integrantes
community-search-members-placeholder = Buscar por nombre, función, organización, sitio
community-add-member = Agregar integrante
community-organization-site = Organización · Sitio
community-contact = Contacto
community-edit-named = Editar a { $name }
community-delete-named = Eliminar a { $name }
community-no-member-matches = Nadie coincide con su búsqueda.
community-no-members = Todavía no hay integrantes. Agregue a las personas de esta comunidad para tomar asistencia.
community-edit-member = Editar integrante
community-delete-member = Eliminar integrante
community-member-added = Se agregó a “{ $name }”
community-member-saved = Integrante guardado(a)
community-member-deleted = Integrante eliminado(a)
