# The application frame, the start screen and the list of communities.

## App: the top bar and the side navigation.

home-skip-link = Skip to content
home-brand = Convene
home-reconnecting = Reconnecting to Convene…
home-nav = Communities and library
home-library-link = Activity library
home-backups-link = Backups

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
