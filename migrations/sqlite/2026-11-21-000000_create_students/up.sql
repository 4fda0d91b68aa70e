-- Students, as in the tutorial, with the limits the forms enforce repeated here so that
-- nothing that bypasses the app (a script, a bug) can store what the app would refuse.
CREATE TABLE students (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a deleted student's id (and URL) is never reused
    firstname VARCHAR(100) NOT NULL CHECK (length(firstname) BETWEEN 1 AND 100),
    lastname VARCHAR(100) NOT NULL CHECK (length(lastname) BETWEEN 1 AND 100),
    -- NOCASE makes both the unique index and equality ignore (ASCII) case.
    email VARCHAR(80) NOT NULL COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 80),
    age INTEGER CHECK (age BETWEEN 0 AND 150),
    bio TEXT CHECK (length(bio) <= 10000),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX students_email_key ON students (email);
