//! A realistic agenda shared by the integration test and the benchmark example,
//! so both exercise accented names, long wrapped text and page breaks.

use convene_print::{AgendaEntry, AgendaSheet, PrintInfo};

/// Title of the item whose name carries the accents the tests look for.
pub const ACCENTED_TITLE: &str = "Niños, año, Peña: family engagement stories";
/// Last words of the 600-word description, to prove nothing was cut.
pub const LONG_TAIL: &str = "end of the long description";

/// (title, kind, minutes, presenter, notes, materials)
const ITEMS: [(&str, &str, u32, &str, &str, &str); 11] = [
    (
        "Welcome and arrivals",
        "Opening",
        15,
        "",
        "Greet people by name at the door",
        "Name tags, sign-in sheet",
    ),
    (
        "Two truths and a lesson",
        "Teambuilding",
        35,
        "Dana Whitfield",
        "Model the activity first with a short example",
        "Index cards",
    ),
    (
        ACCENTED_TITLE,
        "Sharing",
        40,
        "Íñigo Peña",
        "Invite quieter sites to go first this time",
        "",
    ),
    ("Stretch break", "Break", 15, "", "", ""),
    (
        "Deep dive: reading attendance data together",
        "Learning",
        45,
        "Marisol Acevedo",
        "Have the district dashboard open before the session starts",
        "Projector, printed attendance charts",
    ),
    (
        "Peer consultancy round",
        "Problem solving",
        30,
        "",
        "Keep each round to ten minutes with a visible timer",
        "Timer, protocol handout",
    ),
    (
        "Lunch",
        "Break",
        30,
        "",
        "Dietary list went to the caterer on Tuesday",
        "",
    ),
    (
        "Tool spotlight: the family contact log",
        "Learning",
        20,
        "Kwame Mensah",
        "Show the export button; people always ask",
        "Laptop with demo data",
    ),
    (
        "Action planning for October",
        "Planning",
        20,
        "",
        "Collect one commitment per site on a sticky note",
        "Sticky notes, markers",
    ),
    (
        "Appreciations",
        "Closing",
        10,
        "",
        "Start with the newest member",
        "",
    ),
    (
        "Closing circle and evaluation",
        "Closing",
        10,
        "Dana Whitfield",
        "Remind everyone the survey link is on the back",
        "Evaluation QR code",
    ),
];

const SENTENCES: [&str; 8] = [
    "Each site brings one chart from the last six weeks and a question it cannot answer alone.",
    "We look first at what the numbers say before anyone explains why they look that way.",
    "Small groups of three rotate so that every coordinator hears at least two other sites.",
    "Notice patterns across sites such as Monday dips, rainy-day drops and the week after breaks.",
    "Write down one thing you would try, one thing you would ask a colleague, and one thing to stop.",
    "The facilitator will keep a parking lot for district-level questions we cannot settle today.",
    "Families in Peña Valley asked for Spanish materials, so the handouts are bilingual this year.",
    "Bring your own examples, even messy ones; the point is to learn from real data together.",
];

/// A sheet with `count` items, cycling through the realistic ones above. The
/// deep-dive item gets a description of about 600 words.
pub fn sheet(count: usize) -> AgendaSheet {
    let mut clock = 9 * 60;
    let items = (0..count)
        .map(|index| {
            let entry = entry(index, clock);
            clock += entry.minutes;
            entry
        })
        .collect();
    AgendaSheet {
        community: "Site Coordinator CoP — Example Region".to_owned(),
        title: "Fall Kickoff: Familias y Comunidad".to_owned(),
        series: "Year 1 · Meeting 2".to_owned(),
        when: "Saturday, September 12, 2026 · 9:00 AM – 1:30 PM".to_owned(),
        location: "Lincoln Elementary Library, 410 Maple Street".to_owned(),
        items,
    }
}

fn entry(index: usize, start: u32) -> AgendaEntry {
    let (title, kind, minutes, presenter, notes, materials) = ITEMS[index % ITEMS.len()];
    let description = if index == 4 {
        long_description()
    } else {
        format!("{}\n{}", SENTENCES[index % 8], SENTENCES[(index + 3) % 8])
    };
    AgendaEntry {
        start: clock_label(start),
        end: clock_label(start + minutes),
        title: title.to_owned(),
        kind: kind.to_owned(),
        minutes,
        presenter: presenter.to_owned(),
        description,
        notes: notes.to_owned(),
        materials: materials.to_owned(),
    }
}

/// Paragraphs of sample sentences adding up to 600 words, ending with `LONG_TAIL`.
fn long_description() -> String {
    let mut words = 0;
    let mut paragraphs = Vec::new();
    let mut paragraph = Vec::new();
    for sentence in SENTENCES.iter().cycle() {
        if words + sentence.split_whitespace().count() > 594 {
            break;
        }
        words += sentence.split_whitespace().count();
        paragraph.push(*sentence);
        if paragraph.len() == 5 {
            paragraphs.push(paragraph.join(" "));
            paragraph.clear();
        }
    }
    let closing = format!("This is the {LONG_TAIL}.");
    paragraph.push(&closing);
    paragraphs.push(paragraph.join(" "));
    paragraphs.join("\n\n")
}

/// Minutes after midnight as "9:05 AM".
fn clock_label(minutes: u32) -> String {
    let (hour, minute) = ((minutes / 60) % 24, minutes % 60);
    let suffix = if hour < 12 { "AM" } else { "PM" };
    let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
    format!("{twelve}:{minute:02} {suffix}")
}

pub fn info() -> PrintInfo {
    PrintInfo {
        created: "2026-11-22T10:00:00Z".to_owned(),
        footer: "Printed from Convene on November 22, 2026".to_owned(),
        lang: convene_print::Lang::En,
    }
}
