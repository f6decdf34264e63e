-- A migration that fails on real data half way (test only): H2 applies each DDL statement at
-- once, so the first one stays applied when the second fails, as a real failure would leave it.
CREATE TABLE test_half_done (id INT PRIMARY KEY);
INSERT INTO test_no_such_table VALUES (1);
