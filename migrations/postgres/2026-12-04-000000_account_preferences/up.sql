-- The schema of migrations/sqlite in PostgreSQL's dialect: see the comments there.
ALTER TABLE accounts ADD COLUMN language TEXT NULL;
ALTER TABLE accounts ADD COLUMN time_zone TEXT NULL;
ALTER TABLE accounts ADD COLUMN theme TEXT NULL;
