//! The worksheets that ship with Convene (`assets/templates/<lang>/worksheets.json`):
//! the same five, by the same keys, in English and in Spanish, for a community to copy
//! and make its own.

use convene_i18n::Lang;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::prompts::Prompt;
use crate::{CoreError, CoreResult};

/// A shipped worksheet to start from.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorksheetTemplate {
    pub key: String,
    /// What the template is, for the facilitator choosing one.
    pub name: String,
    pub description: String,
    /// The title printed on the sheet.
    pub title: String,
    pub intro: String,
    pub prompts: Vec<Prompt>,
}

#[derive(Deserialize)]
struct TemplateFile {
    templates: Vec<WorksheetTemplate>,
}

pub(crate) fn templates(lang: Lang) -> CoreResult<Vec<WorksheetTemplate>> {
    let json = match lang {
        Lang::En => convene_assets::WORKSHEET_TEMPLATES_EN,
        Lang::Es => convene_assets::WORKSHEET_TEMPLATES_ES,
    };
    let file: TemplateFile = serde_json::from_str(json)
        .map_err(|e| CoreError::Corrupt(format!("the shipped worksheets ({e})")))?;
    Ok(file.templates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worksheets::prompts::validate;

    #[test]
    fn both_languages_ship_the_same_printable_worksheets_by_the_same_keys() {
        let keys = |lang| -> Vec<(String, usize)> {
            let shipped = templates(lang).expect("shipped worksheets parse");
            for template in &shipped {
                let clean = validate(&template.prompts).expect("every prompt is printable");
                assert_eq!(clean, template.prompts, "{} is stored clean", template.key);
            }
            shipped
                .into_iter()
                .map(|t| (t.key, t.prompts.len()))
                .collect()
        };
        let english = keys(Lang::En);
        assert_eq!(english.len(), 5);
        assert_eq!(english, keys(Lang::Es));
    }
}
