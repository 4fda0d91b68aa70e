DROP TABLE login_locks;
