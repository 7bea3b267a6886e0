//! Writes every printed document, rendered from the test fixtures and the
//! sample agenda, to a directory so a person can look at them (or turn them into images with
//! `pdftoppm -png -r 50`). Run with
//! `cargo run --example print_look -p convene-print -- /tmp/print-look`.

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;
#[path = "../tests/sample/mod.rs"]
mod sample;

use std::path::PathBuf;

use convene_print::{
    activity_card_pdf, agenda_pdf, agreements_poster_pdf, materials_pdf, table_tent_pdf, Audience,
    Paper, PrintError,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or("/tmp/print-look".to_owned()),
    );
    std::fs::create_dir_all(&dir)?;
    let info = fixtures::info();
    let agenda = sample::sheet(11);
    let agenda_info = sample::info();
    let documents: [(&str, Result<Vec<u8>, PrintError>); 12] = [
        (
            "agenda-participant",
            agenda_pdf(&agenda, Audience::Participant, Paper::Letter, &agenda_info),
        ),
        (
            "agenda-facilitator",
            agenda_pdf(&agenda, Audience::Facilitator, Paper::A4, &agenda_info),
        ),
        (
            "agenda-empty",
            agenda_pdf(
                &sample::sheet(0),
                Audience::Participant,
                Paper::Letter,
                &agenda_info,
            ),
        ),
        (
            "card",
            activity_card_pdf(&fixtures::card(), Paper::Letter, &info),
        ),
        (
            "card-long",
            activity_card_pdf(&fixtures::card_with_steps(8), Paper::Letter, &info),
        ),
        (
            "card-very-long",
            activity_card_pdf(&fixtures::card_with_steps(60), Paper::A4, &info),
        ),
        (
            "materials",
            materials_pdf(&fixtures::materials(6), Paper::Letter, &info),
        ),
        (
            "materials-200",
            materials_pdf(&fixtures::materials(200), Paper::A4, &info),
        ),
        (
            "materials-empty",
            materials_pdf(&fixtures::materials(0), Paper::Letter, &info),
        ),
        (
            "poster",
            agreements_poster_pdf(&fixtures::agreements(), Paper::Letter, &info),
        ),
        (
            "poster-many",
            agreements_poster_pdf(&fixtures::many_agreements(14), Paper::A4, &info),
        ),
        (
            "tent",
            table_tent_pdf(&fixtures::agreements(), Paper::Letter, &info),
        ),
    ];
    for (name, bytes) in documents {
        let file = dir.join(format!("{name}.pdf"));
        std::fs::write(&file, bytes?)?;
        println!("{}", file.display());
    }
    Ok(())
}
