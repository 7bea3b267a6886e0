//! What an activity is: the record a facilitator edits, exports and imports, and the
//! rules every activity obeys wherever it comes from (the editor, a shared file, the
//! library shipped with Convene).

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

fn within(field: &'static str, label: &str, value: u32, range: (u32, u32)) -> CoreResult<()> {
    if value < range.0 || value > range.1 {
        return Err(CoreError::invalid(
            field,
            format!(
                "{label} must be from {} to {}; {value} is outside that.",
                range.0, range.1
            ),
        ));
    }
    Ok(())
}

fn at_most<T>(field: &'static str, what: &str, list: &[T], max: usize) -> CoreResult<()> {
    if list.len() > max {
        return Err(CoreError::invalid(
            field,
            format!(
                "An activity can have at most {max} {what}; this one has {}.",
                list.len()
            ),
        ));
    }
    Ok(())
}

fn check_numbers(f: &ActivityFields) -> CoreResult<()> {
    within(
        "minMinutes",
        "The shortest running time",
        f.min_minutes,
        (1, 480),
    )?;
    within(
        "maxMinutes",
        "The longest running time",
        f.max_minutes,
        (f.min_minutes, 480),
    )?;
    within("setupMinutes", "The setup time", f.setup_minutes, (0, 240))?;
    within("minGroup", "The smallest group", f.min_group, (1, 1000))?;
    within(
        "maxGroup",
        "The largest group",
        f.max_group,
        (f.min_group, 1000),
    )?;
    within("groupSize", "The small-group size", f.group_size, (0, 100))
}

fn clean_steps(steps: &[Step]) -> CoreResult<Vec<Step>> {
    if steps.is_empty() {
        return Err(CoreError::invalid(
            "steps",
            "An activity needs at least one step.",
        ));
    }
    at_most("steps", "steps", steps, MAX_STEPS)?;
    steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            within(
                "steps",
                &format!("Step {}'s minutes", index + 1),
                step.minutes,
                (0, 480),
            )?;
            Ok(Step {
                text: required("steps", &format!("Step {}", index + 1), &step.text, 2_000)?,
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
            let label = format!("Material {}", index + 1);
            within(
                "materials",
                &format!("{label}'s quantity"),
                m.quantity,
                (1, 10_000),
            )?;
            Ok(Material {
                name: required("materials", &format!("{label}'s name"), &m.name, 120)?,
                quantity: m.quantity,
                unit: optional("materials", &format!("{label}'s unit"), &m.unit, 40)?,
                per: m.per,
                note: optional("materials", &format!("{label}'s note"), &m.note, 500)?,
            })
        })
        .collect()
}

fn clean_questions(label: &str, questions: &[String]) -> CoreResult<Vec<String>> {
    at_most(
        "debrief",
        &format!("“{label}” questions"),
        questions,
        MAX_QUESTIONS,
    )?;
    questions
        .iter()
        .filter(|q| !q.trim().is_empty())
        .map(|q| optional("debrief", &format!("A “{label}” question"), q, 500))
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
            "Choose at least one purpose (for example icebreaker or trust).",
        ));
    }
    Ok(unique)
}

/// Checks every rule and returns the activity trimmed, or the first problem found.
pub fn validate(f: &ActivityFields) -> CoreResult<ActivityFields> {
    check_numbers(f)?;
    let long =
        |field: &'static str, label: &str, text: &str| optional(field, label, text, LONG_TEXT);
    Ok(ActivityFields {
        key: f.key.clone(),
        name: required("name", "The activity's name", &f.name, 120)?,
        summary: required("summary", "The summary", &f.summary, 2_000)?,
        purposes: deduplicated(&f.purposes)?,
        space_notes: optional("spaceNotes", "The space notes", &f.space_notes, 2_000)?,
        materials: clean_materials(&f.materials)?,
        setup: long("setup", "The setup", &f.setup)?,
        steps: clean_steps(&f.steps)?,
        safety: long("safety", "The safety notes", &f.safety)?,
        opt_out: long("optOut", "The opt-out notes", &f.opt_out)?,
        adaptations: long("adaptations", "The adaptations", &f.adaptations)?,
        debrief: Debrief {
            what: clean_questions("What?", &f.debrief.what)?,
            so_what: clean_questions("So what?", &f.debrief.so_what)?,
            now_what: clean_questions("Now what?", &f.debrief.now_what)?,
        },
        theme_link: long("themeLink", "The link to the theme", &f.theme_link)?,
        variations: long("variations", "The variations", &f.variations)?,
        source: optional("source", "The source", &f.source, 1_000)?,
        credit: optional("credit", "The credit", &f.credit, 1_000)?,
        licence: optional("licence", "The licence", &f.licence, 500)?,
        notes: long("notes", "Your notes", &f.notes)?,
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
