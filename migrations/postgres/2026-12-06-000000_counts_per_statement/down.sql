DROP TRIGGER enrollments_deleted ON enrollments;
DROP TRIGGER enrollments_inserted ON enrollments;
DROP TRIGGER students_deleted ON students;
DROP TRIGGER students_inserted ON students;
DROP FUNCTION enrollments_deleted();
DROP FUNCTION enrollments_inserted();
DROP FUNCTION students_deleted();
DROP FUNCTION students_inserted();

CREATE TRIGGER student_count_change AFTER INSERT OR DELETE ON students
    FOR EACH ROW EXECUTE FUNCTION student_count_change();
CREATE TRIGGER student_counts_change AFTER INSERT OR DELETE ON students
    FOR EACH ROW EXECUTE FUNCTION student_counts_change();
CREATE TRIGGER enrollment_counts_change AFTER INSERT OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION enrollment_counts_change();
