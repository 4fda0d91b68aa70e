-- Students, as in the tutorial, with the limits the forms enforce repeated here so that
-- nothing that bypasses the app (a script, a bug) can store what the app would refuse.
-- The PostgreSQL and MySQL migrations define the same schema in their dialects.
CREATE TABLE students (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a deleted student's id (and URL) is never reused
    firstname VARCHAR(100) NOT NULL CHECK (length(firstname) BETWEEN 1 AND 100),
    lastname VARCHAR(100) NOT NULL CHECK (length(lastname) BETWEEN 1 AND 100),
    email VARCHAR(80) NOT NULL CHECK (length(email) BETWEEN 3 AND 80),
    -- The email lowercased by the app (Unicode-aware, identical on every backend): the
    -- unique key that makes emails unique ignoring case.
    email_key VARCHAR(255) NOT NULL,
    age INTEGER CHECK (age BETWEEN 0 AND 150),
    bio TEXT CHECK (length(bio) <= 10000),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX students_email_key ON students (email_key);

-- Secrets the app generates once and every instance shares (the cookie key when
-- SECRET_KEY is not set).
CREATE TABLE app_secrets (
    name VARCHAR(50) PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
