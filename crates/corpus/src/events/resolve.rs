//! Calendar arithmetic: a scanned phrase plus a reference day (the article's
//! publication date) becomes a first day, a last day and a precision.
//! "early last year" is a range (January-April), not a day.

use super::temporal::{Dir, Holiday, Kind, Part, Rel, Unit};
use dossier_model::date::days_in_month;
use dossier_model::{Day, Precision};

/// A phrase resolved to calendar days. `range` is inclusive; the event date
/// is its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub precision: Precision,
    pub range: (Day, Day),
}

impl Resolved {
    fn new(precision: Precision, first: Day, last: Day) -> Option<Self> {
        (first <= last).then_some(Resolved { precision, range: (first, last) })
    }

    /// One day, for dates implied by the publication day ("are due to begin").
    pub fn day(d: Day) -> Resolved {
        Resolved { precision: Precision::Day, range: (d, d) }
    }

    pub fn date(&self) -> Day {
        self.range.0
    }

    /// Length of the range in days, for "most precise" comparisons.
    pub fn width(&self) -> i32 {
        self.range.1 .0 - self.range.0 .0 + 1
    }

    pub fn overlaps(&self, other: &Resolved) -> bool {
        self.range.0 <= other.range.1 && other.range.0 <= self.range.1
    }
}

/// The latest day an absolute phrase can mean; `None` for relative phrases.
/// Used to infer a reference day for articles without a publication date.
pub fn absolute_end(kind: &Kind) -> Option<(Day, Precision)> {
    if !kind.is_absolute() {
        return None;
    }
    let r = resolve(kind, Dir::Past, Day(0))?;
    Some((r.range.1, r.precision))
}

/// Resolves `kind` against the reference day `r`, choosing past or future
/// for bare weekdays, months and seasons by `dir`.
pub fn resolve(kind: &Kind, dir: Dir, r: Day) -> Option<Resolved> {
    let (ry, rm, _) = r.ymd();
    match *kind {
        Kind::Date { year, month, day, last } => {
            let y = match year {
                Some(y) => y,
                None => year_of_day(month, day, dir, r)?,
            };
            let first = Day::from_ymd(y, month, day)?;
            let end = Day::from_ymd(y, month, last).unwrap_or(first);
            Resolved::new(Precision::Day, first, end)
        }
        Kind::Month { year, month, part } => {
            let y = year.unwrap_or(match dir {
                Dir::Future if month < rm => ry + 1,
                Dir::Future => ry,
                _ if month > rm => ry - 1,
                _ => ry,
            });
            month_part(y, month, part, r)
        }
        Kind::DateIn { month, day, last, n } => {
            let y = ry + n;
            let first = Day::from_ymd(y, month, day)?;
            Resolved::new(Precision::Day, first, Day::from_ymd(y, month, last).unwrap_or(first))
        }
        Kind::MonthIn { month, part, n } => month_part(ry + n, month, part, r),
        Kind::Year { year, part } => year_part(year, part, r),
        Kind::Decade { year } => Resolved::new(Precision::Decade, ymd(year, 1, 1)?, ymd(year + 9, 12, 31)?),
        Kind::Weekday { weekday, rel } => {
            let rw = r.weekday() as i32;
            let w = weekday as i32;
            let offset = match rel {
                Rel::Bare if w == rw => 0,
                Rel::Bare if dir == Dir::Future => (w - rw).rem_euclid(7),
                Rel::Bare => -(rw - w).rem_euclid(7),
                // Yesterday is "yesterday" or "on Tuesday" in news copy:
                // "last Tuesday" the day after means the week before's.
                Rel::Last if (rw - w).rem_euclid(7) == 1 => -8,
                Rel::Last => -((rw - w - 1).rem_euclid(7) + 1),
                Rel::Next => (w - rw - 1).rem_euclid(7) + 1,
                Rel::This => w - rw,
            };
            let d = r.add_days(offset);
            Resolved::new(Precision::Day, d, d)
        }
        Kind::Offset { unit, n, part } => offset(unit, n, part, r),
        Kind::Ago { unit, n } => {
            let back = shift(r, unit, -n)?;
            match unit {
                Unit::Year if n == 1 => month_part(back.year(), back.ymd().1, Part::Whole, r),
                _ => unit_around(back, unit),
            }
        }
        Kind::YearsOn { unit, n } => {
            let back = shift(r, unit, -n)?;
            match unit {
                // "A year on from X": the month; "18 years after X": the year.
                Unit::Year if n <= 2 => month_part(back.year(), back.ymd().1, Part::Whole, r),
                Unit::Year => year_part(back.year(), Part::Whole, r),
                Unit::Decade => month_part(back.year(), back.ymd().1, Part::Whole, r),
                _ => unit_around(back, unit),
            }
        }
        Kind::StartOf { unit, n } => unit_around(shift(r, unit, -n)?, unit),
        // "over the past two years": the calendar years up to this one.
        Kind::Recent { unit: Unit::Year, n } => Resolved::new(Precision::Year, ymd(ry - n + 1, 1, 1)?, r),
        Kind::Recent { unit, n } => {
            let first = shift(r, unit, -n)?;
            let precision = span_precision(unit, n);
            Resolved::new(precision, first, r)
        }
        Kind::Anchored { unit, n } => unit_around(shift(r, unit, n)?, unit),
        // "each of the next two years": the calendar years after this one.
        Kind::Coming { unit: Unit::Year, n } => {
            Resolved::new(Precision::Year, ymd(ry + 1, 1, 1)?, ymd(ry + n, 12, 31)?)
        }
        Kind::Coming { unit, n } => {
            let last = shift(r, unit, n)?;
            let precision = span_precision(unit, n);
            Resolved::new(precision, r.add_days(1), last)
        }
        Kind::Weekend { rel } => {
            // Saturday of this week, or of the week before when the
            // weekend has not come yet and the phrase looks back.
            let ws = r.week_start();
            // "this weekend" is this week's unless the sentence looks back.
            let ahead = (rel == Rel::Bare && dir == Dir::Future) || (rel == Rel::This && dir != Dir::Past);
            let sat = if r.weekday() >= 5 || ahead { ws.add_days(5) } else { ws.add_days(-2) };
            Resolved::new(Precision::Week, sat, sat.add_days(1))
        }
        Kind::Overnight => Resolved::new(Precision::Day, r.add_days(-1), r),
        Kind::Season { season, year, rel } => {
            let y = match (year, rel) {
                (Some(y), _) => y,
                (None, Rel::This) => {
                    if season == 3 && rm <= 2 {
                        ry - 1
                    } else {
                        ry
                    }
                }
                (None, Rel::Next) => (ry - 1..=ry + 1).find(|&y| season_range(season, y).is_some_and(|s| s.0 > r))?,
                (None, Rel::Last) => (ry - 2..=ry).rev().find(|&y| season_range(season, y).is_some_and(|s| s.1 < r))?,
                (None, Rel::Bare) if dir == Dir::Future => {
                    (ry - 1..=ry + 1).find(|&y| season_range(season, y).is_some_and(|s| s.1 >= r))?
                }
                (None, Rel::Bare) => {
                    (ry - 2..=ry).rev().find(|&y| season_range(season, y).is_some_and(|s| s.0 <= r))?
                }
            };
            let (first, last) = season_range(season, y)?;
            Resolved::new(Precision::Season, first, last)
        }
        Kind::MonthRel { month, rel } => {
            let y = match rel {
                Rel::Last if month < rm => ry,
                Rel::Last => ry - 1,
                Rel::Next if month > rm => ry,
                Rel::Next => ry + 1,
                Rel::This | Rel::Bare => ry,
            };
            month_part(y, month, Part::Whole, r)
        }
        Kind::Holiday { holiday, year } => {
            let d = match year {
                Some(y) => holiday_in(holiday, y)?,
                None => {
                    let mut near = (ry - 1..=ry + 1).filter_map(|y| holiday_in(holiday, y));
                    match dir {
                        Dir::Past => near.filter(|d| *d <= r).max()?,
                        Dir::Future => near.find(|d| *d >= r)?,
                        // No cue: the nearest one, as holidays are talked of before and after.
                        Dir::Unknown => near.min_by_key(|d| (d.0 - r.0).abs())?,
                    }
                }
            };
            Resolved::new(Precision::Day, d, d)
        }
    }
}

/// The day of `holiday` in year `y` (the United States' dates for the
/// federal holidays that news copy names).
fn holiday_in(holiday: Holiday, y: i32) -> Option<Day> {
    // The `n`th weekday `w` (0 = Monday) of month `m`; `n` = 5 is the last.
    let nth = |m: u32, w: u32, n: i32| -> Option<Day> {
        if n == 5 {
            let last = month_end(y, m)?;
            return Some(last.add_days(-((last.weekday() as i32 - w as i32).rem_euclid(7))));
        }
        let first = ymd(y, m, 1)?;
        Some(first.add_days((w as i32 - first.weekday() as i32).rem_euclid(7) + 7 * (n - 1)))
    };
    match holiday {
        Holiday::NewYearsDay => ymd(y, 1, 1),
        Holiday::NewYearsEve => ymd(y, 12, 31),
        Holiday::ValentinesDay => ymd(y, 2, 14),
        Holiday::Easter => easter(y),
        Holiday::GoodFriday => Some(easter(y)?.add_days(-2)),
        Holiday::MemorialDay => nth(5, 0, 5),
        Holiday::IndependenceDay => ymd(y, 7, 4),
        Holiday::LaborDay => nth(9, 0, 1),
        Holiday::Halloween => ymd(y, 10, 31),
        // The Tuesday after the first Monday of November.
        Holiday::ElectionDay => Some(nth(11, 0, 1)?.add_days(1)),
        Holiday::VeteransDay => ymd(y, 11, 11),
        Holiday::Thanksgiving => nth(11, 3, 4),
        Holiday::BlackFriday => Some(nth(11, 3, 4)?.add_days(1)),
        Holiday::CyberMonday => Some(nth(11, 3, 4)?.add_days(4)),
        Holiday::ChristmasEve => ymd(y, 12, 24),
        Holiday::Christmas => ymd(y, 12, 25),
        Holiday::BoxingDay => ymd(y, 12, 26),
    }
}

/// Western Easter Sunday (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<Day> {
    let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

/// Precision of "the past/coming `n` units": days make a week, weeks stay
/// weeks, one month is a month and several a season, years a year.
fn span_precision(unit: Unit, n: i32) -> Precision {
    match unit {
        Unit::Day | Unit::Weekend | Unit::Week => Precision::Week,
        Unit::Month if n == 1 => Precision::Month,
        Unit::Month => Precision::Season,
        Unit::Year => Precision::Year,
        Unit::Decade => Precision::Decade,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<Day> {
    Day::from_ymd(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<Day> {
    ymd(y, m, days_in_month(y, m))
}

/// The year of a day-and-month without a year. With no cue, a date up to a
/// week after the reference stays in its year (a schedule), later ones are
/// last year's.
fn year_of_day(month: u32, day: u32, dir: Dir, r: Day) -> Option<i32> {
    let ry = r.year();
    // 29 February: look for the nearest leap year in the chosen direction.
    let cand = ymd(ry, month, day).or_else(|| ymd(ry - 1, month, day)).or_else(|| ymd(ry + 1, month, day))?;
    let cy = cand.year();
    Some(match dir {
        Dir::Future if cand < r => cy + 1,
        Dir::Future => cy,
        Dir::Past if cand > r => cy - 1,
        Dir::Unknown if cand.0 > r.0 + 7 => cy - 1,
        _ => cy,
    })
}

/// Part of a month: early 1-10, mid 11-20, late 21-end; "earlier this month"
/// runs up to the reference day.
fn month_part(y: i32, m: u32, part: Part, r: Day) -> Option<Resolved> {
    let first = ymd(y, m, 1)?;
    let last = month_end(y, m)?;
    let in_month = first <= r && r <= last;
    let (a, b) = match part {
        Part::Whole | Part::Half(_) | Part::Quarter(_) => (first, last),
        Part::Early => (first, ymd(y, m, 10)?),
        Part::Mid => (ymd(y, m, 11)?, ymd(y, m, 20)?),
        Part::Late => (ymd(y, m, 21)?, last),
        // "the start / the end of August": its first or last seven days.
        Part::Start => return Resolved::new(Precision::Week, first, ymd(y, m, 7)?),
        Part::End => return Resolved::new(Precision::Week, last.add_days(-6), last),
        Part::Earlier if in_month => (first, r),
        Part::Later if in_month => (r, last),
        Part::Earlier | Part::Later => (first, last),
    };
    Resolved::new(Precision::Month, a, b)
}

/// Part of a year: thirds for early/mid/late, two months for start/end;
/// a part is a season, the whole a year.
fn year_part(y: i32, part: Part, r: Day) -> Option<Resolved> {
    let first = ymd(y, 1, 1)?;
    let last = ymd(y, 12, 31)?;
    let in_year = first <= r && r <= last;
    let (a, b) = match part {
        Part::Whole => return Resolved::new(Precision::Year, first, last),
        Part::Early => (first, ymd(y, 4, 30)?),
        Part::Mid => (ymd(y, 5, 1)?, ymd(y, 8, 31)?),
        Part::Late => (ymd(y, 9, 1)?, last),
        // "the start / the end of the year": January, December.
        Part::Start => return Resolved::new(Precision::Month, first, ymd(y, 1, 31)?),
        Part::End => return Resolved::new(Precision::Month, ymd(y, 12, 1)?, last),
        Part::Half(h) => {
            let m = 6 * h.clamp(1, 2) - 5;
            (ymd(y, m, 1)?, month_end(y, m + 5)?)
        }
        Part::Quarter(q) => {
            let m = 3 * q.clamp(1, 4) - 2;
            (ymd(y, m, 1)?, month_end(y, m + 2)?)
        }
        Part::Earlier if in_year => (first, r),
        Part::Later if in_year => (r, last),
        Part::Earlier | Part::Later => (first, last),
    };
    Resolved::new(Precision::Season, a, b)
}

/// "last week", "this month", "early next year", "yesterday".
fn offset(unit: Unit, n: i32, part: Part, r: Day) -> Option<Resolved> {
    match unit {
        Unit::Day => Resolved::new(Precision::Day, r.add_days(n), r.add_days(n)),
        Unit::Week => {
            let ws = r.week_start().add_days(7 * n);
            let (a, b) = match part {
                Part::Whole | Part::Half(_) | Part::Quarter(_) => (ws, ws.add_days(6)),
                Part::Early | Part::Start => (ws, ws.add_days(2)),
                Part::Mid => (ws.add_days(2), ws.add_days(4)),
                Part::Late | Part::End => (ws.add_days(4), ws.add_days(6)),
                Part::Earlier => (ws, r),
                Part::Later => (r, ws.add_days(6)),
            };
            Resolved::new(Precision::Week, a, b)
        }
        Unit::Weekend => {
            let sat = r.week_start().add_days(5 + 7 * n);
            Resolved::new(Precision::Week, sat, sat.add_days(1))
        }
        Unit::Month => {
            let (y, m) = add_months(r.year(), r.ymd().1, n);
            month_part(y, m, part, r)
        }
        Unit::Year => year_part(r.year() + n, part, r),
        // "this decade", "last decade": the calendar decade.
        Unit::Decade => {
            let dy = r.year() - r.year().rem_euclid(10) + 10 * n;
            Resolved::new(Precision::Decade, ymd(dy, 1, 1)?, ymd(dy + 9, 12, 31)?)
        }
    }
}

/// The whole unit (day, week, month, year, decade) that contains `d`.
fn unit_around(d: Day, unit: Unit) -> Option<Resolved> {
    let (y, m, _) = d.ymd();
    match unit {
        Unit::Day => Resolved::new(Precision::Day, d, d),
        Unit::Week | Unit::Weekend => Resolved::new(Precision::Week, d.week_start(), d.week_start().add_days(6)),
        Unit::Month => month_part(y, m, Part::Whole, d),
        Unit::Year => year_part(y, Part::Whole, d),
        Unit::Decade => {
            let dy = y - y.rem_euclid(10);
            Resolved::new(Precision::Decade, ymd(dy, 1, 1)?, ymd(dy + 9, 12, 31)?)
        }
    }
}

/// `d` moved by `n` units; months and years clamp the day of the month.
fn shift(d: Day, unit: Unit, n: i32) -> Option<Day> {
    let (y, m, day) = d.ymd();
    let months = match unit {
        Unit::Day => return Some(d.add_days(n)),
        Unit::Week | Unit::Weekend => return Some(d.add_days(7 * n)),
        Unit::Month => n,
        Unit::Year => n.checked_mul(12)?,
        Unit::Decade => n.checked_mul(120)?,
    };
    let (ny, nm) = add_months(y, m, months);
    ymd(ny, nm, day.min(days_in_month(ny, nm)))
}

fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + n;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// Meteorological seasons; winter `y` runs from December `y` to February `y + 1`.
fn season_range(season: u32, y: i32) -> Option<(Day, Day)> {
    match season {
        0 => Some((ymd(y, 3, 1)?, ymd(y, 5, 31)?)),
        1 => Some((ymd(y, 6, 1)?, ymd(y, 8, 31)?)),
        2 => Some((ymd(y, 9, 1)?, ymd(y, 11, 30)?)),
        _ => Some((ymd(y, 12, 1)?, month_end(y + 1, 2)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::temporal::scan;

    /// Resolves the first phrase of `sentence` against `published`.
    fn at(sentence: &str, published: &str) -> (String, String, Precision) {
        let mut toks = Vec::new();
        let mut out = Vec::new();
        scan(sentence, 0, sentence.len(), &mut toks, &mut out);
        let e = out.first().unwrap_or_else(|| panic!("no phrase in {sentence:?}"));
        let r = resolve(&e.kind, e.dir, Day::parse_iso(published).unwrap()).unwrap();
        (r.range.0.iso(), r.range.1.iso(), r.precision)
    }

    fn day(s: &str, p: &str) -> String {
        let (a, b, prec) = at(s, p);
        assert_eq!((a.as_str(), prec), (b.as_str(), Precision::Day), "{s}");
        a
    }

    #[test]
    fn january_article_means_last_december() {
        assert_eq!(
            at("Rebels lost the port in December.", "2019-01-10"),
            ("2018-12-01".into(), "2018-12-31".into(), Precision::Month)
        );
        assert_eq!(day("The truce was agreed on 28 December.", "2019-01-10"), "2018-12-28");
        assert_eq!(at("The strike began in March.", "2019-06-02").0, "2019-03-01");
        assert_eq!(at("A vote is due to take place in March.", "2019-06-02").0, "2020-03-01");
    }

    #[test]
    fn weekday_equal_to_publication_day_is_that_day() {
        // 2019-03-14 is a Thursday.
        assert_eq!(day("Ministers met in Lisbon on Thursday.", "2019-03-14"), "2019-03-14");
        assert_eq!(day("On Thursday, the envoy will fly to Rome.", "2019-03-14"), "2019-03-14");
        assert_eq!(day("The envoy arrived on Tuesday.", "2019-03-14"), "2019-03-12");
        assert_eq!(day("The envoy is due to arrive on Tuesday.", "2019-03-14"), "2019-03-19");
        assert_eq!(day("The port will reopen by Saturday.", "2019-03-14"), "2019-03-16");
        assert_eq!(day("It happened last Thursday.", "2019-03-14"), "2019-03-07");
        assert_eq!(day("It opens next Monday.", "2019-03-14"), "2019-03-18");
    }

    #[test]
    fn last_weekday_the_day_after_is_the_week_before() {
        // 2019-03-14 is a Thursday.
        assert_eq!(day("The board met last Wednesday.", "2019-03-14"), "2019-03-06");
        assert_eq!(day("The board met last Tuesday.", "2019-03-14"), "2019-03-12");
        assert_eq!(day("The board met last Friday.", "2019-03-14"), "2019-03-08");
    }

    #[test]
    fn relative_units() {
        // 2019-03-14 is a Thursday; last week is Monday 4 to Sunday 10 March.
        assert_eq!(
            at("The dam failed last week.", "2019-03-14"),
            ("2019-03-04".into(), "2019-03-10".into(), Precision::Week)
        );
        assert_eq!(day("The dam failed yesterday.", "2019-03-01"), "2019-02-28");
        assert_eq!(
            at("Fares rose last month.", "2019-01-05"),
            ("2018-12-01".into(), "2018-12-31".into(), Precision::Month)
        );
        assert_eq!(
            at("Fares rose earlier this month.", "2019-01-05"),
            ("2019-01-01".into(), "2019-01-05".into(), Precision::Month)
        );
        assert_eq!(
            at("The union struck early last year.", "2019-07-01"),
            ("2018-01-01".into(), "2018-04-30".into(), Precision::Season)
        );
        assert_eq!(at("The union struck late last year.", "2019-07-01").0, "2018-09-01");
        assert_eq!(
            at("A pact signed at the end of last year holds.", "2019-07-01"),
            ("2018-12-01".into(), "2018-12-31".into(), Precision::Month)
        );
        assert_eq!(at("Exports grew since the start of the year.", "2019-07-01").1, "2019-01-31");
        assert_eq!(at("Talks resume next week.", "2019-03-14").0, "2019-03-18");
        assert_eq!(
            at("The mine closed a year ago.", "2019-07-20"),
            ("2018-07-01".into(), "2018-07-31".into(), Precision::Month)
        );
        assert_eq!(at("Two years ago the mine closed.", "2019-07-20").2, Precision::Year);
        assert_eq!(at("A year on from the floods, towns rebuild.", "2019-07-20").0, "2018-07-01");
        assert_eq!(at("Trade slowed in recent months.", "2019-07-20").2, Precision::Season);
        assert_eq!(
            at("A ruling is due in the coming days.", "2019-07-20"),
            ("2019-07-21".into(), "2019-07-27".into(), Precision::Week)
        );
    }

    #[test]
    fn weekends_and_nights() {
        // 2019-03-14 is a Thursday; 9-10 March is the weekend before, 16-17 the one after.
        let past = ("2019-03-09".into(), "2019-03-10".into(), Precision::Week);
        let next = ("2019-03-16".into(), "2019-03-17".into(), Precision::Week);
        assert_eq!(at("Farmers blocked roads at the weekend.", "2019-03-14"), past);
        assert_eq!(at("The ferry sank over the weekend.", "2019-03-14"), past);
        assert_eq!(at("Crowds returned this past weekend.", "2019-03-14"), past);
        assert_eq!(at("Fans gathered last weekend.", "2019-03-14"), past);
        assert_eq!(at("The minister will visit at the weekend.", "2019-03-14"), next);
        assert_eq!(at("The fair opens this weekend.", "2019-03-14"), next);
        // "this weekend" in a past sentence early in the week: the one just gone.
        assert_eq!(at("Troops cleared barricades this weekend.", "2019-03-11"), past);
        // On a Sunday "the weekend" is the one under way, whatever the tense.
        assert_eq!(at("Farmers blocked roads at the weekend.", "2019-03-17"), next);
        assert_eq!(day("The clinic was looted last night.", "2019-03-14"), "2019-03-13");
        assert_eq!(day("Talks resume this morning.", "2019-03-14"), "2019-03-14");
        assert_eq!(day("The deal fell apart yesterday evening.", "2019-03-14"), "2019-03-13");
        assert_eq!(
            at("Overnight, storms cut power to the coast.", "2019-03-14"),
            ("2019-03-13".into(), "2019-03-14".into(), Precision::Day)
        );
    }

    #[test]
    fn common_relative_forms() {
        // Forms real reports use, with a Thursday 14 March 2019 reference.
        let p = "2019-03-14";
        assert_eq!(at("Prices rose earlier this month.", p), ("2019-03-01".into(), p.into(), Precision::Month));
        assert_eq!(at("Polls are due later this year.", p), (p.into(), "2019-12-31".into(), Precision::Season));
        assert_eq!(at("Fighting eased in recent days.", p), ("2019-03-07".into(), p.into(), Precision::Week));
        assert_eq!(
            at("The port reopened in mid-March.", p),
            ("2019-03-11".into(), "2019-03-20".into(), Precision::Month)
        );
        assert_eq!(
            at("The port reopened late last month.", p),
            ("2019-02-21".into(), "2019-02-28".into(), Precision::Month)
        );
        assert_eq!(
            at("It closed at the end of 2015.", p),
            ("2015-12-01".into(), "2015-12-31".into(), Precision::Month)
        );
        assert_eq!(
            at("Aid was paused at the end of August.", p),
            ("2018-08-25".into(), "2018-08-31".into(), Precision::Week)
        );
        // Anchored forms count from the date named last (see `mentions`); here the reference.
        assert_eq!(day("The day before, rebels left.", p), "2019-03-13");
        assert_eq!(day("A day earlier, rebels left.", p), "2019-03-13");
        assert_eq!(day("Two days later, rebels left.", p), "2019-03-16");
        assert_eq!(at("The previous week, rebels left.", p).0, "2019-03-04");
        assert_eq!(at("The following year, rebels left.", p).0, "2020-01-01");
        assert_eq!(at("Shops reopened the week after.", p).0, "2019-03-18");
        assert_eq!(at("Prices fell earlier in the week.", p), ("2019-03-11".into(), p.into(), Precision::Week));
    }

    #[test]
    fn years_decades_and_spans() {
        assert_eq!(
            at("The party has ruled since 1963.", "2019-07-20"),
            ("1963-01-01".into(), "1963-12-31".into(), Precision::Year)
        );
        assert_eq!(
            at("Output peaked in the 1980s.", "2019-07-20"),
            ("1980-01-01".into(), "1989-12-31".into(), Precision::Decade)
        );
        assert_eq!(
            at("It grew in mid-2014.", "2019-07-20"),
            ("2014-05-01".into(), "2014-08-31".into(), Precision::Season)
        );
        assert_eq!(at("Prices rose in July 2015.", "2019-07-20").2, Precision::Month);
        assert_eq!(
            at("Many fled during almost eight years of war.", "2019-07-20"),
            ("2011-01-01".into(), "2011-12-31".into(), Precision::Year)
        );
        assert_eq!(at("Elections were held last summer.", "2019-07-20").0, "2018-06-01");
        assert_eq!(at("Talks stalled in the winter of 2016.", "2019-07-20").1, "2017-02-28");
    }

    #[test]
    fn months_with_a_relative_year() {
        let july = ("2022-07-01".into(), "2022-07-31".into(), Precision::Month);
        assert_eq!(at("The deal was signed in July last year.", "2023-07-18"), july);
        assert_eq!(day("The law passed on 30 December last year.", "2023-07-18"), "2022-12-30");
        assert_eq!(at("Elections are due in late March next year.", "2023-07-18").0, "2024-03-21");
    }

    #[test]
    fn day_ranges() {
        assert_eq!(
            at("The forum met on January 29-30.", "2019-02-10"),
            ("2019-01-29".into(), "2019-01-30".into(), Precision::Day)
        );
        assert_eq!(at("The forum will meet on 29-30 January.", "2019-01-20").0, "2019-01-29");
    }

    #[test]
    fn absolute_end_ignores_relative() {
        assert!(absolute_end(&Kind::Offset { unit: Unit::Week, n: -1, part: Part::Whole }).is_none());
        let k = Kind::Date { year: Some(2017), month: 12, day: 21, last: 21 };
        assert_eq!(absolute_end(&k).map(|(d, _)| d.iso()), Some("2017-12-21".into()));
    }

    #[test]
    fn months_named_relative_to_now() {
        let p = "2019-11-18";
        assert_eq!(at("He left a meeting last February.", p).0, "2019-02-01");
        assert_eq!(at("He left a meeting last November.", p).0, "2018-11-01");
        assert_eq!(at("Talks resume next March.", p).0, "2020-03-01");
        assert_eq!(at("A letter came in May.", p), ("2019-05-01".into(), "2019-05-31".into(), Precision::Month));
    }

    #[test]
    fn halves_quarters_and_decades() {
        let p = "2019-11-20";
        assert_eq!(
            at("A jury will pick a design in the first half of next year.", p),
            ("2020-01-01".into(), "2020-06-30".into(), Precision::Season)
        );
        assert_eq!(at("Sales fell in the third quarter of 2018.", p).0, "2018-07-01");
        assert_eq!(
            at("Costs will rise this decade.", p),
            ("2010-01-01".into(), "2019-12-31".into(), Precision::Decade)
        );
        assert_eq!(at("Contracts run over the next decade.", p).2, Precision::Decade);
        assert_eq!(at("Prices doubled over the past decade.", p).2, Precision::Decade);
    }

    #[test]
    fn spans_of_days_weeks_and_years() {
        let p = "2019-11-19";
        assert_eq!(at("Bonds weakened in the past week.", p), ("2019-11-12".into(), p.into(), Precision::Week));
        assert_eq!(at("Protesters blocked it over the last five days.", p).2, Precision::Week);
        assert_eq!(at("A deal could come in the next few weeks.", p).2, Precision::Week);
        assert_eq!(at("Activism grew over the past two years.", p), ("2018-01-01".into(), p.into(), Precision::Year));
        assert_eq!(
            at("Spending rises by 2.5% in each of the next two years.", p),
            ("2020-01-01".into(), "2021-12-31".into(), Precision::Year)
        );
        // "18 years after X": X is as far back, to the year.
        assert_eq!(
            at("Troops remain, 18 years after Washington invaded.", p),
            ("2001-01-01".into(), "2001-12-31".into(), Precision::Year)
        );
    }

    #[test]
    fn holidays() {
        assert_eq!(day("Shoppers flocked to stores on Thanksgiving.", "2019-12-02"), "2019-11-28");
        assert_eq!(day("Trump tweeted before Election Day.", "2019-11-19"), "2019-11-05");
        assert_eq!(day("The shop will close on Christmas Eve.", "2019-11-19"), "2019-12-24");
        assert_eq!(day("Crowds gathered on Easter Sunday 2019.", "2020-01-10"), "2019-04-21");
        assert_eq!(day("Fireworks lit up New Year's Eve.", "2020-01-02"), "2019-12-31");
        assert_eq!(day("Parades marked Labor Day.", "2019-09-10"), "2019-09-02");
        assert_eq!(day("Sales soared on Black Friday.", "2019-12-10"), "2019-11-29");
    }

    #[test]
    fn scheduled_present_tense_looks_forward() {
        assert_eq!(at("The session starts in early January.", "2019-11-19").0, "2020-01-01");
    }
}
