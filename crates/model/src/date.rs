//! Calendar days as plain integers, so ranges, sorting and timeline layout are
//! integer arithmetic in both the build tool and the Wasm app.

use alloc::format;
use alloc::string::String;
use serde::{Deserialize, Serialize};

/// A proleptic Gregorian calendar day, counted from 1970-01-01.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Day(pub i32);

/// Lowercase month names, January first; parsers match folded text against them.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Lowercase weekday names, Monday first (the order of [`Day::weekday`]).
pub const WEEKDAY_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

pub const MONTH_ABBR: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Day {
    /// Builds a day from a civil date; `None` for impossible dates.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        i32::try_from(era * 146_097 + doe - 719_468).ok().map(Day)
    }

    /// The civil date (year, month 1-12, day 1-31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 as i64 + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
        (y, m, d)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// 0 = Monday … 6 = Sunday (ISO order).
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.0 + 3).rem_euclid(7) as u32
    }

    pub fn add_days(self, n: i32) -> Day {
        Day(self.0 + n)
    }

    /// ISO 8601 `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Day> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Day::from_ymd(y, m, d)
    }

    /// The Monday that starts this day's ISO week.
    pub fn week_start(self) -> Day {
        self.add_days(-(self.weekday() as i32))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// How precisely a date is known. Ordered from most to least precise.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Year,
    Decade,
}

impl Precision {
    pub const ALL: [Precision; 6] =
        [Precision::Day, Precision::Week, Precision::Month, Precision::Season, Precision::Year, Precision::Decade];

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
        }
    }

    pub fn parse(s: &str) -> Option<Precision> {
        Precision::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A date shown at the precision it is known: "21 Dec 2017", "week of
/// 11 Dec 2017", "Dec 2016", "early 2016", "2011", "1960s".
pub fn format_at(date: Day, range: (Day, Day), precision: Precision) -> String {
    let (y, m, d) = date.ymd();
    match precision {
        Precision::Day => format!("{d} {} {y}", MONTH_ABBR[m as usize - 1]),
        Precision::Week => {
            let (wy, wm, wd) = range.0.ymd();
            format!("week of {wd} {} {wy}", MONTH_ABBR[wm as usize - 1])
        }
        Precision::Month => format!("{} {y}", MONTH_ABBR[m as usize - 1]),
        Precision::Season => {
            let (sy, sm, _) = range.0.ymd();
            let (_, em, _) = range.1.ymd();
            let part = match (sm, em) {
                (1..=2, _) if em <= 6 => "early",
                (_, 11..=12) if sm >= 7 => "late",
                _ => "mid",
            };
            format!("{part} {sy}")
        }
        Precision::Year => format!("{y}"),
        Precision::Decade => format!("{}s", y - y.rem_euclid(10)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_centuries() {
        for n in (-200_000..200_000).step_by(97) {
            let day = Day(n);
            let (y, m, d) = day.ymd();
            assert_eq!(Day::from_ymd(y, m, d), Some(day));
        }
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
        assert_eq!(Day::from_ymd(2017, 2, 29), None);
        assert_eq!(Day::from_ymd(2016, 2, 29).map(Day::iso).as_deref(), Some("2016-02-29"));
    }

    #[test]
    fn weekdays_and_weeks() {
        let thu = Day::from_ymd(2017, 12, 21).unwrap();
        assert_eq!(thu.weekday(), 3);
        assert_eq!(thu.week_start().iso(), "2017-12-18");
        assert_eq!(Day::parse_iso("2017-01-23").unwrap().weekday(), 0);
    }

    #[test]
    fn formatting_follows_precision() {
        let d = Day::from_ymd(2017, 12, 11).unwrap();
        let r = (d, d.add_days(6));
        assert_eq!(format_at(d, r, Precision::Day), "11 Dec 2017");
        assert_eq!(format_at(d, r, Precision::Week), "week of 11 Dec 2017");
        assert_eq!(format_at(d, r, Precision::Month), "Dec 2017");
        let early = (Day::from_ymd(2016, 1, 1).unwrap(), Day::from_ymd(2016, 4, 30).unwrap());
        assert_eq!(format_at(early.0, early, Precision::Season), "early 2016");
        assert_eq!(format_at(Day::from_ymd(1994, 1, 1).unwrap(), early, Precision::Decade), "1990s");
    }

    fn ymd(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn known_days_convert_both_ways() {
        // Day numbers of well-known dates (Unix time / 86400).
        let known = [
            ((1970, 1, 1), 0),
            ((1969, 12, 31), -1),
            ((1900, 1, 1), -25_567),
            ((1900, 3, 1), -25_508), // 1900 is not leap: 1 Jan + 31 + 28
            ((2000, 1, 1), 10_957),
            ((2000, 2, 29), 11_016), // last day of a 400-year cycle
            ((2000, 3, 1), 11_017),
            ((2024, 1, 1), 19_723),
            ((2024, 2, 29), 19_782),
            ((9999, 12, 31), 2_932_896),
            ((1, 1, 1), -719_162),
            ((0, 3, 1), -719_468),
            ((0, 2, 29), -719_469), // year 0 is divisible by 400
            ((0, 1, 1), -719_528),
            ((-1, 12, 31), -719_529),
            ((-1, 1, 1), -719_893), // year -1 is not leap
        ];
        for ((y, m, d), n) in known {
            assert_eq!(Day::from_ymd(y, m, d), Some(Day(n)), "{y}-{m}-{d}");
            assert_eq!(Day(n).ymd(), (y, m, d), "day {n}");
            assert_eq!(Day(n).year(), y, "day {n}");
        }
    }

    #[test]
    fn leap_years_and_month_ends() {
        assert_eq!(Day::from_ymd(2000, 2, 29).map(Day::iso).as_deref(), Some("2000-02-29"));
        assert_eq!(Day::from_ymd(2024, 2, 29).map(Day::iso).as_deref(), Some("2024-02-29"));
        assert_eq!(Day::from_ymd(1900, 2, 29), None);
        assert_eq!(Day::from_ymd(2023, 2, 29), None);
        assert_eq!(Day::from_ymd(2100, 2, 29), None);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        let lengths = [
            (2023, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
            (2024, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
        ];
        for (y, months) in lengths {
            for (m, len) in (1..=12).zip(months) {
                let last = ymd(y, m, len);
                assert_eq!(last.ymd(), (y, m, len));
                assert_eq!(Day::from_ymd(y, m, len + 1), None, "{y}-{m} has {len} days");
                let next = if m == 12 { ymd(y + 1, 1, 1) } else { ymd(y, m + 1, 1) };
                assert_eq!(last.add_days(1), next, "{y}-{m}-{len} is a month end");
                assert_eq!(Day::from_ymd(y, m, 0), None, "there is no day 0");
            }
        }
        assert_eq!(Day::from_ymd(2024, 0, 1), None);
        assert_eq!(Day::from_ymd(2024, 13, 1), None);
    }

    #[test]
    fn year_of_a_day() {
        assert_eq!(Day(0).year(), 1970);
        assert_eq!(Day(-1).year(), 1969);
        assert_eq!(ymd(2016, 12, 31).year(), 2016);
        assert_eq!(ymd(2017, 1, 1).year(), 2017);
        assert_eq!(ymd(1, 6, 15).year(), 1);
        assert_eq!(ymd(-1, 6, 15).year(), -1);
    }

    #[test]
    fn precision_names_round_trip() {
        let names = ["day", "week", "month", "season", "year", "decade"];
        for (p, name) in Precision::ALL.into_iter().zip(names) {
            assert_eq!(p.as_str(), name);
            assert_eq!(Precision::parse(name), Some(p));
        }
        assert_eq!(Precision::parse("fortnight"), None);
        assert_eq!(Precision::parse(""), None);
        assert_eq!(Precision::parse("Day"), None, "the names are lowercase");
    }

    #[test]
    fn season_labels_follow_the_range() {
        let season = |a: Day, b: Day| format_at(a, (a, b), Precision::Season);
        // The parts of a year the resolver produces (early/mid/late, start/end).
        assert_eq!(season(ymd(2018, 1, 1), ymd(2018, 4, 30)), "early 2018");
        assert_eq!(season(ymd(2018, 1, 1), ymd(2018, 2, 28)), "early 2018");
        assert_eq!(season(ymd(2014, 5, 1), ymd(2014, 8, 31)), "mid 2014");
        assert_eq!(season(ymd(2018, 9, 1), ymd(2018, 12, 31)), "late 2018");
        assert_eq!(season(ymd(2015, 11, 1), ymd(2015, 12, 31)), "late 2015");
        assert_eq!(season(ymd(2019, 7, 1), ymd(2019, 12, 31)), "late 2019", "the second half");
        assert_eq!(season(ymd(2019, 1, 1), ymd(2019, 6, 30)), "early 2019", "the first half");
        // "earlier this year" late in the year runs past June: not early.
        assert_eq!(season(ymd(2019, 1, 1), ymd(2019, 9, 15)), "mid 2019");
        // "later this year" early in the year starts before July: not late.
        assert_eq!(season(ymd(2019, 3, 15), ymd(2019, 12, 31)), "mid 2019");
        assert_eq!(season(ymd(2019, 2, 10), ymd(2019, 11, 30)), "mid 2019");
        // A season is labelled by the year it starts in.
        assert_eq!(season(ymd(2016, 12, 1), ymd(2017, 2, 28)), "mid 2016");
    }
}
