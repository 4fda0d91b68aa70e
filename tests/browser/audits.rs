//! Accessibility (axe-core, run inside the page) and HTML validity (the Nu Html Checker,
//! run on the HTML the server sent). Both tools come from `tests/browser/package.json`.
//!
//! Covers no route itself: the browser tests use it.

use crate::driver::{Browser, skip_because};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn node_module(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/node_modules")
        .join(path)
}

const INSTALL_HINT: &str = "run `npm ci` in tests/browser (and install a Java runtime for vnu.jar)";

/// Runs axe-core in the page shown and fails on any `serious` or `critical` violation.
pub async fn assert_accessible(browser: &Browser, screen: &str) {
    let Ok(axe) = std::fs::read_to_string(node_module("axe-core/axe.min.js")) else {
        return skip_because(&format!("axe-core is missing: {INSTALL_HINT}"));
    };
    // WebDriver scripts run outside the page's Content-Security-Policy.
    browser
        .client
        .execute(&format!("{axe}\nreturn true;"), vec![])
        .await
        .expect("load axe-core into the page");
    let violations = browser
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] })
              .then((result) => done(result.violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                               where: v.nodes.map((n) => n.target.join(" ")) }))))
              .catch((error) => done([{ id: "axe-error", help: String(error) }]));"#,
            vec![],
        )
        .await
        .expect("run axe-core");
    assert_eq!(
        violations,
        json!([]),
        "axe-core found serious or critical problems on the {screen} screen:\n{}",
        serde_json::to_string_pretty(&violations).unwrap_or_default()
    );
}

/// Checks every page's HTML (and our stylesheet) with the Nu Html Checker: zero errors.
pub fn assert_valid_html(pages: &[(&str, String)]) {
    let jar = node_module("vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output();
    if !jar.exists() || java.is_err() {
        return skip_because(&format!("vnu.jar or java is missing: {INSTALL_HINT}"));
    }
    let folder = tempfile::tempdir().expect("folder for the pages");
    let mut files = Vec::new();
    for (screen, html) in pages {
        let file = folder.path().join(format!("{screen}.html"));
        std::fs::write(&file, html).expect("write page");
        files.push(file);
    }
    let stylesheet = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/app.css");
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu", "--also-check-css"])
        .args(&files)
        .arg(stylesheet)
        .output()
        .expect("run the Nu Html Checker");
    let report = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && report.trim().is_empty(),
        "the Nu Html Checker found errors:\n{report}"
    );
}

/// True when the page can scroll sideways (content wider than the viewport, scrollbar excluded).
pub async fn scrolls_sideways(browser: &Browser) -> bool {
    let widths = browser
        .client
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
            vec![],
        )
        .await
        .expect("measure the page");
    let width = |index: usize| widths[index].as_f64().unwrap_or(f64::MAX);
    width(0) > width(1)
}

/// Only for a message: which elements stick out past the right edge or overflow their box.
pub async fn wide_elements(browser: &Browser) -> Value {
    browser
        .client
        .execute(
            r#"const edge = document.documentElement.clientWidth;
               return { scrollWidth: document.documentElement.scrollWidth, clientWidth: edge,
                        innerWidth: window.innerWidth,
                        wide: [...document.querySelectorAll("body *")]
                          .filter((e) => e.getBoundingClientRect().right > edge
                                       || e.scrollWidth > e.clientWidth + 1)
                          .map((e) => e.tagName + "." + e.className).slice(0, 10) };"#,
            vec![],
        )
        .await
        .unwrap_or(Value::Null)
}
