//! Graceful shutdown of the real binary: SIGTERM stops the server, but a request already
//! in flight is answered and its write is stored.
//!
//! Routes: `POST /api/students`, on the real binary, during a SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Everything the server has logged so far.
pub type Log = std::sync::Arc<std::sync::Mutex<String>>;

/// The binary, serving a SQLite file on a free port, the address it logged, and its log.
pub fn start_server(database_url: &str) -> (Child, String, Log) {
    let mut server = Command::new(env!("CARGO_BIN_EXE_students"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("PORT", "0")
        .env("SHUTDOWN_TIMEOUT", "10")
        .env("RUST_LOG", "debug")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the students binary");
    // Read the log on a thread (a full pipe would block the server) until it says where.
    let lines = BufReader::new(server.stderr.take().expect("stderr"));
    let log = Log::default();
    let (address_sender, address) = mpsc::channel();
    let kept = log.clone();
    std::thread::spawn(move || {
        for line in lines.lines().map_while(Result::ok) {
            if let Some((_, address)) = line.split_once("serving http://") {
                let _ = address_sender.send(address.trim().to_owned());
            }
            let mut log = kept.lock().unwrap_or_else(|e| e.into_inner());
            log.push_str(&line);
            log.push('\n');
        }
    });
    let address = address
        .recv_timeout(Duration::from_secs(20))
        .expect("the server logs its address");
    (server, address, log)
}

/// An editor's API token, made with the `user` commands as an operator would.
fn api_token(database_url: &str) -> String {
    let students = |args: &[&str], stdin: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_students"))
            .args(args)
            .env("DATABASE_URL", database_url)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run the students binary");
        command
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write the password");
        let output = command.wait_with_output().expect("the command ends");
        assert!(output.status.success(), "students {args:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let email = "script@example.com";
    students(
        &["user", "add", email, "--role", "editor"],
        "a long password\n",
    );
    students(&["user", "token", email, "--name", "shutdown test"], "")
        .trim()
        .to_owned()
}

pub fn wait_for_exit(server: &mut Child, within: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = server.try_wait().expect("wait") {
            return status;
        }
        assert!(Instant::now() < deadline, "the server did not exit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_lets_a_request_in_flight_finish_and_store_its_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = dir.path().join("students.db").display().to_string();
    let token = api_token(&database_url);
    let (mut server, address, _) = start_server(&database_url);

    // A create whose body is only half sent when the signal arrives.
    let body = r#"{"firstname": "Grace", "lastname": "Hopper", "email": "grace@example.com"}"#;
    let (first, rest) = body.split_at(20);
    let mut stream = TcpStream::connect(&address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    write!(
        stream,
        "POST /api/students HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         Authorization: Bearer {token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
        body.len()
    )
    .expect("send the head");
    std::thread::sleep(Duration::from_millis(300));

    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        server.try_wait().expect("wait").is_none(),
        "the server waits for the request in flight"
    );
    assert!(
        TcpStream::connect(&address).is_err(),
        "no new connections once stopping"
    );

    stream.write_all(rest.as_bytes()).expect("send the rest");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("the answer");
    assert!(
        response.starts_with("HTTP/1.1 201 Created"),
        "answered after SIGTERM: {response}"
    );

    let status = wait_for_exit(&mut server, Duration::from_secs(10));
    assert!(status.success(), "a clean exit: {status}");
    let database = students::db::connect(&database_url).expect("open the database");
    let mut conn = database.pool().get().expect("connection");
    let stored =
        students::db::students::find_by_email(&mut conn, "grace@example.com").expect("query");
    assert!(stored.is_some(), "the acknowledged create is stored");
}
