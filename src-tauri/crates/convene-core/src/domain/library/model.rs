//! What an activity is: the record a facilitator edits, exports and imports, and the
//! rules every activity obeys wherever it comes from (the editor, a shared file, the
//! library shipped with Convene).

use convene_i18n::{msg, Message};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{optional, required};
use crate::{CoreError, CoreResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Purpose {
    Icebreaker,
    GetToKnow,
    Energizer,
    Communication,
    Trust,
    ProblemSolving,
    Reflection,
}

/// Where an activity sits in a group's sequence: openers first, trust once it is earned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    Opener,
    Challenge,
    Trust,
    Closing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Space {
    Indoor,
    Outdoor,
    Either,
    Virtual,
}

/// Low / medium / high: physical intensity, and how much personal sharing is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Contact {
    None,
    Light,
    Close,
}

/// What a material's quantity counts per: scaled by attendance, by groups, or fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MaterialPer {
    Person,
    Group,
    Facilitator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Grouping {
    Whole,
    SmallGroups,
    Pairs,
    Individual,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Material {
    pub name: String,
    pub quantity: u32,
    #[serde(default)]
    pub unit: String,
    pub per: MaterialPer,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    pub text: String,
    /// 0 when the step is not timed.
    #[serde(default)]
    pub minutes: u32,
    pub grouping: Grouping,
}

/// Debrief questions in the What? / So what? / Now what? sequence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Debrief {
    #[serde(default)]
    pub what: Vec<String>,
    #[serde(default)]
    pub so_what: Vec<String>,
    #[serde(default)]
    pub now_what: Vec<String>,
}

/// An activity's content: everything the facilitator edits, and one entry of a library
/// file (see `assets/library/FORMAT.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivityFields {
    /// The stable key of a shipped activity; only the shipped library sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub key: Option<String>,
    pub name: String,
    pub summary: String,
    pub purposes: Vec<Purpose>,
    pub stage: Stage,
    pub min_minutes: u32,
    pub max_minutes: u32,
    #[serde(default)]
    pub setup_minutes: u32,
    pub min_group: u32,
    pub max_group: u32,
    /// People per small group when the room splits up; 0 when it works as one group.
    #[serde(default)]
    pub group_size: u32,
    pub space: Space,
    #[serde(default)]
    pub space_notes: String,
    pub intensity: Level,
    pub contact: Contact,
    pub disclosure: Level,
    #[serde(default)]
    pub materials: Vec<Material>,
    #[serde(default)]
    pub setup: String,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub safety: String,
    #[serde(default)]
    pub safety_monitor: bool,
    #[serde(default)]
    pub opt_out: String,
    #[serde(default)]
    pub adaptations: String,
    #[serde(default)]
    pub debrief: Debrief,
    #[serde(default)]
    pub theme_link: String,
    #[serde(default)]
    pub variations: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub credit: String,
    #[serde(default)]
    pub licence: String,
    /// The facilitator's own notes.
    #[serde(default)]
    pub notes: String,
    /// Carried by exported files only; the library keeps it on the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub favorite: Option<bool>,
}

const LONG_TEXT: usize = 20_000;
const MAX_STEPS: usize = 40;
const MAX_MATERIALS: usize = 60;
const MAX_QUESTIONS: usize = 20;

fn within(field: &'static str, label: Message, value: u32, range: (u32, u32)) -> CoreResult<()> {
    if value < range.0 || value > range.1 {
        return Err(CoreError::invalid(
            field,
            msg!(
                "errors-number-outside",
                label = label,
                min = range.0,
                max = range.1,
                value = value
            ),
        ));
    }
    Ok(())
}

/// `list` holds at most `max` entries; `what` picks the words (`steps`, `materials`,
/// `questions`).
fn at_most<T>(field: &'static str, what: &'static str, list: &[T], max: usize) -> CoreResult<()> {
    if list.len() > max {
        return Err(CoreError::invalid(
            field,
            msg!(
                "errors-activity-too-many",
                what = what,
                max = max,
                count = list.len()
            ),
        ));
    }
    Ok(())
}

fn check_numbers(f: &ActivityFields) -> CoreResult<()> {
    within(
        "minMinutes",
        msg!("errors-label-min-minutes"),
        f.min_minutes,
        (1, 480),
    )?;
    within(
        "maxMinutes",
        msg!("errors-label-max-minutes"),
        f.max_minutes,
        (f.min_minutes, 480),
    )?;
    within(
        "setupMinutes",
        msg!("errors-label-setup-minutes"),
        f.setup_minutes,
        (0, 240),
    )?;
    within(
        "minGroup",
        msg!("errors-label-min-group"),
        f.min_group,
        (1, 1000),
    )?;
    within(
        "maxGroup",
        msg!("errors-label-max-group"),
        f.max_group,
        (f.min_group, 1000),
    )?;
    within(
        "groupSize",
        msg!("errors-label-group-size"),
        f.group_size,
        (0, 100),
    )
}

fn clean_steps(steps: &[Step]) -> CoreResult<Vec<Step>> {
    if steps.is_empty() {
        return Err(CoreError::invalid(
            "steps",
            msg!("errors-activity-no-steps"),
        ));
    }
    at_most("steps", "steps", steps, MAX_STEPS)?;
    steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let n = index + 1;
            within(
                "steps",
                msg!("errors-label-step-minutes", n = n),
                step.minutes,
                (0, 480),
            )?;
            Ok(Step {
                text: required("steps", msg!("errors-label-step", n = n), &step.text, 2_000)?,
                ..step.clone()
            })
        })
        .collect()
}

fn clean_materials(materials: &[Material]) -> CoreResult<Vec<Material>> {
    at_most("materials", "materials", materials, MAX_MATERIALS)?;
    materials
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let n = index + 1;
            within(
                "materials",
                msg!("errors-label-material-quantity", n = n),
                m.quantity,
                (1, 10_000),
            )?;
            Ok(Material {
                name: required(
                    "materials",
                    msg!("errors-label-material-name", n = n),
                    &m.name,
                    120,
                )?,
                quantity: m.quantity,
                unit: optional(
                    "materials",
                    msg!("errors-label-material-unit", n = n),
                    &m.unit,
                    40,
                )?,
                per: m.per,
                note: optional(
                    "materials",
                    msg!("errors-label-material-note", n = n),
                    &m.note,
                    500,
                )?,
            })
        })
        .collect()
}

/// One stage of the debrief; `stage` (`what`, `so-what`, `now-what`) names it in a refusal.
fn clean_questions(stage: &'static str, questions: &[String]) -> CoreResult<Vec<String>> {
    at_most("debrief", "questions", questions, MAX_QUESTIONS)?;
    questions
        .iter()
        .filter(|q| !q.trim().is_empty())
        .map(|q| {
            let label = msg!("errors-label-debrief-question", stage = stage);
            optional("debrief", label, q, 500)
        })
        .collect()
}

fn deduplicated(purposes: &[Purpose]) -> CoreResult<Vec<Purpose>> {
    let mut unique = Vec::new();
    for purpose in purposes {
        if !unique.contains(purpose) {
            unique.push(*purpose);
        }
    }
    if unique.is_empty() {
        return Err(CoreError::invalid(
            "purposes",
            msg!("errors-activity-no-purpose"),
        ));
    }
    Ok(unique)
}

/// Checks every rule and returns the activity trimmed, or the first problem found.
pub fn validate(f: &ActivityFields) -> CoreResult<ActivityFields> {
    check_numbers(f)?;
    let long =
        |field: &'static str, label: Message, text: &str| optional(field, label, text, LONG_TEXT);
    Ok(ActivityFields {
        key: f.key.clone(),
        name: required("name", msg!("errors-label-activity-name"), &f.name, 120)?,
        summary: required("summary", msg!("errors-label-summary"), &f.summary, 2_000)?,
        purposes: deduplicated(&f.purposes)?,
        space_notes: optional(
            "spaceNotes",
            msg!("errors-label-space-notes"),
            &f.space_notes,
            2_000,
        )?,
        materials: clean_materials(&f.materials)?,
        setup: long("setup", msg!("errors-label-setup"), &f.setup)?,
        steps: clean_steps(&f.steps)?,
        safety: long("safety", msg!("errors-label-safety"), &f.safety)?,
        opt_out: long("optOut", msg!("errors-label-opt-out"), &f.opt_out)?,
        adaptations: long(
            "adaptations",
            msg!("errors-label-adaptations"),
            &f.adaptations,
        )?,
        debrief: Debrief {
            what: clean_questions("what", &f.debrief.what)?,
            so_what: clean_questions("so-what", &f.debrief.so_what)?,
            now_what: clean_questions("now-what", &f.debrief.now_what)?,
        },
        theme_link: long("themeLink", msg!("errors-label-theme-link"), &f.theme_link)?,
        variations: long("variations", msg!("errors-label-variations"), &f.variations)?,
        source: optional("source", msg!("errors-label-source"), &f.source, 1_000)?,
        credit: optional("credit", msg!("errors-label-credit"), &f.credit, 1_000)?,
        licence: optional("licence", msg!("errors-label-licence"), &f.licence, 500)?,
        notes: long("notes", msg!("errors-label-your-notes"), &f.notes)?,
        ..f.clone()
    })
}

/// An enum's serialized name ("problemSolving"), the form stored in facet columns.
pub(crate) fn enum_text<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The enum a stored name stands for.
pub(crate) fn enum_from<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

pub(crate) fn level_rank(level: Level) -> u8 {
    level as u8
}

pub(crate) fn contact_rank(contact: Contact) -> u8 {
    contact as u8
}

/// Every word of an activity search should find, besides its name.
pub(crate) fn search_body(f: &ActivityFields) -> String {
    let mut parts: Vec<&str> = vec![&f.summary, &f.space_notes, &f.setup];
    parts.extend(f.materials.iter().map(|m| m.name.as_str()));
    parts.extend(f.steps.iter().map(|s| s.text.as_str()));
    parts.extend([&f.safety, &f.opt_out, &f.adaptations].map(String::as_str));
    for list in [&f.debrief.what, &f.debrief.so_what, &f.debrief.now_what] {
        parts.extend(list.iter().map(String::as_str));
    }
    parts
        .extend([&f.theme_link, &f.variations, &f.source, &f.credit, &f.notes].map(String::as_str));
    let purposes: Vec<String> = f.purposes.iter().map(enum_text).collect();
    format!("{}\n{}", parts.join("\n"), purposes.join(" "))
}
