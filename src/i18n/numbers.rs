//! Numbers as each language writes them: its digits, its group separator, and from how
//! many digits it groups (CLDR's data for these four languages: Spanish leaves four-digit
//! numbers whole, Arabic uses the Arabic-Indic digits and separator).

use super::Language;
use fluent_bundle::FluentValue;

/// The separator between groups of three digits.
fn separator(language: Language) -> char {
    match language {
        Language::En => ',',
        Language::De | Language::Es => '.',
        Language::Ar => '\u{066C}',
    }
}

/// The fewest digits a number needs before it is grouped.
fn grouped_from(language: Language) -> usize {
    match language {
        Language::Es => 5,
        Language::En | Language::De | Language::Ar => 4,
    }
}

/// The language's own digit for an ASCII one.
fn digit(language: Language, ascii: char) -> char {
    match language {
        Language::Ar => char::from_u32(0x0660 + (ascii as u32 - '0' as u32)).unwrap_or(ascii),
        Language::En | Language::De | Language::Es => ascii,
    }
}

/// Digits alone (a year, a day of the month), in the language's digits.
pub(super) fn digits(language: Language, ascii: &str) -> String {
    ascii
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                digit(language, c)
            } else {
                c
            }
        })
        .collect()
}

pub(super) fn write(language: Language, number: i64) -> String {
    let mut digits = itoa::Buffer::new();
    let ascii = digits.format(number.unsigned_abs());
    let mut out = String::with_capacity(ascii.len() * 3);
    if number < 0 {
        out.push('-');
    }
    let group = ascii.len() >= grouped_from(language);
    for (index, c) in ascii.chars().enumerate() {
        if group && index > 0 && (ascii.len() - index).is_multiple_of(3) {
            out.push(separator(language));
        }
        out.push(digit(language, c));
    }
    out
}

/// The Fluent formatter for `language`'s bundle: its numbers written as `write` writes
/// them. Fluent takes a plain `fn`, so each language has its own.
pub(super) fn formatter_of<M>(language: Language) -> fn(&FluentValue, &M) -> Option<String> {
    match language {
        Language::En => |value, _| whole(value).map(|n| write(Language::En, n)),
        Language::De => |value, _| whole(value).map(|n| write(Language::De, n)),
        Language::Es => |value, _| whole(value).map(|n| write(Language::Es, n)),
        Language::Ar => |value, _| whole(value).map(|n| write(Language::Ar, n)),
    }
}

/// A Fluent number that is a whole number (every number these pages show).
fn whole(value: &FluentValue) -> Option<i64> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 => Some(number.value as i64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_writes_its_digits() {
        assert_eq!(write(Language::En, 1_234_567), "1,234,567");
        assert_eq!(write(Language::De, 1_234), "1.234");
        assert_eq!(write(Language::Es, 1_234), "1234");
        assert_eq!(write(Language::Es, 12_345), "12.345");
        assert_eq!(write(Language::Ar, 12_345), "١٢٬٣٤٥");
        assert_eq!(write(Language::En, -5), "-5");
        assert_eq!(digits(Language::Ar, "2026"), "٢٠٢٦");
    }
}
