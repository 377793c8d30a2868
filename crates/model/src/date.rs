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
}
