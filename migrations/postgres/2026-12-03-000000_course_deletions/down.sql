DROP TABLE course_deletions;
