//! Lengths in the server-drawn SVG charts (`Px`), written the short way.

use std::fmt;
use std::ops::{Add, Div, Sub};

/// A length in the drawing, written with at most one decimal ("12", "12.5"): shorter than
/// a float's shortest form, and written as integers (the charts write hundreds).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Px(pub f64);

impl Px {
    fn write(self, out: &mut dyn fmt::Write) -> fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        if tenths < 0 {
            out.write_char('-')?;
        }
        let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
        out.write_str(itoa::Buffer::new().format(whole))?;
        if tenth > 0 {
            out.write_char('.')?;
            out.write_char(char::from(b'0' + tenth as u8))?;
        }
        Ok(())
    }
}

impl fmt::Display for Px {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

/// Digits, a dot and a minus: nothing to escape, so templates write it as it is.
impl askama::filters::HtmlSafe for Px {}

impl askama::FastWritable for Px {
    fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn askama::Values) -> askama::Result<()> {
        Ok(self.write(dest)?)
    }
}

impl Add for Px {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        Self(self.0 + other.0)
    }
}

impl Add<f64> for Px {
    type Output = Self;
    fn add(self, other: f64) -> Self {
        Self(self.0 + other)
    }
}

impl Sub<f64> for Px {
    type Output = Self;
    fn sub(self, other: f64) -> Self {
        Self(self.0 - other)
    }
}

impl Div<f64> for Px {
    type Output = Self;
    fn div(self, by: f64) -> Self {
        Self(self.0 / by)
    }
}

#[cfg(test)]
mod tests {
    use super::Px;

    #[test]
    fn lengths_are_written_with_at_most_one_decimal() {
        let written = [12.0, 12.46, 0.04, -0.04, -1.26, 640.0 / 24.0].map(|n| Px(n).to_string());
        assert_eq!(written, ["12", "12.5", "0", "0", "-1.3", "26.7"]);
    }
}
