//! Builds the running application from settings: the one path `main` and the tests share.
//!
//! Layer: startup. Wires every layer together; only `main` (and the tests) import it.

use crate::auth::ClientAddresses;
use crate::db::{self, Database, accounts};
use crate::settings::Settings;
use crate::views::locale::DefaultZone;
use crate::{api, auth, cookie_key, routes, security, tokens, views};
use actix_session::SessionMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{Logger, from_fn};
use actix_web::{App, HttpServer, web};
use actix_web_flash_messages::FlashMessagesFramework;
use actix_web_flash_messages::storage::SessionMessageStore;
use std::net::TcpListener;
use std::time::Duration;

pub struct Application {
    port: u16,
    server: Server,
    setup_link: Option<String>,
}

impl Application {
    /// Opens and migrates the database, loads the cookie key and binds the listener.
    pub fn build(settings: &Settings) -> anyhow::Result<Self> {
        let database = db::connect(&settings.database_url)?;
        let applied = db::migrate(&database)?;
        if applied > 0 {
            log::info!("applied {applied} database migration(s)");
        }
        // Found now, not at the first form someone sends: a read-only file, folder or server.
        db::health::check_writable(&database, &settings.database_url)?;
        let key = cookie_key::load_or_create(settings.secret_key.as_deref(), database.pool())?;
        let listener =
            TcpListener::bind((settings.bind.as_str(), settings.port)).map_err(|err| {
                anyhow::anyhow!(
                    "cannot listen on {}:{}: {err}",
                    settings.bind,
                    settings.port
                )
            })?;
        let port = listener.local_addr()?.port();
        let setup_link = setup_link(&database, &settings.bind, port)?;
        let database = database.with_query_budget(Duration::from_millis(settings.query_budget_ms));
        let server = serve(listener, database, key, settings)?;
        Ok(Self {
            port,
            server,
            setup_link,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// With no account yet: the one-time link that creates the first admin.
    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    /// For stopping the server from outside (tests).
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until SIGINT/SIGTERM, then finishes in-flight requests before returning.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// With no account yet, nobody could log in: a one-time link that creates the first admin
/// (`main` prints it). Only its digest is stored; a restart makes a new one (the old ones
/// keep working until an account exists).
fn setup_link(database: &Database, bind: &str, port: u16) -> anyhow::Result<Option<String>> {
    let mut conn = database.pool().get()?;
    if accounts::count(&mut conn)? > 0 {
        return Ok(None);
    }
    let issued = tokens::issue("");
    accounts::add_setup_token(&mut conn, &issued.digest)?;
    let host = match bind {
        "0.0.0.0" | "::" => "127.0.0.1",
        host => host,
    };
    log::info!("there are no accounts yet: made a one-time setup link");
    Ok(Some(format!(
        "http://{host}:{port}/setup/?token={}",
        issued.plain
    )))
}

fn serve(
    listener: TcpListener,
    database: Database,
    key: Key,
    settings: &Settings,
) -> std::io::Result<Server> {
    let database = web::Data::new(database);
    let cookie_secure = settings.cookie_secure;
    let static_dir = settings.static_dir.clone();
    let client_addresses = web::Data::new(ClientAddresses {
        behind_proxy: settings.behind_proxy,
    });
    let default_zone = web::Data::new(DefaultZone(settings.time_zone));
    let mut server = HttpServer::new(move || {
        // The session (CSRF token, flash messages) lives in a signed, encrypted cookie:
        // no server memory, so any instance with the same key can serve any request.
        let sessions = SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
            .cookie_name("students_session".into())
            .cookie_secure(cookie_secure)
            .cookie_same_site(SameSite::Lax)
            .cookie_http_only(true)
            .build();
        let flash = FlashMessagesFramework::builder(SessionMessageStore::default()).build();
        // `wrap` nests outwards: the logger sees every response, refusals included. The
        // renderer sits outside the refusals (cross-site, login, role) and inside the
        // session and its flash messages, which error pages show.
        App::new()
            .wrap(from_fn(auth::authenticate))
            .wrap(from_fn(security::reject_cross_site))
            .wrap(views::errors::renderer())
            .wrap(flash)
            .wrap(sessions)
            .wrap(from_fn(security::cache_control))
            .wrap(security::headers(cookie_secure))
            .wrap(Logger::new("%a \"%r\" %s %b %Dms"))
            .app_data(database.clone())
            .app_data(client_addresses.clone())
            .app_data(default_zone.clone())
            .app_data(routes::path_config())
            // First: `/static/…` is the files, whatever route `/{id}/…` would match.
            .configure(|cfg| routes::configure_static(cfg, static_dir.as_deref()))
            .configure(api::configure)
            .configure(routes::configure)
            .default_service(web::to(routes::fallback))
    })
    // Without it, a response written in two parts (headers, then a file's bytes) waits
    // for the client's delayed ACK: 40 ms for every stylesheet or script.
    .tcp_nodelay(true)
    .listen(listener)?;
    let workers = settings
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    // Database work runs on the blocking pool: as many threads per worker as connections,
    // so that the expensive reads (at most half the pool) never take every thread of a
    // worker; more would only wait for a connection.
    let blocking_threads = db::POOL_SIZE as usize;
    server = server
        // On SIGTERM/SIGINT actix stops accepting and lets requests in flight finish.
        .shutdown_timeout(settings.shutdown_timeout)
        .workers(workers)
        .worker_max_blocking_threads(blocking_threads);
    Ok(server.run())
}
