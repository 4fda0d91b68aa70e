//! A Fluent message as pieces that can be filled in directly: its text, its arguments,
//! and choices on an argument (`Piece`), when it is only those; and whether a message
//! takes arguments at all.

use fluent_syntax::ast::{
    CallArguments, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

pub(super) enum Piece {
    Text(&'static str),
    Arg(&'static str),
    /// `{ $count -> [0] … [one] … *[other] … }`: the first variant whose key is the
    /// argument's value or, for a number, its plural category; else the default.
    Choice {
        on: &'static str,
        variants: Vec<(Key, Vec<Piece>)>,
        default: usize,
    },
}

pub(super) enum Key {
    Number(i64),
    Name(&'static str),
}

/// `pattern` as pieces, if it is only text, arguments and choices on an argument whose
/// variants are such pieces in turn.
pub(super) fn pieces_of(pattern: &'static Pattern<&'static str>) -> Option<Vec<Piece>> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Some(Piece::Text(value)),
            PatternElement::Placeable { expression } => piece_of(expression),
        })
        .collect()
}

fn piece_of(expression: &'static Expression<&'static str>) -> Option<Piece> {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => Some(Piece::Arg(id.name)),
        // `{""}`, `{"{"}`: a literal, unless it holds an escape Fluent would decode.
        Expression::Inline(InlineExpression::StringLiteral { value }) if !value.contains('\\') => {
            Some(Piece::Text(value))
        }
        Expression::Select {
            selector: InlineExpression::VariableReference { id },
            variants,
        } => {
            let default = variants.iter().position(|variant| variant.default)?;
            let variants = variants
                .iter()
                .map(|variant| {
                    let key = match variant.key {
                        VariantKey::Identifier { name } => Key::Name(name),
                        VariantKey::NumberLiteral { value } => Key::Number(value.parse().ok()?),
                    };
                    Some((key, pieces_of(&variant.value)?))
                })
                .collect::<Option<_>>()?;
            Some(Piece::Choice {
                on: id.name,
                variants,
                default,
            })
        }
        Expression::Inline(_) | Expression::Select { .. } => None,
    }
}

/// Whether `element` takes any argument (a `$variable` anywhere in it, a choice among
/// variants included).
pub(super) fn uses_arguments(element: &PatternElement<&str>) -> bool {
    match element {
        PatternElement::TextElement { .. } => false,
        PatternElement::Placeable { expression } => expression_uses_arguments(expression),
    }
}

fn expression_uses_arguments(expression: &Expression<&str>) -> bool {
    match expression {
        Expression::Inline(inline) => inline_uses_arguments(inline),
        Expression::Select { selector, variants } => {
            inline_uses_arguments(selector)
                || variants
                    .iter()
                    .any(|variant| variant.value.elements.iter().any(uses_arguments))
        }
    }
}

fn inline_uses_arguments(inline: &InlineExpression<&str>) -> bool {
    let call_uses_arguments = |arguments: &CallArguments<&str>| {
        arguments.positional.iter().any(inline_uses_arguments)
            || arguments
                .named
                .iter()
                .any(|named| inline_uses_arguments(&named.value))
    };
    match inline {
        InlineExpression::VariableReference { .. } => true,
        InlineExpression::FunctionReference { arguments, .. } => call_uses_arguments(arguments),
        InlineExpression::TermReference { arguments, .. } => {
            arguments.as_ref().is_some_and(call_uses_arguments)
        }
        InlineExpression::Placeable { expression } => expression_uses_arguments(expression),
        // Another message sees none of this one's arguments.
        InlineExpression::MessageReference { .. }
        | InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. } => false,
    }
}
