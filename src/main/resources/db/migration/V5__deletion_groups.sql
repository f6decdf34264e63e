-- =====================================================================================
-- Digitaldialog Desk: deletions as groups, for the Papierkorb (issue 10, point 5).
--
-- Everything deleted together (a meeting with its TOPs, decisions, action items,
-- participants and attachments) carries one deletion id on its tombstone, so a restore
-- brings back exactly that group, and a deletion can travel to the partner as one.
-- Portable for H2 2.4 and PostgreSQL 15 (see V1's header).
-- =====================================================================================

-- One row per deletion: when, who, what the main record was and what went with it.
-- Restoring or purging ("Endgültig löschen") does not remove the row: it records that too.
CREATE TABLE deletion (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_by          VARCHAR(200)             NOT NULL,
    kind                VARCHAR(20)              NOT NULL,
    record_id           UUID                     NOT NULL,
    record_number       VARCHAR(20),
    record_title        VARCHAR(300)             NOT NULL,
    agenda_items        INTEGER DEFAULT 0        NOT NULL,
    decisions           INTEGER DEFAULT 0        NOT NULL,
    action_items        INTEGER DEFAULT 0        NOT NULL,
    attachments         INTEGER DEFAULT 0        NOT NULL,
    milestones          INTEGER DEFAULT 0        NOT NULL,
    participants        INTEGER DEFAULT 0        NOT NULL,
    restored_at         TIMESTAMP WITH TIME ZONE,
    restored_by         VARCHAR(200),
    purged_at           TIMESTAMP WITH TIME ZONE,
    purged_by           VARCHAR(200),
    CONSTRAINT pk_deletion PRIMARY KEY (id),
    CONSTRAINT fk_deletion_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_deletion_kind CHECK (kind IN ('INITIATIVE', 'MEETING', 'AGENDA_ITEM', 'ACTION_ITEM',
                                                'ATTACHMENT', 'BEST_PRACTICE', 'PERSON')),
    CONSTRAINT ck_deletion_title CHECK (TRIM(record_title) <> ''),
    CONSTRAINT ck_deletion_counts CHECK (agenda_items >= 0 AND decisions >= 0 AND action_items >= 0
                                         AND attachments >= 0 AND milestones >= 0 AND participants >= 0),
    CONSTRAINT ck_deletion_restored CHECK ((restored_at IS NULL AND restored_by IS NULL)
                                        OR (restored_at IS NOT NULL AND restored_by IS NOT NULL)),
    CONSTRAINT ck_deletion_purged CHECK ((purged_at IS NULL AND purged_by IS NULL)
                                      OR (purged_at IS NOT NULL AND purged_by IS NOT NULL)),
    -- a purged deletion has nothing left to restore
    CONSTRAINT ck_deletion_restored_or_purged CHECK (restored_at IS NULL OR purged_at IS NULL)
);
CREATE INDEX ix_deletion_deleted_at ON deletion (deleted_at);

-- The deletion a tombstone belongs to; NULL on live rows and on tombstones written before
-- this migration or by an edit (a decision removed from its TOP).
ALTER TABLE initiative ADD COLUMN deletion_id UUID;
ALTER TABLE milestone ADD COLUMN deletion_id UUID;
ALTER TABLE status_change ADD COLUMN deletion_id UUID;
ALTER TABLE meeting ADD COLUMN deletion_id UUID;
ALTER TABLE meeting_participant ADD COLUMN deletion_id UUID;
ALTER TABLE agenda_item ADD COLUMN deletion_id UUID;
ALTER TABLE decision ADD COLUMN deletion_id UUID;
ALTER TABLE action_item ADD COLUMN deletion_id UUID;
ALTER TABLE attachment ADD COLUMN deletion_id UUID;
ALTER TABLE best_practice ADD COLUMN deletion_id UUID;
ALTER TABLE person ADD COLUMN deletion_id UUID;

ALTER TABLE initiative ADD CONSTRAINT fk_initiative_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE milestone ADD CONSTRAINT fk_milestone_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE status_change ADD CONSTRAINT fk_status_change_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE meeting_participant ADD CONSTRAINT fk_meeting_participant_deletion
    FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE agenda_item ADD CONSTRAINT fk_agenda_item_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE decision ADD CONSTRAINT fk_decision_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE action_item ADD CONSTRAINT fk_action_item_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE attachment ADD CONSTRAINT fk_attachment_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE best_practice ADD CONSTRAINT fk_best_practice_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);
ALTER TABLE person ADD CONSTRAINT fk_person_deletion FOREIGN KEY (deletion_id) REFERENCES deletion (id);

-- a deletion id only on a tombstone
ALTER TABLE initiative ADD CONSTRAINT ck_initiative_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE milestone ADD CONSTRAINT ck_milestone_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE status_change ADD CONSTRAINT ck_status_change_deletion
    CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE meeting_participant ADD CONSTRAINT ck_meeting_participant_deletion
    CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE agenda_item ADD CONSTRAINT ck_agenda_item_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE decision ADD CONSTRAINT ck_decision_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE action_item ADD CONSTRAINT ck_action_item_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE attachment ADD CONSTRAINT ck_attachment_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE best_practice ADD CONSTRAINT ck_best_practice_deletion
    CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);
ALTER TABLE person ADD CONSTRAINT ck_person_deletion CHECK (deletion_id IS NULL OR deleted_at IS NOT NULL);

CREATE INDEX ix_initiative_deletion ON initiative (deletion_id);
CREATE INDEX ix_milestone_deletion ON milestone (deletion_id);
CREATE INDEX ix_status_change_deletion ON status_change (deletion_id);
CREATE INDEX ix_meeting_deletion ON meeting (deletion_id);
CREATE INDEX ix_meeting_participant_deletion ON meeting_participant (deletion_id);
CREATE INDEX ix_agenda_item_deletion ON agenda_item (deletion_id);
CREATE INDEX ix_decision_deletion ON decision (deletion_id);
CREATE INDEX ix_action_item_deletion ON action_item (deletion_id);
CREATE INDEX ix_attachment_deletion ON attachment (deletion_id);
CREATE INDEX ix_best_practice_deletion ON best_practice (deletion_id);
CREATE INDEX ix_person_deletion ON person (deletion_id);
