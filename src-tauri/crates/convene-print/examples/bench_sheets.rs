//! How long a print run of evaluation sheets takes: 150 numbered copies of the shipped
//! meeting evaluation (one page each, every page with its own QR code), 10 times,
//! reporting min/median/max milliseconds per run and the size of the file.
//! Run with `cargo run --release --example bench_sheets -p convene-print`.

use std::time::Instant;

use convene_print::{form_pdf, FormSheet, Lang, Paper, PrintError, PrintInfo, SheetItem, Stamp};

const RUNS: usize = 10;
const COPIES: u32 = 150;

fn evaluation() -> FormSheet {
    let agree = |number: u32, text: &str| SheetItem::Choice {
        number,
        text: text.into(),
        options: vec!["Disagree".into(), "Agree".into()],
        several: false,
    };
    FormSheet {
        title: "Meeting evaluation".into(),
        intro: "Thank you for today. Your answers help us plan the next meeting.".into(),
        items: vec![
            SheetItem::Heading("Today's topic".into()),
            SheetItem::BeforeNow {
                number: 1,
                text: "My knowledge of the Quality Standards for Expanded Learning".into(),
                points: vec!["Low".into(), "Medium".into(), "High".into()],
            },
            agree(2, "I increased my knowledge of the Quality Standards."),
            agree(3, "The meeting gave me information or practices I can apply at my site."),
            agree(4, "Teambuilding activities were an effective way to interact positively with colleagues."),
            SheetItem::Writing { number: 5, text: "What was most useful today?".into(), lines: 3 },
            SheetItem::Writing { number: 6, text: "What do you still need?".into(), lines: 3 },
        ],
    }
}

fn main() -> Result<(), PrintError> {
    let sheet = evaluation();
    let info = PrintInfo {
        created: "2027-03-04T18:30:00Z".into(),
        footer: "Printed from Convene".into(),
        lang: Lang::En,
    };
    let stamps: Vec<Stamp> = (1..=COPIES)
        .map(|n| Stamp {
            serial: format!("Sheet M3-{n:03}"),
            code: format!("CNV1:0193a5c4-7b1e-7c3d-9f00-1234567890ab:1:{n}:{}", n % 10),
            participant: None,
        })
        .collect();
    let mut millis = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let pdf = form_pdf(&sheet, &stamps, Paper::Letter, &info)?;
        millis.push(start.elapsed().as_secs_f64() * 1000.0);
        bytes = pdf.len();
    }
    millis.sort_by(f64::total_cmp);
    println!(
        "{COPIES} sheets, {RUNS} runs, {} KB each run: min {:.0} ms, median {:.0} ms, max {:.0} ms",
        bytes / 1024,
        millis[0],
        millis[RUNS / 2],
        millis[RUNS - 1],
    );
    Ok(())
}
