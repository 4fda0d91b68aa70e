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

mod catalog;
pub mod clock;
mod message;
mod numbers;
mod pieces;

pub use clock::{Clock, TimeZone};
pub use message::{Arg, Message, ToArg};

use catalog::{Catalog, Prepared};
use fluent_bundle::{FluentArgs, FluentValue};
use pieces::{Key, Piece};

/// A language the pages are translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    De,
    Es,
    Ar,
}

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

    /// The text of message `id`.
    pub fn text(self, id: &str) -> String {
        self.fixed(id).to_owned()
    }

    /// The text of message `id`, which takes no arguments (formatted once, at start).
    pub fn fixed(self, id: &str) -> &'static str {
        match Catalog::of(self).get(id) {
            Some(Prepared::Fixed(text)) => text,
            // A bug the translations test catches: the page shows without the text.
            Some(Prepared::Pieces(_) | Prepared::Resolved(_)) => {
                log::error!("translation {id} in {} needs arguments", self.tag());
                ""
            }
            None if self != Self::En => Self::En.fixed(id),
            None => {
                log::error!("no translation {id}");
                ""
            }
        }
    }

    /// The text of `message`, its arguments (and the messages among them) filled in.
    pub fn message(self, message: &Message) -> String {
        // Room for a sentence with a name in it: grown piece by piece from empty, the
        // text was copied three or four times (a page fills in a few hundred).
        let mut text = String::with_capacity(128);
        self.write_message(&mut text, message);
        text
    }

    fn write_message(self, out: &mut String, message: &Message) {
        if let Some(text) = message.given_in(self.tag()) {
            out.push_str(text);
            return;
        }
        let catalog = Catalog::of(self);
        match catalog.get(message.id()) {
            Some(Prepared::Fixed(text)) => out.push_str(text),
            Some(Prepared::Pieces(pieces)) => self.write_pieces(out, pieces, message),
            Some(Prepared::Resolved(pattern)) => {
                let mut args = FluentArgs::with_capacity(message.args().len());
                for (name, arg) in message.args() {
                    args.set(name.as_ref(), self.value(arg));
                }
                out.push_str(&catalog.resolve(pattern, &args));
            }
            // A missing id is a bug the completeness test catches; the page still shows
            // the English (or the id) rather than failing.
            None if self != Self::En => Self::En.write_message(out, message),
            None => {
                log::error!("no translation {}", message.id());
                out.push_str(message.id());
            }
        }
    }

    fn write_pieces(self, out: &mut String, pieces: &[Piece], message: &Message) {
        let arg = |name: &str| {
            let found = message.args().iter().find(|(given, _)| given == name);
            if found.is_none() {
                log::error!("translation {} lacks ${name}", message.id());
            }
            found.map(|(_, arg)| arg)
        };
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Arg(name) => match arg(name) {
                    Some(value) => self.write_arg(out, value),
                    None => out.push_str(&format!("{{${name}}}")),
                },
                Piece::Choice {
                    on,
                    variants,
                    default,
                } => {
                    let chosen = arg(on).and_then(|value| self.choose(variants, value));
                    let (_, pieces) = &variants[chosen.unwrap_or(*default)];
                    self.write_pieces(out, pieces, message);
                }
            }
        }
    }

    /// Which of `variants` Fluent picks for `value`: the first whose key is the value
    /// itself or, for a number, its plural category.
    fn choose(self, variants: &[(Key, Vec<Piece>)], value: &Arg) -> Option<usize> {
        let category = match value {
            Arg::Number(number) => Some(Catalog::of(self).category(*number)),
            Arg::Text(_) | Arg::Message(_) | Arg::List(_) => None,
        };
        let text = match value {
            Arg::Number(_) => None,
            other => {
                let mut text = String::new();
                self.write_arg(&mut text, other);
                Some(text)
            }
        };
        variants.iter().position(|(key, _)| match (key, value) {
            (Key::Number(key), Arg::Number(number)) => key == number,
            (Key::Number(_), _) => false,
            (Key::Name(name), _) => Some(*name) == category || text.as_deref() == Some(*name),
        })
    }

    fn write_arg(self, out: &mut String, arg: &Arg) {
        match arg {
            Arg::Text(text) => out.push_str(text),
            Arg::Number(number) => out.push_str(&self.number(*number)),
            Arg::Message(inner) => self.write_message(out, inner),
            Arg::List(items) => out.push_str(&self.list(items)),
        }
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
        let shown = |arg: &Arg| {
            let mut text = String::new();
            self.write_arg(&mut text, arg);
            text
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
}

/// An `Accept-Language` weight ("0.8", "1", "0.125") in thousandths; `None` if malformed.
fn quality(raw: &str) -> Option<u16> {
    let value: f32 = raw.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}
