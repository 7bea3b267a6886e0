//! The `convene` program: the desktop window by default, `convene serve` for browser
//! mode. Parses the command line, opens the data folder, and hands over to the shell
//! or the server; every failure ends with one clear line and a non-zero exit.

// No console window behind the desktop app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod backup_cli;
mod certificates_cli;
mod cli;
mod desktop;
mod files;
mod host;
mod library_cli;
mod lookup;
mod report_cli;
mod scan_cli;
mod words;

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use convene_core::Core;
use convene_i18n::msg;
use words::{told, words};

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return cli::report_usage_error(error),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("convene: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: cli::Cli) -> Result<(), String> {
    let data_dir = cli.data_dir()?;
    let core = Arc::new(Core::open(&data_dir).map_err(told)?);
    words::speak(core.language());
    match cli.command {
        None => desktop::run(core).map_err(|e| {
            let detail = e.to_string();
            words().message(&msg!("shell-window-failed", detail = detail))
        }),
        Some(cli::Command::Serve(options)) => serve(core, options),
        Some(cli::Command::Print(cli::PrintCommand::Agenda(args))) => print_agenda(&core, args),
        Some(cli::Command::Print(cli::PrintCommand::Activity(args))) => {
            library_cli::print_activity(&core, args)
        }
        Some(cli::Command::Print(cli::PrintCommand::Agreements(args))) => {
            library_cli::print_agreements(&core, args)
        }
        Some(cli::Command::Print(cli::PrintCommand::Form(args))) => {
            library_cli::print_form(&core, args)
        }
        Some(cli::Command::Print(cli::PrintCommand::SignIn(args))) => {
            library_cli::print_sign_in(&core, args)
        }
        Some(cli::Command::Print(cli::PrintCommand::Worksheet(args))) => {
            library_cli::print_worksheet(&core, args)
        }
        Some(cli::Command::Print(cli::PrintCommand::Certificates(args))) => {
            certificates_cli::print_certificates(&core, args)
        }
        Some(cli::Command::Print(cli::PrintCommand::Materials(args))) => {
            library_cli::print_materials(&core, args)
        }
        Some(cli::Command::Library(command)) => library_cli::library(&core, command),
        Some(cli::Command::Report(args)) => report_cli::report(&core, args),
        Some(cli::Command::Scan(args)) => scan_cli::scan(&core, args),
        Some(cli::Command::Backup) => backup_cli::backup(&core),
        Some(cli::Command::Restore { file }) => backup_cli::restore(&core, &file),
    }
}

fn print_agenda(core: &Core, args: cli::PrintAgendaArgs) -> Result<(), String> {
    use convene_core::print;
    let meeting_id = lookup::find_meeting(core, &args.meeting)?;
    let request = print::PrintAgenda {
        meeting_id,
        facilitator: args.facilitator,
        paper: library_cli::paper(args.paper),
        lang: args.lang.map(Into::into),
    };
    let (_, bytes) = print::agenda_pdf(core, &request).map_err(told)?;
    library_cli::save(&args.out, &bytes)
}

fn serve(core: Arc<Core>, options: cli::ServeArgs) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| words().message(&msg!("shell-runtime-failed", detail = e.to_string())))?;
    let database = core.database_path();
    let serve_options = convene_server::ServeOptions {
        port: options.port,
        on_network: options.network,
    };
    runtime
        .block_on(convene_server::serve(core, serve_options, |address| {
            let w = words();
            let url = format!("http://127.0.0.1:{}/", address.port());
            say(&w.message(&msg!("shell-serving", url = url)));
            let path = database.display().to_string();
            say(&w.message(&msg!("shell-data", path = path)));
            if options.network {
                say_network_addresses(address.port());
            }
            say(&w.text("shell-press-stop"));
        }))
        .map_err(|e| server_failure(&e))
}

/// Why the server could not start or stopped, in the facilitator's words.
fn server_failure(error: &convene_server::ServerError) -> String {
    use convene_server::ServerError;
    let message = match error {
        ServerError::PortInUse(port) => msg!("shell-port-in-use", port = port.to_string()),
        ServerError::Listen { port, source } => {
            msg!(
                "shell-listen-failed",
                port = port.to_string(),
                detail = source.to_string()
            )
        }
        ServerError::Serve(source) => msg!("shell-server-stopped", detail = source.to_string()),
    };
    words().message(&message)
}

/// What other screens in the room can open, and what they can (not) do there.
fn say_network_addresses(port: u16) {
    let w = words();
    say(&w.text("shell-network-read-only"));
    say(&w.text("shell-network-open"));
    let urls = convene_server::network_urls(port);
    if urls.is_empty() {
        say(&w.text("shell-network-none"));
    }
    for url in urls {
        say(&w.message(&msg!("shell-network-projector", url = url.as_str())));
        say(&w.message(&msg!("shell-network-agenda", url = url.as_str())));
        say(&w.message(&msg!("shell-network-clicker", url = url.as_str())));
    }
}

/// Prints a line for the person who started the server. A closed stdout (the launcher
/// went away) must not stop a server that is still serving a meeting.
pub(crate) fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}
