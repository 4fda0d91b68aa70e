//! The dashboard: the totals, and four charts drawn as SVG on the server (no script) —
//! students per course, the ages, new students per month, the grades per course — each
//! with a name, a description and its numbers as a table, and each bar or point a link to
//! the student list filtered to it.

use super::Layout;
use super::svg::Px;
use crate::db::stats::{CourseCount, Stats};
use crate::domain::record::{Kind, Record};
use crate::format;
use crate::i18n::Message;
use askama::Template;
use chrono::NaiveDate;

/// The drawing's width; the charts scale to the page (`viewBox`).
const WIDTH: f64 = 640.0;
/// Where the course bars start (the codes are written left of it).
const LABELS: f64 = 120.0;
const ROW: f64 = 26.0;
const PLOT_HEIGHT: f64 = 180.0;
/// The age bins: from, to (both included); the last bin is the ages not given.
const AGE_BINS: [(i32, i32); 8] = [
    (0, 14),
    (15, 17),
    (18, 20),
    (21, 24),
    (25, 29),
    (30, 39),
    (40, 49),
    (50, 150),
];
/// Grades with their own colour; the rest are "other".
const GRADE_COLOURS: usize = 5;

#[derive(Template)]
#[template(path = "dashboard/show.html")]
pub struct DashboardPage {
    pub layout: Layout,
    pub stats: Stats,
    courses: Vec<Bar>,
    ages: Vec<Bar>,
    months: Vec<Bar>,
    /// The month line's `points`.
    line: String,
    grades: Vec<Stack>,
    legend: Vec<LegendEntry>,
    /// How tall each chart's drawing is.
    pub courses_height: Px,
    pub grades_height: Px,
    /// Students per choice of each of the school's choice and yes/no fields.
    choices: Vec<ChoiceChart>,
}

/// Students per value of one of the school's fields (a class, a consent).
pub struct ChoiceChart {
    /// The chart's element id ("chart-field-class").
    pub id: String,
    pub field: Message,
    pub bars: Vec<Bar>,
    pub height: Px,
}

/// One bar (or point) of a chart: where it is drawn, what it counts, where it leads.
pub struct Bar {
    pub label: String,
    /// The label as a screen reader and the table say it (a course's title, an age range).
    pub long_label: String,
    pub count: i64,
    pub href: Option<String>,
    pub x: Px,
    pub y: Px,
    pub width: Px,
    pub height: Px,
}

/// One course's grades, side by side in one bar.
pub struct Stack {
    pub label: String,
    pub href: String,
    pub y: Px,
    pub segments: Vec<Segment>,
    pub total: i64,
}

pub struct Segment {
    pub x: Px,
    pub width: Px,
    pub colour: usize,
    pub grade: String,
    pub count: i64,
}

pub struct LegendEntry {
    pub colour: usize,
    pub label: String,
}

fn scale(count: i64, largest: i64, room: f64) -> f64 {
    if largest <= 0 {
        0.0
    } else {
        (count as f64 / largest as f64 * room).max(if count > 0 { 2.0 } else { 0.0 })
    }
}

impl DashboardPage {
    pub fn new(layout: Layout, stats: Stats) -> Self {
        let courses = course_bars(&stats.per_course);
        let ages = age_bars(&layout, &stats);
        let months = month_bars(&layout, &stats.months);
        let line = months
            .iter()
            .map(|point| format!("{},{}", point.x, point.y))
            .collect::<Vec<_>>()
            .join(" ");
        let (grades, legend) = grade_stacks(&layout, &stats);
        Self {
            courses_height: Px(ROW * courses.len().max(1) as f64 + 8.0),
            grades_height: Px(ROW * grades.len().max(1) as f64 + 8.0),
            layout,
            stats,
            courses,
            ages,
            months,
            line,
            grades,
            legend,
            choices: Vec::new(),
        }
    }

    /// The page with a chart of students per value of each of `record`'s choice and
    /// yes/no fields, from `counts` (field id, value key, students).
    pub fn with_choices(self, record: &Record, counts: &[(i64, String, i64)]) -> Self {
        let choices = record
            .school()
            .filter_map(|def| {
                let id = def.school_id()?;
                let values: Vec<(String, Message)> = match &def.kind {
                    Kind::Choice { choices } | Kind::Choices { choices } => choices
                        .iter()
                        .map(|choice| (choice.key.clone(), choice.text.message()))
                        .collect(),
                    Kind::YesNo => vec![
                        ("yes".to_owned(), Message::new("field-yes")),
                        ("no".to_owned(), Message::new("field-no")),
                    ],
                    _ => return None,
                };
                let count = |key: &str| {
                    counts
                        .iter()
                        .find(|(field, value, _)| *field == id && value == key)
                        .map_or(0, |(_, _, students)| *students)
                };
                let largest = values.iter().map(|(key, _)| count(key)).max().unwrap_or(0);
                let bars: Vec<Bar> = values
                    .iter()
                    .enumerate()
                    .map(|(index, (key, text))| {
                        let label = self.layout.show(text);
                        Bar {
                            long_label: label.clone(),
                            label,
                            count: count(key),
                            href: Some(format!("/?f.{}={key}", def.key())),
                            x: Px(LABELS),
                            y: Px(index as f64 * ROW + 4.0),
                            width: Px(scale(count(key), largest, WIDTH - LABELS - 60.0)),
                            height: Px(ROW - 8.0),
                        }
                    })
                    .collect();
                Some(ChoiceChart {
                    id: format!("chart-field-{}", def.key()),
                    field: def.label.clone(),
                    height: Px(ROW * bars.len().max(1) as f64 + 8.0),
                    bars,
                })
            })
            .collect();
        Self { choices, ..self }
    }

    fn plot_height(&self) -> Px {
        Px(PLOT_HEIGHT)
    }

    fn width(&self) -> Px {
        Px(WIDTH)
    }

    fn labels(&self) -> Px {
        Px(LABELS)
    }

    /// The list of the students who joined this month.
    fn this_month_href(&self) -> &str {
        self.months
            .last()
            .and_then(|month| month.href.as_deref())
            .unwrap_or("/")
    }

    /// "Students per Class": a field's chart's title.
    fn per_field(&self, chart: &ChoiceChart) -> Message {
        Message::new("dashboard-per-field").with("field", chart.field.clone())
    }

    /// "12 students", "1 student": how a bar says its count.
    fn students(&self, count: &i64) -> Message {
        format::students(*count as usize)
    }
}

fn course_bars(courses: &[CourseCount]) -> Vec<Bar> {
    let largest = courses
        .iter()
        .map(|course| course.students)
        .max()
        .unwrap_or(0);
    courses
        .iter()
        .enumerate()
        .map(|(index, course)| Bar {
            label: course.code.clone(),
            long_label: format::course_label(&course.code, &course.title),
            count: course.students,
            href: Some(format!("/?course={}", course.id)),
            x: Px(LABELS),
            y: Px(index as f64 * ROW + 4.0),
            width: Px(scale(course.students, largest, WIDTH - LABELS - 60.0)),
            height: Px(ROW - 8.0),
        })
        .collect()
}

fn age_bars(layout: &Layout, stats: &Stats) -> Vec<Bar> {
    let count_in = |from: i32, to: i32| -> i64 {
        stats
            .ages
            .iter()
            .filter(|(age, _)| age.is_some_and(|age| (from..=to).contains(&age)))
            .map(|(_, count)| count)
            .sum()
    };
    let none: i64 = stats
        .ages
        .iter()
        .filter(|(age, _)| age.is_none())
        .map(|(_, count)| count)
        .sum();
    let mut bins: Vec<(String, String, i64, Option<String>)> = AGE_BINS
        .iter()
        .map(|(from, to)| {
            let (label, long) = if *to == 150 {
                let short = format!("{}+", layout.num(*from));
                (short, layout.t1("dashboard-age-over", "from", *from))
            } else {
                let label = format!("{}–{}", layout.num(*from), layout.num(*to));
                let long = layout.t2("dashboard-age-range", &("from", *from), &("to", *to));
                (label, long)
            };
            let href = format!("/?age_min={from}&age_max={to}");
            (label, long, count_in(*from, *to), Some(href))
        })
        .collect();
    bins.push((
        "—".to_owned(),
        layout.t("student-age-none").to_owned(),
        none,
        None,
    ));
    let largest = bins
        .iter()
        .map(|(_, _, count, _)| *count)
        .max()
        .unwrap_or(0);
    let slot = WIDTH / bins.len() as f64;
    bins.into_iter()
        .enumerate()
        .map(|(index, (label, long_label, count, href))| {
            let height = scale(count, largest, PLOT_HEIGHT - 20.0);
            Bar {
                label,
                long_label,
                count,
                href,
                x: Px(index as f64 * slot + 6.0),
                y: Px(PLOT_HEIGHT - height),
                width: Px(slot - 12.0),
                height: Px(height),
            }
        })
        .collect()
}

fn month_bars(layout: &Layout, months: &[(NaiveDate, i64)]) -> Vec<Bar> {
    let largest = months.iter().map(|(_, count)| *count).max().unwrap_or(0);
    let step = WIDTH / months.len().max(1) as f64;
    months
        .iter()
        .enumerate()
        .map(|(index, (first, count))| {
            let last = first
                .checked_add_months(chrono::Months::new(1))
                .and_then(|next| next.pred_opt())
                .unwrap_or(*first);
            let height = scale(*count, largest, PLOT_HEIGHT - 20.0);
            Bar {
                label: layout.clock.month_short(*first),
                long_label: layout.clock.month_long(*first),
                count: *count,
                href: Some(format!("/?joined_from={first}&joined_to={last}")),
                x: Px(index as f64 * step + step / 2.0),
                y: Px(PLOT_HEIGHT - height),
                width: Px(step),
                height: Px(height),
            }
        })
        .collect()
}

fn grade_stacks(layout: &Layout, stats: &Stats) -> (Vec<Stack>, Vec<LegendEntry>) {
    // The most common grades of these courses get a colour each; the others share one.
    let mut totals: Vec<(String, i64)> = Vec::new();
    for grade in &stats.grades {
        match totals.iter_mut().find(|(name, _)| *name == grade.grade) {
            Some((_, total)) => *total += grade.enrollments,
            None => totals.push((grade.grade.clone(), grade.enrollments)),
        }
    }
    totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let coloured: Vec<String> = totals
        .iter()
        .take(GRADE_COLOURS)
        .map(|(name, _)| name.clone())
        .collect();
    let colour_of = |grade: &str| {
        coloured
            .iter()
            .position(|name| name == grade)
            .unwrap_or(GRADE_COLOURS)
    };
    let name_of = |grade: &str| match grade {
        "" => layout.t("dashboard-no-grade").to_owned(),
        grade => grade.to_owned(),
    };
    let largest = stats
        .per_course
        .iter()
        .map(|course| course.students)
        .max()
        .unwrap_or(0);
    let room = WIDTH - LABELS - 60.0;
    let stacks = stats
        .per_course
        .iter()
        .enumerate()
        .map(|(index, course)| {
            let mut x = Px(LABELS);
            let mut segments: Vec<Segment> = stats
                .grades
                .iter()
                .filter(|grade| grade.course_id == course.id)
                .map(|grade| Segment {
                    x: Px(0.0),
                    width: Px(scale(grade.enrollments, largest, room)),
                    colour: colour_of(&grade.grade),
                    grade: name_of(&grade.grade),
                    count: grade.enrollments,
                })
                .collect();
            segments.sort_by_key(|segment| segment.colour);
            for segment in &mut segments {
                segment.x = x;
                x = x + segment.width;
            }
            Stack {
                label: course.code.clone(),
                href: format!("/?course={}", course.id),
                y: Px(index as f64 * ROW + 4.0),
                total: segments.iter().map(|segment| segment.count).sum(),
                segments,
            }
        })
        .collect();
    let mut legend: Vec<LegendEntry> = coloured
        .iter()
        .enumerate()
        .map(|(colour, grade)| LegendEntry {
            colour,
            label: name_of(grade),
        })
        .collect();
    if totals.len() > GRADE_COLOURS {
        legend.push(LegendEntry {
            colour: GRADE_COLOURS,
            label: layout.t("dashboard-other-grades").to_owned(),
        });
    }
    (stacks, legend)
}
