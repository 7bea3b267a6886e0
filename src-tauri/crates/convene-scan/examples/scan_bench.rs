//! Accuracy and speed of reading scanned sheets, on sheets made by the test generator
//! from the project's own printed PDF with known answers (pen, pencil and ticks, a
//! question in five left blank). For each condition it reads 40 sheets and reports the
//! sheets identified, the accuracy of the marks read with confidence, the share sent to
//! a person, and the time to read a sheet (find the page, its code, every circle),
//! generation not counted. Goals: accuracy ≥ 99.9 % scanner-like and ≥ 99.5 %
//! phone-like, review ≤ 1 % and ≤ 3 %, ≤ 1 s a sheet.
//!
//! Run with `cargo run --release -p convene-scan --example scan_bench`.

#[path = "../tests/generator/mod.rs"]
mod generator;

use std::time::Instant;

use convene_print::Paper;
use convene_scan::MarkState;
use generator::{fill, on_table, phone, print, read_back, read_right, scanner, Dice, CODE};
use image::GrayImage;

const SHEETS: u64 = 40;

/// How a condition spoils a filled page, given the sheet's number.
type Spoil = Box<dyn Fn(&GrayImage, u64) -> GrayImage>;

#[derive(Default)]
struct Tally {
    identified: u64,
    confident: u64,
    wrong: u64,
    doubtful: u64,
    /// Written answers seen as written or blank, and how many of those were wrong.
    writing: u64,
    writing_wrong: u64,
    millis: Vec<f64>,
    /// Why pages were not read, and how often.
    problems: std::collections::BTreeMap<String, u64>,
}

fn run(name: &str, dpi: u32, spoil: Spoil) {
    let dir = std::env::temp_dir().join(format!("convene-scan-bench-{}", std::process::id()));
    let printed = print(Paper::Letter, &generator::form(0), dpi, &dir);
    let spots = &printed.map.pages[0];
    let mut tally = Tally::default();
    for n in 0..SHEETS {
        let mut page = printed.pages[0].clone();
        let answers = fill(&mut page, &printed, spots, &mut Dice(n * 7 + 1));
        let scan = spoil(&page, n);
        let start = Instant::now();
        let read = read_back(&scan, &printed.map);
        tally.millis.push(start.elapsed().as_secs_f64() * 1000.0);
        let (code, reading) = match read {
            Ok((_, code, reading)) => (code, reading),
            Err(problem) => {
                *tally.problems.entry(problem.to_string()).or_default() += 1;
                continue;
            }
        };
        if code != CODE {
            *tally
                .problems
                .entry(format!("a wrong code, {code}"))
                .or_default() += 1;
            continue;
        }
        tally.identified += 1;
        for seen in &reading.writing {
            tally.writing += 1;
            if seen.written != answers.written.contains(&seen.item) {
                tally.writing_wrong += 1;
            }
        }
        for mark in &reading.marks {
            if mark.state == MarkState::Doubtful {
                tally.doubtful += 1;
                continue;
            }
            tally.confident += 1;
            if !read_right(&answers, &mark.target, mark.state) {
                tally.wrong += 1;
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    tally.millis.sort_by(f64::total_cmp);
    let all = tally.confident + tally.doubtful;
    let share = |part: u64, of: u64| 100.0 * part as f64 / of.max(1) as f64;
    println!(
        "{name}: {}/{SHEETS} sheets identified; {:.2} % of {} confident marks right; \
         {:.2} % sent to review; {} of {} written answers told from blank wrongly; \
         median {:.0} ms, slowest {:.0} ms a sheet",
        tally.identified,
        share(tally.confident - tally.wrong, tally.confident),
        tally.confident,
        share(tally.doubtful, all),
        tally.writing_wrong,
        tally.writing,
        tally.millis[tally.millis.len() / 2],
        tally.millis[tally.millis.len() - 1],
    );
    for (problem, count) in &tally.problems {
        println!("  {count} not read: {problem}");
    }
}

fn main() {
    let turned = |spread: f32| {
        Box::new(move |page: &GrayImage, n: u64| {
            let mut dice = Dice(n + 100);
            let degrees = (dice.next(2001) as f32 / 1000.0 - 1.0) * spread;
            let scale = 0.95 + dice.next(51) as f32 / 1000.0;
            scanner(page, degrees, scale, 6.0, n)
        }) as Spoil
    };
    for dpi in [150, 200, 300] {
        run(
            &format!("scanner-like, {dpi} dpi, ±3°, 95–100 %, grain, JPEG"),
            dpi,
            turned(3.0),
        );
    }
    let photo = Box::new(|page: &GrayImage, n: u64| phone(page, 0.03, 0.7, n)) as Spoil;
    run(
        "phone-like, 200 dpi, slant ≤ 3 %, light to 70 %, blur, JPEG",
        200,
        photo,
    );
    let on_a_table = Box::new(|page: &GrayImage, n: u64| {
        let cover = 0.6 + (n % 4) as f32 * 0.1;
        on_table(page, cover, 0.03, 0.75, n)
    }) as Spoil;
    run(
        "phone photo on a table, 200 dpi, page 60–90 % of the width, slant ≤ 3 %, light to 75 %, blur, JPEG",
        200,
        on_a_table,
    );
}
