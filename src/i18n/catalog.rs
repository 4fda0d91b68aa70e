//! The translations as loaded: one Fluent bundle per language, built once from the
//! resources compiled into the binary, and every message prepared for how it is shown.
//!
//! A page shows hundreds of messages, most of them several times (a row's "Edit Ada
//! Lovelace" label). Fluent's resolver is general: it looks the message up, collects the
//! arguments into its own map and walks the pattern each time. Here each message is
//! looked at once: one without arguments is formatted once and kept; one that is only text
//! and arguments ("Edit { $name }") is kept as its pieces and filled in directly; only a
//! message that chooses (plural forms, references) goes through Fluent each time. The unit
//! tests check that the three ways give Fluent's own text for every message of every
//! language.

use super::pieces::{Piece, pieces_of, uses_arguments};
use super::{Language, numbers};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::Pattern;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::HashMap;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// The resources of a language, one file per part of the app.
macro_rules! resources {
    ($($file:literal),* $(,)?) => {
        /// The resource files each language has (`src/locales/<language>/<file>.ftl`).
        #[cfg(test)]
        const FILES: &[&str] = &[$($file),*];

        fn sources(language: Language) -> Vec<&'static str> {
            match language {
                Language::En => vec![$(include_str!(concat!("../locales/en/", $file, ".ftl"))),*],
                Language::De => vec![$(include_str!(concat!("../locales/de/", $file, ".ftl"))),*],
                Language::Es => vec![$(include_str!(concat!("../locales/es/", $file, ".ftl"))),*],
                Language::Ar => vec![$(include_str!(concat!("../locales/ar/", $file, ".ftl"))),*],
            }
        }
    };
}

resources!(
    "accounts",
    "counts",
    "courses",
    "dashboard",
    "errors",
    "fields",
    "forms",
    "imports",
    "layout",
    "login",
    "moments",
    "own_account",
    "students",
    "validation",
);

/// A message made ready to show.
pub(super) enum Prepared {
    /// No arguments: the text, formatted once.
    Fixed(String),
    /// Text and arguments only, in order: filled in without Fluent.
    Pieces(Vec<Piece>),
    /// Chooses (plural forms) or refers to other messages: Fluent resolves it each time.
    Resolved(&'static Pattern<&'static str>),
}

/// One language's translations.
pub(super) struct Catalog {
    bundle: FluentBundle<&'static FluentResource>,
    /// The language's plural rules (CLDR; every language here has them).
    plurals: Option<PluralRules>,
    /// By message id, and `id.attribute` for attributes. Hashed with foldhash: a page looks
    /// up a few hundred ids, all of them ours (no hostile keys to resist).
    prepared: HashMap<String, Prepared, foldhash::fast::RandomState>,
}

/// The catalogs, by `Language as usize`.
static CATALOGS: LazyLock<[Catalog; 4]> = LazyLock::new(|| Language::ALL.map(Catalog::load));

impl Catalog {
    pub(super) fn of(language: Language) -> &'static Self {
        &CATALOGS[language as usize]
    }

    fn load(language: Language) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![id_of(language)]);
        // The pages mark direction themselves (`dir`, `<bdi>`); Fluent's invisible
        // isolation marks around every argument would end up in copied text and in the
        // `title`s and `aria-label`s that screen readers spell out.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(numbers::formatter_of(language)));
        let resources: Vec<&'static FluentResource> = sources(language)
            .into_iter()
            .map(|source| {
                // A syntax error is the translations test's to report; the rest still loads.
                let resource = FluentResource::try_new(source.to_owned())
                    .unwrap_or_else(|(partial, _errors)| partial);
                // Kept for the program's life (loaded once per language): the bundle and
                // the prepared pieces borrow from it.
                &*Box::leak(Box::new(resource))
            })
            .collect();
        for &resource in &resources {
            if let Err(errors) = bundle.add_resource(resource) {
                log::error!("translations for {}: {errors:?}", language.tag());
            }
        }
        let plurals = PluralRules::create(id_of(language), PluralRuleType::CARDINAL).ok();
        let mut catalog = Self {
            bundle,
            plurals,
            prepared: HashMap::default(),
        };
        for resource in resources {
            for entry in resource.entries() {
                let fluent_syntax::ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                if let Some(pattern) = &message.value {
                    let prepared = catalog.prepare(pattern);
                    catalog.prepared.insert(id.to_owned(), prepared);
                }
                for attribute in &message.attributes {
                    let prepared = catalog.prepare(&attribute.value);
                    catalog
                        .prepared
                        .insert(format!("{id}.{}", attribute.id.name), prepared);
                }
            }
        }
        catalog
    }

    fn prepare(&self, pattern: &'static Pattern<&'static str>) -> Prepared {
        if !pattern.elements.iter().any(uses_arguments) {
            let mut errors = Vec::new();
            let text = self.bundle.format_pattern(pattern, None, &mut errors);
            if !errors.is_empty() {
                log::error!("translation {pattern:?}: {errors:?}");
            }
            return Prepared::Fixed(text.into_owned());
        }
        match pieces_of(pattern) {
            Some(pieces) => Prepared::Pieces(pieces),
            None => Prepared::Resolved(pattern),
        }
    }

    /// The message `id` (or `id.attribute`) as prepared.
    pub(super) fn get(&self, id: &str) -> Option<&Prepared> {
        self.prepared.get(id)
    }

    /// The CLDR plural category of `number` ("one", "few", "other"…).
    pub(super) fn category(&self, number: i64) -> &'static str {
        let Some(plurals) = &self.plurals else {
            return "other";
        };
        match plurals.select(number) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            Ok(PluralCategory::OTHER) | Err(_) => "other",
        }
    }

    /// `pattern` resolved by Fluent with `args`.
    pub(super) fn resolve(
        &self,
        pattern: &'static Pattern<&'static str>,
        args: &FluentArgs,
    ) -> String {
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            log::error!("translation {pattern:?}: {errors:?}");
        }
        text.into_owned()
    }
}

fn id_of(language: Language) -> LanguageIdentifier {
    language.tag().parse().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Arg, Message};
    use fluent_bundle::FluentValue;

    /// The pattern of `id` or `id.attribute`, as Fluent finds it.
    fn fluent_pattern(catalog: &'static Catalog, id: &str) -> &'static Pattern<&'static str> {
        let (message, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let message = catalog.bundle.get_message(message).expect("the message");
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        };
        pattern.expect("its pattern")
    }

    /// The argument names `pieces` use, choices included.
    fn names(pieces: &[Piece], found: &mut Vec<&'static str>) {
        for piece in pieces {
            match piece {
                Piece::Text(_) => {}
                Piece::Arg(name) => found.push(name),
                Piece::Choice { on, variants, .. } => {
                    found.push(on);
                    for (_, pieces) in variants {
                        names(pieces, found);
                    }
                }
            }
        }
    }

    #[test]
    fn messages_filled_in_directly_read_as_fluent_writes_them() {
        let values = [
            Arg::Text("Ada <Lovelace> & co".into()),
            Arg::Text("one".into()),
            Arg::Number(0),
            Arg::Number(1),
            Arg::Number(2),
            Arg::Number(3),
            Arg::Number(11),
            Arg::Number(100),
            Arg::Number(12_345),
            Arg::Number(1_000_000),
        ];
        let mut checked = 0;
        for language in Language::ALL {
            let catalog = Catalog::of(language);
            for (id, prepared) in &catalog.prepared {
                let Prepared::Pieces(pieces) = prepared else {
                    continue;
                };
                let mut used = Vec::new();
                names(pieces, &mut used);
                for value in &values {
                    let mut message = Message::new("verbatim");
                    let mut args = FluentArgs::new();
                    for name in &used {
                        message = message.with(name, value.clone());
                        args.set(
                            *name,
                            match value {
                                Arg::Text(text) => FluentValue::from(text.clone()),
                                Arg::Number(number) => FluentValue::from(*number),
                                Arg::Message(_) | Arg::List(_) => unreachable!(),
                            },
                        );
                    }
                    let mut ours = String::new();
                    language.write_pieces(&mut ours, pieces, &message);
                    let fluent = catalog.resolve(fluent_pattern(catalog, id), &args);
                    assert_eq!(ours, fluent, "{id} in {} with {value:?}", language.tag());
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} checked");
    }

    #[test]
    fn texts_without_arguments_are_fluents_own() {
        for language in Language::ALL {
            let catalog = Catalog::of(language);
            for (id, prepared) in &catalog.prepared {
                if let Prepared::Fixed(text) = prepared {
                    let fluent = catalog.resolve(fluent_pattern(catalog, id), &FluentArgs::new());
                    assert_eq!(*text, fluent, "{id} in {}", language.tag());
                }
            }
        }
    }

    #[test]
    fn every_resource_file_is_loaded() {
        for language in Language::ALL {
            let folder = format!(
                "{}/src/locales/{}",
                env!("CARGO_MANIFEST_DIR"),
                language.tag()
            );
            let mut found: Vec<String> = std::fs::read_dir(&folder)
                .expect("the locale folder")
                .filter_map(|entry| {
                    let name = entry.ok()?.file_name().into_string().ok()?;
                    name.strip_suffix(".ftl").map(str::to_owned)
                })
                .collect();
            found.sort();
            assert_eq!(found, FILES, "{folder} against the files loaded");
        }
    }
}
