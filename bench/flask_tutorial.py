"""The tutorial's Flask app, set up beside ours for the side-by-side in bench/run.

    python3 bench/flask_tutorial.py STUDENTS_DB     # serve it on the students of our database

The app is the one "How to Use Flask-SQLAlchemy to Interact with Databases in a Flask
Application" builds (app.py and its base, index and student templates, as the tutorial
leaves them), in a virtualenv of its own (Flask, Flask-SQLAlchemy, gunicorn from PyPI,
kept in ~/.cache/students-bench/flask-venv), served by gunicorn with 2 workers x 4
threads. Its database is a copy of our students (same ids, names, emails, ages, bios).

One line differs from the tutorial: the index takes `?limit=N` to show the first N
students. The tutorial's index lists every student on one page (10 000 of them make a
6 MB page); ours shows 25. Both are measured; `?limit=25` compares like with like.
"""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

VENV = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "students-bench" / "flask-venv"
PACKAGES = ["Flask==3.1.*", "Flask-SQLAlchemy==3.1.*", "gunicorn==23.*"]

APP = r'''
import os
from flask import Flask, render_template, request, url_for, redirect
from flask_sqlalchemy import SQLAlchemy

from sqlalchemy.sql import func


basedir = os.path.abspath(os.path.dirname(__file__))

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] =\
        'sqlite:///' + os.path.join(basedir, 'database.db')
app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False

db = SQLAlchemy(app)


class Student(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    firstname = db.Column(db.String(100), nullable=False)
    lastname = db.Column(db.String(100), nullable=False)
    email = db.Column(db.String(80), unique=True, nullable=False)
    age = db.Column(db.Integer)
    created_at = db.Column(db.DateTime(timezone=True),
                           server_default=func.now())
    bio = db.Column(db.Text)

    def __repr__(self):
        return f'<Student {self.firstname}>'


@app.route('/')
def index():
    # The one line not in the tutorial (see bench/flask_tutorial.py).
    limit = request.args.get('limit', type=int)
    students = Student.query.limit(limit).all() if limit else Student.query.all()
    return render_template('index.html', students=students)


@app.route('/<int:student_id>/')
def student(student_id):
    student = Student.query.get_or_404(student_id)
    return render_template('student.html', student=student)


@app.route('/create/', methods=('GET', 'POST'))
def create():
    if request.method == 'POST':
        firstname = request.form['firstname']
        lastname = request.form['lastname']
        email = request.form['email']
        age = int(request.form['age'])
        bio = request.form['bio']
        student = Student(firstname=firstname,
                          lastname=lastname,
                          email=email,
                          age=age,
                          bio=bio)
        db.session.add(student)
        db.session.commit()

        return redirect(url_for('index'))

    return render_template('create.html')


@app.route('/<int:student_id>/edit/', methods=('GET', 'POST'))
def edit(student_id):
    student = Student.query.get_or_404(student_id)

    if request.method == 'POST':
        firstname = request.form['firstname']
        lastname = request.form['lastname']
        email = request.form['email']
        age = int(request.form['age'])
        bio = request.form['bio']

        student.firstname = firstname
        student.lastname = lastname
        student.email = email
        student.age = age
        student.bio = bio

        db.session.add(student)
        db.session.commit()

        return redirect(url_for('index'))

    return render_template('edit.html', student=student)


@app.post('/<int:student_id>/delete/')
def delete(student_id):
    student = Student.query.get_or_404(student_id)
    db.session.delete(student)
    db.session.commit()
    return redirect(url_for('index'))
'''

BASE = r'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>{% block title %} {% endblock %} - FlaskApp</title>
    <style>
        .title {
            margin: 5px;
        }

        .content {
            margin: 5px;
            width: 100%;
            display: flex;
            flex-direction: row;
            flex-wrap: wrap;
        }

        .student {
            flex: 20%;
            padding: 10px;
            margin: 5px;
            background-color: #f3f3f3;
            inline-size: 100%;
        }

        .bio {
            padding: 10px;
            margin: 5px;
            background-color: #ffffff;
            color: #004835;
        }

        .name a {
            color: #00a36f;
            text-decoration: none;
        }

        nav a {
            color: #d64161;
            font-size: 3em;
            margin-left: 50px;
            text-decoration: none;
        }
    </style>
</head>
<body>
    <nav>
        <a href="{{ url_for('index') }}">FlaskApp</a>
        <a href="{{ url_for('create') }}">Create</a>
        <a href="#">About</a>
    </nav>
    <hr>
    <div class="content">
        {% block content %} {% endblock %}
    </div>
</body>
</html>
'''

INDEX = r'''{% extends 'base.html' %}

{% block content %}
    <h1 class="title">{% block title %} Students {% endblock %}</h1>
    <div class="content">
        {% for student in students %}
            <div class="student">
                <p><b>#{{ student.id }}</b></p>
                <b>
                    <p class="name">
                        <a href="{{ url_for('student', student_id=student.id)}}">
                            {{ student.firstname }} {{ student.lastname }}
                        </a>
                    </p>
                </b>
                <p>{{ student.email }}</p>
                <p>{{ student.age }} years old.</p>
                <p>Joined: {{ student.created_at }}</p>
                <div class="bio">
                    <h4>Bio</h4>
                    <p>{{ student.bio }}</p>
                </div>
                <a href="{{ url_for('edit', student_id=student.id) }}">Edit</a>

                <hr>
                <form method="POST"
                        action="{{ url_for('delete', student_id=student.id) }}">
                    <input type="submit" value="Delete Student"
                        onclick="return confirm('Are you sure you want to delete this entry?')">
                </form>

            </div>
        {% endfor %}
    </div>
{% endblock %}
'''

STUDENT = r'''{% extends 'base.html' %}

{% block content %}
    <span class="title">
        <h1>{% block title %} {{ student.firstname }} {{ student.lastname }}{% endblock %}</h1>
    </span>
    <div class="content">
            <div class="student">
                <p><b>#{{ student.id }}</b></p>
                <b>
                    <p class="name">{{ student.firstname }} {{ student.lastname }}</p>
                </b>
                <p>{{ student.email }}</p>
                <p>{{ student.age }} years old.</p>
                <p>Joined: {{ student.created_at }}</p>
                <div class="bio">
                    <h4>Bio</h4>
                    <p>{{ student.bio }}</p>
                </div>
            </div>
    </div>
{% endblock %}
'''


def venv():
    """The virtualenv's python, created (and the packages installed) the first time."""
    python = VENV / "bin" / "python"
    gunicorn = VENV / "bin" / "gunicorn"
    if not gunicorn.exists():
        shutil.rmtree(VENV, ignore_errors=True)
        VENV.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    return gunicorn


def write_app(folder, students_db):
    """The tutorial's files in `folder`, its database holding the students of ours."""
    (folder / "templates").mkdir(parents=True)
    (folder / "app.py").write_text(APP)
    for name, text in [("base.html", BASE), ("index.html", INDEX), ("student.html", STUDENT)]:
        (folder / "templates" / name).write_text(text)
    with sqlite3.connect(folder / "database.db") as flask, sqlite3.connect(students_db) as ours:
        # The table Flask-SQLAlchemy's db.create_all() makes for the tutorial's model.
        flask.execute(
            "CREATE TABLE student (id INTEGER NOT NULL, firstname VARCHAR(100) NOT NULL, "
            "lastname VARCHAR(100) NOT NULL, email VARCHAR(80) NOT NULL, age INTEGER, "
            "created_at DATETIME DEFAULT (CURRENT_TIMESTAMP), bio TEXT, PRIMARY KEY (id), "
            "UNIQUE (email))")
        rows = ours.execute(
            "SELECT id, firstname, lastname, email, age, created_at, bio FROM students "
            "ORDER BY id")
        flask.executemany("INSERT INTO student VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


class FlaskApp:
    """The tutorial's app under gunicorn, on a free port, for a `with` block."""

    def __init__(self, students_db):
        self.students_db = students_db

    def __enter__(self):
        gunicorn = venv()
        self.folder = Path(tempfile.mkdtemp(prefix="students-bench-flask-"))
        write_app(self.folder, self.students_db)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.server = subprocess.Popen(
            [str(gunicorn), "--workers", "2", "--threads", "4", "--bind", f"127.0.0.1:{port}",
             "--log-level", "warning", "app:app"],
            cwd=self.folder, start_new_session=True)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/1/")
                return self
            except OSError:
                time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError("the Flask app did not start")

    def __exit__(self, *_):
        os.killpg(self.server.pid, signal.SIGTERM)
        self.server.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    with FlaskApp(sys.argv[1]) as app:
        print(f"the tutorial's app serves {app.base} (Ctrl-C stops it)", flush=True)
        try:
            app.server.wait()
        except KeyboardInterrupt:
            pass
