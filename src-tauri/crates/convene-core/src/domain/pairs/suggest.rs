//! Suggested pairing: who could work with whom, by rules a facilitator can read. People
//! from different organizations are preferred (they learn more from each other); for
//! mentoring, the most experienced are matched with the newest; growth coaches who
//! work on the same Quality Standards are matched; nobody is paired again with an
//! earlier partner unless the facilitator allows it; an odd member joins the pair they
//! fit best as a trio. Each rule is a cost; a greedy match is improved by swapping
//! partners between pairs until no swap helps. Pure, so rosters with a known best
//! answer can be tested.

use std::collections::HashSet;

use convene_i18n::{msg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::plans::QualityStandard;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PairKind {
    GrowthCoaches,
    Mentoring,
    AccountabilityPartners,
}

impl PairKind {
    pub fn label(self) -> Message {
        match self {
            PairKind::GrowthCoaches => msg!("community-pairs-kind-coaches"),
            PairKind::Mentoring => msg!("community-pairs-kind-mentoring"),
            PairKind::AccountabilityPartners => msg!("community-pairs-kind-partners"),
        }
    }
}

/// A rule the suggestion followed, shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PairRule {
    DifferentOrganizations,
    ExperiencedWithNewer,
    SharedStandards,
    NoRepeats,
    RepeatsAllowed,
    TrioForOddNumber,
}

/// A member as the pairing sees them.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: String,
    pub organization: String,
    /// Years of experience; unknown counts as new.
    pub experience: Option<u32>,
    /// The Quality Standards their active goals serve.
    pub standards: Vec<QualityStandard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    /// Member ids, two per group (three in one group for an odd number).
    pub groups: Vec<Vec<String>>,
    pub rules: Vec<PairRule>,
    /// Groups that could not avoid sharing an organization or an earlier pair.
    pub same_organization: u32,
    pub repeats: u32,
}

/// Two member ids in a fixed order, to look a pair up whichever way it was written.
pub fn pair_key(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

struct Costs<'a> {
    kind: PairKind,
    earlier: &'a HashSet<(String, String)>,
    allow_repeats: bool,
}

const SAME_ORGANIZATION: i64 = 1_000;
const REPEAT: i64 = 100_000;

fn same_organization(a: &Candidate, b: &Candidate) -> bool {
    let (x, y) = (a.organization.trim(), b.organization.trim());
    !x.is_empty() && x.to_lowercase() == y.to_lowercase()
}

impl Costs<'_> {
    fn repeat(&self, a: &Candidate, b: &Candidate) -> bool {
        self.earlier.contains(&pair_key(&a.id, &b.id))
    }

    /// Lower is better.
    fn pair(&self, a: &Candidate, b: &Candidate) -> i64 {
        let mut cost = 0;
        if same_organization(a, b) {
            cost += SAME_ORGANIZATION;
        }
        if !self.allow_repeats && self.repeat(a, b) {
            cost += REPEAT;
        }
        match self.kind {
            PairKind::Mentoring => {
                let gap =
                    i64::from(a.experience.unwrap_or(0)) - i64::from(b.experience.unwrap_or(0));
                cost -= gap * gap;
            }
            PairKind::GrowthCoaches => {
                let shared = a
                    .standards
                    .iter()
                    .filter(|s| b.standards.contains(s))
                    .count();
                cost -= 50 * i64::try_from(shared).unwrap_or(0);
            }
            PairKind::AccountabilityPartners => {}
        }
        cost
    }

    fn group(&self, people: &[&Candidate]) -> i64 {
        let mut total = 0;
        for (i, a) in people.iter().enumerate() {
            for b in &people[i + 1..] {
                total += self.pair(a, b);
            }
        }
        total
    }
}

/// Pairs every candidate (one trio when their number is odd); fewer than two, none.
pub fn suggest(
    candidates: &[Candidate],
    kind: PairKind,
    earlier: &HashSet<(String, String)>,
    allow_repeats: bool,
) -> Suggestion {
    let costs = Costs {
        kind,
        earlier,
        allow_repeats,
    };
    let mut order: Vec<&Candidate> = candidates.iter().collect();
    if kind == PairKind::Mentoring {
        order.sort_by_key(|c| std::cmp::Reverse(c.experience.unwrap_or(0)));
    }
    let mut pairs = greedy(&order, &costs);
    improve(&mut pairs, &costs);
    let mut groups: Vec<Vec<&Candidate>> = pairs.into_iter().map(|(a, b)| vec![a, b]).collect();
    let odd = order.len() % 2 == 1 && order.len() > 1;
    if odd {
        let paired: HashSet<&str> = groups.iter().flatten().map(|c| c.id.as_str()).collect();
        if let Some(left) = order.iter().find(|c| !paired.contains(c.id.as_str())) {
            let best = (0..groups.len()).min_by_key(|&i| {
                let mut trio = groups[i].clone();
                trio.push(left);
                costs.group(&trio) - costs.group(&groups[i])
            });
            if let Some(i) = best {
                groups[i].push(left);
            }
        }
    }
    describe(&groups, &costs, odd)
}

/// Each unpaired candidate in turn takes the partner that costs least.
fn greedy<'a>(order: &[&'a Candidate], costs: &Costs) -> Vec<(&'a Candidate, &'a Candidate)> {
    let mut free: Vec<&Candidate> = order.to_vec();
    let mut pairs = Vec::new();
    while free.len() >= 2 {
        let first = free.remove(0);
        let best = (0..free.len()).min_by_key(|&i| costs.pair(first, free[i]));
        if let Some(i) = best {
            pairs.push((first, free.remove(i)));
        }
    }
    pairs
}

/// Swaps partners between two pairs while that lowers the total cost.
fn improve<'a>(pairs: &mut [(&'a Candidate, &'a Candidate)], costs: &Costs) {
    let mut improved = true;
    let mut rounds = 0;
    while improved && rounds < 100 {
        improved = false;
        rounds += 1;
        for i in 0..pairs.len() {
            for j in i + 1..pairs.len() {
                let ((a, b), (c, d)) = (pairs[i], pairs[j]);
                let now = costs.pair(a, b) + costs.pair(c, d);
                let crossed = costs.pair(a, c) + costs.pair(b, d);
                let swapped = costs.pair(a, d) + costs.pair(b, c);
                if crossed < now && crossed <= swapped {
                    (pairs[i], pairs[j]) = ((a, c), (b, d));
                    improved = true;
                } else if swapped < now {
                    (pairs[i], pairs[j]) = ((a, d), (b, c));
                    improved = true;
                }
            }
        }
    }
}

fn describe(groups: &[Vec<&Candidate>], costs: &Costs, odd: bool) -> Suggestion {
    let mut rules = vec![PairRule::DifferentOrganizations];
    match costs.kind {
        PairKind::Mentoring => rules.push(PairRule::ExperiencedWithNewer),
        PairKind::GrowthCoaches => rules.push(PairRule::SharedStandards),
        PairKind::AccountabilityPartners => {}
    }
    rules.push(if costs.allow_repeats {
        PairRule::RepeatsAllowed
    } else {
        PairRule::NoRepeats
    });
    if odd {
        rules.push(PairRule::TrioForOddNumber);
    }
    let within = |test: &dyn Fn(&Candidate, &Candidate) -> bool| {
        groups
            .iter()
            .filter(|g| {
                g.iter()
                    .enumerate()
                    .any(|(i, a)| g[i + 1..].iter().any(|b| test(a, b)))
            })
            .count() as u32
    };
    Suggestion {
        same_organization: within(&|a, b| same_organization(a, b)),
        repeats: within(&|a, b| costs.repeat(a, b)),
        groups: groups
            .iter()
            .map(|g| g.iter().map(|c| c.id.clone()).collect())
            .collect(),
        rules,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, organization: &str, experience: u32) -> Candidate {
        Candidate {
            id: id.into(),
            organization: organization.into(),
            experience: Some(experience),
            standards: Vec::new(),
        }
    }

    fn sorted(groups: &[Vec<String>]) -> Vec<Vec<String>> {
        let mut groups: Vec<Vec<String>> = groups
            .iter()
            .map(|g| {
                let mut g = g.clone();
                g.sort();
                g
            })
            .collect();
        groups.sort();
        groups
    }

    fn ids(groups: &[&[&str]]) -> Vec<Vec<String>> {
        sorted(
            &groups
                .iter()
                .map(|g| g.iter().map(|s| s.to_string()).collect())
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn people_of_one_organization_are_paired_across_organizations() {
        // Two from Lakeside, two from Riverbend: only cross pairs avoid a shared
        // organization, and with no earlier pairs the first in the roster picks first.
        let roster = [
            person("a", "Lakeside", 1),
            person("b", "Lakeside", 1),
            person("c", "Riverbend", 1),
            person("d", "Riverbend", 1),
        ];
        let got = suggest(
            &roster,
            PairKind::AccountabilityPartners,
            &HashSet::new(),
            false,
        );
        assert_eq!(sorted(&got.groups), ids(&[&["a", "c"], &["b", "d"]]));
        assert_eq!(got.same_organization, 0);
        // a and c were partners last period: the only other cross pairing is chosen.
        let earlier = HashSet::from([pair_key("c", "a")]);
        let got = suggest(&roster, PairKind::AccountabilityPartners, &earlier, false);
        assert_eq!(sorted(&got.groups), ids(&[&["a", "d"], &["b", "c"]]));
        assert_eq!(got.repeats, 0);
        // Allowed again, the first choice stands.
        let got = suggest(&roster, PairKind::AccountabilityPartners, &earlier, true);
        assert_eq!(got.repeats, 1);
        assert!(got.rules.contains(&PairRule::RepeatsAllowed));
    }

    #[test]
    fn mentoring_matches_the_most_experienced_with_the_newest() {
        let roster = [
            person("new", "A", 0),
            person("vet", "B", 10),
            person("mid", "C", 8),
            person("one", "D", 1),
        ];
        let got = suggest(&roster, PairKind::Mentoring, &HashSet::new(), false);
        assert_eq!(
            sorted(&got.groups),
            ids(&[&["mid", "one"], &["new", "vet"]])
        );
        assert!(got.rules.contains(&PairRule::ExperiencedWithNewer));
    }

    #[test]
    fn growth_coaches_share_a_quality_standard_and_an_odd_member_makes_a_trio() {
        let mut roster = vec![
            person("a", "A", 3),
            person("b", "B", 3),
            person("c", "C", 3),
            person("d", "D", 3),
            person("e", "A", 3),
        ];
        roster[0].standards = vec![QualityStandard::YouthVoice];
        roster[3].standards = vec![QualityStandard::YouthVoice];
        roster[1].standards = vec![QualityStandard::SkillBuilding];
        roster[2].standards = vec![QualityStandard::SkillBuilding];
        let got = suggest(&roster, PairKind::GrowthCoaches, &HashSet::new(), false);
        let groups = sorted(&got.groups);
        assert!(
            groups.contains(&vec!["b".to_string(), "c".to_string()])
                || groups
                    .iter()
                    .any(|g| g.len() == 3 && g.contains(&"b".into()) && g.contains(&"c".into()))
        );
        assert!(groups
            .iter()
            .any(|g| g.contains(&"a".to_string()) && g.contains(&"d".to_string())));
        assert_eq!(
            groups.iter().filter(|g| g.len() == 3).count(),
            1,
            "{groups:?}"
        );
        // e shares an organization with a, so e joins b and c.
        assert!(groups
            .iter()
            .any(|g| g.len() == 3 && g.contains(&"e".to_string()) && g.contains(&"b".to_string())));
        assert!(got.rules.contains(&PairRule::TrioForOddNumber));
    }

    #[test]
    fn one_member_alone_is_not_paired() {
        let got = suggest(
            &[person("a", "A", 1)],
            PairKind::Mentoring,
            &HashSet::new(),
            false,
        );
        assert!(got.groups.is_empty());
    }
}
