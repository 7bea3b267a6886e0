# The application frame, the start screen and the list of communities.

## App: the top bar and the side navigation.

home-skip-link = Skip to content
home-brand = Convene
home-reconnecting = Reconnecting to Convene…
home-nav = Communities and library
home-library-link = Activity library
home-backups-link = Backups
home-about-link = About Convene
home-about-heading = About Convene
home-about-purpose = Convene helps facilitators plan, run and evaluate Community of Practice meetings for out-of-school-time staff, on their own computer, with no internet needed.
home-about-version = Version
home-about-schema = Database schema
home-about-data = Data file
home-about-licence = Convene is free software under the MIT licence.
home-about-notices = Third-party software
home-about-notices-hint = Convene is built with open-source software and fonts, whose licences ask that their notices travel with it. Open a list to read it.
home-about-crates = Rust crates in the program
home-about-packages = Packages in the interface
home-about-fonts = Fonts (Liberation Sans, SIL Open Font License)
home-about-notices-missing = This list is not part of this build of Convene.

## Home: the start screen.

home-welcome = Welcome to Convene
home-lead = Plan and run your Community of Practice meetings: each community's members and attendance, every meeting's agenda, a live timer the whole room can read, and printed agendas, all in one place on this computer.
# { $button } is the name of the “New community” button (home-new-community), shown in bold.
home-empty = You have no communities yet. Use { $button } to start one.
home-your-communities = Your communities
# Joined after a community's member and meeting counts on its card.
home-example-data = example data

## Sidebar: the searchable list of communities.

home-communities = Communities
home-search-communities = Search communities
home-no-cohort = No cohort
home-no-community-matches = No community matches.
home-no-communities = No communities yet.
home-new-community = New community
home-community-created = Created { $name }
