//! A community of its own for tests of numbered sheets: three members and meetings
//! that carry the shipped meeting evaluation, so serials start at M1-001 whatever
//! sheets the example community already holds.

use convene_core::Core;
use serde_json::json;

use crate::common::ok;

/// A new community of three members about the Quality Standards; its id.
pub fn community(core: &Core) -> String {
    let made = ok(
        core,
        "community.create",
        json!({ "name": "Sheets CoP", "focus": "the Quality Standards" }),
    );
    let id = made["id"].as_str().unwrap_or_default().to_owned();
    for name in ["Ana López", "Ben Ortiz", "Cruz Díaz"] {
        ok(
            core,
            "member.create",
            json!({ "communityId": id, "fields": { "name": name } }),
        );
    }
    id
}

/// A meeting of `community` on `date` with the shipped meeting evaluation; its id.
pub fn meeting(core: &Core, community: &str, date: &str) -> String {
    let fields = json!({ "title": format!("Meeting of {date}"), "date": date, "startTime": "09:00", "endTime": "13:30" });
    let made = ok(
        core,
        "meeting.create",
        json!({ "communityId": community, "fields": fields }),
    );
    let source = json!({ "from": "template", "key": "cop-meeting", "lang": "en" });
    ok(
        core,
        "form.create",
        json!({ "meetingId": made["id"], "source": source }),
    );
    made["id"].as_str().unwrap_or_default().to_owned()
}
