//! Convene's printed documents.
//!
//! Facilitators print what they carry into a meeting and what they put up in
//! the room: the agenda (handout and facilitator copy), an activity card, the
//! materials checklist, the community agreements as a wall poster or a
//! folded table tent, numbered evaluation sheets, the evaluation report, the
//! sign-in sheet, certificates, transcripts, a member's road map, a pair list and
//! reflection worksheets.
//! Each is built from a plain, already formatted view model into a PDF with
//! fonts embedded, so accented names print everywhere.
//! Every document follows one recipe (`recipe`): it declares its page setup,
//! title and blocks, and `recipe::render` lays out, paginates and draws it.
//! Layout, wrapping and pagination are pure functions of the text and font
//! metrics; only `canvas` and `render` talk to printpdf.

mod agenda;
mod agreements;
mod canvas;
mod card;
mod certificate;
mod fonts;
mod form;
mod layout;
mod materials;
mod paginate;
mod pair_list;
mod recipe;
mod render;
mod report;
mod road_map;
mod scan;
mod sheet_map;
mod sign_in;
mod timestamp;
mod transcript;
mod worksheet;
mod wrap;

pub use agenda::{agenda_pdf, AgendaEntry, AgendaSheet, Audience};
pub use agreements::{agreements_poster_pdf, table_tent_pdf, AgreementBlock, AgreementsSheet};
pub use card::{activity_card_pdf, ActivityCard, CardStep};
pub use certificate::{certificates_pdf, CertificateBatch, CertificatePage, Signature};
pub use form::{form_pdf, FormSheet, SheetItem};
pub use layout::{Half, Target};
pub use materials::{materials_pdf, MaterialLine, MaterialsSheet};
pub use pair_list::{pair_list_pdf, PairListSheet};
pub use render::{PageSpots, Spot, WritingArea};
pub use report::{report_pdf, ChartBar, ReportQuestion, ReportSection, ReportSheet};
pub use road_map::{road_map_pdf, RoadMapGoal, RoadMapSheet};
pub use scan::{ParticipantStamp, Square, Stamp};
pub use sheet_map::{form_map, page_frame, PageFrame, SheetMap};
pub use sign_in::{sign_in_pdf, SignInPerson, SignInSheet};
pub use transcript::{transcript_pdf, TranscriptEntry, TranscriptSheet};
pub use worksheet::{worksheets_pdf, WorksheetPerson, WorksheetPrompt, WorksheetSheet};

pub use convene_i18n::Lang;

/// Paper size to lay the document out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// US Letter, 215.9 × 279.4 mm.
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

/// Document metadata the caller controls, so output is reproducible in tests.
#[derive(Debug, Clone)]
pub struct PrintInfo {
    /// RFC 3339 creation time, e.g. "2026-11-22T10:00:00Z".
    pub created: String,
    /// Footer text on every page, e.g. "Printed from Convene on November 22, 2026".
    pub footer: String,
    /// The language of every word the document itself adds (headings, labels, page numbers).
    pub lang: Lang,
}

/// Why a document could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// `PrintInfo::created` is not an RFC 3339 timestamp.
    #[error("creation time {0:?} is not an RFC 3339 timestamp such as 2026-11-22T10:00:00Z")]
    InvalidTimestamp(String),
    /// An embedded font could not be parsed (a broken build, not user input).
    #[error("embedded font {0} could not be read")]
    FontUnreadable(&'static str),
    /// An image given to print (a scanned signature) is not a PNG or JPEG it can read.
    #[error("the image could not be read: {0}")]
    ImageUnreadable(String),
}
