//! The `students` command: serve the app (default), apply migrations, seed demo data, or
//! manage staff accounts.
//!
//! Layer: the top. Imports the library by its name (`students::…`): startup and commands.

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use students::commands::{seed, users};
use students::db;
use students::settings::Settings;
use students::startup::Application;

#[derive(Parser)]
#[command(version, about = "Students: a student manager for the browser")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    settings: Settings,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app (the default).
    Serve,
    /// Create the database if needed and apply pending migrations, then exit.
    Migrate,
    /// Add the tutorial's students (john, Sammy, Carl) and COUNT generated ones.
    Seed {
        /// How many generated students to add besides the tutorial's three.
        #[arg(long, default_value_t = 0)]
        count: usize,
    },
    /// Manage staff accounts: add, list, set-password, remove, token.
    #[command(subcommand)]
    User(users::UserCommand),
}

#[actix_web::main]
async fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let Cli { command, settings } = Cli::parse();
    match run(command.unwrap_or(Command::Serve), &settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // The cause chain on one line, e.g. the database's own "password authentication failed".
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: &Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let app = Application::build(settings)?;
            log::info!("serving http://{}:{}", settings.bind, app.port());
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            let applied = db::migrate(&db::connect(&settings.database_url)?)?;
            println!(
                "applied {applied} migration(s) to {}",
                db::redacted(&settings.database_url)
            );
        }
        Command::Seed { count } => {
            let database = db::connect(&settings.database_url)?;
            db::migrate(&database)?;
            let report = seed::run(database.pool(), count)?;
            println!(
                "added {} tutorial and {} generated students, {} courses and {} enrollments to {}",
                report.tutorial_added,
                report.generated,
                report.courses_added,
                report.enrollments_added,
                db::redacted(&settings.database_url)
            );
        }
        Command::User(command) => {
            let database = db::connect(&settings.database_url)?;
            db::migrate(&database)?;
            users::run(database.pool(), command)?;
        }
    }
    Ok(())
}
