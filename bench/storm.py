"""Shared parts of the load scripts (Python standard library only): the app binary as a
child process, a browser-like HTTP session, and direct reads of the database the app
writes to, so that what the app acknowledged can be checked against what is stored.
"""

import http.cookiejar
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = re.compile(r'<meta name="csrf-token" content="([0-9a-f]+)">')
VERSION = re.compile(r'<input type="hidden" name="version" value="(\d+)">')
PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/test")


def binary():
    """The app binary: $STUDENTS_BIN, or a release build with PostgreSQL support."""
    if os.environ.get("STUDENTS_BIN"):
        return os.environ["STUDENTS_BIN"]
    print("building the release binary with PostgreSQL support…", flush=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--features", "postgres"],
                   cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "students")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# The account every bench client logs in with (created by `ensure_account`).
BENCH_EMAIL = "bench@example.com"
BENCH_PASSWORD = "bench password, not secret"


def ensure_account(binary, database_url):
    """Adds the bench admin with the `user add` command, as an operator would (once)."""
    env = dict(os.environ, DATABASE_URL=database_url, RUST_LOG="warn")
    done = subprocess.run([binary, "user", "add", BENCH_EMAIL, "--role", "admin"], env=env,
                          input=BENCH_PASSWORD + "\n", capture_output=True, text=True)
    if done.returncode != 0 and "exists already" not in done.stderr:
        raise SystemExit(f"could not add the bench account: {done.stderr}")


class Server:
    """One app instance on a free port, its log in a file."""

    def __init__(self, binary, database_url, log_path, workers=2):
        self.binary, self.database_url, self.log_path = binary, database_url, log_path
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self, wait=True):
        ensure_account(self.binary, self.database_url)
        env = dict(os.environ, DATABASE_URL=self.database_url, PORT=str(self.port),
                   WORKERS=str(self.workers), RUST_LOG="warn")
        log = open(self.log_path, "a")
        self.process = subprocess.Popen([self.binary, "serve"], env=env, stdout=log,
                                        stderr=subprocess.STDOUT)
        if wait:
            self.wait_healthy()
        return self

    def wait_healthy(self, within=30):
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the app exited with {self.process.returncode}:\n{self.log()}")
            if get_status(self.url + "/healthz") == 200:
                return
            time.sleep(0.1)
        raise SystemExit(f"the app did not become healthy within {within} s:\n{self.log()}")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self):
        with open(self.log_path, errors="replace") as log:
            return log.read()


def get_status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as answer:
        return answer.code
    except (urllib.error.URLError, OSError):
        return None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Session:
    """A browser-like client: its own cookie jar, redirects not followed, logged in as the
    bench account unless `log_in=False`."""

    def __init__(self, base, log_in=True):
        self.base = base
        self.origin = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect
        )
        self.headers = {}  # of the last answer, names in lower case
        if log_in:
            self.log_in()

    def log_in(self, attempts=50):
        """Logs in through the login form (retrying while the server is unreachable)."""
        for _ in range(attempts):
            status, page = self.send("GET", "/login/")
            token = TOKEN.search(page) if status == 200 else None
            if token:
                fields = {"email": BENCH_EMAIL, "password": BENCH_PASSWORD,
                          "csrf_token": token.group(1)}
                status, _ = self.send("POST", "/login/", fields)
                if status == 303:
                    return
            time.sleep(0.2)
        raise SystemExit(f"could not log in to {self.base}: {status}")

    def send(self, method, path, fields=None, origin=None, json_body=None, timeout=30):
        """Returns (status or None when no answer, body)."""
        data, content_type = None, None
        if fields is not None:
            data = urllib.parse.urlencode(fields).encode()
        elif json_body is not None:
            data, content_type = json_body.encode(), "application/json"
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Origin", origin or self.origin)
        if content_type:
            request.add_header("Content-Type", content_type)
        self.headers = {}
        try:
            with self.opener.open(request, timeout=timeout) as response:
                self.headers = {k.lower(): v for k, v in response.headers.items()}
                return response.status, response.read().decode()
        except urllib.error.HTTPError as answer:  # 3xx (not followed), 4xx, 5xx
            self.headers = {k.lower(): v for k, v in answer.headers.items()}
            return answer.code, answer.read().decode(errors="replace")
        except (urllib.error.URLError, OSError) as failure:
            return None, str(failure)


class Database:
    """A fresh, uniquely named database for one run: a SQLite file or a PostgreSQL database."""

    def __init__(self, backend, workdir):
        self.backend = backend
        if backend == "sqlite":
            self.path = os.path.join(workdir, "students.db")
            self.url = self.path
        else:
            self.name = f"students_storm_{os.getpid()}_{int(time.time() * 1000)}"
            self.url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + self.name
            self.psql(PG_ADMIN_URL, f"CREATE DATABASE {self.name}")

    def psql(self, url, sql):
        result = subprocess.run(["psql", url, "-X", "-At", "-F", "\t", "-c", sql],
                                capture_output=True, text=True, check=True)
        return [line.split("\t") for line in result.stdout.splitlines()]

    def query(self, sql):
        """Rows as lists of strings (None for NULL on SQLite, '' on PostgreSQL)."""
        if self.backend == "sqlite":
            with sqlite3.connect(self.path) as conn:
                return [["" if v is None else str(v) for v in row]
                        for row in conn.execute(sql).fetchall()]
        return self.psql(self.url, sql)

    def drop(self):
        if self.backend != "sqlite":
            self.psql(PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


def table(title, rows):
    """Prints rows of (label, value) as a Markdown table."""
    width = max(48, len(title), *(len(label) for label, _ in rows))
    value_width = max(16, *(len(str(value)) for _, value in rows))
    print(f"\n| {title:<{width}} | {'':>{value_width}} |")
    print(f"|{'-' * (width + 2)}|{'-' * (value_width + 2)}:|".replace("-:|", ":|"))
    for label, value in rows:
        print(f"| {label:<{width}} | {value!s:>{value_width}} |")
    sys.stdout.flush()
