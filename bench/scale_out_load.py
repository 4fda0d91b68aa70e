#!/usr/bin/env python3
"""The load and the checks of bench/scale-out (Python standard library only).

Each client is a browser-like session (its own cookie jar, no redirects followed) that
creates, edits and deletes its own students through nginx, reading the CSRF token from a
page before every post and checking the flash notice of every acknowledged write on the
next page. Now and then it also tries a cross-site post, which must be refused. Halfway
through, one app instance is killed with SIGKILL. Afterwards every acknowledged write
(a 303) is checked against the database: creates and edits present, deletes gone.
"""

import argparse
import collections
import os
import random
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from storm import TOKEN, VERSION, Session  # noqa: E402


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.requests = 0
        self.failures = collections.Counter()
        self.students = {}  # id -> expected state of an acknowledged student
        self.acknowledged = collections.Counter()
        self.not_found_after_ack = []
        self.flash_expected = 0
        self.flash_missing = []
        self.cross_site_refused = 0
        self.cross_site_accepted = 0
        self.crashes = []

    def count(self, what, status):
        with self.lock:
            self.requests += 1
            self.statuses[status if status is not None else "no answer"] += 1
            if status is None or status >= 500:
                self.failures[what] += 1


def lookup_id(database_url, email):
    # psql quotes the variable (:'e'), so the email is never spliced into SQL.
    result = subprocess.run(
        ["psql", database_url, "-At", "-v", f"e={email}"],
        input="SELECT id FROM students WHERE email_key = lower(:'e');",
        capture_output=True, text=True, check=True,
    )
    value = result.stdout.strip()
    return int(value) if value else None


def client(number, args, stats, deadline):
    try:
        run_client(number, args, stats, deadline)
    except Exception as crash:  # reported, so that a broken client cannot pass silently
        with stats.lock:
            stats.crashes.append(f"client {number}: {crash!r}")


def run_client(number, args, stats, deadline):
    session = Session(args.url)
    rng = random.Random(number)
    mine = []  # ids of this client's live students
    expected_flash = None
    serial = 0
    while time.monotonic() < deadline:
        # Every post starts from a page: it carries the token and shows the last notice.
        status, page = session.send("GET", "/about/")
        stats.count("page", status)
        if status != 200:
            continue
        if expected_flash is not None:
            with stats.lock:
                stats.flash_expected += 1
                if expected_flash not in page:
                    stats.flash_missing.append(expected_flash)
            expected_flash = None
        token = TOKEN.search(page).group(1)

        roll = rng.random()
        if roll < 0.05:
            fields = {"csrf_token": token, "firstname": "Mallory", "lastname": "Evil",
                      "email": f"mallory{number}-{serial}@example.com"}
            status, _ = session.send("POST", "/create/", fields, origin="http://evil.example")
            stats.count("cross-site", status)
            with stats.lock:
                if status == 403:
                    stats.cross_site_refused += 1
                elif status == 303:
                    stats.cross_site_accepted += 1
        elif not mine or roll < 0.5:
            serial += 1
            first, last = f"Load{number}", f"Student{serial}"
            email = f"load{number}.{serial}@example.edu"
            age = str(rng.randint(17, 40))
            fields = {"csrf_token": token, "firstname": first, "lastname": last,
                      "email": email, "age": age, "bio": "created under load"}
            status, _ = session.send("POST", "/create/", fields)
            stats.count("create", status)
            if status == 303:
                student_id = lookup_id(args.database_url, email)
                with stats.lock:
                    stats.acknowledged["create"] += 1
                    if student_id is None:
                        stats.not_found_after_ack.append(email)
                        continue
                    stats.students[student_id] = {"email": email, "lastname": last, "age": age,
                                                  "deleted": False, "uncertain": False}
                mine.append(student_id)
                expected_flash = f"Added student {first} {last}."
        elif roll < 0.8:
            student_id = rng.choice(mine)
            expected = stats.students[student_id]
            last, age = f"Edited{serial}", str(rng.randint(17, 40))
            serial += 1
            # The edit form carries the version the save applies over.
            status, form = session.send("GET", f"/{student_id}/edit/")
            stats.count("page", status)
            if status != 200:
                continue
            fields = {"csrf_token": token, "firstname": f"Load{number}", "lastname": last,
                      "email": expected["email"], "age": age, "bio": "edited under load",
                      "version": VERSION.search(form).group(1)}
            status, _ = session.send("POST", f"/{student_id}/edit/", fields)
            stats.count("edit", status)
            with stats.lock:
                if status == 303:
                    stats.acknowledged["edit"] += 1
                    expected.update(lastname=last, age=age)
                    expected_flash = f"Saved changes to Load{number} {last}."
                elif status is None or status >= 500:
                    expected["uncertain"] = True  # it may or may not have been applied
        else:
            student_id = mine.pop(rng.randrange(len(mine)))
            status, _ = session.send("POST", f"/{student_id}/delete/", {"csrf_token": token})
            stats.count("delete", status)
            with stats.lock:
                expected = stats.students[student_id]
                if status == 303:
                    stats.acknowledged["delete"] += 1
                    expected["deleted"] = True
                    expected_flash = "Deleted student "
                elif status is None or status >= 500:
                    expected["uncertain"] = True


def stored_rows(database_url):
    result = subprocess.run(
        ["psql", database_url, "-At", "-F", "\t", "-c",
         "SELECT id, email, lastname, coalesce(age::text, '') FROM students"],
        capture_output=True, text=True, check=True,
    )
    rows = {}
    for line in result.stdout.splitlines():
        student_id, email, lastname, age = line.split("\t")
        rows[int(student_id)] = {"email": email, "lastname": lastname, "age": age}
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--kill-pid", type=int, required=True)
    parser.add_argument("--kill-after", type=float, required=True)
    parser.add_argument("--access-log", required=True)
    parser.add_argument("--instances", nargs="+", default=[])
    args = parser.parse_args()

    stats = Stats()
    started = time.monotonic()
    deadline = started + args.duration
    threads = [threading.Thread(target=client, args=(n, args, stats, deadline))
               for n in range(args.clients)]
    for thread in threads:
        thread.start()
    time.sleep(args.kill_after)
    os.kill(args.kill_pid, signal.SIGKILL)
    killed_at = time.monotonic() - started
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started

    rows = stored_rows(args.database_url)
    created = [s for s in stats.students.values()]
    present = sum(1 for i, s in stats.students.items() if not s["deleted"] and i in rows)
    should_exist = sum(1 for s in created if not s["deleted"])
    deleted = [i for i, s in stats.students.items() if s["deleted"]]
    gone = sum(1 for i in deleted if i not in rows)
    wrong_values = [
        i for i, s in stats.students.items()
        if not s["deleted"] and not s["uncertain"] and i in rows
        and (rows[i]["lastname"], rows[i]["age"]) != (s["lastname"], s["age"])
    ]
    lost = (should_exist - present) + len(stats.not_found_after_ack) + len(wrong_values)
    resurrected = len(deleted) - gone

    names = dict(item.split("=", 1) for item in args.instances)
    answered = collections.Counter()
    with open(args.access_log) as log:
        for line in log:  # "$upstream_addr $status"; a retried request lists two upstreams
            upstreams = line.rsplit(" ", 1)[0]
            for upstream in upstreams.split(", "):
                answered[names.get(upstream, upstream)] += 1

    def row(label, value):
        print(f"| {label:<48} | {value:>14} |")

    print(f"\n| {'scale-out run':<48} | {'':>14} |\n|{'-' * 50}|{'-' * 16}|")
    row("duration, clients", f"{elapsed:.1f} s, {args.clients}")
    row("requests (through nginx)", stats.requests)
    row("requests per second", f"{stats.requests / elapsed:.0f}")
    for status, count in sorted(stats.statuses.items(), key=str):
        row(f"  status {status}", count)
    for instance, count in sorted(answered.items()):
        row(f"  answered by instance {instance}", count)
    row("instance A killed (SIGKILL) at", f"{killed_at:.1f} s")
    row("failed requests (5xx or no answer)", sum(stats.failures.values()))
    row("creates acknowledged (303)", stats.acknowledged["create"])
    row("edits acknowledged (303)", stats.acknowledged["edit"])
    row("deletes acknowledged (303)", stats.acknowledged["delete"])
    row("acknowledged students that should exist", should_exist)
    row("  stored", present)
    row("  with the last acknowledged edit", should_exist - len(wrong_values) -
        sum(1 for s in created if s["uncertain"] and not s["deleted"]))
    row("  left unchecked (a write of theirs failed)", sum(1 for s in created if s["uncertain"] and not s["deleted"]))
    row("acknowledged deletes absent from the database", f"{gone} of {len(deleted)}")
    row("LOST acknowledged writes", lost)
    row("flash notices seen on the next page", f"{stats.flash_expected - len(stats.flash_missing)} of {stats.flash_expected}")
    row("cross-site posts refused (403)", f"{stats.cross_site_refused} of {stats.cross_site_refused + stats.cross_site_accepted}")

    problems = []
    if lost:
        problems.append(f"{lost} acknowledged writes are missing or wrong")
    if resurrected:
        problems.append(f"{resurrected} acknowledged deletes are still in the database")
    if stats.flash_missing:
        problems.append(f"{len(stats.flash_missing)} flash notices were not shown")
    if stats.cross_site_accepted:
        problems.append(f"{stats.cross_site_accepted} cross-site posts were accepted")
    if len(answered) < 2:
        problems.append("only one instance answered")
    if stats.crashes:
        problems.append("clients crashed: " + "; ".join(stats.crashes))
    if stats.acknowledged["create"] == 0:
        problems.append("nothing was created")
    print()
    if problems:
        print("FAILED: " + "; ".join(problems))
        raise SystemExit(1)
    print("PASSED: every acknowledged write is in the database; both instances served sessions, flash and CSRF")


if __name__ == "__main__":
    main()
