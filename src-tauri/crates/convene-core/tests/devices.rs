//! Pairing codes against a clock the test moves: a code expires after ten minutes,
//! pairs one device, and a revoked device's token no longer counts.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Local, NaiveDateTime, Utc};
use convene_core::clock::Clock;
use convene_core::Core;
use serde_json::json;

/// Only the monotonic reading matters to pairing; it moves when told to.
#[derive(Default)]
struct StoppedClock {
    monotonic_ms: AtomicU64,
}

impl Clock for StoppedClock {
    fn monotonic(&self) -> Duration {
        Duration::from_millis(self.monotonic_ms.load(Ordering::SeqCst))
    }
    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn local_now(&self) -> NaiveDateTime {
        Local::now().naive_local()
    }
}

fn served() -> (tempfile::TempDir, Arc<StoppedClock>, Core) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(StoppedClock::default());
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    core.set_network_urls(vec!["http://192.0.2.2:5180/".into()]);
    (dir, clock, core)
}

fn new_code(core: &Core) -> String {
    let offer = core.dispatch("device.pairingCode", json!({})).unwrap();
    assert_eq!(offer["expiresInSeconds"], 600);
    assert_eq!(offer["addresses"], json!(["http://192.0.2.2:5180/clicker"]));
    offer["code"].as_str().unwrap().to_owned()
}

#[test]
fn a_code_expires_after_ten_minutes() {
    let (_dir, clock, core) = served();
    let code = new_code(&core);
    clock.monotonic_ms.store(10 * 60 * 1000, Ordering::SeqCst);
    let error = core.pair(&code, "Phone").unwrap_err();
    assert!(error.to_string().contains("expired"), "{error}");

    let code = new_code(&core);
    clock
        .monotonic_ms
        .fetch_add(9 * 60 * 1000, Ordering::SeqCst);
    assert!(core.pair(&code, "Phone").is_ok());
}

#[test]
fn a_code_pairs_one_device_with_a_name() {
    let (_dir, _clock, core) = served();
    let code = new_code(&core);
    let error = core.pair(&code, "   ").unwrap_err();
    assert!(error.to_string().contains("name"), "{error}");
    let token = core.pair(&code, "Front row tablet").unwrap();
    assert!(token.len() >= 43, "32 random bytes in base64url");
    assert!(core.pair(&code, "Another").is_err());
    assert!(core.device_for_token(&token).unwrap().is_some());
    assert!(core.device_for_token("not-a-token").unwrap().is_none());
}

#[test]
fn a_revoked_device_no_longer_counts() {
    let (_dir, _clock, core) = served();
    let token = core.pair(&new_code(&core), "Phone").unwrap();
    let devices = core.dispatch("device.list", json!({})).unwrap();
    let id = devices[0]["id"].clone();
    let left = core.dispatch("device.revoke", json!({ "id": id })).unwrap();
    assert_eq!(left, json!([]));
    assert!(core.device_for_token(&token).unwrap().is_none());
    let again = core
        .dispatch("device.revoke", json!({ "id": id }))
        .unwrap_err();
    assert_eq!(again.code, convene_core::ErrorCode::NotFound);
}
