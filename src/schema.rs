//! Table definitions for Diesel's query builder, matching `migrations/<backend>/`.
//!
//! Layer: foundations. Imports nothing of the crate.

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
        /// The school's fields' values, as JSON by field id (migration 2026-12-08).
        fields -> Nullable<Text>,
    }
}

diesel::table! {
    /// The fields a school defines (migration 2026-12-08).
    student_fields (id) {
        id -> BigInt,
        key -> Text,
        position -> Integer,
        retired -> Bool,
        spec -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The school's fields' values as rows, for lookups and uniqueness.
    student_values (student_id, field_id, item) {
        student_id -> BigInt,
        field_id -> BigInt,
        item -> Text,
        item_key -> Nullable<Text>,
        number -> Nullable<BigInt>,
        unique_key -> Nullable<Text>,
        /// Counted in `value_counts` (a choice's or a yes/no's value).
        counted -> Bool,
    }
}

diesel::table! {
    /// Students per value of each choice and yes/no field, kept by triggers.
    value_counts (field_id, item_key) {
        field_id -> BigInt,
        item_key -> Text,
        students -> BigInt,
    }
}

diesel::joinable!(student_values -> students (student_id));
diesel::joinable!(student_values -> student_fields (field_id));
diesel::allow_tables_to_appear_in_same_query!(students, student_values, student_fields);

diesel::table! {
    student_count (id) {
        id -> Integer,
        total -> BigInt,
    }
}

diesel::table! {
    /// The dashboard's figures, kept by triggers (migration 2026-12-05).
    course_totals (id) {
        id -> Integer,
        courses -> BigInt,
        enrollments -> BigInt,
    }
}

diesel::table! {
    course_students (course_id) {
        course_id -> BigInt,
        students -> BigInt,
    }
}

diesel::table! {
    grade_counts (course_id, grade) {
        course_id -> BigInt,
        grade -> Text,
        enrollments -> BigInt,
    }
}

diesel::table! {
    /// Students per age; -1 for those without one.
    age_counts (age) {
        age -> Integer,
        students -> BigInt,
    }
}

diesel::table! {
    /// Students per month they joined ("YYYY-MM", UTC).
    join_months (month) {
        month -> Text,
        students -> BigInt,
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
diesel::allow_tables_to_appear_in_same_query!(courses, course_students);

diesel::table! {
    student_changes (id) {
        id -> BigInt,
        student_id -> BigInt,
        action -> Text,
        changed_at -> Timestamp,
        version -> Integer,
        changes -> Text,
        snapshot -> Nullable<Text>,
        changed_by -> Nullable<Text>,
        batch_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    /// Deleted courses, restorable for 30 days.
    course_deletions (id) {
        id -> BigInt,
        course_id -> BigInt,
        deleted_at -> Timestamp,
        deleted_by -> Nullable<Text>,
        snapshot -> Text,
    }
}

diesel::table! {
    /// Students deleted or imported together.
    batches (id) {
        id -> BigInt,
        kind -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        size -> Integer,
    }
}

diesel::table! {
    /// A CSV file between its import preview and its confirmation.
    uploads (id) {
        id -> BigInt,
        account_id -> BigInt,
        kind -> Text,
        filename -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    upload_parts (upload_id, seq) {
        upload_id -> BigInt,
        seq -> Integer,
        content -> Text,
    }
}

diesel::joinable!(upload_parts -> uploads (upload_id));
diesel::allow_tables_to_appear_in_same_query!(uploads, upload_parts);

diesel::table! {
    accounts (id) {
        id -> BigInt,
        email -> Text,
        display_name -> Text,
        role -> Text,
        password_hash -> Text,
        created_at -> Timestamp,
        language -> Nullable<Text>,
        time_zone -> Nullable<Text>,
        theme -> Nullable<Text>,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> BigInt,
        token_hash -> Text,
        account_id -> BigInt,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        account_id -> BigInt,
        name -> Text,
        token_hash -> Text,
        hint -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        subject -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    login_locks (shard) {
        shard -> Integer,
    }
}

diesel::table! {
    setup_tokens (token_hash) {
        token_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(staff_sessions -> accounts (account_id));
diesel::joinable!(api_tokens -> accounts (account_id));
diesel::allow_tables_to_appear_in_same_query!(accounts, staff_sessions, api_tokens);
