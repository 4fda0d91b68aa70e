ALTER TABLE accounts DROP COLUMN theme;
ALTER TABLE accounts DROP COLUMN time_zone;
ALTER TABLE accounts DROP COLUMN language;
