//! Table definitions for Diesel's query builder, matching `migrations/<backend>/`.

diesel::table! {
    students (id) {
        id -> BigInt,
        firstname -> Text,
        lastname -> Text,
        email -> Text,
        email_key -> Text,
        age -> Nullable<Integer>,
        bio -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Text,
    }
}
