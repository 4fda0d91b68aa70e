ALTER TABLE accounts DROP COLUMN theme, DROP COLUMN time_zone, DROP COLUMN language;
