//! Timeline layout as numbers: a possibly broken time axis, a zoom/pan
//! viewport over it, ticks adapted to the visible span, and marks (points,
//! bars, clusters) placed in lanes. The component only positions buttons.
//!
//! Outliers: when a gap between dated events dwarfs the rest of the corpus
//! (1963 … 2011 … 2016–17), the axis is broken there; each segment gets width
//! by its span, with a floor so a lone early event keeps room for its label.

use dossier_model::date::MONTH_ABBR;
use dossier_model::{Day, Event, Precision};

/// One event to place: inclusive day range; `point` for day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: u32,
    pub start: Day,
    pub end: Day,
    pub point: bool,
}

/// The items of a corpus's events, in event order: a day-precise event is a
/// point, any vaguer one a bar over its range.
pub fn items(events: &[Event]) -> Vec<Item> {
    events
        .iter()
        .enumerate()
        .map(|(i, e)| Item { id: i as u32, start: e.range.0, end: e.range.1, point: e.precision == Precision::Day })
        .collect()
}

/// A stretch of continuous time, `[start, end)` in days, drawn over `[u0, u1]`
/// of the unit-wide axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub start: f64,
    pub end: f64,
    pub u0: f64,
    pub u1: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Axis {
    pub segments: Vec<Segment>,
}

const BREAK_PX: f64 = 28.0;
const MIN_SEGMENT_PX: f64 = 72.0;
const MAX_BREAKS: usize = 3;

impl Axis {
    /// Builds the axis for items drawn `width` pixels wide at zoom 1.
    pub fn new(items: &[Item], width: f64) -> Axis {
        let mut iv: Vec<(f64, f64)> = items.iter().map(|i| (i.start.0 as f64, i.end.0 as f64 + 1.0)).collect();
        // Equal starts merge the same in any order.
        iv.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        // Merged intervals, each with how many items it holds.
        let mut covers: Vec<(f64, f64)> = Vec::new();
        let mut counts: Vec<f64> = Vec::new();
        for (s, e) in iv {
            match covers.last_mut() {
                Some(last) if s <= last.1 => {
                    last.1 = last.1.max(e);
                    *counts.last_mut().unwrap_or(&mut 0.0) += 1.0;
                }
                _ => {
                    covers.push((s, e));
                    counts.push(1.0);
                }
            }
        }
        let (Some(first), Some(last)) = (covers.first(), covers.last()) else { return Axis::default() };
        let mut gaps: Vec<(f64, usize)> = covers.windows(2).enumerate().map(|(i, w)| (w[1].0 - w[0].1, i)).collect();
        gaps.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut rest = last.1 - first.0;
        let mut breaks = Vec::new();
        for (g, i) in gaps {
            let after = rest - g;
            if breaks.len() == MAX_BREAKS || g < 365.0 || g < 0.6 * after.max(30.0) {
                break;
            }
            breaks.push(i);
            rest = after;
        }
        breaks.sort_unstable();
        let mut spans: Vec<(f64, f64)> = Vec::new();
        let mut held: Vec<f64> = Vec::new();
        let mut from = 0;
        for &b in breaks.iter().chain(core::iter::once(&(covers.len() - 1))) {
            let (s, e) = (covers[from].0, covers[b].1);
            let pad = ((e - s) * 0.03).max(20.0);
            spans.push((s - pad, e + pad));
            held.push(counts[from..=b].iter().sum());
            from = b + 1;
        }
        // Width follows where the events are, tempered by how long each stretch is.
        let (total_span, total_held): (f64, f64) = (spans.iter().map(|(s, e)| e - s).sum(), held.iter().sum());
        let weights: Vec<f64> =
            spans.iter().zip(&held).map(|((s, e), n)| 0.25 * (e - s) / total_span + 0.75 * n / total_held).collect();
        let avail = (width - BREAK_PX * breaks.len() as f64).max(1.0);
        let px = allocate(&weights, avail);
        let mut x = 0.0;
        let segments = spans
            .iter()
            .zip(px)
            .map(|(&(start, end), w)| {
                let seg = Segment { start, end, u0: x / width, u1: (x + w) / width };
                x += w + BREAK_PX;
                seg
            })
            .collect();
        Axis { segments }
    }

    /// Axis position of a (fractional) day; linear across breaks and beyond the ends.
    pub fn u_of(&self, day: f64) -> f64 {
        let segs = &self.segments;
        let Some(first) = segs.first() else { return 0.5 };
        let lerp = |s: &Segment| s.u0 + (day - s.start) / (s.end - s.start) * (s.u1 - s.u0);
        if day < first.start {
            return lerp(first);
        }
        for (i, s) in segs.iter().enumerate() {
            if day <= s.end {
                return lerp(s);
            }
            if let Some(n) = segs.get(i + 1) {
                if day < n.start {
                    return s.u1 + (day - s.end) / (n.start - s.end) * (n.u0 - s.u1);
                }
            }
        }
        segs.last().map_or(0.5, lerp)
    }

    /// The day at an axis position (inverse of [`Axis::u_of`]).
    pub fn day_of(&self, u: f64) -> Day {
        let segs = &self.segments;
        let Some(first) = segs.first() else { return Day(0) };
        let lerp = |s: &Segment| s.start + (u - s.u0) / (s.u1 - s.u0) * (s.end - s.start);
        let mut d = lerp(first);
        for (i, s) in segs.iter().enumerate() {
            if u >= s.u0 {
                d = lerp(s);
            }
            if let Some(n) = segs.get(i + 1) {
                if u > s.u1 && u < n.u0 {
                    d = s.end + (u - s.u1) / (n.u0 - s.u1) * (n.start - s.end);
                }
            }
        }
        Day(d.floor() as i32)
    }

    /// Axis ranges of the breaks between segments.
    pub fn breaks(&self) -> Vec<(f64, f64)> {
        self.segments.windows(2).map(|w| (w[0].u1, w[1].u0)).collect()
    }
}

/// Splits `avail` pixels in proportion to `weights`, each at least
/// [`MIN_SEGMENT_PX`] when there is room.
fn allocate(weights: &[f64], avail: f64) -> Vec<f64> {
    let n = weights.len();
    if avail <= MIN_SEGMENT_PX * n as f64 {
        return vec![avail / n as f64; n];
    }
    let mut px = vec![0.0; n];
    let mut fixed = vec![false; n];
    loop {
        let free = avail - (0..n).filter(|&i| fixed[i]).map(|i| px[i]).sum::<f64>();
        let total: f64 = (0..n).filter(|&i| !fixed[i]).map(|i| weights[i]).sum();
        let mut changed = false;
        let open: Vec<usize> = (0..n).filter(|&i| !fixed[i]).collect();
        for i in open {
            px[i] = free * weights[i] / total;
            if px[i] < MIN_SEGMENT_PX {
                px[i] = MIN_SEGMENT_PX;
                fixed[i] = true;
                changed = true;
            }
        }
        if !changed {
            return px;
        }
    }
}

/// The visible part of the axis: `start` and `span` in axis units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub start: f64,
    pub span: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport { start: 0.0, span: 1.0 }
    }
}

/// `f64::clamp` without its panic message, which would pull float
/// formatting into the Wasm binary.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// Deepest zoom, as a fraction of the whole axis.
pub const MIN_SPAN: f64 = 1.0 / 2000.0;

impl Viewport {
    pub fn x(&self, u: f64, width: f64) -> f64 {
        (u - self.start) / self.span * width
    }
    pub fn u(&self, x: f64, width: f64) -> f64 {
        self.start + x / width * self.span
    }
    pub fn is_zoomed(&self) -> bool {
        self.span < 0.999
    }
    fn clamped(start: f64, span: f64) -> Viewport {
        let span = clamp(span, MIN_SPAN, 1.0);
        Viewport { start: clamp(start, 0.0, 1.0 - span), span }
    }
    /// Zooms by `factor` (> 1 zooms in) keeping the point at `at` (0..1 of
    /// the width) fixed on screen.
    pub fn zoom(self, factor: f64, at: f64) -> Viewport {
        let anchor = self.start + at * self.span;
        let span = clamp(self.span / factor, MIN_SPAN, 1.0);
        Viewport::clamped(anchor - at * span, span)
    }
    /// Pans by a drag of `dx` pixels (content follows the pointer).
    pub fn pan(self, dx: f64, width: f64) -> Viewport {
        Viewport::clamped(self.start - dx / width * self.span, self.span)
    }
    /// Shows `[u0, u1]` with a margin on either side.
    pub fn fit(u0: f64, u1: f64) -> Viewport {
        let span = ((u1 - u0) * 1.4).max(MIN_SPAN);
        Viewport::clamped((u0 + u1) / 2.0 - span / 2.0, span)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    pub major: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Days(i32),
    Months(u32),
    Years(i32),
}

const UNITS: [(Unit, f64); 12] = [
    (Unit::Days(1), 1.0),
    (Unit::Days(7), 7.0),
    (Unit::Months(1), 30.44),
    (Unit::Months(3), 91.3),
    (Unit::Years(1), 365.25),
    (Unit::Years(2), 730.5),
    (Unit::Years(5), 1826.0),
    (Unit::Years(10), 3652.0),
    (Unit::Years(20), 7305.0),
    (Unit::Years(50), 18262.0),
    (Unit::Years(100), 36525.0),
    (Unit::Years(500), 182625.0),
];

/// Tick marks for the visible part of each segment, labelled at the unit the
/// zoom allows: days, weeks, months, quarters, years, decades, centuries.
pub fn ticks(axis: &Axis, vp: Viewport, width: f64) -> Vec<Tick> {
    let mut out = Vec::new();
    for s in &axis.segments {
        let (sx0, sx1) = (vp.x(s.u0, width), vp.x(s.u1, width));
        let (v0, v1) = (sx0.max(0.0), sx1.min(width));
        if v1 <= v0 {
            continue;
        }
        let ppd = (sx1 - sx0) / (s.end - s.start);
        let day_x = |d: Day| sx0 + (d.0 as f64 - s.start) * ppd;
        let (d0, d1) = (s.start + (v0 - sx0) / ppd, s.start + (v1 - sx0) / ppd);
        let unit = UNITS.iter().find(|(_, days)| days * ppd >= 64.0).map_or(Unit::Years(1000), |u| u.0);
        let before = out.len();
        let mut d = Day(d0.ceil() as i32);
        let last = Day(d1.floor() as i32);
        let mut first = true;
        while d <= last && out.len() - before < 400 {
            let (y, m, dd) = d.ymd();
            let (take, next) = match unit {
                Unit::Days(7) => (d.weekday() == 0, d.add_days(1)),
                Unit::Days(n) => (true, d.add_days(n)),
                Unit::Months(n) => (dd == 1 && (m - 1) % n == 0, next_month(d)),
                Unit::Years(n) => (m == 1 && dd == 1 && y.rem_euclid(n) == 0, next_year(d)),
            };
            // A label too close to the segment's end would run into the break
            // (or off the strip).
            if take && ((day_x(d) > sx1 - 36.0 && s.u1 < 0.999) || day_x(d) > width - 36.0) {
                break;
            }
            if take {
                let mon = MONTH_ABBR[m as usize - 1];
                let (label, major) = match unit {
                    Unit::Days(_) if first || (m == 1 && dd == 1) => (format!("{dd} {mon} {y}"), true),
                    Unit::Days(_) => (format!("{dd} {mon}"), dd == 1),
                    Unit::Months(_) if m == 1 => (format!("{y}"), true),
                    Unit::Months(_) if first => (format!("{mon} {y}"), true),
                    Unit::Months(_) => (mon.to_string(), false),
                    Unit::Years(n) => (format!("{y}"), y.rem_euclid(n * 5) == 0),
                };
                out.push(Tick { x: day_x(d), label, major });
                first = false;
            }
            d = next;
        }
        if out.len() == before {
            // Too narrow for any boundary: still say which year this is.
            let mid = (v0 + v1) / 2.0;
            let day = Day((s.start + (mid - sx0) / ppd) as i32);
            out.push(Tick { x: mid, label: format!("{}", day.year()), major: true });
        }
    }
    out
}

fn next_month(d: Day) -> Day {
    let (y, m, _) = d.ymd();
    let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Day::from_ymd(y, m, 1).unwrap_or(d.add_days(31))
}

fn next_year(d: Day) -> Day {
    Day::from_ymd(d.year() + 1, 1, 1).unwrap_or(d.add_days(366))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Point,
    Bar,
    Cluster,
}

/// A positioned mark; `x..x1` in pixels (equal for points), top to bottom lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub kind: MarkKind,
    pub events: Vec<u32>,
    pub x: f64,
    pub x1: f64,
    pub lane: u32,
}

impl Mark {
    pub fn center(&self) -> f64 {
        (self.x + self.x1) / 2.0
    }
}

pub const POINT_LANES: usize = 3;
pub const BAR_LANES: usize = 3;
/// Points closer than this share a cluster or stack in lanes.
pub const NEAR_PX: f64 = 24.0;
const BAR_MIN_PX: f64 = 8.0;

/// Places visible items: bars pack into [`BAR_LANES`] lanes; a bar with no
/// free lane is laid out at its centre as a point instead. Points stack in up
/// to [`POINT_LANES`] lanes and fold into a cluster beyond. So the number of
/// marks is bounded by the strip's width, not by the number of events, and a
/// dense period stays one cluster away from its events. Marks come sorted
/// left to right (the keyboard order).
pub fn layout(items: &[Item], axis: &Axis, vp: Viewport, width: f64) -> Vec<Mark> {
    let x_of = |d: f64| vp.x(axis.u_of(d), width);
    let mut marks = Vec::new();
    let mut points: Vec<(f64, u32)> = Vec::new();

    let mut bars: Vec<(f64, f64, u32)> = items
        .iter()
        .filter(|i| !i.point)
        .map(|i| {
            let (mut a, mut b) = (x_of(i.start.0 as f64), x_of(i.end.0 as f64 + 1.0));
            if b - a < BAR_MIN_PX {
                let c = (a + b) / 2.0;
                (a, b) = (c - BAR_MIN_PX / 2.0, c + BAR_MIN_PX / 2.0);
            }
            (a.max(-4.0), b.min(width + 4.0), i.id)
        })
        .filter(|&(a, b, _)| b > 0.0 && a < width)
        .collect();
    bars.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
    let mut ends = [f64::NEG_INFINITY; BAR_LANES];
    for (a, b, id) in bars {
        match (0..BAR_LANES).find(|&l| ends[l] + 2.0 <= a) {
            Some(lane) => {
                ends[lane] = b;
                marks.push(Mark { kind: MarkKind::Bar, events: vec![id], x: a, x1: b, lane: lane as u32 });
            }
            None => points.push(((a + b) / 2.0, id)),
        }
    }

    points.extend(
        items
            .iter()
            .filter(|i| i.point)
            .map(|i| (x_of(i.start.0 as f64 + 0.5), i.id))
            .filter(|&(x, _)| x > -NEAR_PX && x < width + NEAR_PX),
    );
    points.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut lane_x = [f64::NEG_INFINITY; POINT_LANES];
    let mut i = 0;
    while i < points.len() {
        let mut j = i + 1;
        while j < points.len() && points[j].0 - points[i].0 < NEAR_PX {
            j += 1;
        }
        let group = &points[i..j];
        let mut placed = Vec::new();
        let mut lanes = lane_x;
        for &(x, id) in group {
            match (0..POINT_LANES).find(|&l| x - lanes[l] >= NEAR_PX) {
                Some(l) => {
                    lanes[l] = x;
                    placed.push(Mark { kind: MarkKind::Point, events: vec![id], x, x1: x, lane: l as u32 });
                }
                None => break,
            }
        }
        if placed.len() == group.len() {
            lane_x = lanes;
            marks.extend(placed);
        } else {
            let (x0, x1) = (group[0].0, group[group.len() - 1].0);
            marks.push(Mark {
                kind: MarkKind::Cluster,
                events: group.iter().map(|p| p.1).collect(),
                x: x0,
                x1,
                lane: 0,
            });
            lane_x = [x1 + NEAR_PX / 2.0; POINT_LANES];
        }
        i = j;
    }
    marks.sort_by(|a, b| a.center().total_cmp(&b.center()).then(a.lane.cmp(&b.lane)));
    marks
}

/// A mark's label placed in one of the rows above the strip: `x..x + width`
/// in pixels. Its text is cut (with an ellipsis, in CSS) to `width`, so
/// placed labels never overlap whatever the font. `end`: the label ends at
/// its mark instead of starting there.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub mark: usize,
    pub x: f64,
    pub width: f64,
    pub row: u32,
    pub end: bool,
}

/// Rows of labels above the marks.
pub const LABEL_ROWS: u32 = 3;
/// Room kept between two labels of a row.
const LABEL_GAP: f64 = 10.0;
/// The widest a label gets, and the narrowest worth showing.
const LABEL_MAX: f64 = 280.0;
const LABEL_MIN: f64 = 48.0;

/// Places labels for as many marks as fit, most important first: `text(i)`
/// gives mark `i`'s label length in characters and its importance (or
/// `None`: no label, as for clusters). A label starts at its mark (a bar's
/// start, a point's centre) or, where that room is taken, ends there; it
/// stays inside the strip, and takes the first row where it overlaps no
/// placed label. `char_px` is the width of a character, on the generous side.
pub fn place_labels(
    marks: &[Mark],
    text: impl Fn(usize) -> Option<(usize, u32)>,
    width: f64,
    char_px: f64,
) -> Vec<Label> {
    let mut wanted: Vec<(usize, usize, u32)> =
        (0..marks.len()).filter_map(|i| text(i).map(|(chars, importance)| (i, chars, importance))).collect();
    // Most important first; left to right among equals.
    wanted.sort_unstable_by_key(|&(i, _, importance)| (core::cmp::Reverse(importance), i));
    let mut rows: Vec<Vec<(f64, f64)>> = vec![Vec::new(); LABEL_ROWS as usize];
    let mut out = Vec::new();
    for (i, chars, _) in wanted {
        let m = &marks[i];
        let w = (chars as f64 * char_px + 12.0).min(LABEL_MAX).min(width);
        if w < LABEL_MIN || m.center() < 0.0 || m.center() > width {
            continue;
        }
        let (start, end) = if m.kind == MarkKind::Bar { (m.x, m.x1) } else { (m.center() - 6.0, m.center() + 6.0) };
        let inside = |x: f64| x.min(width - w).max(0.0);
        let candidates = [(inside(start), false), (inside(end - w), true)];
        let place = (0..LABEL_ROWS as usize).find_map(|r| {
            candidates
                .iter()
                .find(|&&(x, _)| rows[r].iter().all(|&(a, b)| x + w + LABEL_GAP <= a || b + LABEL_GAP <= x))
                .map(|&(x, end)| (r, x, end))
        });
        if let Some((r, x, end)) = place {
            rows[r].push((x, x + w));
            out.push(Label { mark: i, x, width: w, row: r as u32, end });
        }
    }
    out.sort_by(|a, b| a.x.total_cmp(&b.x));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }
    fn point(id: u32, d: &str) -> Item {
        Item { id, start: day(d), end: day(d), point: true }
    }
    fn bar(id: u32, a: &str, b: &str) -> Item {
        Item { id, start: day(a), end: day(b), point: false }
    }
    /// Like the seeds: 1963, 2011, then a dense 2016–17.
    fn seeds() -> Vec<Item> {
        let mut v = vec![bar(0, "1963-01-01", "1963-12-31"), bar(1, "2011-03-01", "2011-03-31")];
        for (i, m) in (1..=12).enumerate() {
            v.push(point(10 + i as u32, &format!("2016-{m:02}-15")));
            v.push(point(30 + i as u32, &format!("2017-{m:02}-10")));
        }
        v.push(bar(50, "2016-01-01", "2016-04-30"));
        v
    }

    #[test]
    fn day_precise_events_are_points_and_vaguer_ones_bars_over_their_range() {
        let event = |d: &str, range: (&str, &str), precision| Event {
            date: day(d),
            precision,
            range: (day(range.0), day(range.1)),
            id: String::new(),
            summary: String::new(),
            label: String::new(),
            actors: Vec::new(),
            mentions: Vec::new(),
        };
        let events = [
            event("2017-03-02", ("2017-03-02", "2017-03-02"), Precision::Day),
            event("2017-03-01", ("2017-03-01", "2017-03-31"), Precision::Month),
        ];
        assert_eq!(
            items(&events),
            [point(0, "2017-03-02"), bar(1, "2017-03-01", "2017-03-31")],
            "ids are event indices"
        );
    }

    #[test]
    fn outliers_break_the_axis_and_the_dense_years_get_the_room() {
        let axis = Axis::new(&seeds(), 1000.0);
        assert_eq!(axis.segments.len(), 3);
        assert_eq!(axis.breaks().len(), 2);
        let dense = axis.segments[2];
        assert!(dense.u1 - dense.u0 > 0.7, "{axis:?}");
        assert!(axis.segments[0].u1 - axis.segments[0].u0 >= 0.07);
        // Monotonic, and the inverse lands on the same day.
        let mut prev = f64::NEG_INFINITY;
        for d in (day("1960-01-01").0..day("2019-01-01").0).step_by(50) {
            let u = axis.u_of(d as f64 + 0.5);
            assert!(u > prev);
            prev = u;
            let inside = axis.segments.iter().any(|s| s.start <= d as f64 && (d as f64) < s.end);
            if inside {
                assert_eq!(axis.day_of(u), Day(d));
            }
        }
    }

    #[test]
    fn continuous_data_is_not_broken() {
        let items: Vec<Item> = (1..=12).map(|m| point(m, &format!("2016-{m:02}-01"))).collect();
        assert_eq!(Axis::new(&items, 800.0).segments.len(), 1);
        let spread: Vec<Item> = (0..7).map(|i| point(i, &format!("{}-06-01", 1960 + 10 * i))).collect();
        assert_eq!(Axis::new(&spread, 800.0).segments.len(), 1);
        assert!(Axis::new(&[], 800.0).segments.is_empty());
    }

    #[test]
    fn the_axis_is_linear_across_breaks_and_day_of_inverts_it_there() {
        let axis = Axis::new(&seeds(), 1000.0);
        assert_eq!(axis.segments.len(), 3);
        for w in axis.segments.windows(2) {
            let (s, n) = (w[0], w[1]);
            // Halfway through the gap in time is halfway across the break.
            assert!((axis.u_of((s.end + n.start) / 2.0) - (s.u1 + n.u0) / 2.0).abs() < 1e-12, "{s:?} {n:?}");
            // Clicking inside the break gives back the day drawn there.
            let days = s.end.ceil() as i32..n.start.floor() as i32;
            assert!(days.len() > 1000);
            for d in days.step_by(97) {
                let u = axis.u_of(d as f64 + 0.5);
                assert!(s.u1 < u && u < n.u0);
                assert_eq!(axis.day_of(u), Day(d));
            }
        }
    }

    #[test]
    fn allocate_splits_in_proportion_with_a_floor() {
        // Room for all: in proportion, whatever the weights add up to.
        assert_eq!(allocate(&[3.0, 1.0], 400.0), vec![300.0, 100.0]);
        // 62.5 px would be below the floor: that one gets 72, the other
        // what is left.
        assert_eq!(allocate(&[0.875, 0.125], 500.0), vec![428.0, 72.0]);
        // No room for two floors: equal shares of what there is.
        assert_eq!(allocate(&[0.9, 0.1], 100.0), vec![50.0, 50.0]);
    }

    #[test]
    fn viewport_maps_pixels_to_the_axis_and_pans_with_the_pointer() {
        let vp = Viewport { start: 0.25, span: 0.5 };
        assert_eq!(vp.u(0.0, 1000.0), 0.25);
        assert_eq!(vp.u(500.0, 1000.0), 0.5);
        assert_eq!(vp.u(1000.0, 1000.0), 0.75);
        assert_eq!(vp.x(vp.u(125.0, 1000.0), 1000.0), 125.0);
        // A drag of 125 px to the right moves the view back by an eighth of
        // its span: what was under the pointer stays under it.
        let panned = vp.pan(125.0, 1000.0);
        assert_eq!(panned, Viewport { start: 0.1875, span: 0.5 });
        assert_eq!(panned.u(625.0, 1000.0), vp.u(500.0, 1000.0));
        assert!(vp.is_zoomed());
        assert!(!Viewport::default().is_zoomed());
        assert!(!Viewport::default().zoom(2.0, 0.3).zoom(0.5, 0.3).is_zoomed());
    }

    #[test]
    fn ticks_follow_the_zoom() {
        let axis = Axis::new(&seeds(), 1000.0);
        let t = ticks(&axis, Viewport::default(), 1000.0);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert!(labels.contains(&"1963"), "{labels:?}");
        assert!(labels.iter().any(|l| l.contains("2011")), "{labels:?}");
        assert!(labels.contains(&"2017"), "{labels:?}");
        assert!(labels.iter().any(|l| *l == "Apr" || *l == "Jul"), "months in the dense segment: {labels:?}");
        assert!(t.windows(2).all(|w| w[0].x < w[1].x));
        // Zoom far into Dec 2017: day ticks.
        let u = axis.u_of(day("2017-12-10").0 as f64);
        let vp = Viewport { start: u, span: 0.02 };
        let t = ticks(&axis, vp, 1000.0);
        assert!(t.iter().any(|t| t.label == "18 Dec"), "{t:?}");
        let t = ticks(&axis, Viewport { start: u, span: 0.004 }, 1000.0);
        assert!(t.iter().any(|t| t.label == "12 Dec"), "{t:?}");
        // A decades-long continuous axis: year ticks.
        let spread: Vec<Item> = (0..7).map(|i| point(i, &format!("{}-06-01", 1960 + 10 * i))).collect();
        let a = Axis::new(&spread, 800.0);
        let labels: Vec<String> = ticks(&a, Viewport::default(), 800.0).into_iter().map(|t| t.label).collect();
        assert!(labels.contains(&"1970".to_string()) && labels.contains(&"2000".to_string()), "{labels:?}");
    }

    fn labels(t: &[Tick]) -> Vec<(&str, bool)> {
        t.iter().map(|t| (t.label.as_str(), t.major)).collect()
    }

    #[test]
    fn ticks_stop_short_of_breaks_and_of_the_strip_end() {
        let axis = Axis::new(&seeds(), 1000.0);
        let t = ticks(&axis, Viewport::default(), 1000.0);
        // 1963 has its 1 Jan tick; 1 Jan 1964, within 36 px of the break, is
        // dropped. 2011 is too short for a quarter tick and is named at its
        // middle. 1 Jan 2018 sits on the strip's end and is dropped.
        assert_eq!(
            labels(&t),
            vec![
                ("1963", false),
                ("2011", true),
                ("2016", true),
                ("Apr", false),
                ("Jul", false),
                ("Oct", false),
                ("2017", true),
                ("Apr", false),
                ("Jul", false),
                ("Oct", false),
            ]
        );
        assert!((t[0].x - axis.u_of(day("1963-01-01").0 as f64) * 1000.0).abs() < 1e-9);
        let s = axis.segments[1];
        assert!((t[1].x - (s.u0 + s.u1) / 2.0 * 1000.0).abs() < 1e-9);
    }

    #[test]
    fn zoomed_ticks_start_at_the_left_edge() {
        let axis = Axis::new(&seeds(), 1000.0);
        let u = axis.u_of(day("2017-12-10").0 as f64);
        for vp in [Viewport { start: u, span: 0.02 }, Viewport { start: u - 0.2, span: 0.3 }, Viewport::fit(0.05, 0.1)]
        {
            let t = ticks(&axis, vp, 1000.0);
            assert!(!t.is_empty());
            assert!(t.iter().all(|t| (0.0..=964.0).contains(&t.x)), "{vp:?} {t:?}");
            assert!(t.windows(2).all(|w| w[0].x < w[1].x), "{vp:?} {t:?}");
        }
        // The view opens on Sunday 10 Dec 2017: weekly ticks, the first on
        // Monday the 11th and with its year.
        let t = ticks(&axis, Viewport { start: u, span: 0.02 }, 1000.0);
        assert_eq!(t[0].label, "11 Dec 2017");
    }

    #[test]
    fn quarter_ticks_fall_on_quarter_starts() {
        // Feb 2016 to Jan 2018 on 1000 px: a tick a quarter. The strip
        // starts on 11 Jan 2016, which is no quarter start.
        let axis = Axis::new(&[bar(0, "2016-02-01", "2018-01-31")], 1000.0);
        let t = ticks(&axis, Viewport::default(), 1000.0);
        assert_eq!(
            labels(&t),
            vec![
                ("Apr 2016", true),
                ("Jul", false),
                ("Oct", false),
                ("2017", true),
                ("Apr", false),
                ("Jul", false),
                ("Oct", false),
                ("2018", true),
            ]
        );
    }

    #[test]
    fn decade_ticks_and_half_centuries_major() {
        // Sixty years on 800 px: a tick a decade; 2020 is within 36 px of
        // the end.
        let spread: Vec<Item> = (0..7).map(|i| point(i, &format!("{}-06-01", 1960 + 10 * i))).collect();
        let axis = Axis::new(&spread, 800.0);
        let t = ticks(&axis, Viewport::default(), 800.0);
        assert_eq!(
            labels(&t),
            vec![("1960", false), ("1970", false), ("1980", false), ("1990", false), ("2000", true), ("2010", false)]
        );
    }

    /// Two years around 1990 and two around 2016, broken between.
    fn two_stretches() -> Vec<Item> {
        vec![bar(0, "1990-01-01", "1991-12-31"), bar(1, "2016-01-01", "2017-12-31")]
    }

    #[test]
    fn day_ticks_name_the_year_first_and_on_new_year() {
        // 400,000 px for two segments of about 775 days: a tick a day. The
        // first segment starts 21.9 days (3% padding) before 1990.
        let axis = Axis::new(&two_stretches(), 400_000.0);
        let t = ticks(&axis, Viewport::default(), 400_000.0);
        assert_eq!(labels(&t[0..2]), vec![("11 Dec 1989", true), ("12 Dec", false)]);
        assert_eq!(labels(&t[21..23]), vec![("1 Jan 1990", true), ("2 Jan", false)]);
        assert_eq!(labels(&t[52..54]), vec![("1 Feb", true), ("2 Feb", false)]);
    }

    #[test]
    fn a_very_wide_strip_stops_at_400_ticks_per_segment() {
        let axis = Axis::new(&two_stretches(), 400_000.0);
        assert_eq!(axis.segments.len(), 2);
        let t = ticks(&axis, Viewport::default(), 400_000.0);
        let split = axis.segments[0].u1 * 400_000.0;
        let (left, right): (Vec<&Tick>, Vec<&Tick>) = t.iter().partition(|t| t.x < split);
        assert_eq!((left.len(), right.len()), (400, 400));
        assert_eq!(right[0].label, "11 Dec 2015");
    }

    #[test]
    fn a_segment_too_short_for_a_tick_names_the_year_at_its_middle() {
        // A month early in 2011 and one late in 2013, each padded by 20 days
        // and drawn at the 72 px floor: no quarter starts inside either.
        let mut items = vec![bar(0, "2011-02-05", "2011-03-05"), bar(1, "2013-11-05", "2013-12-05")];
        items.extend(seeds().into_iter().filter(|i| i.start.year() >= 2016));
        let axis = Axis::new(&items, 1000.0);
        assert_eq!(axis.segments.len(), 3);
        let t = ticks(&axis, Viewport::default(), 1000.0);
        assert_eq!(labels(&t[..3]), vec![("2011", true), ("2013", true), ("2016", true)]);
        for (tick, s) in t.iter().zip(&axis.segments[..2]) {
            assert!((tick.x - (s.u0 + s.u1) / 2.0 * 1000.0).abs() < 1e-9);
        }
        // Twenty months, beside four busy years, get about 82 px: a tick
        // every other year would be due, and neither 1 Jan 2006 nor 2008
        // falls inside. The middle of the stretch is at the end of January
        // 2007.
        let mut items = vec![bar(0, "2006-04-01", "2007-11-30")];
        let d0 = day("2016-01-01").0;
        items.extend((0..100).map(|i| Item {
            id: 1 + i,
            start: Day(d0 + 14 * i as i32),
            end: Day(d0 + 14 * i as i32),
            point: true,
        }));
        let axis = Axis::new(&items, 1000.0);
        assert_eq!(axis.segments.len(), 2);
        let t = ticks(&axis, Viewport::default(), 1000.0);
        assert_eq!(labels(&t[..2]), vec![("2007", true), ("2016", false)]);
    }

    #[test]
    fn many_events_give_a_bounded_number_of_marks() {
        let mut items = Vec::new();
        for n in 0..20_000u32 {
            let d = day("2015-01-01").0 + (n % 1000) as i32;
            let point = n % 3 == 0;
            let end = if point { d } else { d + 6 + (n % 60) as i32 };
            items.push(Item { id: n, start: Day(d), end: Day(end), point });
        }
        let axis = Axis::new(&items, 1000.0);
        let marks = layout(&items, &axis, Viewport::default(), 1000.0);
        let width_bound = 1000.0 / BAR_MIN_PX * BAR_LANES as f64 + 1000.0 / NEAR_PX * (POINT_LANES as f64 + 1.0);
        assert!((marks.len() as f64) < width_bound, "{} marks", marks.len());
        // Nothing is lost: every event is in exactly one mark.
        let mut seen: Vec<u32> = marks.iter().flat_map(|m| m.events.iter().copied()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..20_000).collect::<Vec<_>>());
    }

    #[test]
    fn near_points_stack_then_cluster_and_zoom_splits_them() {
        let items: Vec<Item> = (0..6).map(|i| point(i, &format!("2017-01-{:02}", 10 + i))).collect();
        let mut all = items.clone();
        all.push(point(9, "2016-06-01"));
        let axis = Axis::new(&all, 600.0);
        let marks = layout(&all, &axis, Viewport::default(), 600.0);
        let cluster = marks.iter().find(|m| m.kind == MarkKind::Cluster).expect("a cluster");
        assert_eq!(cluster.events, vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(marks.len(), 2);
        // Expanding = fitting the cluster's range: every point is alone.
        let (u0, u1) = (axis.u_of(day("2017-01-10").0 as f64), axis.u_of(day("2017-01-16").0 as f64));
        let vp = Viewport::fit(u0, u1);
        let marks = layout(&all, &axis, vp, 600.0);
        assert_eq!(marks.iter().filter(|m| m.kind == MarkKind::Point).count(), 6);
        // Three near points stack in lanes rather than cluster.
        let three: Vec<Item> =
            vec![point(0, "2017-01-10"), point(1, "2017-01-10"), point(2, "2017-01-11"), point(3, "2016-01-01")];
        let axis = Axis::new(&three, 600.0);
        let marks = layout(&three, &axis, Viewport::default(), 600.0);
        assert!(marks.iter().all(|m| m.kind == MarkKind::Point));
        let mut lanes: Vec<u32> = marks.iter().filter(|m| m.events[0] < 3).map(|m| m.lane).collect();
        lanes.sort();
        assert_eq!(lanes, vec![0, 1, 2]);
    }

    #[test]
    fn bars_pack_in_lanes_and_offscreen_marks_drop() {
        let items =
            vec![bar(0, "2016-01-01", "2016-06-30"), bar(1, "2016-03-01", "2016-03-31"), point(2, "2016-12-01")];
        let axis = Axis::new(&items, 500.0);
        let marks = layout(&items, &axis, Viewport::default(), 500.0);
        let lanes: Vec<u32> = marks.iter().filter(|m| m.kind == MarkKind::Bar).map(|m| m.lane).collect();
        assert_eq!(lanes.len(), 2);
        assert_ne!(lanes[0], lanes[1]);
        let vp = Viewport::fit(0.0, 0.05);
        let marks = layout(&items, &axis, vp, 500.0);
        assert!(marks.iter().all(|m| m.events != vec![2]));
    }

    #[test]
    fn marks_come_left_to_right_by_centre() {
        assert_eq!(Mark { kind: MarkKind::Bar, events: vec![0], x: 10.0, x1: 30.0, lane: 1 }.center(), 20.0);
        // The March bar takes lane 1 under the half-year bar but its centre
        // is further left, so the keyboard reaches it first.
        let items =
            vec![bar(0, "2016-01-01", "2016-06-30"), bar(1, "2016-03-01", "2016-03-31"), point(2, "2016-12-01")];
        let axis = Axis::new(&items, 500.0);
        let marks = layout(&items, &axis, Viewport::default(), 500.0);
        let order: Vec<(Vec<u32>, u32)> = marks.iter().map(|m| (m.events.clone(), m.lane)).collect();
        assert_eq!(order, vec![(vec![1], 1), (vec![0], 0), (vec![2], 0)]);
        assert!(marks.windows(2).all(|w| w[0].center() < w[1].center()));
    }

    /// Marks laid out over 2016 (the first item) padded by 20 days each
    /// side: 406 days on 1015 px, 2.5 px a day, day `k` of 2016 starting at
    /// `(20 + k) * 2.5` unzoomed.
    fn in_2016(more: &[Item], vp: Viewport) -> Vec<Mark> {
        let mut items = vec![bar(0, "2016-01-01", "2016-12-31")];
        items.extend_from_slice(more);
        let axis = Axis::new(&items, 1015.0);
        assert_eq!(axis.segments.len(), 1);
        layout(&items, &axis, vp, 1015.0)
    }

    fn mark(marks: &[Mark], id: u32) -> &Mark {
        marks.iter().find(|m| m.events.contains(&id)).unwrap()
    }

    fn near(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_bar_runs_to_the_end_of_its_last_day_and_a_short_one_is_widened() {
        // 1 March is 60 days into the leap year, 1 June 152.
        let marks =
            in_2016(&[bar(1, "2016-03-01", "2016-03-07"), bar(2, "2016-06-01", "2016-06-01")], Viewport::default());
        let m = mark(&marks, 0);
        assert!(near(m.x, 50.0) && near(m.x1, 965.0), "{m:?}");
        let m = mark(&marks, 1);
        assert!(near(m.x, 200.0) && near(m.x1, 217.5), "{m:?}");
        // One day is 2.5 px: the bar gets the 8 px minimum around its middle.
        let m = mark(&marks, 2);
        assert_eq!(m.kind, MarkKind::Bar);
        assert!(near(m.x, 431.25 - 4.0) && near(m.x1, 431.25 + 4.0), "{m:?}");
    }

    #[test]
    fn bars_keep_two_pixels_apart_in_a_lane_and_overflow_as_points() {
        // Under the year bar (lane 0), January ends where February starts:
        // February takes the next lane; from 5 March January's lane is free.
        let marks = in_2016(
            &[
                bar(1, "2016-01-01", "2016-01-31"),
                bar(2, "2016-02-01", "2016-02-29"),
                bar(3, "2016-03-05", "2016-03-31"),
            ],
            Viewport::default(),
        );
        let lanes: Vec<u32> = (0..4).map(|id| mark(&marks, id).lane).collect();
        assert_eq!(lanes, vec![0, 1, 2, 1]);
        // Three lanes full: a fourth overlapping bar becomes a point at its
        // middle (1–10 March: 200 to 225 px).
        let marks = in_2016(
            &[
                bar(1, "2016-02-01", "2016-03-31"),
                bar(2, "2016-02-15", "2016-04-30"),
                bar(3, "2016-03-01", "2016-03-10"),
            ],
            Viewport::default(),
        );
        let m = mark(&marks, 3);
        assert_eq!((m.kind, m.lane), (MarkKind::Point, 0));
        assert!(near(m.x, 212.5) && near(m.x1, 212.5), "{m:?}");
    }

    #[test]
    fn zoomed_marks_clip_at_the_edges_and_far_ones_drop() {
        // The middle half of the axis, 5 px a day: unzoomed pixel p is now
        // at 2p - 507.5, so the view runs from day 81.5 to day 284.5 of 2016.
        let vp = Viewport { start: 0.25, span: 0.5 };
        let marks = in_2016(
            &[
                bar(1, "2016-03-01", "2016-03-07"),
                bar(2, "2016-12-01", "2016-12-15"),
                point(3, "2016-03-16"),
                point(4, "2016-03-20"),
                point(5, "2016-10-13"),
                point(6, "2016-10-17"),
            ],
            vp,
        );
        // The year bar runs past both edges and stops 4 px beyond them.
        let m = mark(&marks, 0);
        assert!(near(m.x, -4.0) && near(m.x1, 1019.0), "{m:?}");
        // Bars out of view drop; points within 24 px of the edges stay.
        let mut ids: Vec<u32> = marks.iter().flat_map(|m| m.events.clone()).collect();
        ids.sort_unstable();
        assert_eq!(ids, vec![0, 4, 5]);
        // Points sit at the middle of their day.
        assert!(near(mark(&marks, 4).x, -10.0) && near(mark(&marks, 5).x, 1025.0));
    }

    #[test]
    fn a_bar_that_only_touches_an_edge_is_out_of_view() {
        let items = vec![
            bar(0, "2016-01-01", "2016-12-31"),
            bar(1, "2016-03-01", "2016-03-31"),
            bar(2, "2016-03-01", "2016-04-01"),
            bar(3, "2016-08-01", "2016-09-01"),
            bar(4, "2016-09-01", "2016-09-30"),
        ];
        let axis = Axis::new(&items, 1015.0);
        let u = |d: &str| axis.u_of(day(d).0 as f64);
        // The view is April to August: March ends on its left edge and
        // September starts on its right one.
        let vp = Viewport { start: u("2016-04-01"), span: u("2016-09-01") - u("2016-04-01") };
        let marks = layout(&items, &axis, vp, 1015.0);
        let mut ids: Vec<u32> = marks.iter().flat_map(|m| m.events.clone()).collect();
        ids.sort_unstable();
        assert_eq!(ids, vec![0, 2, 3]);
    }

    #[test]
    fn points_exactly_near_px_apart_are_not_near() {
        // 472 days padded by 20 each side: 512 days on 1024 px, exactly 2 px
        // a day, so points 12 days apart are exactly 24 px apart.
        let mut items = vec![bar(0, "2016-01-01", "2017-04-16")];
        items.extend((1..=4).map(|id| point(id, "2016-06-01")));
        items.push(point(5, "2016-06-13"));
        let axis = Axis::new(&items, 1024.0);
        let marks = layout(&items, &axis, Viewport::default(), 1024.0);
        assert_eq!(mark(&marks, 5).x - mark(&marks, 1).x, NEAR_PX);
        // The four on 1 June fold into a cluster; the fifth is not closer
        // than NEAR_PX to them and does not join it.
        assert_eq!(mark(&marks, 1).events, vec![1, 2, 3, 4]);
        assert_eq!(mark(&marks, 5).events, vec![5]);
    }

    #[test]
    fn after_a_cluster_the_next_point_leaves_room_for_its_badge() {
        // Four points on 1 June (431.25 px) fold into a cluster; the lanes
        // then start 12 px right of it, so a point needs 36 px to stand alone.
        let four: Vec<Item> = (1..=4).map(|id| point(id, "2016-06-01")).collect();
        let with = |p: Item| in_2016(&[four.clone(), vec![p]].concat(), Viewport::default());
        let marks = with(point(5, "2016-06-17"));
        assert_eq!(mark(&marks, 1).events, vec![1, 2, 3, 4]);
        assert_eq!(mark(&marks, 1).kind, MarkKind::Cluster);
        let m = mark(&marks, 5);
        assert_eq!((m.kind, m.lane), (MarkKind::Point, 0));
        assert!(near(m.x, 471.25));
        // 30 px is too close: that point is folded too.
        let marks = with(point(5, "2016-06-13"));
        let m = mark(&marks, 5);
        assert_eq!((m.kind, m.events.clone()), (MarkKind::Cluster, vec![5]));
    }

    #[test]
    fn viewport_zoom_keeps_anchor_and_clamps() {
        let vp = Viewport::default().zoom(4.0, 0.5);
        assert!((vp.span - 0.25).abs() < 1e-9 && (vp.start - 0.375).abs() < 1e-9);
        let vp2 = vp.zoom(2.0, 0.25);
        let before = vp.u(250.0, 1000.0);
        assert!((vp2.u(250.0, 1000.0) - before).abs() < 1e-9);
        assert_eq!(Viewport::default().zoom(0.1, 0.3), Viewport::default());
        let panned = vp.pan(-10_000.0, 1000.0);
        assert!((panned.start + panned.span - 1.0).abs() < 1e-9);
        assert!(Viewport::default().zoom(1e9, 0.5).span >= MIN_SPAN);
    }

    fn point_at(x: f64, e: u32) -> Mark {
        Mark { kind: MarkKind::Point, events: vec![e], x, x1: x, lane: 0 }
    }

    #[test]
    fn labels_never_overlap_in_a_row_and_the_important_ones_come_first() {
        // Twelve points 20 px apart: their 100 px labels cannot all fit.
        let marks: Vec<Mark> = (0..12).map(|i| point_at(40.0 + 20.0 * i as f64, i)).collect();
        // Mark 7 matters most; clusters (here mark 3) get no label.
        let text = |i: usize| (i != 3).then_some((11, if i == 7 { 9 } else { 1 }));
        let placed = place_labels(&marks, text, 600.0, 8.0);
        assert!(placed.iter().any(|l| l.mark == 7 && l.row == 0), "{placed:?}");
        assert!(placed.iter().all(|l| l.mark != 3));
        assert!(placed.windows(2).all(|w| w[0].x <= w[1].x), "left to right");
        for a in &placed {
            assert!(a.x >= 0.0 && a.x + a.width <= 600.0, "{a:?} inside the strip");
            assert_eq!(a.width, 100.0);
            for b in placed.iter().filter(|b| b.row == a.row && b.mark != a.mark) {
                assert!(a.x + a.width + LABEL_GAP <= b.x || b.x + b.width + LABEL_GAP <= a.x, "{a:?} / {b:?}");
            }
        }
        assert!(placed.len() > LABEL_ROWS as usize && placed.len() < 11, "{} placed", placed.len());
    }

    #[test]
    fn a_label_whose_right_is_taken_ends_at_its_mark() {
        // The first label takes 600..700; the second mark, at 560, cannot
        // start its label there, so it ends at the mark instead, same row.
        let marks = [point_at(606.0, 0), point_at(560.0, 1)];
        let placed = place_labels(&marks, |i| Some((11, if i == 0 { 2 } else { 1 })), 1000.0, 8.0);
        assert_eq!(placed.len(), 2);
        assert_eq!(placed[1], Label { mark: 0, x: 600.0, width: 100.0, row: 0, end: false });
        assert_eq!(placed[0], Label { mark: 1, x: 466.0, width: 100.0, row: 0, end: true });
    }

    #[test]
    fn a_label_near_the_right_edge_moves_left_and_marks_off_screen_get_none() {
        let marks = [point_at(590.0, 0), point_at(-20.0, 1), point_at(700.0, 2)];
        let placed = place_labels(&marks, |_| Some((40, 1)), 600.0, 8.0);
        assert_eq!(placed.len(), 1);
        assert_eq!(placed[0].mark, 0);
        assert_eq!(placed[0].width, LABEL_MAX);
        assert_eq!(placed[0].x, 600.0 - LABEL_MAX);
        // Too short to be worth a label.
        assert!(place_labels(&marks[..1], |_| Some((2, 1)), 600.0, 8.0).is_empty());
    }
}
