//! The translations are complete and the pages hold no untranslated text:
//!
//! - every message id the code or a template asks for exists in every language;
//! - no language has ids nothing asks for (a leftover, or a typo on one side);
//! - every language's resources parse, and a message's placeables name only the
//!   arguments English gives it;
//! - no template holds literal text (words outside `{{ … }}`), attributes people read
//!   included (`title`, `aria-label`, `placeholder`, `alt`, `data-confirm`).

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 4] = ["en", "de", "es", "ar"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, ext, found);
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
}

/// Each message id of a language with the variables its value and attributes use.
fn messages(language: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    files_under(
        &root().join("src/locales").join(language),
        "ftl",
        &mut files,
    );
    assert!(!files.is_empty(), "no resources for {language}");
    let mut found = BTreeMap::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("read a resource");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", file.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "{language}: {id} is defined twice"
                );
            }
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

/// The source of every file that can ask for a message: the crate's code and templates.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    files_under(&root().join("src"), "rs", &mut files);
    files_under(&root().join("templates"), "html", &mut files);
    files
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("read a source file");
            (path, source)
        })
        .collect()
}

/// The ids the code certainly asks for: the first argument of the calls that show a
/// message (`t`, `t1`, `t2`, `h1`, `h2`, `plural_forms`, `Message::new`).
fn asked_for(source: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for call in [
        ".t(\"",
        ".t1(\"",
        ".t2(\"",
        ".h1(\"",
        ".h2(\"",
        "plural_forms(\"",
        "Message::new(\"",
        "about(label, \"",
    ] {
        let mut rest = source;
        while let Some(at) = rest.find(call) {
            let after = &rest[at + call.len()..];
            if let Some(end) = after.find('"') {
                ids.insert(after[..end].to_owned());
            }
            rest = after;
        }
    }
    ids
}

#[test]
fn every_language_has_every_message_the_code_asks_for_and_no_other() {
    let english = messages("en");
    let sources = sources();
    let mut asked = BTreeSet::new();
    for (_, source) in &sources {
        asked.extend(asked_for(source));
    }
    // An id is in use when some source names it as a string, however it reaches a
    // lookup (a function returning the id of a role's name, a table of column labels).
    let mentioned = |id: &str| {
        let quoted = format!("\"{id}\"");
        sources.iter().any(|(_, source)| source.contains(&quoted))
    };
    let mut problems = Vec::new();
    for id in &asked {
        if !english.contains_key(id) {
            problems.push(format!("en: {id} is asked for and missing"));
        }
    }
    for id in english.keys() {
        if !mentioned(id) {
            problems.push(format!("en: {id} is defined but nothing asks for it"));
        }
    }
    for language in &LANGUAGES[1..] {
        let theirs = messages(language);
        for (id, variables) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{language}: {id} is missing")),
                Some(used) => {
                    for variable in used.difference(variables) {
                        problems.push(format!(
                            "{language}: {id} uses ${variable}, which English does not give"
                        ));
                    }
                }
            }
        }
        for id in theirs.keys() {
            if !english.contains_key(id) {
                problems.push(format!("{language}: {id} is not an English message"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `template` without its template code, comments and tags, keeping the values of the
/// attributes people read: what is left is text a reader sees.
fn visible_text(template: &str) -> String {
    let mut text = String::new();
    let mut rest = template;
    // Template code and comments first.
    while let Some(start) = rest.find('{') {
        text.push_str(&rest[..start]);
        let after = &rest[start..];
        let close = match after.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                text.push('{');
                rest = &after[1..];
                continue;
            }
        };
        match after.find(close) {
            Some(end) => rest = &after[end + 2..],
            None => rest = "",
        }
    }
    text.push_str(rest);
    // Then the tags, keeping the attributes people read.
    let mut shown = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find('<') {
        shown.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find('>').unwrap_or(after.len() - 1);
        let tag = &after[..=end];
        for attribute in ["title", "aria-label", "placeholder", "alt", "data-confirm"] {
            let marker = format!(" {attribute}=\"");
            if let Some(at) = tag.find(&marker) {
                let value = &tag[at + marker.len()..];
                shown.push(' ');
                shown.push_str(value.split('"').next().unwrap_or_default());
            }
        }
        shown.push(' ');
        rest = &after[end + 1..];
    }
    shown.push_str(rest);
    shown
}

#[test]
fn no_template_holds_untranslated_text() {
    let mut files = Vec::new();
    files_under(&root().join("templates"), "html", &mut files);
    let mut problems = Vec::new();
    for file in files {
        let template = std::fs::read_to_string(&file).expect("read a template");
        let words: Vec<String> = visible_text(&template)
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphabetic))
            .map(str::to_owned)
            .collect();
        if !words.is_empty() {
            problems.push(format!("{}: {}", file.display(), words.join(" ")));
        }
    }
    assert!(
        problems.is_empty(),
        "literal text:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checks_see_what_they_look_for() {
    assert_eq!(
        visible_text(r#"<p title="Hi">{{ layout.t("x") }} Hello {# note #}</p>"#)
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["Hi", "Hello"]
    );
    assert_eq!(
        asked_for(r#"layout.t("a") + Message::new("b").with("c", 1)"#),
        ["a".to_owned(), "b".to_owned()].into()
    );
}
