-- =====================================================================================
-- Digitaldialog Desk: installation set-up, numbered persons with active dates, and the
-- participant role PROTOKOLL (issue 10).
--
-- Portable for H2 2.4 and PostgreSQL 15 (see V1's header): unquoted names, one column per
-- ALTER TABLE ... ADD COLUMN, constraints named, no vendor-only functions (ROW_NUMBER,
-- LPAD, CAST and || exist in both).
-- =====================================================================================


-- -------------------------------------------------------------------------------------
-- The installation knows which Land it works for and for which office (the Staatskanzlei
-- or a ministry of that Land). Both stay NULL until the installation has been set up;
-- the partners' installations receive theirs with an exchange.
-- -------------------------------------------------------------------------------------
ALTER TABLE installation ADD COLUMN land_id UUID;
ALTER TABLE installation ADD COLUMN ministry_id UUID;
ALTER TABLE installation ADD CONSTRAINT fk_installation_land FOREIGN KEY (land_id) REFERENCES land (id);
-- the office must be a ministry of the installation's Land (uq_ministry_id_land in V1)
ALTER TABLE installation ADD CONSTRAINT fk_installation_ministry_of_land FOREIGN KEY (ministry_id, land_id)
    REFERENCES ministry (id, land_id);
ALTER TABLE installation ADD CONSTRAINT ck_installation_office CHECK (ministry_id IS NULL OR land_id IS NOT NULL);


-- -------------------------------------------------------------------------------------
-- Persons: a human number (PER-BY1-0001, a new counter kind), the Land they work for,
-- and the dates they are active from/until. Persons who left keep their rows (history and
-- old records point to them) but are no longer offered in pickers.
-- -------------------------------------------------------------------------------------
ALTER TABLE number_counter DROP CONSTRAINT ck_number_counter_kind;
ALTER TABLE number_counter ADD CONSTRAINT ck_number_counter_kind CHECK (kind IN ('INI', 'SIT', 'BP', 'PER'));

ALTER TABLE person ADD COLUMN number VARCHAR(20);
ALTER TABLE person ADD COLUMN land_id UUID;
ALTER TABLE person ADD COLUMN active_from DATE;
ALTER TABLE person ADD COLUMN active_to DATE;

-- Persons stored before this migration are numbered here, deterministically: per
-- installation they originate from, in the order they were created (ties by id), with
-- that installation's code. The counters continue after the last number given.
UPDATE person SET number = (
    SELECT 'PER-' || i.code || '-'
           || CASE WHEN n.rn < 10000 THEN LPAD(CAST(n.rn AS VARCHAR(10)), 4, '0')
                   ELSE CAST(n.rn AS VARCHAR(10)) END
    FROM (SELECT p.id, p.origin_installation,
                 ROW_NUMBER() OVER (PARTITION BY p.origin_installation ORDER BY p.created_at, p.id) AS rn
          FROM person p) n
    JOIN installation i ON i.id = n.origin_installation
    WHERE n.id = person.id);

INSERT INTO number_counter (installation_id, kind, last_value)
    SELECT origin_installation, 'PER', COUNT(*) FROM person GROUP BY origin_installation;

-- a person of a ministry works for that ministry's Land
UPDATE person SET land_id = (SELECT m.land_id FROM ministry m WHERE m.id = person.ministry_id)
    WHERE ministry_id IS NOT NULL;

ALTER TABLE person ALTER COLUMN number SET NOT NULL;
ALTER TABLE person ADD CONSTRAINT uq_person_number UNIQUE (number);
ALTER TABLE person ADD CONSTRAINT ck_person_number CHECK (number LIKE 'PER-%');
ALTER TABLE person ADD CONSTRAINT fk_person_land FOREIGN KEY (land_id) REFERENCES land (id);
-- with both set, the ministry must be one of that Land (NULL in either skips the check)
ALTER TABLE person ADD CONSTRAINT fk_person_ministry_of_land FOREIGN KEY (ministry_id, land_id)
    REFERENCES ministry (id, land_id);
ALTER TABLE person ADD CONSTRAINT ck_person_active CHECK (active_to >= active_from);
CREATE INDEX ix_person_land ON person (land_id);


-- -------------------------------------------------------------------------------------
-- Participant role PROTOKOLL (minute-taker) besides TEILNAHME, VERTRETUNG, GAST.
-- -------------------------------------------------------------------------------------
ALTER TABLE meeting_participant DROP CONSTRAINT ck_meeting_participant_role;
ALTER TABLE meeting_participant ADD CONSTRAINT ck_meeting_participant_role
    CHECK (role IN ('TEILNAHME', 'VERTRETUNG', 'GAST', 'PROTOKOLL'));
