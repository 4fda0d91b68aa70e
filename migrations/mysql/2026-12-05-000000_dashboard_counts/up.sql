-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
-- Here triggers do not see rows deleted by ON DELETE CASCADE, so deleting a student or a
-- course first deletes its enrollments in a trigger, whose own triggers then count them.
CREATE TABLE course_totals (
    id INT NOT NULL PRIMARY KEY,
    courses BIGINT NOT NULL,
    enrollments BIGINT NOT NULL,
    CONSTRAINT course_totals_single_row CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO course_totals (id, courses, enrollments)
    VALUES (1, (SELECT COUNT(*) FROM courses), (SELECT COUNT(*) FROM enrollments));

CREATE TABLE course_students (
    course_id BIGINT NOT NULL PRIMARY KEY,
    students BIGINT NOT NULL
) ENGINE = InnoDB;
INSERT INTO course_students (course_id, students)
    SELECT course_id, COUNT(*) FROM enrollments GROUP BY course_id;

CREATE TABLE grade_counts (
    course_id BIGINT NOT NULL,
    grade VARCHAR(20) NOT NULL,
    enrollments BIGINT NOT NULL,
    PRIMARY KEY (course_id, grade)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO grade_counts (course_id, grade, enrollments)
    SELECT course_id, COALESCE(grade, ''), COUNT(*) FROM enrollments
    GROUP BY course_id, COALESCE(grade, '');

CREATE TABLE age_counts (
    age INT NOT NULL PRIMARY KEY,
    students BIGINT NOT NULL
) ENGINE = InnoDB;
INSERT INTO age_counts (age, students)
    SELECT COALESCE(age, -1), COUNT(*) FROM students GROUP BY COALESCE(age, -1);

CREATE TABLE join_months (
    month CHAR(7) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    students BIGINT NOT NULL
) ENGINE = InnoDB;
INSERT INTO join_months (month, students)
    SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM students
    GROUP BY DATE_FORMAT(created_at, '%Y-%m');

CREATE TRIGGER course_totals_insert AFTER INSERT ON courses
    FOR EACH ROW UPDATE course_totals SET courses = courses + 1 WHERE id = 1;
CREATE TRIGGER course_totals_delete AFTER DELETE ON courses
    FOR EACH ROW UPDATE course_totals SET courses = courses - 1 WHERE id = 1;
CREATE TRIGGER course_enrollments_delete BEFORE DELETE ON courses
    FOR EACH ROW DELETE FROM enrollments WHERE course_id = OLD.id;
CREATE TRIGGER student_enrollments_delete BEFORE DELETE ON students
    FOR EACH ROW DELETE FROM enrollments WHERE student_id = OLD.id;

CREATE TRIGGER enrollment_counts_insert AFTER INSERT ON enrollments
FOR EACH ROW BEGIN
    UPDATE course_totals SET enrollments = enrollments + 1 WHERE id = 1;
    INSERT INTO course_students (course_id, students) VALUES (NEW.course_id, 1)
        ON DUPLICATE KEY UPDATE students = students + 1;
    INSERT INTO grade_counts (course_id, grade, enrollments)
        VALUES (NEW.course_id, COALESCE(NEW.grade, ''), 1)
        ON DUPLICATE KEY UPDATE enrollments = enrollments + 1;
END;
CREATE TRIGGER enrollment_counts_delete AFTER DELETE ON enrollments
FOR EACH ROW BEGIN
    UPDATE course_totals SET enrollments = enrollments - 1 WHERE id = 1;
    UPDATE course_students SET students = students - 1 WHERE course_id = OLD.course_id;
    UPDATE grade_counts SET enrollments = enrollments - 1
        WHERE course_id = OLD.course_id AND grade = COALESCE(OLD.grade, '');
END;
CREATE TRIGGER enrollment_counts_update AFTER UPDATE ON enrollments
FOR EACH ROW BEGIN
    IF NOT (OLD.grade <=> NEW.grade) OR OLD.course_id <> NEW.course_id THEN
        UPDATE course_students SET students = students - 1 WHERE course_id = OLD.course_id;
        UPDATE grade_counts SET enrollments = enrollments - 1
            WHERE course_id = OLD.course_id AND grade = COALESCE(OLD.grade, '');
        INSERT INTO course_students (course_id, students) VALUES (NEW.course_id, 1)
            ON DUPLICATE KEY UPDATE students = students + 1;
        INSERT INTO grade_counts (course_id, grade, enrollments)
            VALUES (NEW.course_id, COALESCE(NEW.grade, ''), 1)
            ON DUPLICATE KEY UPDATE enrollments = enrollments + 1;
    END IF;
END;

CREATE TRIGGER student_counts_insert AFTER INSERT ON students
FOR EACH ROW BEGIN
    INSERT INTO age_counts (age, students) VALUES (COALESCE(NEW.age, -1), 1)
        ON DUPLICATE KEY UPDATE students = students + 1;
    INSERT INTO join_months (month, students) VALUES (DATE_FORMAT(NEW.created_at, '%Y-%m'), 1)
        ON DUPLICATE KEY UPDATE students = students + 1;
END;
CREATE TRIGGER student_counts_delete AFTER DELETE ON students
FOR EACH ROW BEGIN
    UPDATE age_counts SET students = students - 1 WHERE age = COALESCE(OLD.age, -1);
    UPDATE join_months SET students = students - 1
        WHERE month = DATE_FORMAT(OLD.created_at, '%Y-%m');
END;
CREATE TRIGGER student_counts_update AFTER UPDATE ON students
FOR EACH ROW BEGIN
    -- The lower age's row first: two edits moving students in opposite directions must
    -- not lock the same two rows in opposite orders (a deadlock).
    IF COALESCE(OLD.age, -1) < COALESCE(NEW.age, -1) THEN
        UPDATE age_counts SET students = students - 1 WHERE age = COALESCE(OLD.age, -1);
        INSERT INTO age_counts (age, students) VALUES (COALESCE(NEW.age, -1), 1)
            ON DUPLICATE KEY UPDATE students = students + 1;
    ELSEIF COALESCE(OLD.age, -1) > COALESCE(NEW.age, -1) THEN
        INSERT INTO age_counts (age, students) VALUES (COALESCE(NEW.age, -1), 1)
            ON DUPLICATE KEY UPDATE students = students + 1;
        UPDATE age_counts SET students = students - 1 WHERE age = COALESCE(OLD.age, -1);
    END IF;
    IF DATE_FORMAT(OLD.created_at, '%Y-%m') <> DATE_FORMAT(NEW.created_at, '%Y-%m') THEN
        UPDATE join_months SET students = students - 1
            WHERE month = DATE_FORMAT(OLD.created_at, '%Y-%m');
        INSERT INTO join_months (month, students) VALUES (DATE_FORMAT(NEW.created_at, '%Y-%m'), 1)
            ON DUPLICATE KEY UPDATE students = students + 1;
    END IF;
END;
