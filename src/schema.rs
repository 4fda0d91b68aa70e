//! Table definitions for Diesel's query builder, matching `migrations/<backend>/`.
//! (The SQLite search index `students_search` is used through SQL in `db::students`.)

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
        email_key -> Text,
        name_key -> Text,
        search_text -> Text,
        age_sort -> Integer,
    }
}

diesel::table! {
    student_count (id) {
        id -> Integer,
        total -> BigInt,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Text,
    }
}
