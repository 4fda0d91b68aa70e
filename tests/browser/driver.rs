//! A real Chromium per test, driven through Debian's chromedriver with fantoccini.
//!
//! Every chromedriver runs in its own process group under a small `sh` sentinel that reads
//! a pipe from this test process. When the `Browser` is dropped (also while a test panics)
//! the pipe closes; when the test process dies, even by SIGKILL, the kernel closes it. Either
//! way the sentinel's `read` returns and it kills the whole group: chromedriver and every
//! Chromium process it started. Nothing outlives the test run.
//!
//! Covers no route itself: the browser tests use it.

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Once;
use std::time::{Duration, Instant};
use tempfile::TempDir;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// Set (as `.ci/run` does) to turn a missing browser or audit tool into a failure.
pub const REQUIRE_ENV: &str = "STUDENTS_REQUIRE_BROWSER";
const WAIT: Duration = Duration::from_secs(10);

/// Prints one line (once per run, past the test harness's output capture) and says
/// whether the test may skip; under `STUDENTS_REQUIRE_BROWSER` it fails instead.
pub fn skip_because(reason: &str) {
    if std::env::var_os(REQUIRE_ENV).is_some() {
        panic!("{reason} ({REQUIRE_ENV} is set, so browser tests may not skip)");
    }
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(std::io::stderr(), "skipping browser tests: {reason}");
    });
}

pub struct Browser {
    pub client: Client,
    _driver: ChromeDriver,
    _profile: TempDir,
}

impl Browser {
    /// Starts chromedriver and a fresh Chromium profile; `None` (after one line saying
    /// what to install) when this machine has no chromedriver.
    pub async fn launch(javascript: bool) -> Option<Self> {
        if !Path::new(CHROMEDRIVER).exists() || !Path::new(CHROMIUM).exists() {
            skip_because(
                "no /usr/bin/chromedriver or /usr/bin/chromium; install Debian's `chromium` and `chromium-driver` packages",
            );
            return None;
        }
        let profile = tempfile::tempdir().expect("browser profile folder");
        let driver = ChromeDriver::start(profile.path()).expect("chromedriver starts");
        let downloads = profile.path().join("downloads");
        let mut prefs = json!({
            "download.default_directory": downloads.display().to_string(),
            "download.prompt_for_download": false,
        });
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let user_data_dir = profile.path().join("chromium");
        let capabilities = json!({
            "browserName": "chrome",
            // A dialog nobody expected fails the next command instead of being dismissed.
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1280,800",
                    format!("--user-data-dir={}", user_data_dir.display()),
                ],
                "prefs": prefs,
            },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object literal")
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .expect("a WebDriver session");
        Some(Self {
            client,
            _driver: driver,
            _profile: profile,
        })
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    /// The text a person sees on the page.
    pub async fn text(&self) -> String {
        self.client
            .find(Locator::Css("body"))
            .await
            .expect("page body")
            .text()
            .await
            .expect("body text")
    }

    /// Waits until the page at `path` shows `needle`. While a page is navigating, "no such
    /// element" and "stale element" mean "not yet", so every error is retried until `WAIT`.
    pub async fn wait_for_text(&self, path: &str, needle: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let url = self.client.current_url().await.ok();
            if url.as_ref().map(|url| url.path()) == Some(path) {
                let body = self.client.find(Locator::Css("body")).await;
                if let Ok(body) = body
                    && body.text().await.is_ok_and(|text| text.contains(needle))
                {
                    return;
                }
            }
            if Instant::now() > deadline {
                let shown = self.text().await;
                panic!(
                    "waited {WAIT:?} for {path:?} to show {needle:?}; at {url:?} showing:\n{shown}"
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Logs in through the login form as the test admin, like a person starting work.
    pub async fn log_in(&self, app: &crate::helpers::TestApp) {
        self.goto(&app.url("/login/")).await;
        self.fill("email", crate::helpers::ADMIN_EMAIL).await;
        self.fill("password", crate::helpers::PASSWORD).await;
        self.click("main button[type=submit]").await;
        self.wait_for_text("/dashboard/", "Logged in as").await;
    }

    /// The value of attribute `name` of the first element matching `css` ("" without it).
    pub async fn attribute(&self, css: &str, name: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("find {css}: {err}"))
            .attr(name)
            .await
            .unwrap_or_else(|err| panic!("read {name} of {css}: {err}"))
            .unwrap_or_default()
    }

    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("find {css}: {err}"))
            .click()
            .await
            .unwrap_or_else(|err| panic!("click {css}: {err}"));
    }

    pub async fn click_link(&self, text: &str) {
        self.client
            .find(Locator::LinkText(text))
            .await
            .unwrap_or_else(|err| panic!("find link {text:?}: {err}"))
            .click()
            .await
            .unwrap_or_else(|err| panic!("click link {text:?}: {err}"));
    }

    /// Replaces the value of the field with label-bound id `id`.
    pub async fn fill(&self, id: &str, value: &str) {
        let field = self
            .client
            .find(Locator::Css(&format!("#{id}")))
            .await
            .unwrap_or_else(|err| panic!("find field #{id}: {err}"));
        field.clear().await.expect("clear field");
        field.send_keys(value).await.expect("type into field");
    }

    pub async fn value_of(&self, id: &str) -> String {
        self.client
            .find(Locator::Css(&format!("#{id}")))
            .await
            .unwrap_or_else(|err| panic!("find field #{id}: {err}"))
            .prop("value")
            .await
            .expect("field value")
            .unwrap_or_default()
    }

    /// Waits for a `confirm()` dialog and returns its text.
    pub async fn dialog_text(&self) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.client.get_alert_text().await {
                Ok(text) => return text,
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(err) => panic!("no dialog appeared: {err}"),
            }
        }
    }

    pub async fn resize(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("resize window");
    }

    /// Saves what the window shows as `target/e2e-screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        let folder = screenshots_folder();
        std::fs::create_dir_all(&folder).expect("screenshot folder");
        std::fs::write(folder.join(format!("{name}.png")), png).expect("write screenshot");
    }
}

/// `target/e2e-screenshots/`, wherever the target folder is (CI moves it out of the clone).
pub fn screenshots_folder() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .join("e2e-screenshots")
}

struct ChromeDriver {
    port: u16,
    sentinel: Child,
    /// Dropping this closes the sentinel's pipe, which kills the process group.
    lifeline: Option<ChildStdin>,
}

impl ChromeDriver {
    fn start(home: &Path) -> std::io::Result<Self> {
        let script =
            format!("{CHROMEDRIVER} --port=0 </dev/null & read -r _ || true; kill -s KILL 0");
        let mut sentinel = Command::new("sh")
            .arg("-c")
            .arg(script)
            .process_group(0)
            // Chromium writes crash reports and settings under the config home.
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("HOME", home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let lifeline = sentinel.stdin.take();
        let stdout = sentinel.stdout.take().expect("piped stdout");
        let mut lines = BufReader::new(stdout).lines();
        let port = lines.by_ref().map_while(Result::ok).find_map(|line| {
            let (_, rest) = line.split_once("started successfully on port ")?;
            rest.trim_end_matches('.').trim().parse().ok()
        });
        // Keep draining its output so chromedriver never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        let driver = Self {
            port: port.unwrap_or(0),
            sentinel,
            lifeline,
        };
        if driver.port == 0 {
            return Err(std::io::Error::other(
                "chromedriver did not report its port",
            ));
        }
        Ok(driver)
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        drop(self.lifeline.take());
        let _ = self.sentinel.wait();
    }
}

impl Browser {
    /// Presses keys on the keyboard, as a person would: to whatever has focus.
    pub async fn type_keys(&self, keys: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".into());
        for key in keys.chars() {
            actions = actions
                .then(KeyAction::Down { value: key })
                .then(KeyAction::Up { value: key });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("keyboard input");
    }

    /// Chooses the file at `path` in the file input `id`.
    pub async fn choose_file(&self, id: &str, path: &Path) {
        let input = self
            .client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|err| panic!("no file input #{id}: {err}"));
        input
            .send_keys(&path.display().to_string())
            .await
            .expect("choose the file");
    }

    /// The first finished download whose name starts with `prefix`, once there is one.
    pub async fn downloaded(&self, prefix: &str) -> Vec<u8> {
        let folder = self._profile.path().join("downloads");
        let deadline = Instant::now() + WAIT;
        loop {
            let found = std::fs::read_dir(&folder).ok().and_then(|entries| {
                entries.flatten().map(|entry| entry.path()).find(|path| {
                    let name = path
                        .file_name()
                        .and_then(|name| name.to_str())
                        .unwrap_or("");
                    name.starts_with(prefix) && name.ends_with(".csv")
                })
            });
            if let Some(path) = found {
                return std::fs::read(path).expect("the downloaded file");
            }
            assert!(
                Instant::now() < deadline,
                "no download {prefix}* in {WAIT:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The `id` of the focused element (empty when it has none).
    pub async fn focused_id(&self) -> String {
        let focused = self.client.active_element().await.expect("focused element");
        focused.attr("id").await.ok().flatten().unwrap_or_default()
    }
}
