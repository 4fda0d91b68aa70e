-- The schema of migrations/sqlite in PostgreSQL's dialect: see the comments there.
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
    SELECT to_char(created_at, 'YYYY-MM'), COUNT(*) FROM students
    GROUP BY to_char(created_at, 'YYYY-MM');

CREATE FUNCTION course_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE course_totals SET courses = courses + 1 WHERE id = 1;
    ELSE
        UPDATE course_totals SET courses = courses - 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER course_totals_change AFTER INSERT OR DELETE ON courses
    FOR EACH ROW EXECUTE FUNCTION course_totals_change();

CREATE FUNCTION enrollment_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE course_totals SET enrollments = enrollments - 1 WHERE id = 1;
        UPDATE course_students SET students = students - 1 WHERE course_id = OLD.course_id;
        UPDATE grade_counts SET enrollments = enrollments - 1
            WHERE course_id = OLD.course_id AND grade = COALESCE(OLD.grade, '');
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE course_totals SET enrollments = enrollments + 1 WHERE id = 1;
        INSERT INTO course_students (course_id, students) VALUES (NEW.course_id, 1)
            ON CONFLICT (course_id) DO UPDATE SET students = course_students.students + 1;
        INSERT INTO grade_counts (course_id, grade, enrollments)
            VALUES (NEW.course_id, COALESCE(NEW.grade, ''), 1)
            ON CONFLICT (course_id, grade)
            DO UPDATE SET enrollments = grade_counts.enrollments + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER enrollment_counts_change AFTER INSERT OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION enrollment_counts_change();
CREATE TRIGGER enrollment_counts_update AFTER UPDATE OF grade, course_id ON enrollments
    FOR EACH ROW
    WHEN (OLD.grade IS DISTINCT FROM NEW.grade OR OLD.course_id IS DISTINCT FROM NEW.course_id)
    EXECUTE FUNCTION enrollment_counts_change();

-- An edit moves a student from one age's row to another's. Two edits moving students in
-- opposite directions would lock the same two rows in opposite orders and deadlock, so an
-- edit always takes the lower age's row first.
CREATE FUNCTION student_age_moved(old_age INTEGER, new_age INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF old_age < new_age THEN
        UPDATE age_counts SET students = students - 1 WHERE age = old_age;
    END IF;
    INSERT INTO age_counts (age, students) VALUES (new_age, 1)
        ON CONFLICT (age) DO UPDATE SET students = age_counts.students + 1;
    IF old_age > new_age THEN
        UPDATE age_counts SET students = students - 1 WHERE age = old_age;
    END IF;
END;
$$;

CREATE FUNCTION student_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF COALESCE(OLD.age, -1) <> COALESCE(NEW.age, -1) THEN
            PERFORM student_age_moved(COALESCE(OLD.age, -1), COALESCE(NEW.age, -1));
        END IF;
        IF to_char(OLD.created_at, 'YYYY-MM') <> to_char(NEW.created_at, 'YYYY-MM') THEN
            UPDATE join_months SET students = students - 1
                WHERE month = to_char(OLD.created_at, 'YYYY-MM');
            INSERT INTO join_months (month, students) VALUES (to_char(NEW.created_at, 'YYYY-MM'), 1)
                ON CONFLICT (month) DO UPDATE SET students = join_months.students + 1;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        UPDATE age_counts SET students = students - 1 WHERE age = COALESCE(OLD.age, -1);
        UPDATE join_months SET students = students - 1
            WHERE month = to_char(OLD.created_at, 'YYYY-MM');
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO age_counts (age, students) VALUES (COALESCE(NEW.age, -1), 1)
            ON CONFLICT (age) DO UPDATE SET students = age_counts.students + 1;
        INSERT INTO join_months (month, students) VALUES (to_char(NEW.created_at, 'YYYY-MM'), 1)
            ON CONFLICT (month) DO UPDATE SET students = join_months.students + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER student_counts_change AFTER INSERT OR DELETE ON students
    FOR EACH ROW EXECUTE FUNCTION student_counts_change();
CREATE TRIGGER student_counts_update AFTER UPDATE OF age, created_at ON students
    FOR EACH ROW
    WHEN (OLD.age IS DISTINCT FROM NEW.age
          OR to_char(OLD.created_at, 'YYYY-MM') IS DISTINCT FROM to_char(NEW.created_at, 'YYYY-MM'))
    EXECUTE FUNCTION student_counts_change();
