//! The command line's work besides serving: `seed` (demo data), `user …` (accounts),
//! `import` (students from a CSV file) and `backup` (a consistent copy of a live SQLite
//! database).
//!
//! Layer: commands, beside `api` and `routes`: handlers for the command line. Imports the
//! layers below (auth, db, domain, foundations); `main` calls them.

pub mod backup;
pub mod import;
pub mod seed;
mod seed_fields;
pub mod users;
