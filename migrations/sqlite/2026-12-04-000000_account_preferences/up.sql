-- What each account chose for its pages: a language tag (en, de, es, ar), an IANA time
-- zone, and a colour theme (light, dark). NULL means "not chosen": the browser's language,
-- the server's zone (--time-zone), and the system's light or dark setting.
ALTER TABLE accounts ADD COLUMN language TEXT NULL;
ALTER TABLE accounts ADD COLUMN time_zone TEXT NULL;
ALTER TABLE accounts ADD COLUMN theme TEXT NULL;
