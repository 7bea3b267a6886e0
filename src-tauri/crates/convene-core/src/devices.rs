//! Pairing a phone as the live run's clicker in browser mode.
//!
//! The facilitator asks for a six-digit code on their own machine; the phone sends it
//! back with a name and receives a random token (kept by the browser as an HttpOnly
//! cookie). The code lives only in memory, expires after ten minutes and is voided
//! after five wrong tries; the database keeps only a SHA-256 of each token, so neither
//! a copy of the file nor a glance at the screen later lets anyone act as the phone.

use convene_i18n::{msg, Message};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use base64::Engine;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::change::Change;
use crate::domain::{ById, NoArgs};
use crate::events::{ChangeEvent, Entity};
use crate::{ids::new_id, text, time::now_utc, Core, CoreError, CoreResult};

const CODE_LIFETIME: Duration = Duration::from_secs(10 * 60);
const MAX_WRONG_TRIES: u32 = 5;

struct PendingCode {
    code: String,
    /// On the core's monotonic clock, so a changed wall clock cannot extend it.
    expires_at: Duration,
    wrong_tries: u32,
}

/// The pairing state of a running Convene: the code on offer, if any, and the
/// addresses other devices can open (none unless the server listens on the network).
#[derive(Default)]
pub(crate) struct Pairing {
    pending: Mutex<Option<PendingCode>>,
    network_urls: Mutex<Vec<String>>,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded values are replaced whole, so a panic elsewhere cannot leave them torn.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What the facilitator's screen shows for a phone to pair.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairingCode {
    pub code: String,
    pub expires_in_seconds: u32,
    /// Where the phone opens the clicker page, one per network address of this machine.
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairedDevice {
    pub id: String,
    pub name: String,
    pub created_at: String,
    pub last_seen_at: Option<String>,
}

fn random_bytes<const N: usize>() -> CoreResult<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| CoreError::Random(e.to_string()))?;
    Ok(bytes)
}

/// Six uniformly random digits (values past the last whole million are drawn again).
fn new_code() -> CoreResult<String> {
    const LIMIT: u32 = u32::MAX - u32::MAX % 1_000_000;
    loop {
        let n = u32::from_le_bytes(random_bytes()?);
        if n < LIMIT {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn pairing_code(core: &Core, _: NoArgs) -> CoreResult<PairingCode> {
    let addresses: Vec<String> = locked(&core.pairing.network_urls)
        .iter()
        .map(|url| format!("{url}clicker"))
        .collect();
    if addresses.is_empty() {
        return Err(CoreError::invalid(
            "code",
            msg!("errors-pairing-needs-network"),
        ));
    }
    let code = new_code()?;
    *locked(&core.pairing.pending) = Some(PendingCode {
        code: code.clone(),
        expires_at: core.clock.monotonic() + CODE_LIFETIME,
        wrong_tries: 0,
    });
    Ok(PairingCode {
        code,
        expires_in_seconds: CODE_LIFETIME.as_secs() as u32,
        addresses,
    })
}

fn active(conn: &Connection) -> CoreResult<Vec<PairedDevice>> {
    let mut statement = conn.prepare(
        "SELECT id, name, created_at, last_seen_at FROM paired_device
         WHERE revoked_at IS NULL ORDER BY created_at, id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(PairedDevice {
            id: row.get(0)?,
            name: row.get(1)?,
            created_at: row.get(2)?,
            last_seen_at: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn list(core: &Core, _: NoArgs) -> CoreResult<Vec<PairedDevice>> {
    core.store.read(active)
}

pub fn revoke(core: &Core, request: ById) -> CoreResult<Vec<PairedDevice>> {
    core.write_and_publish(|tx| {
        let changed = tx.execute(
            "UPDATE paired_device SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            (&request.id, now_utc()),
        )?;
        if changed == 0 {
            return Err(CoreError::not_found("device"));
        }
        let event = ChangeEvent::deleted(Entity::Device, &request.id, "");
        Ok(Change::new(active(tx)?, event))
    })
}

impl Core {
    /// Where other devices reach this Convene (e.g. `http://192.168.1.20:5180/`); the
    /// server sets them when it listens on the network, and pairing needs them.
    pub fn set_network_urls(&self, urls: Vec<String>) {
        *locked(&self.pairing.network_urls) = urls;
    }

    /// Checks a pairing code typed on a phone and, if it is the one on offer, records
    /// the device and returns its token (to be kept by the phone, never stored here).
    pub fn pair(&self, code: &str, device_name: &str) -> CoreResult<String> {
        let name = text::required("name", msg!("errors-label-device-name"), device_name, 60)?;
        self.take_code(code.trim())?;
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>()?);
        let id = new_id();
        self.write_and_publish(|tx| {
            tx.execute(
                "INSERT INTO paired_device (id, name, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                (&id, &name, token_hash(&token), now_utc()),
            )?;
            Ok(Change::new((), ChangeEvent::created(Entity::Device, &id, "")))
        })?;
        Ok(token)
    }

    /// Uses up the code on offer if `code` is it; counts a wrong try otherwise.
    fn take_code(&self, code: &str) -> CoreResult<()> {
        let refused = |message: Message| Err(CoreError::invalid("code", message));
        let mut pending = locked(&self.pairing.pending);
        let Some(offer) = pending.as_mut() else {
            return refused(msg!("errors-pairing-no-code"));
        };
        if self.clock.monotonic() >= offer.expires_at {
            *pending = None;
            return refused(msg!("errors-pairing-expired"));
        }
        if offer.code != code {
            offer.wrong_tries += 1;
            if offer.wrong_tries >= MAX_WRONG_TRIES {
                *pending = None;
                return refused(msg!("errors-pairing-last-try"));
            }
            return refused(msg!("errors-pairing-wrong"));
        }
        *pending = None;
        Ok(())
    }

    /// The paired, unrevoked device a token belongs to, noting that it was seen. Every
    /// request a phone makes asks this, so "last seen" is written at most once a minute
    /// rather than a write on every button press.
    pub fn device_for_token(&self, token: &str) -> CoreResult<Option<String>> {
        let hash = token_hash(token);
        let found: Option<(String, Option<String>)> = self.store.read(|conn| {
            Ok(conn
                .query_row(
                    "SELECT id, last_seen_at FROM paired_device
                     WHERE token_hash = ?1 AND revoked_at IS NULL",
                    [&hash],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?)
        })?;
        let Some((id, last_seen)) = found else {
            return Ok(None);
        };
        let now = now_utc();
        let a_minute_ago = (chrono::Utc::now() - chrono::Duration::minutes(1))
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        if last_seen.is_none_or(|seen| seen < a_minute_ago) {
            self.store.write(|tx| {
                tx.execute(
                    "UPDATE paired_device SET last_seen_at = ?2 WHERE id = ?1",
                    (&id, &now),
                )?;
                Ok(())
            })?;
        }
        Ok(Some(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_tokens_hash_to_hex() {
        for _ in 0..100 {
            let code = new_code().unwrap();
            assert_eq!(code.len(), 6);
            assert!(code.chars().all(|c| c.is_ascii_digit()));
        }
        let hash = token_hash("abc");
        assert_eq!(
            hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
