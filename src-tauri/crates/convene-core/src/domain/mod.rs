//! The facilitator's world: communities, their members, meetings and attendance.
//! Each module holds a record's types, its rules and its SQL, and the command
//! handlers, which save through [`Core::write_and_publish`](crate::Core) so a change
//! event goes out only once the write has committed.

pub mod agenda;
pub mod agreements;
pub mod attendance;
pub mod calendar;
pub mod certificates;
pub mod community;
pub mod forms;
pub mod hours;
pub mod library;
pub mod meeting;
pub mod member;
pub mod pairs;
pub mod participant_agenda;
pub mod plans;
pub mod report;
pub mod series;
pub mod templates;
pub mod worksheets;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A request naming one record.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ById {
    pub id: String,
}

/// A request to delete a record. Deleting anything that would take recorded attendance
/// with it is refused until the user has confirmed exactly that.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteRequest {
    pub id: String,
    #[serde(default)]
    #[ts(optional)]
    pub confirm_attendance_loss: Option<bool>,
}

/// What deleting a record would take with it, shown in the confirmation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletionImpact {
    pub members: u32,
    pub meetings: u32,
    pub meetings_with_attendance: u32,
    pub attendance_records: u32,
}

impl DeletionImpact {
    /// Refuses the deletion when it would lose attendance the user has not agreed to lose.
    pub(crate) fn check_confirmed(
        &self,
        request: &DeleteRequest,
        what: &'static str,
    ) -> crate::CoreResult<()> {
        if self.attendance_records == 0 || request.confirm_attendance_loss == Some(true) {
            return Ok(());
        }
        Err(crate::CoreError::NeedsConfirmation(convene_i18n::msg!(
            "errors-delete-attendance",
            thing = what,
            count = self.attendance_records
        )))
    }
}

/// A command that needs no arguments.
#[derive(Debug, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NoArgs {}
