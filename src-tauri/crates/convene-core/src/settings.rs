//! The facilitator's choices that are not part of any community: languages, and who
//! issues certificates.
//!
//! Until the facilitator picks a language Convene speaks the operating system's, so a
//! first start in Spanish opens in Spanish. The room's language (projector, participant
//! agenda, clicker) may differ from the control view's.

use convene_i18n::{msg, Lang};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::change::Change;
use crate::domain::NoArgs;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The language of the control view, of error sentences and of documents.
    pub language: Lang,
    /// Whether `language` is the operating system's because none was chosen yet.
    pub language_from_system: bool,
    /// The language of the projector, the participant agenda and the clicker.
    pub room_language: Lang,
    pub certificates: CertificateSettings,
    /// Whether a scanned signature is printed on certificates.
    pub has_signature: bool,
}

/// A scanned signature to print on certificates, or none to stop printing one.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetSignature {
    pub image_base64: Option<String>,
}

/// The largest signature image taken: a scan at 300 dpi is far smaller.
const MAX_SIGNATURE_BYTES: usize = 2 * 1024 * 1024;

/// Who issues certificates, printed on each one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CertificateSettings {
    /// The provider's name, e.g. "Example Regional Afterschool Network".
    pub provider: String,
    /// Printed only when the provider says it is accredited, e.g. "Accredited by …".
    pub accreditation: String,
    /// The name and title under the signature line.
    pub signer_name: String,
    pub signer_title: String,
}

impl CertificateSettings {
    fn checked(&self) -> CoreResult<CertificateSettings> {
        let field =
            |field: &'static str, label, text: &str| crate::text::optional(field, label, text, 200);
        Ok(CertificateSettings {
            provider: field("provider", msg!("errors-label-provider"), &self.provider)?,
            accreditation: field(
                "accreditation",
                msg!("errors-label-accreditation"),
                &self.accreditation,
            )?,
            signer_name: field(
                "signerName",
                msg!("errors-label-signer-name"),
                &self.signer_name,
            )?,
            signer_title: field(
                "signerTitle",
                msg!("errors-label-signer-title"),
                &self.signer_title,
            )?,
        })
    }
}

/// Changes the named settings and leaves the others as they are.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSettings {
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<Lang>,
    #[serde(default)]
    #[ts(optional)]
    pub room_language: Option<Lang>,
    #[serde(default)]
    #[ts(optional)]
    pub certificates: Option<CertificateSettings>,
}

fn parse(code: Option<String>) -> CoreResult<Option<Lang>> {
    code.map(|code| {
        Lang::from_tag(&code)
            .ok_or_else(|| CoreError::Corrupt(format!("“{code}” is not a language Convene knows.")))
    })
    .transpose()
}

pub(crate) fn read(conn: &Connection) -> CoreResult<Settings> {
    type Row = (Option<String>, Option<String>, (CertificateSettings, bool));
    let (language, room_language, (certificates, has_signature)): Row = conn.query_row(
        "SELECT language, room_language, provider, accreditation, signer_name, signer_title,
                signature IS NOT NULL
         FROM preferences WHERE id = 1",
        [],
        |row| {
            let certificates = CertificateSettings {
                provider: row.get(2)?,
                accreditation: row.get(3)?,
                signer_name: row.get(4)?,
                signer_title: row.get(5)?,
            };
            Ok((row.get(0)?, row.get(1)?, (certificates, row.get(6)?)))
        },
    )?;
    let chosen = parse(language)?;
    let language = chosen.unwrap_or_else(Lang::system);
    Ok(Settings {
        language,
        language_from_system: chosen.is_none(),
        room_language: parse(room_language)?.unwrap_or(language),
        certificates,
        has_signature,
    })
}

pub fn get(core: &Core, _: NoArgs) -> CoreResult<Settings> {
    core.store.read(read)
}

pub fn update(core: &Core, request: UpdateSettings) -> CoreResult<Settings> {
    let certificates = request
        .certificates
        .as_ref()
        .map(CertificateSettings::checked)
        .transpose()?;
    core.write_and_publish(|tx| {
        if let Some(c) = &certificates {
            tx.execute(
                "UPDATE preferences SET provider = ?1, accreditation = ?2, signer_name = ?3,
                        signer_title = ?4 WHERE id = 1",
                (
                    &c.provider,
                    &c.accreditation,
                    &c.signer_name,
                    &c.signer_title,
                ),
            )?;
        }
        if let Some(language) = request.language {
            tx.execute(
                "UPDATE preferences SET language = ?1 WHERE id = 1",
                [language.code()],
            )?;
        }
        if let Some(room) = request.room_language {
            tx.execute(
                "UPDATE preferences SET room_language = ?1 WHERE id = 1",
                [room.code()],
            )?;
        }
        let settings = read(tx)?;
        Ok(Change::new(
            settings,
            ChangeEvent::updated(Entity::Settings, "", ""),
        ))
    })
}

/// The scanned signature as stored, if one was given.
pub(crate) fn signature(conn: &Connection) -> CoreResult<Option<Vec<u8>>> {
    Ok(conn.query_row(
        "SELECT signature FROM preferences WHERE id = 1",
        [],
        |row| row.get(0),
    )?)
}

/// Keeps a scanned signature once it is known to be an image the certificates can print.
pub fn set_signature(core: &Core, request: SetSignature) -> CoreResult<Settings> {
    let image = match &request.image_base64 {
        None => None,
        Some(encoded) => Some(checked_signature(encoded)?),
    };
    core.write_and_publish(|tx| {
        tx.execute(
            "UPDATE preferences SET signature = ?1 WHERE id = 1",
            [&image],
        )?;
        Ok(Change::new(
            read(tx)?,
            ChangeEvent::updated(Entity::Settings, "", ""),
        ))
    })
}

fn checked_signature(encoded: &str) -> CoreResult<Vec<u8>> {
    use base64::Engine;
    let refuse = || CoreError::invalid("imageBase64", msg!("errors-signature-not-image"));
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| refuse())?;
    if bytes.len() > MAX_SIGNATURE_BYTES {
        let megabytes = bytes.len().div_ceil(1024 * 1024);
        return Err(CoreError::invalid(
            "imageBase64",
            msg!("errors-signature-too-big", size = megabytes, max = 2),
        ));
    }
    convene_print::Signature::decode(&bytes).map_err(|_| refuse())?;
    Ok(bytes)
}

/// The language the room's screens speak; all another machine learns of the settings.
pub fn room_language(core: &Core, _: NoArgs) -> CoreResult<Lang> {
    Ok(get(core, NoArgs {})?.room_language)
}
