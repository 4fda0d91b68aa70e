//! CSV files in and out: the guard against formula injection that the exports and the
//! imports share, and reading an import file — UTF-8 with or without a byte-order mark, any
//! line endings, quoted commas and newlines, the columns in any order under a header row
//! whose names are matched loosely — into the rows it would add and the problems of every
//! other row, each with its row and column. What a row is, and its rules, are the caller's
//! (`student_import`, `enrollment_import`).

use super::record::normalized;
use crate::i18n::{Arg, Message};
use std::borrow::Cow;

/// The most rows one file may have: a whole school's intake, imported in seconds.
pub const MAX_IMPORT_ROWS: usize = 100_000;

/// What an import file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Students,
    Enrollments,
}

impl ImportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Students => "students",
            Self::Enrollments => "enrollments",
        }
    }

    /// The kind a form or a stored upload names; students unless it says enrollments.
    pub fn parse(raw: &str) -> Self {
        match raw {
            "enrollments" => Self::Enrollments,
            _ => Self::Students,
        }
    }

    /// "1 student", "3 enrollments".
    pub fn count(self, n: usize) -> Message {
        Message::new(match self {
            Self::Students => "count-students",
            Self::Enrollments => "count-enrollments",
        })
        .with("count", n)
    }
}

/// What a spreadsheet would start a formula with.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet would run as a formula gets a leading `'` (OWASP's advice), which
/// makes it plain text there.
pub fn neutralised(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The value an exported cell stood for: `neutralised` undone.
pub fn restored(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// A column an import reads: its field, the header names it is known by (as `normalized`
/// makes them: compared ignoring case, spaces, `_` and `-`), the label its messages use,
/// and whether a file must have it.
pub struct Column {
    pub field: Cow<'static, str>,
    pub names: Vec<String>,
    pub label: Message,
    pub required: bool,
}

impl Column {
    /// A column of a fixed field, known by `names` (written as `normalized` makes them).
    pub fn fixed(field: &'static str, names: &[&str], label: &'static str, required: bool) -> Self {
        Self {
            field: Cow::Borrowed(field),
            names: names.iter().map(|name| (*name).to_owned()).collect(),
            label: Message::new(label),
            required,
        }
    }
}

/// One problem of an import file: where (a row as a spreadsheet numbers it, the header
/// being row 1; a column by its label) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: Option<usize>,
    pub column: Option<Message>,
    pub message: Message,
}

impl Problem {
    pub fn at(row: usize, column: Option<Message>, message: Message) -> Self {
        Self {
            row: Some(row),
            column,
            message,
        }
    }

    /// Why a file cannot be imported at all (rather than some of its rows).
    pub fn of_file(message: Message) -> Self {
        Self {
            row: None,
            column: None,
            message,
        }
    }
}

/// A row that passed every rule, with its row number.
#[derive(Debug, Clone)]
pub struct Planned<R> {
    pub row: usize,
    pub value: R,
}

/// What a file would do: the rows that can be added, every problem of the others, and
/// the columns present but not read.
#[derive(Debug, Clone)]
pub struct ImportPlan<R> {
    pub rows: Vec<Planned<R>>,
    pub problems: Vec<Problem>,
    /// How many data rows the file has (good and bad).
    pub data_rows: usize,
    pub ignored_columns: Vec<String>,
}

impl<R> Default for ImportPlan<R> {
    fn default() -> Self {
        Self {
            rows: Vec::new(),
            problems: Vec::new(),
            data_rows: 0,
            ignored_columns: Vec::new(),
        }
    }
}

impl<R> ImportPlan<R> {
    /// How many rows have at least one problem.
    pub fn rows_with_problems(&self) -> usize {
        let mut rows: Vec<usize> = self
            .problems
            .iter()
            .filter_map(|problem| problem.row)
            .collect();
        rows.dedup();
        rows.len()
    }

    /// The problem that stops the whole file, if there is one.
    pub fn file_problem(&self) -> Option<&Problem> {
        self.problems.iter().find(|problem| problem.row.is_none())
    }

    /// Moves the rows `refuse` has a message for (a check against the database) to the
    /// problems, at `column`.
    pub fn refuse(&mut self, column: &Message, mut refuse: impl FnMut(&R) -> Option<Message>) {
        let mut kept = Vec::with_capacity(self.rows.len());
        for planned in std::mem::take(&mut self.rows) {
            match refuse(&planned.value) {
                Some(message) => {
                    self.problems
                        .push(Problem::at(planned.row, Some(column.clone()), message))
                }
                None => kept.push(planned),
            }
        }
        self.rows = kept;
        self.problems.sort_by_key(|problem| problem.row);
    }

    fn refused(message: Message) -> Self {
        Self {
            problems: vec![Problem::of_file(message)],
            ..Self::default()
        }
    }
}

/// Reads `bytes` as CSV with the `columns` (the names in `ignored` accepted and not read),
/// handing each data row's cells, in `columns` order (blank when absent), to `row`, which
/// returns the value or the row's problems.
pub fn plan<R>(
    bytes: &[u8],
    columns: &[Column],
    ignored: &[&str],
    mut row: impl FnMut(usize, Vec<String>) -> Result<R, Vec<Problem>>,
) -> ImportPlan<R> {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    if let Err(err) = std::str::from_utf8(bytes) {
        let line = 1 + bytes[..err.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        return ImportPlan::refused(Message::new("import-not-utf8").with("line", line));
    }
    if bytes.iter().all(|byte| byte.is_ascii_whitespace()) {
        return ImportPlan::refused(Message::new("import-empty"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(err)) => {
            return ImportPlan::refused(
                Message::new("import-header-unreadable").with("why", err.to_string()),
            );
        }
        None => return ImportPlan::refused(Message::new("import-empty")),
    };
    let (at, ignored_columns) = match positions(&header, columns, ignored) {
        Ok(found) => found,
        Err(message) => return ImportPlan::refused(message),
    };
    let mut plan = ImportPlan {
        ignored_columns,
        ..ImportPlan::default()
    };
    for (index, record) in records.enumerate() {
        let number = index + 2;
        let record = match record {
            Ok(record) if record.iter().all(|cell| cell.trim().is_empty()) => continue,
            Ok(record) => record,
            Err(err) => {
                plan.data_rows += 1;
                plan.problems.push(Problem::at(
                    number,
                    None,
                    Message::new("import-row-unreadable").with("why", err.to_string()),
                ));
                continue;
            }
        };
        plan.data_rows += 1;
        if plan.data_rows > MAX_IMPORT_ROWS {
            return ImportPlan::refused(
                Message::new("import-too-many-rows").with("max", MAX_IMPORT_ROWS),
            );
        }
        // Fewer cells are blank ones (some programs drop trailing empty cells); more
        // cannot be placed.
        if record.len() > header.len() {
            let message = Message::new("import-too-many-cells")
                .with("cells", record.len())
                .with("header", header.len());
            plan.problems.push(Problem::at(number, None, message));
            continue;
        }
        let cells = at
            .iter()
            .map(|index| {
                index
                    .and_then(|index| record.get(index))
                    .map(|cell| restored(cell).to_owned())
                    .unwrap_or_default()
            })
            .collect();
        match row(number, cells) {
            Ok(value) => plan.rows.push(Planned { row: number, value }),
            Err(problems) => plan.problems.extend(problems),
        }
    }
    if plan.data_rows == 0 {
        return ImportPlan::refused(Message::new("import-no-rows"));
    }
    plan
}

/// The cell index of each of `columns` in `header`, and the ignored columns present.
fn positions(
    header: &csv::StringRecord,
    columns: &[Column],
    ignored: &[&str],
) -> Result<(Vec<Option<usize>>, Vec<String>), Message> {
    let mut at = vec![None; columns.len()];
    let (mut skipped, mut unknown) = (Vec::new(), Vec::new());
    for (index, name) in header.iter().enumerate() {
        let key = normalized(name);
        if let Some(column) = columns
            .iter()
            .position(|column| column.names.contains(&key))
        {
            if at[column].is_some() {
                return Err(Message::new("import-column-twice").with("column", name.trim()));
            }
            at[column] = Some(index);
        } else if ignored.contains(&key.as_str()) {
            skipped.push(name.trim().to_owned());
        } else {
            unknown.push(format!("\"{}\"", name.trim()));
        }
    }
    if !unknown.is_empty() {
        // The names a file may use are the columns' own (`field`), as the export writes.
        let known: Vec<&str> = columns.iter().map(|column| column.field.as_ref()).collect();
        return Err(Message::new("import-unknown-columns")
            .with("count", unknown.len())
            .with("columns", Arg::list(unknown))
            .with("known", Arg::list(known))
            .with("ignored", Arg::list(ignored.iter().copied()))
            .with("keep", if ignored.is_empty() { "no" } else { "yes" }));
    }
    let missing: Vec<Message> = columns
        .iter()
        .zip(&at)
        .filter(|(column, at)| column.required && at.is_none())
        .map(|(column, _)| column.label.clone())
        .collect();
    if !missing.is_empty() {
        return Err(Message::new("import-missing-columns")
            .with("count", missing.len())
            .with("columns", Arg::list(missing)));
    }
    Ok((at, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for formula in [
            "=1+1",
            "+31 6",
            "-2",
            "@SUM(A1)",
            "\tx",
            "=HYPERLINK(\"x\")",
        ] {
            let cell = neutralised(formula);
            assert!(cell.starts_with('\''), "{formula}");
            assert_eq!(restored(&cell), formula);
        }
        assert_eq!(neutralised("Ada"), "Ada");
        assert_eq!(
            restored("'quoted"),
            "'quoted",
            "a quote of the person's own stays"
        );
    }
}
