# El marco de la aplicación, la pantalla de inicio y la lista de comunidades.

## App: la barra superior y la navegación lateral.

home-skip-link = Saltar al contenido
home-brand = Convene
home-reconnecting = Reconectando con Convene…
home-nav = Comunidades y biblioteca
home-library-link = Biblioteca de actividades
home-backups-link = Copias de seguridad
home-about-link = Acerca de Convene
home-about-heading = Acerca de Convene
home-about-purpose = Convene ayuda a quienes facilitan a planear, dirigir y evaluar reuniones de comunidades de práctica para el personal de programas fuera del horario escolar, en su propia computadora y sin necesidad de internet.
home-about-version = Versión
home-about-schema = Esquema de la base de datos
home-about-data = Archivo de datos
home-about-licence = Convene es software libre bajo la licencia MIT.
home-about-notices = Software de terceros
home-about-notices-hint = Convene está hecho con software y fuentes de código abierto, cuyas licencias piden que sus avisos lo acompañen. Abra una lista para leerla.
home-about-crates = Crates de Rust del programa
home-about-packages = Paquetes de la interfaz
home-about-fonts = Fuentes (Liberation Sans, SIL Open Font License)
home-about-notices-missing = Esta lista no forma parte de esta compilación de Convene.

## Home: la pantalla de inicio.

home-welcome = Le damos la bienvenida a Convene
home-lead = Planifique y conduzca las reuniones de su comunidad de práctica: los integrantes y la asistencia de cada comunidad, la agenda de cada reunión, un temporizador en vivo que toda la sala puede leer y agendas impresas, todo en un solo lugar en esta computadora.
# { $button } es el nombre del botón “Nueva comunidad” (home-new-community), en negrita.
home-empty = Todavía no tiene comunidades. Use { $button } para crear la primera.
home-your-communities = Sus comunidades
# Va después de los números de integrantes y de reuniones en la tarjeta de una comunidad.
home-example-data = datos de ejemplo

## Sidebar: la lista de comunidades, con búsqueda.

home-communities = Comunidades
home-search-communities = Buscar comunidades
home-no-cohort = Sin cohorte
home-no-community-matches = Ninguna comunidad coincide.
home-no-communities = Todavía no hay comunidades.
home-new-community = Nueva comunidad
home-community-created = Se creó “{ $name }”
