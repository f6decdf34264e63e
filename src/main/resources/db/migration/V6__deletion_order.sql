-- =====================================================================================
-- Digitaldialog Desk: a deterministic order of the Papierkorb (issue 10, point 5).
--
-- Deletions made in the same instant (one clock tick, a fixed test clock) had no order
-- among themselves: a sequence number, drawn on each deletion, puts the later one first.
-- Deletions from before this migration keep NULL and follow by time alone.
-- Portable for H2 2.4 and PostgreSQL 15 (see V1's header).
-- =====================================================================================

CREATE SEQUENCE deletion_sequence;

ALTER TABLE deletion ADD COLUMN sequence_number BIGINT;
