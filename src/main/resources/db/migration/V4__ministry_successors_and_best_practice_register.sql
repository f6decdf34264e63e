-- =====================================================================================
-- Digitaldialog Desk: ministries through a cabinet reshuffle, hand-overs in the history,
-- responsible ministries of a theme area, and the best-practice register (issue 10).
--
-- Portable as V1: unquoted names, no vendor-only syntax; data is moved with plain
-- INSERT ... SELECT before a replaced column is dropped.
-- =====================================================================================


-- -------------------------------------------------------------------------------------
-- Ministries: one or more successors instead of the single successor_id column.
-- A link table owned by the predecessor (no metadata of its own: changing it bumps the
-- predecessor's version, as for every link table).
-- -------------------------------------------------------------------------------------
CREATE TABLE ministry_successor (
    ministry_id  UUID NOT NULL,
    successor_id UUID NOT NULL,
    CONSTRAINT pk_ministry_successor PRIMARY KEY (ministry_id, successor_id),
    CONSTRAINT fk_ministry_successor_ministry FOREIGN KEY (ministry_id) REFERENCES ministry (id),
    CONSTRAINT fk_ministry_successor_successor FOREIGN KEY (successor_id) REFERENCES ministry (id),
    CONSTRAINT ck_ministry_successor_other CHECK (successor_id <> ministry_id)
);
CREATE INDEX ix_ministry_successor_successor ON ministry_successor (successor_id);

INSERT INTO ministry_successor (ministry_id, successor_id)
    SELECT id, successor_id FROM ministry WHERE successor_id IS NOT NULL;

ALTER TABLE ministry DROP CONSTRAINT ck_ministry_successor_not_self;
ALTER TABLE ministry DROP CONSTRAINT fk_ministry_successor;
DROP INDEX ix_ministry_successor;
ALTER TABLE ministry DROP COLUMN successor_id;


-- -------------------------------------------------------------------------------------
-- The ministries responsible for a theme area, per Land. Owned by the theme area (its
-- version moves when they change); the composite key makes sure the ministry belongs to
-- the Land it is listed under.
-- -------------------------------------------------------------------------------------
CREATE TABLE theme_area_ministry (
    theme_area_id UUID NOT NULL,
    land_id       UUID NOT NULL,
    ministry_id   UUID NOT NULL,
    CONSTRAINT pk_theme_area_ministry PRIMARY KEY (theme_area_id, ministry_id),
    CONSTRAINT fk_theme_area_ministry_theme_area FOREIGN KEY (theme_area_id) REFERENCES theme_area (id),
    CONSTRAINT fk_theme_area_ministry_land FOREIGN KEY (land_id) REFERENCES land (id),
    CONSTRAINT fk_theme_area_ministry_of_land FOREIGN KEY (ministry_id, land_id)
        REFERENCES ministry (id, land_id)
);
CREATE INDEX ix_theme_area_ministry_ministry ON theme_area_ministry (ministry_id, land_id);


-- -------------------------------------------------------------------------------------
-- History: a ministry that ends hands its open initiatives over to a successor. Such an
-- entry (kind HANDOVER) records the ministry ids, from the ending one to the successor;
-- a ministry row is never renamed, so the ids keep naming the ministries as they were.
-- -------------------------------------------------------------------------------------
ALTER TABLE status_change DROP CONSTRAINT ck_status_change_kind;
ALTER TABLE status_change DROP CONSTRAINT ck_status_change_values;
ALTER TABLE status_change ALTER COLUMN from_value SET DATA TYPE VARCHAR(36);
ALTER TABLE status_change ALTER COLUMN to_value SET DATA TYPE VARCHAR(36);
ALTER TABLE status_change ADD CONSTRAINT ck_status_change_kind CHECK (kind IN ('STATUS', 'ARENA', 'HANDOVER'));
ALTER TABLE status_change ADD CONSTRAINT ck_status_change_values CHECK (
    (kind = 'STATUS'
        AND to_value IN ('IDEE', 'IN_ABSTIMMUNG', 'BESCHLOSSEN', 'IN_UMSETZUNG',
                         'ABGESCHLOSSEN', 'ZURUECKGESTELLT', 'VERWORFEN')
        AND (from_value IS NULL
             OR from_value IN ('IDEE', 'IN_ABSTIMMUNG', 'BESCHLOSSEN', 'IN_UMSETZUNG',
                               'ABGESCHLOSSEN', 'ZURUECKGESTELLT', 'VERWORFEN')))
    OR (kind = 'ARENA'
        AND to_value IN ('BILATERAL', 'LAENDERKREIS', 'BUNDESRAT', 'BUNDESREGIERUNG')
        AND (from_value IS NULL
             OR from_value IN ('BILATERAL', 'LAENDERKREIS', 'BUNDESRAT', 'BUNDESREGIERUNG')))
    -- both ministries' ids (36 characters, as java.util.UUID writes them)
    OR (kind = 'HANDOVER' AND LENGTH(from_value) = 36 AND LENGTH(to_value) = 36));


-- -------------------------------------------------------------------------------------
-- Best-practice register: several theme areas, related initiatives, adoption by the
-- partner Land; the owning Land stays required, its ministry becomes optional.
-- -------------------------------------------------------------------------------------
CREATE TABLE best_practice_theme_area (
    best_practice_id UUID NOT NULL,
    theme_area_id    UUID NOT NULL,
    CONSTRAINT pk_best_practice_theme_area PRIMARY KEY (best_practice_id, theme_area_id),
    CONSTRAINT fk_best_practice_theme_area_best_practice FOREIGN KEY (best_practice_id) REFERENCES best_practice (id),
    CONSTRAINT fk_best_practice_theme_area_theme_area FOREIGN KEY (theme_area_id) REFERENCES theme_area (id)
);
CREATE INDEX ix_best_practice_theme_area_theme_area ON best_practice_theme_area (theme_area_id);

INSERT INTO best_practice_theme_area (best_practice_id, theme_area_id)
    SELECT id, theme_area_id FROM best_practice;

ALTER TABLE best_practice DROP CONSTRAINT fk_best_practice_theme_area;
DROP INDEX ix_best_practice_theme_area;
ALTER TABLE best_practice DROP COLUMN theme_area_id;

CREATE TABLE best_practice_initiative (
    best_practice_id UUID NOT NULL,
    initiative_id    UUID NOT NULL,
    CONSTRAINT pk_best_practice_initiative PRIMARY KEY (best_practice_id, initiative_id),
    CONSTRAINT fk_best_practice_initiative_best_practice FOREIGN KEY (best_practice_id) REFERENCES best_practice (id),
    CONSTRAINT fk_best_practice_initiative_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_best_practice_initiative_initiative ON best_practice_initiative (initiative_id);

ALTER TABLE best_practice ALTER COLUMN ministry_id DROP NOT NULL;
ALTER TABLE best_practice ADD COLUMN adoption VARCHAR(12) DEFAULT 'OFFEN' NOT NULL;
ALTER TABLE best_practice ADD COLUMN adoption_reason VARCHAR(2000);
ALTER TABLE best_practice ADD CONSTRAINT ck_best_practice_adoption
    CHECK (adoption IN ('OFFEN', 'GEPLANT', 'UEBERNOMMEN', 'ABGELEHNT'));
-- a refusal by the partner Land is explained
ALTER TABLE best_practice ADD CONSTRAINT ck_best_practice_adoption_reason
    CHECK (adoption <> 'ABGELEHNT' OR (adoption_reason IS NOT NULL AND TRIM(adoption_reason) <> ''));
