//! The student list's sort orders and directions, as the query string names them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Name,
    Email,
    Age,
    Joined,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Name, Sort::Email, Sort::Age, Sort::Joined];

    pub fn param(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Email => "email",
            Self::Age => "age",
            Self::Joined => "joined",
        }
    }

    pub(super) fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|sort| sort.param() == raw)
    }

    /// The direction a first click on the column sorts in: newest first for dates.
    pub(super) fn natural_direction(self) -> Direction {
        match self {
            Self::Joined => Direction::Descending,
            _ => Direction::Ascending,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Ascending, Direction::Descending];

    pub(super) fn parse(raw: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|direction| direction.param() == raw)
    }

    pub fn param(self) -> &'static str {
        match self {
            Self::Ascending => "asc",
            Self::Descending => "desc",
        }
    }

    pub fn reversed(self) -> Self {
        match self {
            Self::Ascending => Self::Descending,
            Self::Descending => Self::Ascending,
        }
    }
}
