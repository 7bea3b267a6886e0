//! What Convene ships inside its binary, from the repository's `assets/` folder.
//!
//! Fonts, the shipped activity library, the agreement templates and the
//! example community are compiled in so the app never depends on files beside
//! it or on what a user's machine has. They are reached only through here, so
//! where `assets/` lies is written once and a moved file breaks one line.
//! What each file means is up to the crate that reads it.

/// The path of `file` in the repository's `assets/` folder.
macro_rules! asset {
    ($($file:tt)+) => {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../assets/", $($file)+)
    };
}

/// Liberation Sans 2 Regular (SIL Open Font License, `assets/fonts/LICENSE-OFL.txt`):
/// the body face of every printed document, with glyphs for accented names.
pub const FONT_REGULAR: &[u8] = include_bytes!(asset!("fonts/LiberationSans-Regular.ttf"));

/// Liberation Sans 2 Bold, under the same licence.
pub const FONT_BOLD: &[u8] = include_bytes!(asset!("fonts/LiberationSans-Bold.ttf"));

/// The activities every library starts with, in the library file format
/// (`assets/library/FORMAT.md`).
pub const SHIPPED_ACTIVITIES: &str = include_str!(asset!("library/activities.json"));

/// The agreement sets a community can start from, in English and in Spanish: the same
/// sets, by the same keys, in the same order.
pub const AGREEMENT_TEMPLATES_EN: &str = include_str!(asset!("templates/en/agreements.json"));
pub const AGREEMENT_TEMPLATES_ES: &str = include_str!(asset!("templates/es/agreements.json"));

/// The shipped evaluation forms and the blank form, in English and in Spanish.
pub const FORM_TEMPLATES_EN: &str = include_str!(asset!("templates/en/forms.json"));
pub const FORM_TEMPLATES_ES: &str = include_str!(asset!("templates/es/forms.json"));

/// The shipped reflection worksheets, in English and in Spanish: the same worksheets,
/// by the same keys, in the same order.
pub const WORKSHEET_TEMPLATES_EN: &str = include_str!(asset!("templates/en/worksheets.json"));
pub const WORKSHEET_TEMPLATES_ES: &str = include_str!(asset!("templates/es/worksheets.json"));

/// The built-in agenda (the guide's 4.5-hour meeting), in English and in Spanish.
pub const AGENDA_TEMPLATE_EN: &str = include_str!(asset!("templates/en/agenda.json"));
pub const AGENDA_TEMPLATE_ES: &str = include_str!(asset!("templates/es/agenda.json"));

/// The example community a new database is filled with.
pub const EXAMPLE_COMMUNITY: &str = include_str!(asset!("example/site-coordinator-cop.json"));

/// The message catalogue's files, one per part of the app; every language has the same
/// files (`assets/locales/README.md`).
pub const CATALOGUE_FILES: [&str; 16] = [
    "common",
    "home",
    "community",
    "meeting",
    "agenda",
    "run",
    "room",
    "library",
    "agreements",
    "forms",
    "entry",
    "report",
    "backups",
    "errors",
    "print",
    "shell",
];

macro_rules! catalogue {
    ($lang:literal) => {
        [
            include_str!(asset!(concat!("locales/", $lang, "/common.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/home.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/community.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/meeting.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/agenda.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/run.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/room.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/library.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/agreements.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/forms.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/entry.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/report.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/backups.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/errors.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/print.ftl"))),
            include_str!(asset!(concat!("locales/", $lang, "/shell.ftl"))),
        ]
    };
}

/// The English catalogue, in the order of [`CATALOGUE_FILES`].
pub const CATALOGUE_EN: [&str; 16] = catalogue!("en");

/// The Spanish (United States) catalogue, in the order of [`CATALOGUE_FILES`].
pub const CATALOGUE_ES: [&str; 16] = catalogue!("es");
