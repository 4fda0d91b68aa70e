-- The kept counts, moved by one update per statement instead of one per row. PostgreSQL
-- writes a new version of a row at every update, and a transaction that updates the same
-- counter row once per inserted student (an import, a seed, a batch restore) walks an
-- ever longer chain of versions: 100 000 imported rows took minutes. A statement now adds
-- what it inserted or deleted, counted from its transition table, in one update per
-- counter row. Rows are upserted in key order, as the edit trigger locks them (lower age
-- first), so concurrent writes take the rows in one order and cannot deadlock.
-- The edits (UPDATE) keep their row triggers: an edit moves one student.

DROP TRIGGER student_count_change ON students;
DROP TRIGGER student_counts_change ON students;
DROP TRIGGER enrollment_counts_change ON enrollments;

CREATE FUNCTION students_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE student_count SET total = total + (SELECT COUNT(*) FROM inserted) WHERE id = 1;
    INSERT INTO age_counts (age, students)
        SELECT COALESCE(age, -1), COUNT(*) FROM inserted
        GROUP BY COALESCE(age, -1) ORDER BY COALESCE(age, -1)
        ON CONFLICT (age) DO UPDATE SET students = age_counts.students + EXCLUDED.students;
    INSERT INTO join_months (month, students)
        SELECT to_char(created_at, 'YYYY-MM'), COUNT(*) FROM inserted
        GROUP BY to_char(created_at, 'YYYY-MM') ORDER BY to_char(created_at, 'YYYY-MM')
        ON CONFLICT (month) DO UPDATE SET students = join_months.students + EXCLUDED.students;
    RETURN NULL;
END;
$$;
CREATE TRIGGER students_inserted AFTER INSERT ON students
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION students_inserted();

CREATE FUNCTION students_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE student_count SET total = total - (SELECT COUNT(*) FROM deleted) WHERE id = 1;
    INSERT INTO age_counts (age, students)
        SELECT COALESCE(age, -1), -COUNT(*) FROM deleted
        GROUP BY COALESCE(age, -1) ORDER BY COALESCE(age, -1)
        ON CONFLICT (age) DO UPDATE SET students = age_counts.students + EXCLUDED.students;
    INSERT INTO join_months (month, students)
        SELECT to_char(created_at, 'YYYY-MM'), -COUNT(*) FROM deleted
        GROUP BY to_char(created_at, 'YYYY-MM') ORDER BY to_char(created_at, 'YYYY-MM')
        ON CONFLICT (month) DO UPDATE SET students = join_months.students + EXCLUDED.students;
    RETURN NULL;
END;
$$;
CREATE TRIGGER students_deleted AFTER DELETE ON students
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION students_deleted();

CREATE FUNCTION enrollments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE course_totals SET enrollments = enrollments + (SELECT COUNT(*) FROM inserted)
        WHERE id = 1;
    INSERT INTO course_students (course_id, students)
        SELECT course_id, COUNT(*) FROM inserted GROUP BY course_id ORDER BY course_id
        ON CONFLICT (course_id)
        DO UPDATE SET students = course_students.students + EXCLUDED.students;
    INSERT INTO grade_counts (course_id, grade, enrollments)
        SELECT course_id, COALESCE(grade, ''), COUNT(*) FROM inserted
        GROUP BY course_id, COALESCE(grade, '') ORDER BY course_id, COALESCE(grade, '')
        ON CONFLICT (course_id, grade)
        DO UPDATE SET enrollments = grade_counts.enrollments + EXCLUDED.enrollments;
    RETURN NULL;
END;
$$;
CREATE TRIGGER enrollments_inserted AFTER INSERT ON enrollments
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION enrollments_inserted();

CREATE FUNCTION enrollments_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE course_totals SET enrollments = enrollments - (SELECT COUNT(*) FROM deleted)
        WHERE id = 1;
    INSERT INTO course_students (course_id, students)
        SELECT course_id, -COUNT(*) FROM deleted GROUP BY course_id ORDER BY course_id
        ON CONFLICT (course_id)
        DO UPDATE SET students = course_students.students + EXCLUDED.students;
    INSERT INTO grade_counts (course_id, grade, enrollments)
        SELECT course_id, COALESCE(grade, ''), -COUNT(*) FROM deleted
        GROUP BY course_id, COALESCE(grade, '') ORDER BY course_id, COALESCE(grade, '')
        ON CONFLICT (course_id, grade)
        DO UPDATE SET enrollments = grade_counts.enrollments + EXCLUDED.enrollments;
    RETURN NULL;
END;
$$;
CREATE TRIGGER enrollments_deleted AFTER DELETE ON enrollments
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION enrollments_deleted();
