//! Table definitions for Diesel's query builder, matching `migrations/<backend>/`.

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
        version -> Integer,
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

diesel::table! {
    /// SQLite only: the FTS5 trigram index over `students.search_text`.
    students_search (rowid) {
        rowid -> BigInt,
        /// FTS5's hidden column named after the table: what `MATCH` searches.
        #[sql_name = "students_search"]
        whole_row -> Text,
    }
}

diesel::table! {
    courses (id) {
        id -> BigInt,
        code -> Text,
        title -> Text,
        description -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        search_text -> Text,
    }
}

diesel::table! {
    enrollments (student_id, course_id) {
        student_id -> BigInt,
        course_id -> BigInt,
        enrolled_at -> Timestamp,
        grade -> Nullable<Text>,
    }
}

diesel::joinable!(enrollments -> students (student_id));
diesel::joinable!(enrollments -> courses (course_id));
diesel::allow_tables_to_appear_in_same_query!(students, courses, enrollments);

diesel::table! {
    student_changes (id) {
        id -> BigInt,
        student_id -> BigInt,
        action -> Text,
        changed_at -> Timestamp,
        version -> Integer,
        changes -> Text,
        snapshot -> Nullable<Text>,
    }
}
