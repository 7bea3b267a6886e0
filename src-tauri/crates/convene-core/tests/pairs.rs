//! Growth-coach pairs as a facilitator keeps them: a suggestion that follows its rules on
//! a small roster, saved as the facilitator changed it; a member twice in one period and
//! a group of one are refused; a period's check-ins, and the flag on pairs that have not
//! checked in since the last meeting.

use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

fn roster(core: &convene_core::Core) -> (Value, Vec<Value>) {
    let community = ok(core, "community.create", json!({ "name": "Pairs CoP" }))["id"].clone();
    let people = [
        ("Ana", "Lakeside", 12),
        ("Ben", "Lakeside", 1),
        ("Chloé", "Riverbend", 9),
        ("Dev", "Riverbend", 0),
    ];
    let ids = people
        .iter()
        .map(|(name, organization, years)| {
            let fields =
                json!({ "name": name, "organization": organization, "experienceYears": years });
            ok(
                core,
                "member.create",
                json!({ "communityId": community, "fields": fields }),
            )["id"]
                .clone()
        })
        .collect();
    (community, ids)
}

fn names(core: &convene_core::Core, community: &Value, groups: &Value) -> Vec<Vec<String>> {
    let members = ok(core, "member.list", json!({ "communityId": community }));
    let name_of = |id: &Value| {
        members
            .as_array()
            .unwrap()
            .iter()
            .find(|m| &m["id"] == id)
            .unwrap()["name"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let mut named: Vec<Vec<String>> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let mut names: Vec<String> = g.as_array().unwrap().iter().map(name_of).collect();
            names.sort();
            names
        })
        .collect();
    named.sort();
    named
}

#[test]
fn mentoring_pairs_cross_organizations_and_match_experience_with_newness() {
    let (_dir, core) = open();
    let (community, _) = roster(&core);
    let suggestion = ok(
        &core,
        "pairs.suggest",
        json!({ "communityId": community, "kind": "mentoring" }),
    );
    // Ana (12 years) with Dev (new) and Chloé (9) with Ben (1): both cross organizations.
    assert_eq!(
        names(&core, &community, &suggestion["groups"]),
        [["Ana", "Dev"], ["Ben", "Chloé"]]
    );
    assert_eq!(suggestion["sameOrganization"], 0);
    assert_eq!(
        suggestion["rules"],
        json!([
            "differentOrganizations",
            "experiencedWithNewer",
            "noRepeats"
        ])
    );

    let saved = ok(
        &core,
        "pairs.save",
        json!({ "communityId": community, "kind": "mentoring",
        "label": "Fall 2026", "groups": suggestion["groups"] }),
    );
    assert_eq!(saved[0]["groups"].as_array().map(Vec::len), Some(2));
    // Next period, last period's partners are not suggested again.
    let next = ok(
        &core,
        "pairs.suggest",
        json!({ "communityId": community, "kind": "accountabilityPartners" }),
    );
    assert_eq!(
        names(&core, &community, &next["groups"]),
        [["Ana", "Chloé"], ["Ben", "Dev"]]
    );
    assert_eq!(next["repeats"], 0);
}

#[test]
fn a_member_twice_in_a_period_or_a_group_of_one_changes_nothing() {
    let (_dir, core) = open();
    let (community, ids) = roster(&core);
    let twice = json!({ "communityId": community, "kind": "growthCoaches", "label": "Spring",
        "groups": [[ids[0], ids[1]], [ids[0], ids[2]]] });
    let refusal = refused(&core, "pairs.save", twice);
    assert!(
        refusal.message.contains("but Ana is in two"),
        "{}",
        refusal.message
    );
    let alone = json!({ "communityId": community, "kind": "growthCoaches", "label": "Spring",
        "groups": [[ids[0], ids[1]], [ids[2]]] });
    assert!(refused(&core, "pairs.save", alone)
        .message
        .contains("Group 2 has one member"));
    assert_eq!(
        ok(&core, "pairs.list", json!({ "communityId": community })),
        json!([])
    );
}

#[test]
fn pairs_without_a_check_in_since_the_last_meeting_are_flagged() {
    let (_dir, core) = open();
    let (community, ids) = roster(&core);
    let meeting = json!({ "title": "Kick-off", "date": "2026-10-07", "startTime": "09:00", "endTime": "12:00" });
    let meeting = ok(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": meeting }),
    )["id"]
        .clone();
    ok(
        &core,
        "attendance.set",
        json!({ "meetingId": meeting, "memberId": ids[0], "status": "present" }),
    );
    let saved = ok(
        &core,
        "pairs.save",
        json!({ "communityId": community, "kind": "growthCoaches",
        "label": "Fall 2026", "groups": [[ids[0], ids[2]], [ids[1], ids[3]]] }),
    );
    let pairing = saved[0]["id"].clone();
    assert!(saved[0]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .all(|g| g["needsCheckin"] == true));
    let checkin = json!({ "pairingId": pairing, "group": 1, "date": "2026-10-20", "note": "Walked the site together." });
    let after = ok(&core, "pairs.addCheckin", checkin);
    assert_eq!(after[0]["groups"][0]["needsCheckin"], false);
    assert_eq!(after[0]["groups"][1]["needsCheckin"], true);
    let early = json!({ "pairingId": pairing, "group": 2, "date": "2026-10-01", "note": "Before the meeting." });
    assert_eq!(
        ok(&core, "pairs.addCheckin", early)[0]["groups"][1]["needsCheckin"],
        true,
        "a check-in before the last meeting does not count"
    );
    let future =
        json!({ "pairingId": pairing, "group": 2, "date": "2999-01-01", "note": "Later." });
    assert_eq!(
        refused(&core, "pairs.addCheckin", future).field.as_deref(),
        Some("date")
    );
    let no_group =
        json!({ "pairingId": pairing, "group": 9, "date": "2026-10-20", "note": "Lost." });
    assert_eq!(
        refused(&core, "pairs.addCheckin", no_group)
            .field
            .as_deref(),
        Some("group")
    );
}
