//! The exact search for the smallest seat plan, over numbers only.
//!
//! The seat rules read a few sums of seats (the seats of the classes a
//! selector selects), so groups whose kinds every selector treats alike are
//! one *atom*: the search chooses the total of each atom, at most one per
//! kind of group (24), whatever the number of groups. The cost of a choice
//! is `Σ |y_a − cur_a|`, which is what the groups' changes cost: within an
//! atom seats are only added or only taken away.
//!
//! Every rule is a linear inequality over *sum variables* (one per selector
//! that selects more than one atom, linked to its atoms by two more
//! inequalities). The search is a depth-first branch and bound over the
//! atoms' totals with:
//! - bounds propagation of every inequality to a fixpoint, with integer
//!   rounding, so that "two thirds of 100 seats" is found impossible before
//!   any branching;
//! - a lower bound on the cost: the distance of each atom's domain from its
//!   current total, plus, for the rule furthest from being met, the
//!   fractional knapsack of the seats still needed (exact for one rule);
//! - iterative deepening on the cost (IDA*): a depth-first pass with the
//!   bound `D` finds every plan of cost `D` or proves there is none, and the
//!   next bound is the least lower bound that exceeded `D`; so the first
//!   plans found are the cheapest, and all of them are enumerated.
//!
//! A budget of nodes bounds the work on any input; the caller learns when
//! it was exhausted.

/// The domain of a variable: the least and the greatest value allowed.
pub(super) type Dom = (i64, i64);

/// `Σ coef · var ≥ rhs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Row {
    pub(super) terms: Vec<(usize, i64)>,
    pub(super) rhs: i64,
}

impl Row {
    /// Whether the row holds for the values `v`.
    pub(super) fn holds(&self, v: &[i64]) -> bool {
        self.terms.iter().map(|&(i, c)| c * v[i]).sum::<i64>() >= self.rhs
    }
}

/// An atom: the groups of one kind of seat, as the rules see them.
#[derive(Debug, Clone, Default)]
pub(super) struct Atom {
    /// The seats now.
    pub(super) cur: i64,
    /// The least seats allowed (groups that must keep a seat).
    pub(super) lo: i64,
    /// The most seats allowed.
    pub(super) hi: i64,
    /// The filled seats now.
    pub(super) filled: i64,
    /// The unfilled seats that can go.
    pub(super) unfilled_removable: i64,
    /// The seats each group can give up, the most first: how many groups a
    /// removal touches at least.
    pub(super) removable: Vec<i64>,
}

impl Atom {
    /// The filled seats at total `y`, with unfilled seats taken away first
    /// and added seats filled.
    fn best_filled(&self, y: i64) -> i64 {
        if y >= self.cur {
            self.filled + (y - self.cur)
        } else {
            self.filled - ((self.cur - y) - self.unfilled_removable).max(0)
        }
    }

    /// The least total at which [`Atom::best_filled`] reaches `t`.
    fn least_for_filled(&self, t: i64) -> i64 {
        if t > self.filled {
            self.cur + (t - self.filled)
        } else {
            self.cur - self.unfilled_removable - (self.filled - t)
        }
    }

    /// The groups a change to total `y` touches at least.
    pub(super) fn touched(&self, y: i64) -> u32 {
        match y.cmp(&self.cur) {
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
            std::cmp::Ordering::Less => {
                let mut need = self.cur - y;
                let mut n = 0;
                for r in &self.removable {
                    if need <= 0 {
                        break;
                    }
                    need -= r;
                    n += 1;
                }
                n
            }
        }
    }
}

/// At least `min` filled seats among the atoms (a rule that a body lapses
/// with fewer members).
#[derive(Debug, Clone)]
pub(super) struct Guard {
    pub(super) atoms: Vec<usize>,
    pub(super) min: i64,
}

/// What the search decides: the atoms' totals.
#[derive(Debug, Clone, Default)]
pub(super) struct Problem {
    pub(super) atoms: Vec<Atom>,
    /// The atoms each sum variable adds up; variable `atoms.len() + j`.
    pub(super) sums: Vec<Vec<usize>>,
    /// The rules (and the links of the sums), over atoms and sums.
    pub(super) rows: Vec<Row>,
    /// The rules written over atoms only, for the bound on the cost.
    pub(super) atom_rows: Vec<Row>,
    pub(super) guards: Vec<Guard>,
}

/// How the search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    /// The cheapest plans cost this much; every one was given to the
    /// caller (unless it asked to stop at the first).
    Optimal(i64),
    /// No plan meets the rules.
    Infeasible,
    /// The budget of nodes ran out.
    GaveUp,
}

/// What the caller says after each plan: the most groups a plan may
/// touch and still be of interest, or `None` for no limit.
pub(super) type Limit = Option<u32>;

const NO_BOUND: i64 = i64::MAX;

/// What a pass of the depth-first search does at a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Branch and bound: keep the cheapest plan, then look only for
    /// cheaper ones.
    Improve,
    /// Give every plan within the bound to the caller.
    Enumerate,
}

struct Dfs<'p, F> {
    p: &'p Problem,
    order: Vec<usize>,
    /// The most a plan may cost.
    budget: i64,
    nodes: u64,
    max_nodes: u64,
    mode: Mode,
    /// The cheapest plan found so far.
    best: Option<i64>,
    limit: Limit,
    stop: bool,
    leaf: F,
}

impl Problem {
    fn root(&self) -> Vec<Dom> {
        let mut d: Vec<Dom> = self.atoms.iter().map(|a| (a.lo, a.hi)).collect();
        for s in &self.sums {
            let lo = s.iter().map(|&a| self.atoms[a].lo).sum();
            let hi = s.iter().map(|&a| self.atoms[a].hi).sum();
            d.push((lo, hi));
        }
        d
    }

    /// The cost of the atoms' totals `v`.
    pub(super) fn cost(&self, v: &[i64]) -> i64 {
        self.atoms
            .iter()
            .zip(v)
            .map(|(a, y)| (y - a.cur).abs())
            .sum()
    }

    /// Bounds propagation to a fixpoint (or a few dozen passes); `false`
    /// when a domain empties. `budget` bounds the cost.
    fn propagate(&self, d: &mut [Dom], budget: i64) -> bool {
        for _ in 0..64 {
            let mut changed = false;
            for row in &self.rows {
                match narrow_row(row, d) {
                    None => return false,
                    Some(c) => changed |= c,
                }
            }
            for g in &self.guards {
                match self.narrow_guard(g, d) {
                    None => return false,
                    Some(c) => changed |= c,
                }
            }
            if budget != NO_BOUND {
                match self.narrow_cost(d, budget) {
                    None => return false,
                    Some(c) => changed |= c,
                }
            }
            if !changed {
                return true;
            }
        }
        true
    }

    fn narrow_guard(&self, g: &Guard, d: &mut [Dom]) -> Option<bool> {
        let most: i64 = g
            .atoms
            .iter()
            .map(|&a| self.atoms[a].best_filled(d[a].1))
            .sum();
        if most < g.min {
            return None;
        }
        let mut changed = false;
        for &a in &g.atoms {
            let atom = &self.atoms[a];
            let rest = most - atom.best_filled(d[a].1);
            let least = atom.least_for_filled(g.min - rest);
            if least > d[a].0 {
                if least > d[a].1 {
                    return None;
                }
                d[a].0 = least;
                changed = true;
            }
        }
        Some(changed)
    }

    fn narrow_cost(&self, d: &mut [Dom], budget: i64) -> Option<bool> {
        let base = self.base(d);
        if base > budget {
            return None;
        }
        let mut changed = false;
        for (i, a) in self.atoms.iter().enumerate() {
            let slack = budget - (base - dist(a.cur, d[i]));
            let (lo, hi) = (a.cur - slack, a.cur + slack);
            if lo > d[i].0 {
                d[i].0 = lo;
                changed = true;
            }
            if hi < d[i].1 {
                d[i].1 = hi;
                changed = true;
            }
            if d[i].0 > d[i].1 {
                return None;
            }
        }
        Some(changed)
    }

    /// The least cost of the atoms' domains taken alone.
    fn base(&self, d: &[Dom]) -> i64 {
        self.atoms
            .iter()
            .enumerate()
            .map(|(i, a)| dist(a.cur, d[i]))
            .sum()
    }

    /// A lower bound on the cost of any plan within `d`: [`Problem::base`]
    /// plus the fractional knapsack of the rule furthest from being met.
    fn lower_bound(&self, d: &[Dom]) -> i64 {
        let base = self.base(d);
        let mut extra = 0;
        let mut items: Vec<(i64, i64)> = Vec::new();
        for row in &self.atom_rows {
            let near = |i: usize| self.atoms[i].cur.clamp(d[i].0, d[i].1);
            let mut deficit = row.rhs - row.terms.iter().map(|&(i, c)| c * near(i)).sum::<i64>();
            if deficit <= 0 {
                continue;
            }
            items.clear();
            items.extend(row.terms.iter().filter(|t| t.1 != 0).map(|&(i, c)| {
                let cap = if c > 0 {
                    d[i].1 - near(i)
                } else {
                    near(i) - d[i].0
                };
                (c.abs(), cap)
            }));
            items.sort_unstable_by_key(|item| std::cmp::Reverse(item.0));
            let mut cost = 0;
            for &(gain, cap) in &items {
                if deficit <= 0 {
                    break;
                }
                let units = cap.min(div_ceil(deficit, gain));
                cost += units;
                deficit -= units * gain;
            }
            if deficit > 0 {
                return NO_BOUND;
            }
            extra = extra.max(cost);
        }
        base.saturating_add(extra)
    }

    /// The order in which the atoms are chosen: those the most rules read
    /// first.
    fn order(&self) -> Vec<usize> {
        let mut weight = vec![0usize; self.atoms.len()];
        for row in &self.atom_rows {
            for &(i, c) in &row.terms {
                if c != 0 {
                    weight[i] += 1;
                }
            }
        }
        let mut order: Vec<usize> = (0..self.atoms.len()).collect();
        order.sort_by(|a, b| weight[*b].cmp(&weight[*a]).then(a.cmp(b)));
        order
    }

    /// Finds the cheapest plans. `leaf` gets every plan of the least cost
    /// (the atoms' totals) and answers the most groups a further plan may
    /// touch; with `first_only` no plan is given, only the cost found.
    ///
    /// First a branch and bound finds the least cost (values nearest the
    /// current seats first, so that a cheap plan is found early and bounds
    /// the rest), then one more pass enumerates the plans of that cost.
    pub(super) fn minimize(
        &self,
        max_nodes: u64,
        first_only: bool,
        leaf: impl FnMut(&[i64]) -> Limit,
    ) -> End {
        let mut root = self.root();
        if !self.propagate(&mut root, NO_BOUND) {
            return End::Infeasible;
        }
        let mut dfs = Dfs {
            p: self,
            order: self.order(),
            budget: NO_BOUND,
            nodes: 0,
            max_nodes,
            mode: Mode::Improve,
            best: None,
            limit: None,
            stop: false,
            leaf: |_: &[i64]| None,
        };
        dfs.run(&root);
        if dfs.nodes > max_nodes {
            return End::GaveUp;
        }
        let Some(best) = dfs.best else {
            return End::Infeasible;
        };
        if first_only {
            return End::Optimal(best);
        }
        let mut dfs = Dfs {
            p: self,
            order: dfs.order,
            budget: best,
            nodes: dfs.nodes,
            max_nodes,
            mode: Mode::Enumerate,
            best: None,
            limit: None,
            stop: false,
            leaf,
        };
        dfs.run(&root);
        if dfs.nodes > max_nodes {
            return End::GaveUp;
        }
        End::Optimal(best)
    }

    /// The atoms' totals `v` with the sums they make.
    fn full(&self, v: &[i64]) -> Vec<i64> {
        let mut out = v.to_vec();
        out.extend(
            self.sums
                .iter()
                .map(|s| s.iter().map(|&a| v[a]).sum::<i64>()),
        );
        out
    }

    /// Whether the atoms' totals `v` meet every rule.
    pub(super) fn holds(&self, v: &[i64]) -> bool {
        let full = self.full(v);
        self.rows.iter().all(|r| r.holds(&full))
            && self.guards.iter().all(|g| {
                g.atoms
                    .iter()
                    .map(|&a| self.atoms[a].best_filled(v[a]))
                    .sum::<i64>()
                    >= g.min
            })
    }
}

impl<F: FnMut(&[i64]) -> Limit> Dfs<'_, F> {
    fn run(&mut self, root: &[Dom]) {
        self.stop = false;
        let mut d = root.to_vec();
        self.visit(&mut d, 0);
    }

    fn visit(&mut self, d: &mut [Dom], from: usize) {
        self.nodes += 1;
        if self.stop || self.nodes > self.max_nodes {
            self.stop = true;
            return;
        }
        if !self.p.propagate(d, self.budget) {
            return;
        }
        let lb = self.p.lower_bound(d);
        if lb == NO_BOUND || lb > self.budget {
            return;
        }
        if let Some(limit) = self.limit {
            let touched: u32 = (0..self.p.atoms.len())
                .filter(|&i| d[i].0 == d[i].1)
                .map(|i| self.p.atoms[i].touched(d[i].0))
                .sum();
            if touched > limit {
                return;
            }
        }
        let Some(k) = (from..self.order.len()).find(|&k| {
            let a = self.order[k];
            d[a].0 != d[a].1
        }) else {
            self.leaf_found(d);
            return;
        };
        let a = self.order[k];
        let (lo, hi) = d[a];
        let now = self.p.atoms[a].cur;
        let near = now.clamp(lo, hi);
        let others = self.p.base(d) - dist(now, d[a]);
        let base = dist(now, d[a]);
        let mut child = d.to_vec();
        for step in 0.. {
            if self.stop
                || (self.budget != NO_BOUND && others + base + step > self.budget)
                || (near - step < lo && near + step > hi)
            {
                break;
            }
            let values = if step == 0 {
                [Some(near), None]
            } else {
                [
                    (near - step >= lo).then_some(near - step),
                    (near + step <= hi).then_some(near + step),
                ]
            };
            for v in values.into_iter().flatten() {
                child.copy_from_slice(d);
                child[a] = (v, v);
                self.visit(&mut child, k + 1);
            }
        }
    }

    fn leaf_found(&mut self, d: &[Dom]) {
        let vals: Vec<i64> = d[..self.p.atoms.len()].iter().map(|x| x.0).collect();
        if !self.p.holds(&vals) {
            return;
        }
        let cost = self.p.cost(&vals);
        if cost > self.budget {
            return;
        }
        match self.mode {
            Mode::Improve => {
                self.best = Some(cost);
                self.budget = cost - 1;
            }
            Mode::Enumerate => {
                self.limit = (self.leaf)(&vals);
            }
        }
    }
}

/// Narrows the domains by one row; `None` when it cannot hold, else
/// whether a domain changed.
fn narrow_row(row: &Row, d: &mut [Dom]) -> Option<bool> {
    let most = |c: i64, (lo, hi): Dom| (c * lo).max(c * hi);
    let total: i64 = row.terms.iter().map(|&(i, c)| most(c, d[i])).sum();
    if total < row.rhs {
        return None;
    }
    let mut changed = false;
    for &(i, c) in &row.terms {
        if c == 0 {
            continue;
        }
        let need = row.rhs - (total - most(c, d[i]));
        if c > 0 {
            let lo = div_ceil(need, c);
            if lo > d[i].0 {
                d[i].0 = lo;
                changed = true;
            }
        } else {
            let hi = div_floor(need, c);
            if hi < d[i].1 {
                d[i].1 = hi;
                changed = true;
            }
        }
        if d[i].0 > d[i].1 {
            return None;
        }
    }
    Some(changed)
}

/// How far `x` lies from the domain `d`.
fn dist(x: i64, (lo, hi): Dom) -> i64 {
    if x < lo {
        lo - x
    } else if x > hi {
        x - hi
    } else {
        0
    }
}

fn div_floor(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn div_ceil(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && ((a < 0) == (b < 0)) {
        q + 1
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_division_rounds_the_right_way() {
        assert_eq!(div_floor(-5, 2), -3);
        assert_eq!(div_floor(5, -2), -3);
        assert_eq!(div_floor(-5, -2), 2);
        assert_eq!(div_ceil(-5, 2), -2);
        assert_eq!(div_ceil(5, 2), 3);
        assert_eq!(div_ceil(-5, -2), 3);
        assert_eq!(div_ceil(4, 2), 2);
    }

    fn atom(cur: i64) -> Atom {
        Atom {
            cur,
            lo: 0,
            hi: 1000,
            filled: cur,
            unfilled_removable: 0,
            removable: vec![cur],
        }
    }

    /// Elected `e` and others `o`: `3e = 2(e + o)` and `e + o = total`.
    fn two_thirds(e: i64, o: i64, total: i64) -> Problem {
        Problem {
            atoms: vec![atom(e), atom(o)],
            sums: vec![vec![0, 1]],
            rows: vec![
                Row {
                    terms: vec![(2, 1), (0, -1), (1, -1)],
                    rhs: 0,
                },
                Row {
                    terms: vec![(2, -1), (0, 1), (1, 1)],
                    rhs: 0,
                },
                Row {
                    terms: vec![(0, 3), (2, -2)],
                    rhs: 0,
                },
                Row {
                    terms: vec![(0, -3), (2, 2)],
                    rhs: 0,
                },
                Row {
                    terms: vec![(2, 1)],
                    rhs: total,
                },
                Row {
                    terms: vec![(2, -1)],
                    rhs: -total,
                },
            ],
            atom_rows: vec![
                Row {
                    terms: vec![(0, 1), (1, -2)],
                    rhs: 0,
                },
                Row {
                    terms: vec![(0, -1), (1, 2)],
                    rhs: 0,
                },
                Row {
                    terms: vec![(0, 1), (1, 1)],
                    rhs: total,
                },
                Row {
                    terms: vec![(0, -1), (1, -1)],
                    rhs: -total,
                },
            ],
            guards: Vec::new(),
        }
    }

    #[test]
    fn two_thirds_of_a_number_not_divisible_by_three_is_found_impossible_at_once() {
        let p = two_thirds(60, 40, 100);
        let mut root = p.root();
        assert!(!p.propagate(&mut root, NO_BOUND));
        assert_eq!(p.minimize(10, false, |_| None), End::Infeasible);
        assert!(!p.holds(&[60, 40]));
    }

    #[test]
    fn the_cheapest_plans_are_all_found_and_cost_what_they_change() {
        // 9 + 6 = 15, two thirds elected: 10 + 5 (a move, 2 changes).
        let p = two_thirds(9, 6, 15);
        let mut plans = Vec::new();
        let end = p.minimize(10_000, false, |v| {
            plans.push(v.to_vec());
            None
        });
        assert_eq!(end, End::Optimal(2));
        assert_eq!(plans, vec![vec![10, 5]]);
        assert_eq!(p.minimize(10_000, true, |_| None), End::Optimal(2));
    }

    #[test]
    fn a_removal_touches_the_fewest_groups_that_have_the_seats() {
        let a = Atom {
            cur: 10,
            removable: vec![5, 3, 2],
            ..Atom::default()
        };
        assert_eq!(a.touched(10), 0);
        assert_eq!(a.touched(12), 1);
        assert_eq!(a.touched(5), 1);
        assert_eq!(a.touched(4), 2);
        assert_eq!(a.touched(0), 3);
    }

    #[test]
    fn the_filled_seats_follow_the_unfilled_first_rule() {
        let a = Atom {
            cur: 10,
            filled: 6,
            unfilled_removable: 4,
            ..Atom::default()
        };
        assert_eq!(a.best_filled(12), 8);
        assert_eq!(a.best_filled(6), 6);
        assert_eq!(a.best_filled(5), 5);
        for t in 0..10 {
            let y = a.least_for_filled(t);
            assert!(a.best_filled(y) >= t && a.best_filled(y - 1) < t, "{t}");
        }
    }
}
