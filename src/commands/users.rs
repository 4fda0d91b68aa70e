//! The `students user …` commands: manage accounts from a shell (the first admin without
//! the setup link, a forgotten password, a token for a script), with the same rules as the
//! web pages: the same password rules, and never without an admin.
//!
//! Layer: commands, beside `api` and `routes` (the command line's handlers).

use crate::auth::password;
use crate::db::accounts::{self, NewAccount};
use crate::db::outcome::WriteError;
use crate::db::{DbPool, api_tokens, now, sessions};
use crate::domain::account::NewPassword;
use crate::domain::{Email, PersonName, Refusal, Role};
use crate::tokens;
use anyhow::{Context, bail};
use std::io::{BufRead, IsTerminal};

#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    /// Add an account. The password is asked for twice on a terminal, or read from the
    /// first line of standard input (`echo "$PASSWORD" | students user add …`).
    Add {
        /// Their email: they log in with it.
        email: String,
        /// What they may do.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The name shown in the app (default: the part of the email before the @).
        #[arg(long)]
        name: Option<String>,
    },
    /// List the accounts.
    List,
    /// Set an account's password (read as for `add`); ends its sessions and API tokens.
    SetPassword {
        /// The account's email.
        email: String,
    },
    /// Remove an account (not the last admin); its sessions and tokens stop working.
    Remove {
        /// The account's email.
        email: String,
    },
    /// Create a personal API token for an account and print it (for scripts).
    Token {
        /// The account's email: the token has its role.
        email: String,
        /// What the token is for.
        #[arg(long, default_value = "command line")]
        name: String,
    },
}

/// A role, as the command line names it.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RoleArg {
    /// Reads records, and manages their own password and tokens.
    Viewer,
    /// Also creates, edits and deletes records.
    Editor,
    /// Also manages accounts.
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Viewer => Role::Viewer,
            RoleArg::Editor => Role::Editor,
            RoleArg::Admin => Role::Admin,
        }
    }
}

pub fn run(pool: &DbPool, command: UserCommand) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    match command {
        UserCommand::Add { email, role, name } => {
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            let default_name = email
                .as_str()
                .split('@')
                .next()
                .unwrap_or_default()
                .to_owned();
            let name = PersonName::parse("The name", name.as_deref().unwrap_or(&default_name))
                .map_err(anyhow::Error::msg)?;
            let password = read_new_password(email.as_str())?;
            let hash = password::hash(password.as_str())?;
            let account = NewAccount {
                email: email.as_str(),
                display_name: name.as_str(),
                role: role.into(),
                password_hash: &hash,
            };
            match accounts::create(&mut conn, &account)? {
                Ok(account) => println!(
                    "added {} <{}> as {}",
                    account.display_name, account.email, account.role
                ),
                Err(WriteError::Refused(Refusal::AccountEmailTaken)) => bail!(
                    "an account with the email {} exists already",
                    email.as_str()
                ),
                Err(WriteError::Refused(refusal)) => bail!("{}", refusal.message()),
                Err(WriteError::NotFound) => bail!("the new account could not be read back"),
            }
        }
        UserCommand::List => {
            let accounts = accounts::list(&mut conn)?;
            if accounts.is_empty() {
                println!("no accounts (add one with `students user add EMAIL --role admin`)");
            }
            for account in accounts {
                let open = sessions::count_of(&mut conn, account.id)?;
                println!(
                    "{:<40} {:<7} {:<30} {} session(s)",
                    account.email,
                    account.role.as_str(),
                    account.display_name,
                    open
                );
            }
        }
        UserCommand::SetPassword { email } => {
            let (account, _) = find(&mut conn, &email)?;
            let password = read_new_password(&account.email)?;
            let hash = password::hash(password.as_str())?;
            let revoked = accounts::set_password(&mut conn, account.id, &hash)?;
            println!(
                "set the password of {}; their sessions have ended and {revoked} API token(s) were revoked",
                account.email
            );
        }
        UserCommand::Remove { email } => {
            let (account, _) = find(&mut conn, &email)?;
            match accounts::remove(&mut conn, account.id)? {
                Ok(account) => println!("removed {}", account.email),
                Err(WriteError::Refused(Refusal::LastAdmin)) => {
                    bail!(
                        "{} is the last admin: make another account an admin first",
                        account.email
                    )
                }
                Err(WriteError::Refused(refusal)) => bail!("{}", refusal.message()),
                Err(WriteError::NotFound) => bail!("no account has the email {email}"),
            }
        }
        UserCommand::Token { email, name } => {
            let (account, _) = find(&mut conn, &email)?;
            let issued = tokens::issue(tokens::API_TOKEN_PREFIX);
            api_tokens::create(&mut conn, account.id, &name, &issued, now())?;
            println!("{}", issued.plain);
        }
    }
    Ok(())
}

fn find(
    conn: &mut crate::db::DbConnection,
    email: &str,
) -> anyhow::Result<(accounts::Account, String)> {
    accounts::find_by_email(conn, email)?
        .with_context(|| format!("no account has the email {email}"))
}

/// A new password: asked twice without echo on a terminal, else the first line of stdin.
fn read_new_password(email: &str) -> anyhow::Result<NewPassword> {
    let (password, confirmation) = if std::io::stdin().is_terminal() {
        let password = rpassword::prompt_password(format!("Password for {email}: "))?;
        let again = rpassword::prompt_password("Again: ")?;
        (password, again)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let password = line.trim_end_matches(['\r', '\n']).to_owned();
        (password.clone(), password)
    };
    NewPassword::parse(&password, &confirmation, Some(email)).map_err(anyhow::Error::msg)
}
