//! The OpenAPI schemas of the student bodies, made from the record's description: each
//! field's type, limits, pattern and note come from its `FieldDef`, so the document
//! describes every field the API takes and answers, and only those.

use crate::domain::record::{FieldDef, Kind, Record};
use utoipa::openapi::Schema;
use utoipa::openapi::schema::{
    AdditionalProperties, ArrayBuilder, KnownFormat, Object, ObjectBuilder, SchemaFormat,
    SchemaType, Type,
};

/// One line without control or invisible formatting characters, surrounding spaces
/// allowed (they are trimmed): the rule of `Kind::Line` and `Kind::Email` as a pattern.
const LINE_PATTERN: &str = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$";

/// Text over lines: line breaks and tabs, no other control characters (`Kind::LongText`).
const LONG_TEXT_PATTERN: &str = r"^([^\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\r\n)*$";

/// The characters `str::trim` takes away (Unicode's White_Space), as a class.
const SPACES: &str = r"[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";

/// A regular expression for the texts from `low` to `high`: of their length, with digits
/// where they have digits (compared as numbers) and their other characters where they
/// have them ("2011-04-02" to "2012-01-31": the days between, as a date range pattern).
fn within(low: &str, high: &str) -> String {
    let (low, high): (Vec<char>, Vec<char>) = (low.chars().collect(), high.chars().collect());
    let shape = |chars: &[char], digit: char| -> String {
        chars
            .iter()
            .map(|c| if c.is_ascii_digit() { digit } else { *c })
            .collect()
    };
    let any = |chars: &[char]| -> String {
        chars
            .iter()
            .map(|c| {
                if c.is_ascii_digit() {
                    "[0-9]".to_owned()
                } else {
                    regex_escape(*c)
                }
            })
            .collect()
    };
    match (low.split_first(), high.split_first()) {
        (Some((a, low_rest)), Some((b, high_rest))) if a == b => {
            format!("{}{}", regex_escape(*a), within_chars(low_rest, high_rest))
        }
        (Some((a, low_rest)), Some((b, high_rest))) => {
            let (a, b) = (*a as u8, *b as u8);
            let (lowest, highest) = (shape(low_rest, '0'), shape(high_rest, '9'));
            let low_rest: String = low_rest.iter().collect();
            let high_rest: String = high_rest.iter().collect();
            // Digits whose every continuation is in the range share one class.
            let first = if low_rest == lowest { a } else { a + 1 };
            let last = if high_rest == highest { b } else { b - 1 };
            let mut options = Vec::new();
            if first != a {
                options.push(format!("{}{}", a as char, within(&low_rest, &highest)));
            }
            if first <= last {
                let digits = if first == last {
                    (first as char).to_string()
                } else {
                    format!("[{}-{}]", first as char, last as char)
                };
                options.push(format!(
                    "{digits}{}",
                    any(&low_rest.chars().collect::<Vec<_>>())
                ));
            }
            if last != b {
                options.push(format!("{}{}", b as char, within(&lowest, &high_rest)));
            }
            format!("(?:{})", options.join("|"))
        }
        _ => String::new(),
    }
}

fn within_chars(low: &[char], high: &[char]) -> String {
    within(
        &low.iter().collect::<String>(),
        &high.iter().collect::<String>(),
    )
}

fn regex_escape(c: char) -> String {
    if c.is_ascii_alphanumeric() || c == '-' {
        c.to_string()
    } else {
        format!("\\{c}")
    }
}

/// The shortest address `Kind::Email` takes ("a@b" has no dotted domain, but JSON
/// Schema's `email` format is all a client can check).
const EMAIL_MIN_CHARS: usize = 3;

fn typed(kind: Type, nullable: bool) -> SchemaType {
    if nullable {
        SchemaType::from_iter([kind, Type::Null])
    } else {
        SchemaType::new(kind)
    }
}

fn format(format: KnownFormat) -> Option<SchemaFormat> {
    Some(SchemaFormat::KnownFormat(format))
}

/// A field as a body sends it: its type, limits and pattern; `null` allowed when
/// `nullable`; its note when `noted`.
fn sent(def: &FieldDef, nullable: bool, noted: bool) -> Schema {
    let description = def.api_note.filter(|_| noted);
    if let Kind::Choices { .. } = def.kind {
        let item = ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(choice_keys(def, false)));
        return Schema::Array(
            ArrayBuilder::new()
                .schema_type(typed(Type::Array, nullable))
                .description(description)
                .items(item)
                .build(),
        );
    }
    let schema = ObjectBuilder::new().description(description);
    Schema::Object(
        match def.kind {
            // An optional line may be sent blank (or spaces only): no value.
            Kind::Line { max_chars } if !def.required => schema
                .schema_type(typed(Type::String, nullable))
                .max_length(Some(max_chars))
                .pattern(Some(format!("^{SPACES}*$|{LINE_PATTERN}"))),
            Kind::Line { max_chars } => schema
                .schema_type(typed(Type::String, nullable))
                .min_length(Some(1))
                .max_length(Some(max_chars))
                .pattern(Some(LINE_PATTERN)),
            Kind::Email { max_chars } => schema
                .schema_type(typed(Type::String, nullable))
                .format(format(KnownFormat::Email))
                .min_length(Some(EMAIL_MIN_CHARS))
                .max_length(Some(max_chars))
                .pattern(Some(LINE_PATTERN)),
            Kind::WholeNumber { min, max } => schema
                .schema_type(typed(Type::Integer, nullable))
                .format(format(KnownFormat::Int64))
                .minimum(Some(min))
                .maximum(Some(max)),
            Kind::LongText { max_chars } => schema
                .schema_type(typed(Type::String, nullable))
                .max_length(Some(max_chars))
                .pattern(Some(LONG_TEXT_PATTERN)),
            Kind::Date { min, max } => {
                let (min, max) = (min.format("%Y-%m-%d"), max.format("%Y-%m-%d"));
                schema
                    .schema_type(typed(Type::String, nullable))
                    .format(format(KnownFormat::Date))
                    .pattern(Some(format!(
                        "^{}$",
                        within(&min.to_string(), &max.to_string())
                    )))
            }
            Kind::YesNo => schema.schema_type(typed(Type::Boolean, nullable)),
            Kind::Choice { .. } | Kind::Choices { .. } => schema
                .schema_type(typed(Type::String, nullable))
                .enum_values(Some(choice_keys(def, nullable))),
        }
        .build(),
    )
}

/// The keys of a choice field's choices (and `null`, when it may have none), for `enum`.
fn choice_keys(def: &FieldDef, nullable: bool) -> Vec<serde_json::Value> {
    let keys = def
        .kind
        .choices()
        .iter()
        .map(|choice| choice.key.clone().into());
    keys.chain(nullable.then_some(serde_json::Value::Null))
        .collect()
}

/// A field as a record answers it (`null` for no value).
fn answered(def: &FieldDef) -> Schema {
    let nullable = !def.required;
    Schema::Object(
        match def.kind {
            Kind::Line { .. } | Kind::Email { .. } | Kind::LongText { .. } => {
                ObjectBuilder::new().schema_type(typed(Type::String, nullable))
            }
            // A built-in one is stored in a 32-bit column.
            Kind::WholeNumber { .. } if def.builtin().is_some() => ObjectBuilder::new()
                .schema_type(typed(Type::Integer, nullable))
                .format(format(KnownFormat::Int32)),
            Kind::WholeNumber { .. }
            | Kind::Date { .. }
            | Kind::YesNo
            | Kind::Choice { .. }
            | Kind::Choices { .. } => return sent(def, nullable, false),
        }
        .build(),
    )
}

fn integer(bits: KnownFormat, description: Option<&str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(format(bits))
        .description(description)
        .build()
}

fn date_time(description: Option<&str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .format(format(KnownFormat::DateTime))
        .description(description)
        .build()
}

/// A record's object: its id, the fields, then `rest` (the properties after them), every
/// field required that always has a value.
fn record(fields: &Record, description: &str, rest: Vec<(&str, Object)>) -> Object {
    let mut schema = ObjectBuilder::new()
        .description(Some(description))
        .property("id", integer(KnownFormat::Int64, None))
        .required("id");
    for def in fields.fields() {
        schema = schema.property(def.key(), answered(def));
        if def.required {
            schema = schema.required(def.key());
        }
    }
    for (name, property) in rest {
        schema = schema.property(name, property).required(name);
    }
    schema.build()
}

/// Puts the student schemas of `fields` into `document` (in place of the built-in
/// fields' ones its annotations made).
pub fn describe(document: &mut utoipa::openapi::OpenApi, fields: &Record) {
    let schemas = &mut document
        .components
        .get_or_insert_with(Default::default)
        .schemas;
    for (name, schema) in [
        ("StudentRecord", stored_of(fields)),
        ("StudentListItem", listed_of(fields)),
        ("NewStudent", whole_of(fields)),
        ("StudentPatch", patch_of(fields)),
    ] {
        schemas.insert(name.to_owned(), Schema::Object(schema).into());
    }
}

/// `StudentRecord`: a stored student.
pub fn stored() -> Object {
    stored_of(&Record::builtin())
}

/// `StudentRecord` with `fields`.
pub fn stored_of(fields: &Record) -> Object {
    record(
        fields,
        "A stored student.",
        vec![
            (
                "created_at",
                date_time(Some("When the record was created (UTC).")),
            ),
            (
                "updated_at",
                date_time(Some("When the record was last changed (UTC).")),
            ),
            (
                "version",
                integer(
                    KnownFormat::Int32,
                    Some(
                        "Counts the record's saved changes; the `ETag` header carries it (`\"3\"`).",
                    ),
                ),
            ),
        ],
    )
}

/// `StudentListItem`: a student in a list.
pub fn listed() -> Object {
    listed_of(&Record::builtin())
}

/// `StudentListItem` with `fields`.
pub fn listed_of(fields: &Record) -> Object {
    record(
        fields,
        "A student in a list.",
        vec![
            ("created_at", date_time(None)),
            (
                "enrollments",
                integer(
                    KnownFormat::Int64,
                    Some("How many courses the student is enrolled in."),
                ),
            ),
        ],
    )
}

/// `NewStudent`: every field, the required ones required, nothing else.
pub fn whole() -> Object {
    whole_of(&Record::builtin())
}

/// `NewStudent` with `fields`.
pub fn whole_of(fields: &Record) -> Object {
    let mut schema = ObjectBuilder::new()
        .description(Some("A new student, or every field of one for `PUT`."))
        .additional_properties(Some(AdditionalProperties::FreeForm(false)));
    for def in fields.fields() {
        schema = schema.property(def.key(), sent(def, !def.required, true));
        if def.required {
            schema = schema.required(def.key());
        }
    }
    schema.build()
}

/// `StudentPatch`: any of the fields; `null` clears an optional one.
pub fn patch() -> Object {
    patch_of(&Record::builtin())
}

/// `StudentPatch` with `fields`.
pub fn patch_of(fields: &Record) -> Object {
    let optional: Vec<String> = fields
        .fields()
        .filter(|def| !def.required)
        .map(|def| format!("`{}`", def.key()))
        .collect();
    let description = format!(
        "Some fields of a student: those left out keep their value; `null` clears {}.",
        optional.join(" or ")
    );
    let mut schema = ObjectBuilder::new()
        .description(Some(description))
        .additional_properties(Some(AdditionalProperties::FreeForm(false)));
    for def in fields.fields() {
        schema = schema.property(def.key(), sent(def, true, false));
    }
    schema.build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_range_of_days_is_a_pattern_of_exactly_those_days() {
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        for (low, high) in [("1990-06-15", "2011-04-02"), ("1900-01-01", "2100-12-31")] {
            let text = within(low, high);
            assert!(text.len() < 1_000, "short enough to read: {text}");
            let pattern = regex::Regex::new(&format!("^{text}$")).unwrap();
            let mut at = day("1985-01-01");
            while at < day("2016-01-01") {
                let written = at.format("%Y-%m-%d").to_string();
                let inside = (day(low)..=day(high)).contains(&at);
                assert_eq!(
                    pattern.is_match(&written),
                    inside,
                    "{written} in {low}–{high}"
                );
                at = at.succ_opt().unwrap();
            }
            assert!(pattern.is_match(low) && pattern.is_match(high));
        }
    }
}
