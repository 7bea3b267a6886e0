//! Generated hostile input: JSON of any shape, strings a facilitator's paste (or an
//! attacker) could hold, numbers at every boundary, and mutations of a valid request
//! that change one thing at a time so validation, not only parsing, is exercised.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Number, Value};

/// Strings that have broken software before: empty and blank, control and invisible
/// characters, bidirectional overrides, combining marks, emoji sequences, SQL and FTS
/// syntax, almost-times and almost-dates, and the names of real enum values.
const ODD: &[&str] = &[
    "",
    " ",
    "\t\n",
    "\u{0}",
    "\u{7f}",
    "\u{feff}",
    "\u{200b}",
    "\u{202e}fdp.exe",
    "e\u{301}",
    "\u{301}",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "Ω≈ç√∫",
    "ＡＢＣ",
    "İı",
    "ß",
    "\u{fffd}",
    "\u{10ffff}",
    "'; DROP TABLE member; --",
    "\" OR 1=1 --",
    "*",
    "\"",
    "NEAR(a b)",
    "a OR b",
    "-x",
    "^",
    "%",
    "_",
    "\\",
    "null",
    "true",
    "NaN",
    "-0",
    "1e999",
    "12:00",
    "24:00",
    "23:59:60",
    "9:5",
    "12:00:00",
    "-01:00",
    "2026-02-29",
    "2026-13-01",
    "0000-01-01",
    "9999-12-31",
    "+2026-01-01",
    "letter",
    "a4",
    "poster",
    "tableTent",
    "present",
    "teambuilding",
    "running",
    "template",
    "meeting",
    "person",
    "group",
    "whole",
    "indoor",
    "low",
    "none",
    "relevance",
    "01900000-0000-7000-8000-000000000000",
    "a@b",
    "@",
    "x@y.z",
];

/// Lengths at and just past every limit the core sets on a text (40 to 20,000 characters).
const LENGTHS: &[usize] = &[
    40, 41, 50, 51, 60, 61, 100, 101, 120, 121, 140, 141, 200, 201, 254, 255, 500, 501, 1000, 1001,
    2000, 2001, 5000, 5001, 10_000, 10_001, 20_000, 20_001, 25_000,
];

pub fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(ODD).prop_map(str::to_owned),
        // Any Unicode scalar values (a regex strategy would be several times slower).
        3 => prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        2 => prop::collection::vec(prop::sample::select(&b"0123456789 :.-"[..]), 0..12)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        1 => (prop::sample::select(ODD), 1usize..300)
            .prop_map(|(piece, times)| piece.repeat(times)),
        1 => (prop::sample::select(LENGTHS), prop::sample::select(&["x", "é", "👍"][..]))
            .prop_map(|(n, c)| c.repeat(n)),
    ]
}

const EDGES: &[i128] = &[
    0,
    1,
    -1,
    2,
    5,
    59,
    60,
    100,
    127,
    128,
    255,
    256,
    720,
    721,
    1000,
    1001,
    10_000,
    10_001,
    86_400,
    65_535,
    65_536,
    i32::MAX as i128,
    i32::MIN as i128,
    u32::MAX as i128,
    u32::MAX as i128 + 1,
    i64::MAX as i128,
    i64::MIN as i128,
    u64::MAX as i128,
];

pub fn hostile_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => prop::sample::select(EDGES).prop_map(|n| {
            serde_json::from_str(&n.to_string()).unwrap_or(Value::Null)
        }),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        1 => prop::sample::select(&[0.5, -0.0, 1e300, -1e300, 59.999, 1e-300][..]).prop_map(Value::from),
    ]
}

/// Any JSON value, nested a few levels, with keys drawn from the real field names.
pub fn any_json(keys: Vec<String>) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        hostile_number(),
        hostile_string().prop_map(Value::String),
    ];
    let key = prop_oneof![
        3 => prop::sample::select(keys),
        1 => hostile_string(),
    ];
    leaf.prop_recursive(3, 24, 5, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..5)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One change to a valid request.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Replace the value at a place with one of the same type, but hostile.
    SameType(Index, String, Value),
    /// Replace the value at a place with anything at all.
    Replace(Index, Value),
    Remove(Index),
    /// Add a field the request does not have.
    Add(Index, String, Value),
    /// Put another record's id (of any kind) where an id was.
    OtherId(Index, Index),
}

pub fn mutations(keys: Vec<String>) -> impl Strategy<Value = Vec<Mutation>> {
    let one = prop_oneof![
        5 => (any::<Index>(), hostile_string(), hostile_number())
            .prop_map(|(at, s, n)| Mutation::SameType(at, s, n)),
        2 => (any::<Index>(), any_json(keys.clone())).prop_map(|(at, v)| Mutation::Replace(at, v)),
        2 => any::<Index>().prop_map(Mutation::Remove),
        1 => (any::<Index>(), prop_oneof![prop::sample::select(keys.clone()), hostile_string()], any_json(keys))
            .prop_map(|(at, k, v)| Mutation::Add(at, k, v)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(at, id)| Mutation::OtherId(at, id)),
    ];
    // No mutation at all now and then, so the success path runs too.
    prop::collection::vec(one, 0..=3)
}

/// Every place in `value` (pre-order, root first) as a path of keys and indices.
fn places(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                path.push(Step::Key(key.clone()));
                places(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                path.push(Step::At(index));
                places(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

fn at_mut<'v>(value: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::At(i) => v.get_mut(*i),
    })
}

/// Applies `mutation` to `request`; `ids` are real ids of every kind to swap in.
pub fn apply(request: &mut Value, mutation: &Mutation, ids: &[String]) {
    let mut all = Vec::new();
    places(request, &mut Vec::new(), &mut all);
    let pick = |at: &Index| all[at.index(all.len())].clone();
    match mutation {
        Mutation::SameType(at, text, number) => {
            if let Some(target) = at_mut(request, &pick(at)) {
                *target = match target {
                    Value::String(_) => Value::String(text.clone()),
                    Value::Number(_) => number.clone(),
                    Value::Bool(b) => Value::Bool(!*b),
                    Value::Array(items) => {
                        Value::Array(items.iter().chain(items.iter()).cloned().collect())
                    }
                    _ => Value::Null,
                };
            }
        }
        Mutation::Replace(at, value) => {
            if let Some(target) = at_mut(request, &pick(at)) {
                *target = value.clone();
            }
        }
        Mutation::Remove(at) => {
            let path = pick(at);
            if let Some((last, parent)) = path.split_last() {
                match (at_mut(request, parent), last) {
                    (Some(Value::Object(map)), Step::Key(k)) => {
                        map.remove(k);
                    }
                    (Some(Value::Array(items)), Step::At(i)) if *i < items.len() => {
                        items.remove(*i);
                    }
                    _ => {}
                }
            }
        }
        Mutation::Add(at, key, value) => {
            if let Some(Value::Object(map)) = at_mut(request, &pick(at)) {
                map.insert(key.clone(), value.clone());
            }
        }
        Mutation::OtherId(at, id) => {
            if let (Some(target @ Value::String(_)), false) =
                (at_mut(request, &pick(at)), ids.is_empty())
            {
                *target = Value::String(ids[id.index(ids.len())].clone());
            }
        }
    }
}

/// Every object key in `value`, for generating near-real field names.
pub fn keys_of(value: &Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                out.insert(key.clone());
                keys_of(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|child| keys_of(child, out)),
        _ => {}
    }
}
