-- The dashboard's figures, kept by triggers in the same transaction as every write (like
-- `student_count`), so that it reads a few hundred rows whatever the number of students:
--
-- * `course_totals`: how many courses and enrollments there are (one row);
-- * `course_students`: how many students each course has;
-- * `grade_counts`: how many enrollments of each course have each grade ('' for none);
-- * `age_counts`: how many students have each age (-1 for none given);
-- * `join_months`: how many students joined in each month ('YYYY-MM', UTC).
--
-- Enrollments leave with their student or course by ON DELETE CASCADE, which fires the
-- enrollments' triggers in SQLite and PostgreSQL; MySQL's triggers skip cascaded deletes,
-- so its migration deletes the enrollments first, in a trigger.
CREATE TABLE course_totals (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    courses BIGINT NOT NULL,
    enrollments BIGINT NOT NULL
);
INSERT INTO course_totals (id, courses, enrollments)
    VALUES (1, (SELECT COUNT(*) FROM courses), (SELECT COUNT(*) FROM enrollments));

CREATE TABLE course_students (
    course_id BIGINT PRIMARY KEY,
    students BIGINT NOT NULL
);
INSERT INTO course_students (course_id, students)
    SELECT course_id, COUNT(*) FROM enrollments GROUP BY course_id;

CREATE TABLE grade_counts (
    course_id BIGINT NOT NULL,
    grade TEXT NOT NULL,
    enrollments BIGINT NOT NULL,
    PRIMARY KEY (course_id, grade)
);
INSERT INTO grade_counts (course_id, grade, enrollments)
    SELECT course_id, COALESCE(grade, ''), COUNT(*) FROM enrollments
    GROUP BY course_id, COALESCE(grade, '');

CREATE TABLE age_counts (
    age INTEGER PRIMARY KEY,
    students BIGINT NOT NULL
);
INSERT INTO age_counts (age, students)
    SELECT COALESCE(age, -1), COUNT(*) FROM students GROUP BY COALESCE(age, -1);

CREATE TABLE join_months (
    month TEXT PRIMARY KEY,
    students BIGINT NOT NULL
);
INSERT INTO join_months (month, students)
    SELECT substr(created_at, 1, 7), COUNT(*) FROM students GROUP BY substr(created_at, 1, 7);

CREATE TRIGGER course_totals_insert AFTER INSERT ON courses BEGIN
    UPDATE course_totals SET courses = courses + 1 WHERE id = 1;
END;
CREATE TRIGGER course_totals_delete AFTER DELETE ON courses BEGIN
    UPDATE course_totals SET courses = courses - 1 WHERE id = 1;
END;

CREATE TRIGGER enrollment_counts_insert AFTER INSERT ON enrollments BEGIN
    UPDATE course_totals SET enrollments = enrollments + 1 WHERE id = 1;
    INSERT INTO course_students (course_id, students) VALUES (NEW.course_id, 1)
        ON CONFLICT (course_id) DO UPDATE SET students = students + 1;
    INSERT INTO grade_counts (course_id, grade, enrollments)
        VALUES (NEW.course_id, COALESCE(NEW.grade, ''), 1)
        ON CONFLICT (course_id, grade) DO UPDATE SET enrollments = enrollments + 1;
END;
CREATE TRIGGER enrollment_counts_delete AFTER DELETE ON enrollments BEGIN
    UPDATE course_totals SET enrollments = enrollments - 1 WHERE id = 1;
    UPDATE course_students SET students = students - 1 WHERE course_id = OLD.course_id;
    UPDATE grade_counts SET enrollments = enrollments - 1
        WHERE course_id = OLD.course_id AND grade = COALESCE(OLD.grade, '');
END;
CREATE TRIGGER enrollment_counts_update AFTER UPDATE OF grade, course_id ON enrollments
    WHEN OLD.grade IS NOT NEW.grade OR OLD.course_id IS NOT NEW.course_id BEGIN
    UPDATE grade_counts SET enrollments = enrollments - 1
        WHERE course_id = OLD.course_id AND grade = COALESCE(OLD.grade, '');
    UPDATE course_students SET students = students - 1 WHERE course_id = OLD.course_id;
    INSERT INTO course_students (course_id, students) VALUES (NEW.course_id, 1)
        ON CONFLICT (course_id) DO UPDATE SET students = students + 1;
    INSERT INTO grade_counts (course_id, grade, enrollments)
        VALUES (NEW.course_id, COALESCE(NEW.grade, ''), 1)
        ON CONFLICT (course_id, grade) DO UPDATE SET enrollments = enrollments + 1;
END;

CREATE TRIGGER student_counts_insert AFTER INSERT ON students BEGIN
    INSERT INTO age_counts (age, students) VALUES (COALESCE(NEW.age, -1), 1)
        ON CONFLICT (age) DO UPDATE SET students = students + 1;
    INSERT INTO join_months (month, students) VALUES (substr(NEW.created_at, 1, 7), 1)
        ON CONFLICT (month) DO UPDATE SET students = students + 1;
END;
CREATE TRIGGER student_counts_delete AFTER DELETE ON students BEGIN
    UPDATE age_counts SET students = students - 1 WHERE age = COALESCE(OLD.age, -1);
    UPDATE join_months SET students = students - 1 WHERE month = substr(OLD.created_at, 1, 7);
END;
CREATE TRIGGER student_counts_update AFTER UPDATE OF age, created_at ON students
    WHEN OLD.age IS NOT NEW.age OR substr(OLD.created_at, 1, 7) IS NOT substr(NEW.created_at, 1, 7) BEGIN
    UPDATE age_counts SET students = students - 1 WHERE age = COALESCE(OLD.age, -1);
    INSERT INTO age_counts (age, students) VALUES (COALESCE(NEW.age, -1), 1)
        ON CONFLICT (age) DO UPDATE SET students = students + 1;
    UPDATE join_months SET students = students - 1 WHERE month = substr(OLD.created_at, 1, 7);
    INSERT INTO join_months (month, students) VALUES (substr(NEW.created_at, 1, 7), 1)
        ON CONFLICT (month) DO UPDATE SET students = students + 1;
END;
