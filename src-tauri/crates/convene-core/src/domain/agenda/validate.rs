//! Checking what the facilitator typed into an agenda item, once, at the boundary:
//! every rule's refusal names its field.

use super::{AgendaItemInput, ItemKind};
use crate::text::{optional, required};
use crate::time::ClockTime;
use crate::{CoreError, CoreResult};
use convene_i18n::msg;

/// Checked, trimmed item fields.
pub(crate) struct CleanItem {
    pub title: String,
    pub kind: ItemKind,
    pub planned_minutes: u32,
    pub fixed_start: Option<ClockTime>,
    pub presenter: String,
    pub description: String,
    pub facilitator_notes: String,
    pub materials: String,
    pub activity_id: Option<String>,
    pub warning_seconds: Option<u32>,
    pub danger_seconds: Option<u32>,
    pub remind_agreements: bool,
    pub safety_monitor: String,
    pub worksheet_id: Option<String>,
}

pub(crate) fn validate(input: &AgendaItemInput) -> CoreResult<CleanItem> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    if !(1..=720).contains(&input.planned_minutes) {
        return Err(CoreError::invalid(
            "plannedMinutes",
            msg!("errors-item-minutes", minutes = input.planned_minutes),
        ));
    }
    let fixed_start = match input.fixed_start.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(ClockTime::parse(text).ok_or_else(|| {
            CoreError::invalid("fixedStart", msg!("errors-time-format", text = text))
        })?),
    };
    if let (Some(warning), Some(danger)) = (input.warning_seconds, input.danger_seconds) {
        if danger > warning {
            return Err(CoreError::invalid(
                "dangerSeconds",
                msg!("errors-danger-before-warning"),
            ));
        }
    }
    Ok(CleanItem {
        title: required("title", msg!("errors-label-item-title"), &input.title, 200)?,
        kind: input.kind,
        planned_minutes: input.planned_minutes,
        fixed_start,
        presenter: optional(
            "presenter",
            msg!("errors-label-presenter"),
            &text(&input.presenter),
            200,
        )?,
        description: optional(
            "description",
            msg!("errors-label-description"),
            &text(&input.description),
            5_000,
        )?,
        facilitator_notes: optional(
            "facilitatorNotes",
            msg!("errors-label-notes"),
            &text(&input.facilitator_notes),
            10_000,
        )?,
        materials: optional(
            "materials",
            msg!("errors-label-materials"),
            &text(&input.materials),
            5_000,
        )?,
        activity_id: input.activity_id.clone().filter(|id| !id.trim().is_empty()),
        warning_seconds: input.warning_seconds,
        danger_seconds: input.danger_seconds,
        remind_agreements: input.remind_agreements.unwrap_or(true),
        safety_monitor: optional(
            "safetyMonitor",
            msg!("errors-label-safety-monitor"),
            &text(&input.safety_monitor),
            200,
        )?,
        worksheet_id: input
            .worksheet_id
            .clone()
            .filter(|id| input.kind == ItemKind::Reflection && !id.trim().is_empty()),
    })
}
