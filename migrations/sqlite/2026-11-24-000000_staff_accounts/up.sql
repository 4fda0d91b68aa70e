-- Staff accounts, their sessions and API tokens, failed-login throttling and the
-- first-run setup link. Everything an app instance needs to decide who is asking lives
-- here (or in the signed session cookie), so any instance can serve any request.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Stored lower-cased: one account per address, whatever the capitals typed.
    email VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(100) NOT NULL,
    role VARCHAR(10) NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    -- Argon2id in PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash).
    password_hash VARCHAR(255) NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- A logged-in browser. The cookie holds a random token; only its SHA-256 is stored, so
-- a copy of the database opens no session. Deleting the row ends the session (logout,
-- password change, account removal), whichever instance serves the next request.
CREATE TABLE staff_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash CHAR(64) NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    -- For the idle timeout; refreshed at most once a minute.
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX staff_sessions_of_account ON staff_sessions (account_id);

-- Personal API tokens (`Authorization: Bearer …`), stored as SHA-256 like the sessions.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL,
    token_hash CHAR(64) NOT NULL UNIQUE,
    -- The token's last four characters, so a person can tell their tokens apart.
    hint VARCHAR(4) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP
);
CREATE INDEX api_tokens_of_account ON api_tokens (account_id);

-- Failed logins of the last minutes, per submitted email and per client address
-- ("email:…" / "address:…"), whether or not the email has an account.
CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subject VARCHAR(300) NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_of_subject ON login_failures (subject, failed_at);

-- One-time links that create the first admin; deleted once an account exists.
CREATE TABLE setup_tokens (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL
);

-- Who made each change: "Display Name <email>" at the time, so the history survives the
-- account's removal. NULL for changes made before accounts existed or from the command line.
ALTER TABLE student_changes ADD COLUMN changed_by VARCHAR(400);
