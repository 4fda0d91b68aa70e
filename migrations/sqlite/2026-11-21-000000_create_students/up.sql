-- Students, as in the tutorial, with the limits the forms enforce repeated here so that
-- nothing that bypasses the app (a script, a bug) can store what the app would refuse.
-- The PostgreSQL and MySQL migrations define the same schema in their dialects.
CREATE TABLE students (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a deleted student's id (and URL) is never reused
    firstname VARCHAR(100) NOT NULL CHECK (length(firstname) BETWEEN 1 AND 100),
    lastname VARCHAR(100) NOT NULL CHECK (length(lastname) BETWEEN 1 AND 100),
    email VARCHAR(80) NOT NULL CHECK (length(email) BETWEEN 3 AND 80),
    age INTEGER CHECK (age BETWEEN 0 AND 150),
    bio TEXT CHECK (length(bio) <= 10000),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Keys the app derives from the fields above with Unicode-aware lowercasing, so that
    -- every backend compares, sorts and searches alike:
    email_key VARCHAR(255) NOT NULL,   -- the unique key: emails are unique ignoring case
    name_key VARCHAR(255) NOT NULL,    -- "lastname firstname", for sorting by name
    search_text TEXT NOT NULL,         -- "firstname lastname email", for searching
    -- Students without an age sort after every age.
    age_sort INTEGER GENERATED ALWAYS AS (coalesce(age, 1000)) VIRTUAL
);

CREATE UNIQUE INDEX students_email_key ON students (email_key);
-- One index per sort order; (key, id) makes every order total, so pages can continue
-- from the last row shown ("keyset pagination") at the same cost on any page.
CREATE INDEX students_name_order ON students (name_key, id);
CREATE INDEX students_age_order ON students (age_sort, id);
CREATE INDEX students_joined_order ON students (created_at, id);

-- Substring search: a trigram full-text index over search_text, kept in step by triggers.
CREATE VIRTUAL TABLE students_search USING fts5(
    search_text, content = 'students', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER students_search_insert AFTER INSERT ON students BEGIN
    INSERT INTO students_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER students_search_delete AFTER DELETE ON students BEGIN
    INSERT INTO students_search (students_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER students_search_update AFTER UPDATE OF search_text ON students BEGIN
    INSERT INTO students_search (students_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO students_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- The number of students, kept by triggers: counting a million rows on every page would
-- take longer than the page itself.
CREATE TABLE student_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    total BIGINT NOT NULL
);
INSERT INTO student_count (id, total) VALUES (1, 0);
CREATE TRIGGER student_count_insert AFTER INSERT ON students BEGIN
    UPDATE student_count SET total = total + 1 WHERE id = 1;
END;
CREATE TRIGGER student_count_delete AFTER DELETE ON students BEGIN
    UPDATE student_count SET total = total - 1 WHERE id = 1;
END;

-- Secrets the app generates once and every instance shares (the cookie key when
-- SECRET_KEY is not set).
CREATE TABLE app_secrets (
    name VARCHAR(50) PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
