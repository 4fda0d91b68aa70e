//! Students as CSV: the columns the export writes and the import reads, and the guard
//! against formula injection that both share.

use std::borrow::Cow;

/// The student export's columns, in order. The import reads the student's fields from
/// them and accepts the others (what the export adds) without reading them.
pub const STUDENT_COLUMNS: [&str; 8] = [
    "id",
    "firstname",
    "lastname",
    "email",
    "age",
    "bio",
    "joined",
    "enrollments",
];

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
