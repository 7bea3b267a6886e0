//! How long one printed agenda takes: renders a 20-item facilitator agenda
//! 50 times and reports min/median/max milliseconds per document.
//! Run with `cargo run --release --example bench_agenda -p convene-print`.

#[path = "../tests/sample/mod.rs"]
mod sample;

use std::time::Instant;

use convene_print::{agenda_pdf, Audience, Paper, PrintError};

const RUNS: usize = 50;

fn main() -> Result<(), PrintError> {
    let sheet = sample::sheet(20);
    let info = sample::info();
    let mut millis = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let pdf = agenda_pdf(&sheet, Audience::Facilitator, Paper::Letter, &info)?;
        millis.push(start.elapsed().as_secs_f64() * 1000.0);
        bytes = pdf.len();
    }
    millis.sort_by(f64::total_cmp);
    println!(
        "{} items, {RUNS} runs, {} KB each: min {:.1} ms, median {:.1} ms, max {:.1} ms",
        sheet.items.len(),
        bytes / 1024,
        millis[0],
        millis[RUNS / 2],
        millis[RUNS - 1],
    );
    Ok(())
}
