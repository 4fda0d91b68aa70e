//! Table definitions for Diesel's query builder, matching `migrations/`.

diesel::table! {
    students (id) {
        id -> BigInt,
        firstname -> Text,
        lastname -> Text,
        email -> Text,
        age -> Nullable<Integer>,
        bio -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}
