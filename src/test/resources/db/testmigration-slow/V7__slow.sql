-- A migration made slow on purpose (test only), so a test can kill the process while it runs:
-- it writes between pauses, about 2 seconds in all, and changes no existing row.
CREATE ALIAS test_pause FOR 'java.lang.Thread.sleep(long)';
CREATE TABLE test_slow_step (step INT PRIMARY KEY);
INSERT INTO test_slow_step VALUES (1);
CALL test_pause(500);
INSERT INTO test_slow_step VALUES (2);
CALL test_pause(500);
INSERT INTO test_slow_step VALUES (3);
CALL test_pause(500);
INSERT INTO test_slow_step VALUES (4);
CALL test_pause(500);
DROP ALIAS test_pause;
