//! SQL text fixed when the program is built, as a typed expression. Diesel's `sql()` takes
//! any text, so a statement holding it is never kept prepared: it is compiled again on
//! every run. Text that cannot vary is safe to keep, and the list's statements hold some
//! (the enrollment count of each row).

use diesel::QueryResult;
use diesel::backend::Backend;
use diesel::expression::{
    AppearsOnTable, Expression, SelectableExpression, TypedExpressionType, ValidGrouping,
    is_aggregate,
};
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use std::marker::PhantomData;

/// `text` as an expression of SQL type `ST`; a statement holding it is kept prepared
/// unless `keep` says otherwise (and nothing else in it forbids that).
#[derive(Debug, Clone, Copy)]
pub struct FixedSql<ST> {
    text: &'static str,
    keep: bool,
    kind: PhantomData<ST>,
}

impl<ST> FixedSql<ST> {
    pub const fn new(text: &'static str) -> Self {
        Self {
            text,
            keep: true,
            kind: PhantomData,
        }
    }

    /// The same text in a statement that is kept prepared only if `keep`: a connection
    /// keeps every statement it was told to keep, for its whole life, so only statements
    /// of a few shapes should be.
    pub const fn kept(self, keep: bool) -> Self {
        Self { keep, ..self }
    }
}

impl<ST: TypedExpressionType> Expression for FixedSql<ST> {
    type SqlType = ST;
}

impl<ST, DB: Backend> QueryFragment<DB> for FixedSql<ST> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        if !self.keep {
            out.unsafe_to_cache_prepared();
        }
        out.push_sql(self.text);
        Ok(())
    }
}

/// Not part of the type, so statements are kept by their SQL text.
impl<ST: 'static> QueryId for FixedSql<ST> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<ST, QS> SelectableExpression<QS> for FixedSql<ST> where Self: AppearsOnTable<QS> {}

impl<ST, QS> AppearsOnTable<QS> for FixedSql<ST> where Self: Expression {}

impl<ST, GB> ValidGrouping<GB> for FixedSql<ST> {
    type IsAggregate = is_aggregate::Never;
}
