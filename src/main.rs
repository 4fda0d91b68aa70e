//! The `students` command: serve the app (default), apply migrations, seed demo data,
//! import students from a CSV file, manage staff accounts, or back up a SQLite database.
//!
//! Layer: the top. Imports the library by its name (`students::…`): startup and commands.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use students::commands::{backup, import, seed, users};
use students::db;
use students::settings::{ServerOptions, Settings};
use students::startup::Application;

#[derive(Parser)]
#[command(version, about = "Students: a student manager for the browser")]
struct Cli {
    /// The database: a SQLite file (`students.db`, `sqlite://path`), created if missing;
    /// `postgres://user:password@host/db`; or `mysql://user:password@host/db`. Migrated on
    /// start.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "students.db",
        global = true
    )]
    database_url: String,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app (what `students` alone does, with options from the environment).
    Serve(ServerOptions),
    /// Create the database if needed and apply pending migrations, then exit.
    Migrate,
    /// Add the tutorial's students (john, Sammy, Carl), COUNT generated ones, demo courses
    /// and enrollments.
    Seed {
        /// How many generated students to add besides the tutorial's three.
        #[arg(long, default_value_t = 0)]
        count: usize,
    },
    /// Add the students of a CSV file (as the web import does): every row checked, the good
    /// ones added in one transaction, the problems listed with their row and column.
    Import {
        /// The CSV file: a header row (first name, last name, email, age, bio), UTF-8.
        file: PathBuf,
        /// Only check the file and report; add nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Manage staff accounts: add, list, set-password, remove, token.
    #[command(subcommand)]
    User(users::UserCommand),
    /// Copy a live SQLite database to PATH, consistently, while the server keeps serving.
    Backup {
        /// The new file (it must not exist yet).
        path: PathBuf,
    },
}

/// `students` without a command: the server, its options from the environment only.
#[derive(Parser)]
struct ServeFromEnvironment {
    #[command(flatten)]
    options: ServerOptions,
}

#[actix_web::main]
async fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let Cli {
        database_url,
        command,
    } = Cli::parse();
    let command = command
        .unwrap_or_else(|| Command::Serve(ServeFromEnvironment::parse_from(["students"]).options));
    match run(command, database_url).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // The cause chain on one line, e.g. the database's own "password authentication failed".
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, database_url: String) -> anyhow::Result<()> {
    let where_ = db::redacted(&database_url);
    match command {
        Command::Serve(options) => {
            let settings = Settings::new(database_url, options);
            let app = Application::build(&settings)?;
            log::info!("serving http://{}:{}", settings.bind, app.port());
            // Last, set apart from the log: the one step a first run needs.
            if let Some(link) = app.setup_link() {
                eprintln!(
                    "\n    No account exists yet. Create the first admin at\n    {link}\n    \
                     (or run `students user add EMAIL --role admin`)\n"
                );
            }
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            let applied = db::migrate(&db::connect(&database_url)?)?;
            println!("applied {applied} migration(s) to {where_}");
        }
        Command::Seed { count } => {
            let database = db::connect(&database_url)?;
            db::migrate(&database)?;
            let report = seed::run(database.pool(), count)?;
            println!(
                "added {} tutorial and {} generated students, {} courses and {} enrollments to {where_}",
                report.tutorial_added,
                report.generated,
                report.courses_added,
                report.enrollments_added,
            );
        }
        Command::Import { file, dry_run } => {
            let database = db::connect(&database_url)?;
            db::migrate(&database)?;
            let report = import::run(database.pool(), &file, dry_run)?;
            for line in report.lines() {
                println!("{line}");
            }
            if dry_run {
                println!("(a dry run: nothing was added to {where_})");
            }
        }
        Command::User(command) => {
            let database = db::connect(&database_url)?;
            db::migrate(&database)?;
            users::run(database.pool(), command)?;
        }
        Command::Backup { path } => {
            let database = db::connect(&database_url)?;
            backup::run(&database, &database_url, &path)?;
            println!(
                "backed up {where_} to {} (integrity check ok)",
                path.display()
            );
        }
    }
    Ok(())
}
