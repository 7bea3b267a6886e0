//! The `convene` program as a user runs it: browser mode on a fresh folder, and one
//! clear line with a non-zero exit for each way it can be started wrongly.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_convene");

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("CONVENE_DATA_DIR")
        // The words these tests read are English whatever the machine's language.
        .env("LANGUAGE", "en")
        .output()
        .unwrap()
}

fn one_line_error(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "expected one line, got: {stderr}"
    );
    assert!(stderr.starts_with("convene: "), "{stderr}");
    stderr
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server(data_dir: &std::path::Path, port: u16) -> Server {
    let mut child = Command::new(BIN)
        .env("LANGUAGE", "en")
        .args(["serve", "--port", &port.to_string(), "--data-dir"])
        .arg(data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    assert!(
        first_line.starts_with("Convene is serving http://127.0.0.1:"),
        "{first_line}"
    );
    Server(child)
}

fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn serve_on_an_empty_folder_answers_health_and_refuses_a_second_server_on_its_port() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("new-folder");
    let port = free_port();
    let _server = start_server(&data_dir, port);

    let response = http_get(port, "/api/health");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let schema = format!(
        "\"schemaVersion\":{}",
        convene_core::store::schema_version()
    );
    assert!(response.contains(&schema), "{response}");
    assert!(data_dir.join("convene.db").exists());

    let second = run(&[
        "serve",
        "--port",
        &port.to_string(),
        "--data-dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(second.status.code(), Some(1));
    assert!(one_line_error(&second).contains(&format!("Port {port} is already in use")));
}

#[test]
fn a_bad_flag_is_one_line_and_exit_code_two() {
    let output = run(&["--colour", "red"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(one_line_error(&output).contains("--colour"));
}

#[test]
fn an_unusable_data_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let output = run(&[
        "serve",
        "--port",
        &free_port().to_string(),
        "--data-dir",
        file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let line = one_line_error(&output);
    assert!(
        line.contains("not-a-folder") && line.contains("cannot be used"),
        "{line}"
    );
}

#[test]
fn data_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("convene.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let output = run(&[
        "serve",
        "--port",
        &free_port().to_string(),
        "--data-dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(one_line_error(&output).contains("newer version of Convene"));
    let version: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 999);
}

fn pdf_text(path: &std::path::Path) -> String {
    let output = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn print_agenda_writes_the_facilitator_copy_of_a_meeting_named_by_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("agenda.pdf");
    let output = run(&[
        "--data-dir",
        dir.path().join("data").to_str().unwrap(),
        "print",
        "agenda",
        "--meeting",
        "Creating the cohort: Quality Standards and CQI",
        "--facilitator",
        "--paper",
        "a4",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = pdf_text(&out);
    assert!(text.contains("Welcome and introductions"), "{text}");
    assert!(text.contains("Teambuilding: creating the cohort"), "{text}");
    assert!(
        text.contains("Name tags and sign-in sheet at the door."),
        "facilitator notes missing: {text}"
    );
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&out)
        .output()
        .expect("qpdf is installed");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn print_certificates_issues_once_and_prints_what_the_example_members_earned() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = dir.path().join("certificates.pdf");
    let print = |series: Option<&str>| {
        let mut args = vec![
            "--data-dir",
            data.to_str().unwrap(),
            "print",
            "certificates",
            "--community",
            "Site Coordinator CoP — Example Region",
            "--out",
            out.to_str().unwrap(),
        ];
        if let Some(title) = series {
            args.extend(["--series", title]);
        }
        run(&args)
    };
    let first = print(None);
    let said = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        said.contains("Year 1 (2026–27): 19 issued now, 0 issued before, 5 not completed yet."),
        "{said}"
    );
    let text = pdf_text(&out);
    assert_eq!(
        text.matches("Certificate of Completion").count(),
        19,
        "{text}"
    );
    assert!(text.contains("0.8 CEUs"));

    let again = print(Some("Site Coordinator CoP — Year 1 (2026–27)"));
    let said = String::from_utf8_lossy(&again.stdout).into_owned();
    assert!(said.contains("0 issued now, 19 issued before"), "{said}");
    assert_eq!(pdf_text(&out).matches("Certificate No. 20").count(), 19);

    let unknown = print(Some("Year 9"));
    assert!(!unknown.status.success());
    assert!(one_line_error(&unknown).contains("no series with the id or exact title “Year 9”"));
}

#[test]
fn print_worksheet_prints_the_reflection_item_worksheet_blank_or_for_every_member() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = dir.path().join("reflection.pdf");
    let print = |extra: &[&str]| {
        let mut args = vec![
            "--data-dir",
            data.to_str().unwrap(),
            "print",
            "worksheet",
            "--meeting",
            "The future of CQI",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(extra);
        run(&args)
    };

    let blank = print(&["--paper", "a4"]);
    assert!(
        blank.status.success(),
        "{}",
        String::from_utf8_lossy(&blank.stderr)
    );
    let text = pdf_text(&out);
    assert_eq!(
        text.matches("What will I try at my site, and by when?")
            .count(),
        1
    );
    assert!(text.contains("The future of CQI"), "{text}");

    let personalised = print(&["--personalised"]);
    assert!(personalised.status.success());
    let text = pdf_text(&out);
    // One copy per example member, each with the member's name printed in.
    assert_eq!(
        text.matches("What will I try at my site, and by when?")
            .count(),
        24
    );
    for name in ["María Peña", "José Núñez", "Rosa Gutiérrez"] {
        assert_eq!(text.matches(name).count(), 1, "{name}: {text}");
    }

    let unknown = print(&["--worksheet", "Exit ticket"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(one_line_error(&unknown).contains("“Exit ticket”"));
}

#[test]
fn print_agenda_names_an_unknown_meeting_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&[
        "--data-dir",
        dir.path().to_str().unwrap(),
        "print",
        "agenda",
        "--meeting",
        "No such meeting",
        "--out",
        dir.path().join("x.pdf").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        one_line_error(&output).contains("No meeting has the id or exact title “No such meeting”")
    );
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn in_spanish_the_cli_answers_and_prints_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let missing = Command::new(BIN)
        .args(["--data-dir", data, "print", "agenda", "--meeting", "Nada"])
        .args(["--out", "/nonexistent/x.pdf"])
        .env("LANGUAGE", "es_US")
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        one_line_error(&missing).trim_end(),
        "convene: Ninguna reunión tiene el identificador o el título exacto “Nada”."
    );

    let out = dir.path().join("agenda.pdf");
    let printed = run(&[
        "--data-dir",
        data,
        "print",
        "agenda",
        "--meeting",
        "Creating the cohort: Quality Standards and CQI",
        "--facilitator",
        "--lang",
        "es",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    assert!(String::from_utf8_lossy(&printed.stdout).starts_with("Saved "));
    let text = pdf_text(&out);
    for spanish in [
        "Bienvenida",
        "Actividad para romper el hielo",
        "Página 1 de",
        "Impreso con Convene el",
    ] {
        assert!(text.contains(spanish), "{spanish} missing: {text}");
    }
    assert!(text.contains("a.m."), "times in Spanish: {text}");
}

#[test]
fn print_form_writes_numbered_sheets_and_names_a_missing_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let out = dir.path().join("sheets.pdf");
    // The example's third meeting has not taken place: nothing printed for it yet.
    let meeting = "The future of CQI";
    let printed = run(&[
        "--data-dir",
        data,
        "print",
        "form",
        "--meeting",
        meeting,
        "--copies",
        "2",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    let text = pdf_text(&out);
    for expected in [
        "Sheet M3-001",
        "Sheet M3-002",
        "Meeting evaluation",
        "Before today",
    ] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }

    let spanish = dir.path().join("hojas.pdf");
    let refused = run(&[
        "--data-dir",
        data,
        "print",
        "form",
        "--meeting",
        meeting,
        "--lang",
        "es",
        "--out",
        spanish.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(one_line_error(&refused).contains("has no evaluation form in that language"));
    assert!(!spanish.exists());

    // Sheets for each member belong to a form that prints participant codes.
    let members = dir.path().join("members.pdf");
    let out = members.to_str().unwrap();
    let refused = run(&[
        "--data-dir",
        data,
        "print",
        "form",
        "--meeting",
        meeting,
        "--for-members",
        "--out",
        out,
    ]);
    assert_eq!(refused.status.code(), Some(1));
    let said = one_line_error(&refused);
    assert!(
        said.contains("for a form that prints participant codes"),
        "{said}"
    );
    assert!(!members.exists());
}

#[test]
fn report_writes_the_example_meetings_evaluation_as_a_pdf_and_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let meeting = "Creating the cohort: Quality Standards and CQI";
    let pdf = dir.path().join("report.pdf");
    let made = run(&[
        "--data-dir",
        data,
        "report",
        "--meeting",
        meeting,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let text = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Evaluation report: Creating the cohort: Quality Standards and CQI",
        "21 of 22 attendees present returned an entered sheet (95%)",
        "Entered twice: 4 sheets",
        "higher now than before today.",
    ] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }

    let csv = dir.path().join("answers.csv");
    let out = csv.to_str().unwrap();
    let made = run(&[
        "--data-dir",
        data,
        "report",
        "--meeting",
        meeting,
        "--format",
        "csv",
        "--table",
        "raw",
        "--out",
        out,
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let table = std::fs::read_to_string(&csv).unwrap();
    assert!(table.starts_with("\u{feff}Form,Sheet,Participant code,"));
    assert_eq!(
        table.lines().count(),
        22,
        "a header and the 21 entered sheets"
    );
}

#[test]
fn report_writes_the_example_communitys_meetings_side_by_side_as_pdf_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let community = "Site Coordinator CoP — Example Region";
    let pdf = dir.path().join("series.pdf");
    let args = ["--data-dir", data, "report", "--community", community];
    let made = run(&[&args[..], &["--out", pdf.to_str().unwrap()]].concat());
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let text = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Evaluations across meetings: Site Coordinator CoP — Example Region",
        "1. Creating the cohort: Quality Standards and CQI",
        "21 sheets of 22 present",
    ] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }

    let csv = dir.path().join("series.csv");
    let made = run(&[
        &args[..],
        &["--format", "csv", "--out", csv.to_str().unwrap()],
    ]
    .concat());
    assert!(made.status.success());
    let table = std::fs::read_to_string(&csv).unwrap();
    assert!(table.starts_with("\u{feff}Meeting or community,Based on,Question,Figure,"));

    let nowhere = run(&["--data-dir", data, "report", "--out", csv.to_str().unwrap()]);
    assert!(
        !nowhere.status.success(),
        "a meeting or a community is needed"
    );
}

#[test]
fn version_names_the_release() {
    let shown = run(&["--version"]);
    assert!(shown.status.success());
    assert_eq!(
        String::from_utf8_lossy(&shown.stdout).trim(),
        format!("convene {}", env!("CARGO_PKG_VERSION"))
    );
}
