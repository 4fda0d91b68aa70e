//! The README's API examples, run as written against the real binary on a fresh database:
//! each `curl` must answer the status its comment names (a 2xx where it names none).
//!
//! Routes: every example of README's "JSON API" section.

use crate::shutdown::{start_server, wait_for_exit};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The shell blocks of README's "JSON API" section, their continued lines joined.
fn api_examples(readme: &str) -> Vec<String> {
    let start = readme.find("\n## JSON API").expect("a JSON API section");
    let section = &readme[start + 1..];
    let section = &section[..section[1..]
        .find("\n## ")
        .map_or(section.len(), |end| end + 1)];
    let mut commands = Vec::new();
    for block in section.split("```sh\n").skip(1) {
        let block = &block[..block.find("```").expect("the end of a block")];
        let mut command = String::new();
        for line in block.lines() {
            match line.strip_suffix('\\') {
                Some(continued) => command.push_str(continued),
                None => {
                    command.push_str(line);
                    commands.push(std::mem::take(&mut command));
                }
            }
        }
    }
    commands
}

/// A curl example as a checked command: `check STATUS curl … -s -o /dev/null -w …`.
fn checked(command: &str) -> String {
    let (code, comment) = command.split_once(" # ").unwrap_or((command, ""));
    let expected = comment
        .split(|c: char| !c.is_ascii_digit())
        .find(|word| word.len() == 3)
        .unwrap_or("2xx");
    format!(
        "check {expected} {} -s -o /dev/null -w '%{{http_code}}'",
        code.trim()
    )
}

#[test]
fn the_readme_api_examples_run_as_written() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let commands = api_examples(&readme);
    assert!(commands.iter().filter(|c| c.starts_with("curl ")).count() >= 12);
    let folder = tempfile::tempdir().unwrap();
    let database_url = folder.path().join("students.db").display().to_string();
    let mut add = Command::new(env!("CARGO_BIN_EXE_students"))
        .args(["user", "add", "admin@example.com", "--role", "admin"])
        .env("DATABASE_URL", &database_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"a long admin password\n")
        .unwrap();
    assert!(add.wait().unwrap().success());
    let (mut server, address, _log) = start_server(&database_url);
    let mut script = String::from(
        "set -eu\n\
         check() {\n\
           expected=$1; shift\n\
           got=$(\"$@\")\n\
           case $expected in 2xx) [ \"${got#2}\" != \"$got\" ] ;; *) [ \"$got\" = \"$expected\" ] ;; esac \\\n\
             || { echo \"expected $expected, got $got: $*\" >&2; exit 1; }\n\
         }\n",
    );
    for command in &commands {
        let command = command.replace("127.0.0.1:8080", &address);
        if command.starts_with("curl ") {
            script.push_str(&checked(&command));
        } else {
            script.push_str(&command);
        }
        script.push('\n');
    }
    let binaries = std::path::Path::new(env!("CARGO_BIN_EXE_students"))
        .parent()
        .unwrap()
        .display()
        .to_string();
    let output = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env("DATABASE_URL", &database_url)
        .env("RUST_LOG", "warn")
        .env(
            "PATH",
            format!("{binaries}:{}", std::env::var("PATH").unwrap_or_default()),
        )
        .output()
        .unwrap();
    let _ = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status();
    wait_for_exit(&mut server, Duration::from_secs(10));
    assert!(
        output.status.success(),
        "a README example failed:\n{}\n{script}",
        String::from_utf8_lossy(&output.stderr)
    );
}
