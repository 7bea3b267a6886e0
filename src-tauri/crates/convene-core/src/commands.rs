//! The command schema: every operation the UI can ask for, declared once with its
//! request and response types, and the one router both the desktop shell (Tauri IPC)
//! and the browser server (`POST /api/rpc`) dispatch through.
//!
//! The same declaration produces the TypeScript `Commands` map the UI's client is typed
//! by, so a command cannot exist on one side only.

use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use crate::domain::library::{self, search as library_search, store as library_store, transfer};
use crate::domain::{
    agenda, agreements, attendance, calendar, certificates, community, forms, hours, meeting,
    member, pairs, participant_agenda, plans, report, series, templates, worksheets, ById,
    DeleteRequest, DeletionImpact, NoArgs,
};
use crate::{backup, devices, print, run, settings};
use crate::{ApiError, Core, CoreError, CoreResult};

/// Facts about this installation, for the About box and the health check.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub schema_version: u32,
    pub data_file: String,
    /// Every kind of agenda item, in the order pickers list them.
    pub item_kinds: Vec<agenda::ItemKind>,
}

fn app_info(core: &Core, _: NoArgs) -> CoreResult<AppInfo> {
    Ok(core.info())
}

macro_rules! commands {
    ($($name:literal => $handler:path, $request:ty, $response:ty;)*) => {
        /// Every command name, in declaration order.
        pub const COMMAND_NAMES: &[&str] = &[$($name),*];

        fn route(core: &Core, name: &str, args: Value) -> CoreResult<Value> {
            match name {
                $($name => {
                    let request: $request = parse_args(name, args)?;
                    let response: $response = $handler(core, request)?;
                    Ok(serde_json::to_value(response).map_err(|e| CoreError::BadRequest {
                        command: name.to_owned(),
                        detail: e.to_string(),
                    })?)
                })*
                other => Err(CoreError::UnknownCommand(other.to_owned())),
            }
        }

        fn visit_command_types(visitor: &mut impl ts_rs::TypeVisitor) {
            $(
                visitor.visit::<$request>();
                visitor.visit::<$response>();
            )*
        }

        fn command_map_entries(cfg: &ts_rs::Config) -> Vec<String> {
            vec![$(format!(
                "  {:?}: {{ request: {}; response: {} }};",
                $name,
                <$request as TS>::name(cfg),
                <$response as TS>::name(cfg),
            )),*]
        }
    };
}

commands! {
    "app.info" => app_info, NoArgs, AppInfo;
    "community.list" => community::list, community::ListCommunities, Vec<community::Community>;
    "community.get" => community::get, ById, community::Community;
    "community.create" => community::create, community::CommunityInput, community::Community;
    "community.update" => community::update, community::UpdateCommunity, community::Community;
    "community.impact" => community::impact, ById, DeletionImpact;
    "community.delete" => community::delete, DeleteRequest, DeletionImpact;
    "member.list" => member::list, member::ListMembers, Vec<member::Member>;
    "member.create" => member::create, member::CreateMember, member::Member;
    "member.update" => member::update, member::UpdateMember, member::Member;
    "member.impact" => member::impact, ById, DeletionImpact;
    "member.delete" => member::delete, DeleteRequest, DeletionImpact;
    "meeting.list" => meeting::list, meeting::ListMeetings, Vec<meeting::Meeting>;
    "meeting.get" => meeting::get, ById, meeting::Meeting;
    "meeting.create" => meeting::create, meeting::CreateMeeting, meeting::Meeting;
    "meeting.update" => meeting::update, meeting::UpdateMeeting, meeting::Meeting;
    "meeting.impact" => meeting::impact, ById, DeletionImpact;
    "meeting.delete" => meeting::delete, DeleteRequest, DeletionImpact;
    "attendance.get" => attendance::get, attendance::GetAttendance, attendance::AttendanceSheet;
    "attendance.set" => attendance::set, attendance::SetAttendance, attendance::AttendanceSheet;
    "attendance.markUnmarked" => attendance::mark_unmarked, attendance::MarkUnmarked, attendance::AttendanceSheet;
    "attendance.setMinutes" => attendance::set_minutes, attendance::SetMinutes, attendance::AttendanceSheet;
    "plan.get" => plans::get, plans::GetPlan, plans::Plan;
    "plan.saveGoal" => plans::save_goal, plans::SaveGoal, plans::Plan;
    "plan.addCheckin" => plans::add_checkin, plans::AddCheckin, plans::Plan;
    "plan.deleteCheckin" => plans::delete_checkin, ById, plans::Plan;
    "pairs.list" => pairs::list, pairs::ListPairings, Vec<pairs::Pairing>;
    "pairs.suggest" => pairs::suggest_pairs, pairs::SuggestPairs, pairs::suggest::Suggestion;
    "pairs.save" => pairs::save, pairs::SavePairing, Vec<pairs::Pairing>;
    "pairs.addCheckin" => pairs::add_checkin, pairs::AddPairCheckin, Vec<pairs::Pairing>;
    "pairs.delete" => pairs::delete, ById, Vec<pairs::Pairing>;
    "worksheet.list" => worksheets::list, worksheets::ListWorksheets, Vec<worksheets::Worksheet>;
    "worksheet.templates" => worksheets::templates, worksheets::ListWorksheetTemplates, Vec<worksheets::WorksheetTemplate>;
    "worksheet.create" => worksheets::create, worksheets::CreateWorksheet, worksheets::Worksheet;
    "worksheet.update" => worksheets::update, worksheets::UpdateWorksheet, worksheets::Worksheet;
    "worksheet.copy" => worksheets::copy, worksheets::CopyWorksheet, worksheets::Worksheet;
    "worksheet.delete" => worksheets::delete, ById, Vec<worksheets::Worksheet>;
    "series.list" => series::list, series::ListSeries, Vec<series::Series>;
    "series.get" => series::get, ById, series::Series;
    "series.preview" => series::preview, series::PreviewSeries, series::SeriesPreview;
    "series.create" => series::create, series::CreateSeries, series::Series;
    "series.update" => series::update, series::UpdateSeries, series::Series;
    "series.delete" => series::delete, ById, Vec<series::Series>;
    "series.standing" => hours::standing, hours::GetStanding, hours::SeriesStanding;
    "hours.csv" => hours::table::community_csv, hours::table::HoursCsv, report::tables::ReportFile;
    "transcript.get" => hours::transcript::get, hours::transcript::GetTranscript, hours::transcript::Transcript;
    "transcript.csv" => hours::table::transcript_csv, hours::transcript::GetTranscript, report::tables::ReportFile;
    "certificate.list" => certificates::list, certificates::ListCertificates, Vec<certificates::Certificate>;
    "certificate.issue" => certificates::issue, certificates::IssueCertificates, certificates::IssueReport;
    "certificate.reissue" => certificates::reissue, ById, certificates::Certificate;
    "certificate.verify" => certificates::verify, certificates::VerifyCertificate, certificates::Certificate;
    "agenda.get" => agenda::get, agenda::GetAgenda, agenda::Agenda;
    "agenda.add" => agenda::add, agenda::AddItem, agenda::Agenda;
    "agenda.update" => agenda::update, agenda::UpdateItem, agenda::Agenda;
    "agenda.move" => agenda::move_item, agenda::MoveItem, agenda::Agenda;
    "agenda.duplicate" => agenda::duplicate, ById, agenda::Agenda;
    "agenda.delete" => agenda::delete, ById, agenda::AgendaDeletion;
    "agenda.restore" => agenda::restore, agenda::RestoreItem, agenda::Agenda;
    "template.list" => templates::list, NoArgs, Vec<templates::AgendaTemplate>;
    "template.apply" => templates::apply, templates::ApplyTemplate, agenda::Agenda;
    "template.save" => templates::save, templates::SaveTemplate, templates::AgendaTemplate;
    "template.delete" => templates::delete, ById, Vec<templates::AgendaTemplate>;
    "run.get" => run::get, run::RunRequest, run::RunSnapshot;
    "run.projection" => run::projection, run::RunRequest, run::Projection;
    "run.liveMeeting" => run::live_meeting, NoArgs, Option<String>;
    "run.start" => run::start, run::StartRequest, run::RunSnapshot;
    "run.toggle" => run::toggle, run::RunRequest, run::RunSnapshot;
    "run.pause" => run::pause, run::RunRequest, run::RunSnapshot;
    "run.resume" => run::resume, run::RunRequest, run::RunSnapshot;
    "run.next" => run::next, run::RunRequest, run::RunSnapshot;
    "run.previous" => run::previous, run::RunRequest, run::RunSnapshot;
    "run.jump" => run::jump, run::JumpRequest, run::RunSnapshot;
    "run.adjust" => run::adjust, run::AdjustRequest, run::RunSnapshot;
    "run.end" => run::end, run::RunRequest, run::RunSnapshot;
    "run.display" => run::display, run::DisplayRequest, run::RunSnapshot;
    "run.settings" => run::settings, run::RunSettings, run::RunSnapshot;
    "run.log" => run::log, run::RunRequest, run::RunLog;
    "agenda.addActivity" => library::add_to_agenda, library::AddActivity, agenda::Agenda;
    "meeting.materials" => library::materials, library::GetMaterials, library::MaterialsChecklist;
    "activity.search" => library::search, library_search::ActivitySearch, library_search::ActivitySearchResult;
    "activity.get" => library::get, ById, library_store::Activity;
    "activity.create" => library::create, library::CreateActivity, library_store::Activity;
    "activity.update" => library::update, library::UpdateActivity, library_store::Activity;
    "activity.duplicate" => library::duplicate, ById, library_store::Activity;
    "activity.delete" => library::delete, ById, library_store::Activity;
    "activity.restore" => library::restore, ById, library_store::Activity;
    "activity.resetShipped" => library::reset_shipped, ById, library_store::Activity;
    "activity.favorite" => library::set_favorite, library::SetFavorite, library_store::Activity;
    "activity.rate" => library::rate, library::RateActivity, library_store::Activity;
    "library.export" => transfer::export, NoArgs, transfer::LibraryExport;
    "library.import" => transfer::import, transfer::ImportLibrary, transfer::ImportReport;
    "agreements.get" => agreements::history, agreements::GetAgreements, agreements::AgreementHistory;
    "agreements.adopt" => agreements::adopt_version, agreements::AdoptAgreements, agreements::AgreementHistory;
    "agreements.templates" => agreements::templates, NoArgs, Vec<agreements::AgreementTemplate>;
    "calendar.meeting" => calendar::meeting_calendar, calendar::MeetingCalendar, calendar::CalendarFile;
    "calendar.community" => calendar::community_calendar, calendar::CommunityCalendar, calendar::CalendarFile;
    "calendar.series" => calendar::series_calendar, calendar::SeriesCalendar, calendar::CalendarFile;
    "form.list" => forms::list, forms::ListForms, Vec<forms::FormSummary>;
    "form.get" => forms::get, ById, forms::Form;
    "form.create" => forms::create, forms::CreateForm, forms::Form;
    "form.save" => forms::save, forms::SaveForm, forms::Form;
    "form.delete" => forms::delete, ById, Vec<forms::FormSummary>;
    "form.templates" => forms::templates, forms::ListFormTemplates, Vec<forms::FormTemplate>;
    "form.export" => forms::transfer::export, forms::transfer::ExportEvaluation, forms::transfer::EvaluationExport;
    "form.import" => forms::transfer::import, forms::transfer::ImportEvaluation, forms::transfer::EvaluationImport;
    "form.exportCommunity" => forms::transfer::export_community, forms::transfer::ExportCommunityEvaluation, forms::transfer::EvaluationExport;
    "form.importCommunity" => forms::transfer::import_community, forms::transfer::ImportCommunityEvaluation, forms::transfer::CommunityImport;
    "form.savedTemplates" => forms::saved::list, NoArgs, Vec<forms::saved::SavedFormTemplate>;
    "form.saveTemplate" => forms::saved::save, forms::saved::SaveFormTemplate, forms::saved::SavedFormTemplate;
    "form.deleteTemplate" => forms::saved::delete, ById, Vec<forms::saved::SavedFormTemplate>;
    "form.sheets" => forms::sheets::list, forms::sheets::ListSheets, Vec<forms::sheets::Sheet>;
    "report.meeting" => report::meeting_report, report::MeetingReportRequest, report::MeetingReport;
    "report.series" => report::series::series_report, report::series::SeriesReportRequest, report::series::SeriesReport;
    "report.network" => report::network::network_report, report::network::NetworkReportRequest, report::network::NetworkReport;
    "report.csv" => report::tables::report_csv, report::tables::ReportCsv, report::tables::ReportFile;
    "report.acrossCsv" => report::compare::across_csv, report::compare::AcrossCsv, report::tables::ReportFile;
    "report.flagComment" => report::flag_comment, report::FlagComment, report::MeetingReport;
    "entry.progress" => forms::entry::progress, forms::entry::ProgressRequest, forms::entry::EntryProgress;
    "entry.open" => forms::entry::open, forms::entry::SheetRequest, forms::entry::SheetEntry;
    "entry.draft" => forms::entry::draft, forms::entry::SaveAnswers, forms::entry::SheetEntry;
    "entry.save" => forms::entry::save, forms::entry::SaveAnswers, forms::entry::SheetEntry;
    "entry.mark" => forms::entry::mark, forms::entry::MarkSheet, forms::entry::EntryProgress;
    "entry.unnumbered" => forms::entry::unnumbered, forms::entry::Unnumbered, forms::entry::GivenSerial;
    "entry.scan" => forms::scan::scan, forms::scan::ScanFile, forms::scan::ScannedFile;
    "entry.scans" => forms::scan::account, forms::scan::ScansRequest, forms::scan::ScanAccount;
    "entry.review" => forms::scan::review, forms::scan::ScansRequest, Vec<forms::scan::ReviewSheet>;
    "entry.audit" => forms::entry::audit, forms::entry::SheetRequest, Vec<forms::entry::AnswerChange>;
    "entry.compare" => forms::reconcile::compare, forms::reconcile::CompareRequest, forms::reconcile::Comparison;
    "entry.resolve" => forms::reconcile::resolve, forms::reconcile::Resolve, forms::reconcile::Comparison;
    "entry.sample" => forms::sample::state, forms::sample::MeetingSample, forms::sample::SampleState;
    "entry.drawSample" => forms::sample::draw, forms::sample::DrawSample, forms::sample::SampleState;
    "entry.widen" => forms::sample::widen, forms::sample::MeetingSample, forms::sample::SampleState;
    "agreements.checkin" => agreements::checkin, agreements::GetCheckin, agreements::AgreementCheckin;
    "agreements.setCheckin" => agreements::set_checkin, agreements::SetCheckin, agreements::AgreementCheckin;
    "print.agenda" => print::agenda, print::PrintAgenda, print::PrintedDocument;
    "print.activity" => print::activity, print::PrintActivity, print::PrintedDocument;
    "print.materials" => print::materials, print::PrintMaterials, print::PrintedDocument;
    "print.agreements" => print::agreements, print::PrintAgreements, print::PrintedDocument;
    "print.form" => print::form, print::PrintForm, print::PrintedDocument;
    "print.report" => print::report, print::PrintReport, print::PrintedDocument;
    "print.across" => print::across, print::PrintAcross, print::PrintedDocument;
    "print.certificates" => print::certificates, print::PrintCertificates, print::PrintedDocument;
    "print.transcript" => print::transcript, print::PrintTranscript, print::PrintedDocument;
    "print.signIn" => print::sign_in, print::PrintSignIn, print::PrintedDocument;
    "print.roadMap" => print::road_map, print::PrintRoadMap, print::PrintedDocument;
    "print.pairs" => print::pairs, print::PrintPairs, print::PrintedDocument;
    "print.worksheet" => print::worksheet, print::PrintWorksheet, print::PrintedDocument;
    "backup.list" => backup::list, NoArgs, Vec<backup::BackupInfo>;
    "backup.create" => backup::create, NoArgs, backup::BackupInfo;
    "backup.restore" => backup::restore, backup::RestoreBackup, backup::RestoreReport;
    "backup.restoreFile" => backup::restore_file, backup::RestoreFile, backup::RestoreReport;
    "device.pairingCode" => devices::pairing_code, NoArgs, devices::PairingCode;
    "device.list" => devices::list, NoArgs, Vec<devices::PairedDevice>;
    "device.revoke" => devices::revoke, ById, Vec<devices::PairedDevice>;
    "settings.get" => settings::get, NoArgs, settings::Settings;
    "settings.update" => settings::update, settings::UpdateSettings, settings::Settings;
    "settings.setSignature" => settings::set_signature, settings::SetSignature, settings::Settings;
    "settings.roomLanguage" => settings::room_language, NoArgs, convene_i18n::Lang;
    "agenda.participant" => participant_agenda::get, participant_agenda::GetParticipantAgenda, participant_agenda::ParticipantAgenda;
}

fn parse_args<T: serde::de::DeserializeOwned>(command: &str, args: Value) -> CoreResult<T> {
    let refuse = |detail: String| CoreError::BadRequest {
        command: command.to_owned(),
        detail,
    };
    let args = match args {
        // A command without arguments may be sent with no body at all.
        Value::Null => Value::Object(Default::default()),
        Value::Object(_) => args,
        // serde would read a list as the fields in declaration order, so `["notes.csv"]`
        // could reach a file path no client ever meant to send.
        _ => {
            return Err(refuse(
                "its arguments must be named fields in an object".into(),
            ))
        }
    };
    serde_json::from_value(args).map_err(|e| refuse(e.to_string()))
}

/// Runs one command by name: the single entry point of every transport.
pub fn dispatch(core: &Core, name: &str, args: Value) -> Result<Value, ApiError> {
    route(core, name, args).map_err(|e| e.to_api(core.language()))
}

/// Collects the declaration of every exported type a command uses, by name.
struct DeclarationCollector {
    cfg: ts_rs::Config,
    declarations: std::collections::BTreeMap<String, String>,
}

impl ts_rs::TypeVisitor for DeclarationCollector {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if T::output_path().is_some() {
            let name = T::ident(&self.cfg);
            let declaration = format!("export {}", T::decl(&self.cfg));
            if let Some(known) = self.declarations.get(&name) {
                // Two Rust types exported under one name would leave the UI with one of
                // them silently: a build mistake, caught when the bindings are made.
                assert_eq!(known, &declaration, "two exported types are named {name}");
                return;
            }
            self.declarations.insert(name, declaration);
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// The UI's generated types: every request, response and model, the error shape,
/// the pushed events, and the `Commands` map. Written to `ui/src/lib/api/generated.ts`.
pub fn typescript_bindings() -> String {
    let mut collector = DeclarationCollector {
        cfg: ts_rs::Config::default(),
        declarations: Default::default(),
    };
    visit_command_types(&mut collector);
    ts_rs::TypeVisitor::visit::<ApiError>(&mut collector);
    ts_rs::TypeVisitor::visit::<crate::events::AppEvent>(&mut collector);
    let mut out = String::from(
        "// Generated from the Rust command schema by `make bindings`. Do not edit by hand.\n\n",
    );
    for declaration in collector.declarations.values() {
        out.push_str(declaration);
        out.push_str("\n\n");
    }
    out.push_str("export type Commands = {\n");
    out.push_str(&command_map_entries(&collector.cfg).join("\n"));
    out.push_str("\n};\n\nexport type CommandName = keyof Commands;\n");
    out
}
