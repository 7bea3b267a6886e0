//! The evaluation forms that ship with Convene (`assets/templates/<lang>/forms.json`):
//! the same templates, by the same keys, in English and in Spanish. A template's text
//! may name `{subject}`, which becomes the community's focus (or the meeting's title)
//! when a form is made from it.

use convene_i18n::Lang;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::FormItem;
use crate::{CoreError, CoreResult};

/// A shipped form to start from.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormTemplate {
    pub key: String,
    /// What the template is, for the facilitator choosing one.
    pub name: String,
    pub description: String,
    /// The title printed on the sheet.
    pub title: String,
    #[serde(default)]
    pub intro: String,
    pub items: Vec<FormItem>,
}

/// What a blank form starts with.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Blank {
    pub title: String,
    pub intro: String,
    pub items: Vec<FormItem>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TemplateFile {
    blank: Blank,
    templates: Vec<FormTemplate>,
}

fn file(lang: Lang) -> CoreResult<TemplateFile> {
    let json = match lang {
        Lang::En => convene_assets::FORM_TEMPLATES_EN,
        Lang::Es => convene_assets::FORM_TEMPLATES_ES,
    };
    serde_json::from_str(json)
        .map_err(|e| CoreError::Corrupt(format!("the shipped form templates ({e})")))
}

pub fn templates(lang: Lang) -> CoreResult<Vec<FormTemplate>> {
    Ok(file(lang)?.templates)
}

pub fn blank(lang: Lang) -> CoreResult<Blank> {
    Ok(file(lang)?.blank)
}

/// The template `key` in `lang`, its `{subject}` replaced by `subject`.
pub fn for_meeting(lang: Lang, key: &str, subject: &str) -> CoreResult<FormTemplate> {
    let template = templates(lang)?
        .into_iter()
        .find(|t| t.key == key)
        .ok_or_else(|| CoreError::not_found("form-template"))?;
    let fill = |text: &str| text.replace("{subject}", subject);
    Ok(FormTemplate {
        title: fill(&template.title),
        intro: fill(&template.intro),
        items: template
            .items
            .iter()
            .map(|item| FormItem {
                text: fill(&item.text),
                ..item.clone()
            })
            .collect(),
        ..template
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::forms::model::{validate, FormItemKind};

    fn shape(lang: Lang) -> Vec<(String, Vec<FormItemKind>)> {
        let all = templates(lang).expect("the shipped templates read");
        all.into_iter()
            .map(|t| (t.key, t.items.iter().map(|i| i.kind).collect()))
            .collect()
    }

    #[test]
    fn every_template_is_a_valid_form_and_both_languages_ship_the_same_ones() {
        assert_eq!(shape(Lang::Es), shape(Lang::En));
        for lang in Lang::ALL {
            let blank = blank(lang).expect("the blank form reads");
            assert!(validate(&blank.title, &blank.intro, &blank.items).is_ok());
            for template in templates(lang).expect("templates") {
                let form = for_meeting(lang, &template.key, "the Quality Standards")
                    .expect("a template by its key");
                let valid = validate(&form.title, &form.intro, &form.items);
                assert!(
                    valid.is_ok(),
                    "{} ({lang:?}) is not a valid form",
                    template.key
                );
                let texts = form.items.iter().map(|i| i.text.as_str());
                assert!(texts.clone().all(|t| !t.contains("{subject}")));
            }
        }
    }

    #[test]
    fn the_meeting_evaluation_asks_about_the_communitys_focus_before_and_now() {
        let form = for_meeting(Lang::En, "cop-meeting", "the Quality Standards").expect("template");
        let before_now = form
            .items
            .iter()
            .find(|i| i.kind == FormItemKind::Retrospective)
            .expect("a before/now item");
        assert_eq!(before_now.text, "My knowledge of the Quality Standards");
        assert_eq!(before_now.points, ["Low", "Medium", "High"]);
    }
}
