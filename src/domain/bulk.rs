//! A bulk action on the student list as posted: which action, on which students (the
//! boxes ticked, or every student the list's search and filters match) and, to enroll,
//! in which course.

use super::listing::Listing;
use super::return_to::ReturnTo;
use crate::i18n::Message;

/// At most this many students are deleted or enrolled in one go: each is a write with its
/// history, and the whole is one transaction that must end in bounded time. (An export
/// has no limit: it is streamed.)
pub const MAX_BULK: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    Delete,
    Enroll,
    Export,
    /// Set one field to one value.
    Set,
}

/// The students an action is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// The boxes ticked, in the order they came.
    Ids(Vec<i64>),
    /// Every student the listing matches ("Select all N matching").
    AllMatching(Listing),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkRequest {
    pub action: BulkAction,
    pub chosen: Chosen,
    /// The course to enroll in (`Enroll` only).
    pub course: Option<i64>,
    /// The field to set (its key) and the value, as typed (`Set` only; blank clears).
    pub set: Option<(String, String)>,
    pub bom: bool,
}

impl BulkRequest {
    /// Reads the posted fields: `action`, every `ids`, `all_matching` with the `listing`
    /// it applies to, `course` and `bom`. The message says what is missing.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Self, Message> {
        let value = |name: &str| {
            pairs
                .iter()
                .find(|(field, _)| field == name)
                .map(|(_, value)| value.trim())
        };
        let action = match value("action") {
            Some("delete") => BulkAction::Delete,
            Some("enroll") => BulkAction::Enroll,
            Some("export") => BulkAction::Export,
            Some("set") => BulkAction::Set,
            _ => return Err(Message::new("bulk-error-action")),
        };
        let chosen = if value("all_matching") == Some("1") {
            let listing = match ReturnTo::parse(value("listing").unwrap_or("/")) {
                ReturnTo::List(listing) => listing,
                _ => Listing::default(),
            };
            Chosen::AllMatching(listing)
        } else {
            let mut ids = Vec::new();
            for (_, raw) in pairs.iter().filter(|(field, _)| field == "ids") {
                let id = raw
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .ok_or(Message::new("bulk-error-student"))?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            if ids.is_empty() {
                return Err(Message::new("bulk-error-none"));
            }
            Chosen::Ids(ids)
        };
        let course = match (action, value("course")) {
            (BulkAction::Enroll, Some(raw)) if !raw.is_empty() => Some(
                raw.parse::<i64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .ok_or(Message::new("bulk-error-course"))?,
            ),
            (BulkAction::Enroll, _) => return Err(Message::new("bulk-error-course")),
            _ => None,
        };
        let set = match (action, value("set_field")) {
            (BulkAction::Set, Some(key)) if !key.is_empty() => Some((
                key.to_owned(),
                value("set_value").unwrap_or_default().to_owned(),
            )),
            (BulkAction::Set, _) => return Err(Message::new("bulk-error-field")),
            _ => None,
        };
        Ok(Self {
            action,
            chosen,
            course,
            set,
            bom: value("bom") == Some("1"),
        })
    }
}

/// The refusal of a selection larger than `MAX_BULK`.
pub fn too_many_message() -> Message {
    Message::new("bulk-error-too-many").with("max", MAX_BULK)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn ticked_boxes_and_all_matching_are_read() {
        let request = BulkRequest::from_pairs(&pairs(&[
            ("action", "delete"),
            ("ids", "3"),
            ("ids", "5"),
            ("ids", "3"),
        ]))
        .unwrap();
        assert_eq!(request.chosen, Chosen::Ids(vec![3, 5]));
        let all = BulkRequest::from_pairs(&pairs(&[
            ("action", "export"),
            ("all_matching", "1"),
            ("listing", "/?q=ann&sort=name&dir=asc"),
        ]))
        .unwrap();
        let Chosen::AllMatching(listing) = all.chosen else {
            panic!("all matching")
        };
        assert_eq!(listing.search.as_deref(), Some("ann"));
    }

    #[test]
    fn what_is_missing_is_said() {
        for (fields, message) in [
            (vec![("ids", "3")], "Choose what to do"),
            (vec![("action", "delete")], "Select at least one"),
            (vec![("action", "enroll"), ("ids", "3")], "Choose a course"),
            (vec![("action", "set"), ("ids", "3")], "Choose the field"),
            (
                vec![("action", "delete"), ("ids", "x")],
                "not one of the list's",
            ),
        ] {
            let refused = BulkRequest::from_pairs(&pairs(&fields))
                .unwrap_err()
                .to_string();
            assert!(refused.contains(message), "{fields:?}: {refused}");
        }
    }
}
