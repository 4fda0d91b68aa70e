//! The command line's work besides serving: `seed` (demo data) and `user …` (accounts).
//!
//! Layer: commands, beside `api` and `routes`: handlers for the command line. Imports the
//! layers below (auth, db, domain, foundations); `main` calls them.

pub mod seed;
pub mod users;
