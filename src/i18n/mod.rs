//! The languages the pages speak: which ones there are (`Language`), how a request's is
//! chosen from `Accept-Language`, the translated texts (Project Fluent resources in
//! `src/locales/<language>/`, compiled into the binary), numbers written the language's
//! way, and dates in a time zone (`clock`).
//!
//! Every text a person reads on a page is a message id here, never English in the code:
//! the domain hands out `Message`s (an id and its arguments) and whoever shows them picks
//! the language. The API and CSV files stay in English and UTC.
//!
//! Layer: languages, the lowest. Imports nothing of the crate; every layer may use it.

pub mod clock;
mod message;
mod numbers;

pub use clock::{Clock, TimeZone};
pub use message::{Arg, Message, ToArg};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/locales",
        fallback_language: "en",
        customise: |bundle| {
            // The pages mark direction themselves (`dir`, `<bdi>`); Fluent's invisible
            // isolation marks around every argument would end up in copied text and in
            // the `title`s and `aria-label`s that screen readers spell out.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::formatter_of(&bundle.locales)));
        },
    };
}

/// A language the pages are translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    De,
    Es,
    Ar,
}

static IDS: [LanguageIdentifier; 4] = [langid!("en"), langid!("de"), langid!("es"), langid!("ar")];

/// The texts without arguments already looked up, per language (`Language::fixed`).
static FIXED: LazyLock<[RwLock<HashMap<String, &'static str>>; 4]> =
    LazyLock::new(|| std::array::from_fn(|_| RwLock::new(HashMap::new())));

impl Language {
    pub const ALL: [Self; 4] = [Self::En, Self::De, Self::Es, Self::Ar];

    /// The BCP 47 tag: `lang` attributes, the account setting, the switcher's values.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Es => "es",
            Self::Ar => "ar",
        }
    }

    /// The language's name in itself, as a switcher lists it.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
            Self::Es => "Español",
            Self::Ar => "العربية",
        }
    }

    /// "rtl" or "ltr", for `<html dir>`.
    pub fn direction(self) -> &'static str {
        match self {
            Self::Ar => "rtl",
            Self::En | Self::De | Self::Es => "ltr",
        }
    }

    /// The language of a tag ("de", "de-AT", "AR-eg"): its primary subtag, any case.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Self::ALL
            .into_iter()
            .find(|language| language.tag().eq_ignore_ascii_case(primary))
    }

    /// The best of ours in an `Accept-Language` header: the highest `q` first (equal
    /// weights in the header's order), `q=0` meaning "not this one". `None` when none of
    /// ours is accepted. By hand because `fluent-langneg`'s parser ignores the weights.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut ranked: Vec<(u16, Self)> = header
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let language = Self::from_tag(parts.next()?)?;
                let weight = parts
                    .find_map(|param| param.trim().strip_prefix("q="))
                    .map_or(Some(1000), quality)?;
                (weight > 0).then_some((weight, language))
            })
            .collect();
        // Stable: of equal weights, the first named wins.
        ranked.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
        ranked.first().map(|(_, language)| *language)
    }

    fn id(self) -> &'static LanguageIdentifier {
        &IDS[self as usize]
    }

    /// The text of message `id`.
    pub fn text(self, id: &str) -> String {
        self.fixed(id).to_owned()
    }

    /// The text of message `id`, which takes no arguments: looked up once per language and
    /// kept (a page writes hundreds; the set of ids is the resources' own, so bounded).
    pub fn fixed(self, id: &str) -> &'static str {
        let cache = &FIXED[self as usize];
        if let Some(text) = cache.read().ok().and_then(|texts| texts.get(id).copied()) {
            return text;
        }
        let text: &'static str = Box::leak(self.lookup(id, None).into_boxed_str());
        match cache.write() {
            Ok(mut texts) => texts.entry(id.to_owned()).or_insert(text),
            Err(_) => text,
        }
    }

    /// The text of `message`, its arguments (and the messages among them) filled in.
    pub fn message(self, message: &Message) -> String {
        if message.args().is_empty() {
            return self.text(message.id());
        }
        let args: HashMap<&str, FluentValue> = message
            .args()
            .iter()
            .map(|(name, arg)| (name.as_ref(), self.value(arg)))
            .collect();
        self.lookup(message.id(), Some(&args))
    }

    fn value<'a>(self, arg: &'a Arg) -> FluentValue<'a> {
        match arg {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Message(inner) => FluentValue::from(self.message(inner)),
            Arg::List(items) => FluentValue::from(self.list(items)),
        }
    }

    /// "A", "A and B", "A, B and C" (`list-and` says how the last two are joined).
    fn list(self, items: &[Arg]) -> String {
        let shown = |arg: &Arg| match self.value(arg) {
            FluentValue::String(text) => text.into_owned(),
            FluentValue::Number(number) => self.number(number.value as i64),
            _ => String::new(),
        };
        match items {
            [] => String::new(),
            [one] => shown(one),
            [rest @ .., last] => {
                let rest: Vec<String> = rest.iter().map(shown).collect();
                let joined = Message::new("list-and")
                    .with("rest", rest.join(self.text("list-separator").as_str()))
                    .with("last", shown(last));
                self.message(&joined)
            }
        }
    }

    /// A number of each of the language's plural categories (CLDR), so that a page can
    /// give a script the message's form for each: English has "one" and "other", Arabic
    /// six.
    pub fn plural_samples(self) -> &'static [(&'static str, i64)] {
        match self {
            Self::En | Self::De => &[("one", 1), ("other", 2)],
            Self::Es => &[("one", 1), ("many", 1_000_000), ("other", 2)],
            Self::Ar => &[
                ("zero", 0),
                ("one", 1),
                ("two", 2),
                ("few", 3),
                ("many", 11),
                ("other", 100),
            ],
        }
    }

    /// `number` with the language's digits and group separators ("12,345", "12.345",
    /// "١٢٬٣٤٥").
    pub fn number(self, number: i64) -> String {
        numbers::write(self, number)
    }

    fn lookup(self, id: &str, args: Option<&HashMap<&str, FluentValue>>) -> String {
        match LOCALES.lookup_single_language(self.id(), id, args) {
            Ok(text) => text,
            // A missing id is a bug the completeness test catches; the page still shows
            // the English (or the id) rather than failing.
            Err(err) => {
                log::error!("translation {id} in {}: {err}", self.tag());
                LOCALES
                    .lookup_single_language(Self::En.id(), id, args)
                    .unwrap_or_else(|_| id.to_owned())
            }
        }
    }
}

/// An `Accept-Language` weight ("0.8", "1", "0.125") in thousandths; `None` if malformed.
fn quality(raw: &str) -> Option<u16> {
    let value: f32 = raw.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}
