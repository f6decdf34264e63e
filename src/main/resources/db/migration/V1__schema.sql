-- =====================================================================================
-- Digitaldialog Desk: the domain schema.
--
-- One script for two databases: embedded H2 2.4 (default) and PostgreSQL 15 (shared
-- server). Hence: unquoted lower_snake_case names, no vendor-only syntax, no database-
-- generated keys (UUIDs come from Java so that two installations can merge later).
--
-- A landed migration is never edited; later changes are new migrations (V3__..., ...).
--
-- Conventions
--   * Every constraint is named (pk_, fk_, uq_, ck_; indexes ix_) so that the store layer
--     can map a violation to a readable domain error. Names are unique schema-wide
--     (H2 requires that of all constraints, PostgreSQL of pk/uq).
--   * Rows that users create, and editable reference data, carry the metadata block
--     (origin installation, created/updated, version, tombstone) right after their id.
--     Such rows are never physically deleted: deleted_at/deleted_by mark them, so a
--     deletion can travel to the other installation like any other change.
--   * Pure link tables owned by one parent carry no metadata: changing them bumps the
--     parent's version, and they are replaced as a whole with the parent.
--   * Value-set columns are VARCHAR codes with a CHECK listing exactly the codes of
--     ARCHITECTURE.md; labels come from the resource bundles.
--   * Attachment content is BYTEA: PostgreSQL's native binary type, and accepted by H2 2.4
--     as an alias of VARBINARY (max. 1,000,000,000 bytes), so the same word works on both.
--     (VARBINARY(1000000000) works on H2 only; PostgreSQL has no VARBINARY.)
--   * "Not blank" is written TRIM(x) <> ''; character-class checks use TRANSLATE with a
--     replacement string of the same length, because H2 and PostgreSQL differ when the
--     replacement is shorter (PostgreSQL deletes, H2 keeps).
--   * H2 creates an index for every foreign key by itself; the explicit ix_ indexes below
--     are for PostgreSQL, which does not (on H2 they may duplicate, which is harmless).
-- =====================================================================================


-- -------------------------------------------------------------------------------------
-- Installations and local settings
-- -------------------------------------------------------------------------------------

-- One row per installation whose data this database holds (the local one, the partner's
-- after an exchange, and the SYS installation that ships the reference data).
-- "At most one row is_local" is enforced in Java: a partial unique index is not portable.
CREATE TABLE installation (
    id          UUID                     NOT NULL,
    code        VARCHAR(8)               NOT NULL,
    is_local    BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_installation PRIMARY KEY (id),
    -- the code is part of every human number (INI-BY1-0042), so it must be unique and tidy
    CONSTRAINT uq_installation_code UNIQUE (code),
    CONSTRAINT ck_installation_code CHECK (
        LENGTH(code) BETWEEN 2 AND 8
        AND code = UPPER(code)
        AND TRANSLATE(code, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
                            'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX') = REPEAT('X', LENGTH(code)))
);

-- Local preferences of this installation (UI language, last folder, ...); never exchanged.
-- The value column is called setting_value because VALUE is a reserved word in H2.
CREATE TABLE app_setting (
    name          VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(4000),
    CONSTRAINT pk_app_setting PRIMARY KEY (name)
);

-- Last number handed out per installation and kind; human numbers are
-- KIND-INSTALLATIONCODE-NNNN and thus unique across installations without coordination.
CREATE TABLE number_counter (
    installation_id UUID        NOT NULL,
    kind            VARCHAR(3)  NOT NULL,
    last_value      INTEGER     NOT NULL,
    CONSTRAINT pk_number_counter PRIMARY KEY (installation_id, kind),
    CONSTRAINT fk_number_counter_installation FOREIGN KEY (installation_id) REFERENCES installation (id),
    CONSTRAINT ck_number_counter_kind CHECK (kind IN ('INI', 'SIT', 'BP')),
    CONSTRAINT ck_number_counter_last_value CHECK (last_value >= 0)
);


-- -------------------------------------------------------------------------------------
-- Reference data (editable, shipped with fixed UUIDs in V2)
-- -------------------------------------------------------------------------------------

-- The 16 Länder (ISO 3166-2, e.g. DE-BY) and the Bund (DE).
CREATE TABLE land (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    code                VARCHAR(5)               NOT NULL,
    name_de             VARCHAR(100)             NOT NULL,
    name_en             VARCHAR(100)             NOT NULL,
    is_federal          BOOLEAN                  NOT NULL,
    is_partner          BOOLEAN                  NOT NULL,
    sort_order          INTEGER                  NOT NULL,
    CONSTRAINT pk_land PRIMARY KEY (id),
    CONSTRAINT fk_land_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_land_version CHECK (version >= 0),
    CONSTRAINT ck_land_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                     OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT uq_land_code UNIQUE (code),
    -- 'DE' is the Bund and only the Bund; a Land is 'DE-' plus its two-letter ISO suffix
    CONSTRAINT ck_land_code CHECK ((is_federal AND code = 'DE')
                                OR (NOT is_federal AND code LIKE 'DE-__' AND code = UPPER(code))),
    -- partners of the Digitaldialog are Länder (BY, NW), never the federal level
    CONSTRAINT ck_land_partner_not_federal CHECK (NOT (is_partner AND is_federal)),
    CONSTRAINT ck_land_name_de CHECK (TRIM(name_de) <> ''),
    CONSTRAINT ck_land_name_en CHECK (TRIM(name_en) <> '')
);

-- The eight fixed theme areas of the Digitaldialog; texts, colour and icon are editable,
-- the set of codes is not (the article fixes them).
CREATE TABLE theme_area (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    code                VARCHAR(10)              NOT NULL,
    name_de             VARCHAR(200)             NOT NULL,
    name_en             VARCHAR(200)             NOT NULL,
    description_de      VARCHAR(4000),
    description_en      VARCHAR(4000),
    color               VARCHAR(7)               NOT NULL,
    icon                VARCHAR(100)             NOT NULL,
    sort_order          INTEGER                  NOT NULL,
    CONSTRAINT pk_theme_area PRIMARY KEY (id),
    CONSTRAINT fk_theme_area_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_theme_area_version CHECK (version >= 0),
    CONSTRAINT ck_theme_area_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                           OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT uq_theme_area_code UNIQUE (code),
    CONSTRAINT ck_theme_area_code CHECK (code IN ('KI', 'INFRA', 'EGOV', 'ARBEIT', 'BILDUNG',
                                                  'EHEALTH', 'CYBER', 'MOBIL')),
    CONSTRAINT ck_theme_area_name_de CHECK (TRIM(name_de) <> ''),
    CONSTRAINT ck_theme_area_name_en CHECK (TRIM(name_en) <> ''),
    -- CSS hex colour '#RRGGBB', used as background behind white text
    CONSTRAINT ck_theme_area_color CHECK (
        LENGTH(color) = 7
        AND SUBSTRING(color FROM 1 FOR 1) = '#'
        AND TRANSLATE(SUBSTRING(color FROM 2 FOR 6), '0123456789ABCDEFabcdef',
                                                     'XXXXXXXXXXXXXXXXXXXXXX') = 'XXXXXX'),
    -- an Ikonli Material Design 2 literal such as 'mdi2b-brain'
    CONSTRAINT ck_theme_area_icon CHECK (icon LIKE 'mdi2_-%')
);

-- A ministry, state chancellery, federal body or board, always of one Land row.
-- Cabinets change: a ministry is never renamed in place (old papers keep the old name);
-- instead it gets valid_to and a successor row.
CREATE TABLE ministry (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    land_id             UUID                     NOT NULL,
    abbreviation        VARCHAR(20)              NOT NULL,
    name_de             VARCHAR(300)             NOT NULL,
    name_en             VARCHAR(300)             NOT NULL,
    kind                VARCHAR(20)              NOT NULL,
    valid_from          DATE                     NOT NULL,
    valid_to            DATE,
    successor_id        UUID,
    -- order of the ministries in the cabinet's official list (Ressortreihenfolge)
    sort_order          INTEGER DEFAULT 0        NOT NULL,
    CONSTRAINT pk_ministry PRIMARY KEY (id),
    CONSTRAINT fk_ministry_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_ministry_version CHECK (version >= 0),
    CONSTRAINT ck_ministry_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                         OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_ministry_land FOREIGN KEY (land_id) REFERENCES land (id),
    CONSTRAINT fk_ministry_successor FOREIGN KEY (successor_id) REFERENCES ministry (id),
    -- lets other tables demand "a ministry of this Land" with a composite foreign key
    CONSTRAINT uq_ministry_id_land UNIQUE (id, land_id),
    CONSTRAINT ck_ministry_kind CHECK (kind IN ('STAATSKANZLEI', 'MINISTERIUM', 'BUNDESBEHOERDE', 'GREMIUM')),
    CONSTRAINT ck_ministry_abbreviation CHECK (TRIM(abbreviation) <> ''),
    CONSTRAINT ck_ministry_name_de CHECK (TRIM(name_de) <> ''),
    CONSTRAINT ck_ministry_name_en CHECK (TRIM(name_en) <> ''),
    CONSTRAINT ck_ministry_validity CHECK (valid_to >= valid_from),
    CONSTRAINT ck_ministry_successor_not_self CHECK (successor_id <> id)
);
CREATE INDEX ix_ministry_land ON ministry (land_id);
CREATE INDEX ix_ministry_successor ON ministry (successor_id);

-- A contact person (Ansprechpartner/in).
CREATE TABLE person (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    salutation          VARCHAR(10),
    academic_title      VARCHAR(50),
    first_name          VARCHAR(100),
    last_name           VARCHAR(100)             NOT NULL,
    function_title      VARCHAR(300),
    -- lower = higher rank; orders chairs and participants protocol-correctly
    protocol_rank       INTEGER,
    ministry_id         UUID,
    email               VARCHAR(320),
    phone               VARCHAR(50),
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT fk_person_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_person_version CHECK (version >= 0),
    CONSTRAINT ck_person_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                       OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_person_ministry FOREIGN KEY (ministry_id) REFERENCES ministry (id),
    CONSTRAINT ck_person_salutation CHECK (salutation IN ('HERR', 'FRAU', 'DIVERS')),
    CONSTRAINT ck_person_last_name CHECK (TRIM(last_name) <> ''),
    CONSTRAINT ck_person_email CHECK (email LIKE '%_@_%')
);
CREATE INDEX ix_person_ministry ON person (ministry_id);
CREATE INDEX ix_person_last_name ON person (last_name);

-- Meeting formats (Gemeinsame Kabinettssitzung, Ressortgespräch, ...): an editable list;
-- formats are switched off (active = FALSE), not deleted, because old meetings use them.
CREATE TABLE meeting_format (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    code                VARCHAR(30)              NOT NULL,
    name_de             VARCHAR(200)             NOT NULL,
    name_en             VARCHAR(200)             NOT NULL,
    color               VARCHAR(7)               NOT NULL,
    sort_order          INTEGER                  NOT NULL,
    active              BOOLEAN DEFAULT TRUE     NOT NULL,
    CONSTRAINT pk_meeting_format PRIMARY KEY (id),
    CONSTRAINT fk_meeting_format_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_meeting_format_version CHECK (version >= 0),
    CONSTRAINT ck_meeting_format_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                               OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT uq_meeting_format_code UNIQUE (code),
    -- a stable technical code: upper-case letters, digits and underscores
    CONSTRAINT ck_meeting_format_code CHECK (
        LENGTH(code) >= 2
        AND TRANSLATE(code, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_',
                            'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX') = REPEAT('X', LENGTH(code))),
    CONSTRAINT ck_meeting_format_name_de CHECK (TRIM(name_de) <> ''),
    CONSTRAINT ck_meeting_format_name_en CHECK (TRIM(name_en) <> ''),
    CONSTRAINT ck_meeting_format_color CHECK (
        LENGTH(color) = 7
        AND SUBSTRING(color FROM 1 FOR 1) = '#'
        AND TRANSLATE(SUBSTRING(color FROM 2 FOR 6), '0123456789ABCDEFabcdef',
                                                     'XXXXXXXXXXXXXXXXXXXXXX') = 'XXXXXX')
);


-- -------------------------------------------------------------------------------------
-- Initiatives
-- -------------------------------------------------------------------------------------

CREATE TABLE initiative (
    id                     UUID                     NOT NULL,
    origin_installation    UUID                     NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(200)             NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             VARCHAR(200)             NOT NULL,
    version                INTEGER DEFAULT 0        NOT NULL,
    deleted_at             TIMESTAMP WITH TIME ZONE,
    deleted_by             VARCHAR(200),
    number                 VARCHAR(20)              NOT NULL,
    title                  VARCHAR(200)             NOT NULL,
    description            VARCHAR(20000),
    arena                  VARCHAR(20) DEFAULT 'BILATERAL' NOT NULL,
    status                 VARCHAR(20) DEFAULT 'IDEE'      NOT NULL,
    status_before_deferral VARCHAR(20),
    traffic_light          VARCHAR(5),
    traffic_light_reason   VARCHAR(500),
    classification         VARCHAR(10) DEFAULT 'OFFEN'     NOT NULL,
    file_reference         VARCHAR(100),
    start_date             DATE,
    target_date            DATE,
    next_step              VARCHAR(2000),
    CONSTRAINT pk_initiative PRIMARY KEY (id),
    CONSTRAINT fk_initiative_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_initiative_version CHECK (version >= 0),
    CONSTRAINT ck_initiative_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                           OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    -- INI-<installation code>-<counter>: unique across installations by construction
    CONSTRAINT uq_initiative_number UNIQUE (number),
    CONSTRAINT ck_initiative_number CHECK (number LIKE 'INI-%'),
    CONSTRAINT ck_initiative_title CHECK (TRIM(title) <> ''),
    CONSTRAINT ck_initiative_arena CHECK (arena IN ('BILATERAL', 'LAENDERKREIS', 'BUNDESRAT', 'BUNDESREGIERUNG')),
    CONSTRAINT ck_initiative_status CHECK (status IN ('IDEE', 'IN_ABSTIMMUNG', 'BESCHLOSSEN', 'IN_UMSETZUNG',
                                                      'ABGESCHLOSSEN', 'ZURUECKGESTELLT', 'VERWORFEN')),
    -- a deferred initiative remembers the open state it was set aside from, because
    -- ZURUECKGESTELLT may only return there; no other status keeps such a memory
    CONSTRAINT ck_initiative_deferral CHECK (
        (status = 'ZURUECKGESTELLT'
            AND status_before_deferral IN ('IDEE', 'IN_ABSTIMMUNG', 'BESCHLOSSEN', 'IN_UMSETZUNG'))
        OR (status <> 'ZURUECKGESTELLT' AND status_before_deferral IS NULL)),
    CONSTRAINT ck_initiative_traffic_light CHECK (traffic_light IN ('GRUEN', 'GELB', 'ROT')),
    CONSTRAINT ck_initiative_classification CHECK (classification IN ('OFFEN', 'VS_NFD')),
    CONSTRAINT ck_initiative_dates CHECK (target_date >= start_date)
);
CREATE INDEX ix_initiative_status ON initiative (status);

CREATE TABLE initiative_theme_area (
    initiative_id UUID NOT NULL,
    theme_area_id UUID NOT NULL,
    CONSTRAINT pk_initiative_theme_area PRIMARY KEY (initiative_id, theme_area_id),
    CONSTRAINT fk_initiative_theme_area_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_theme_area_theme_area FOREIGN KEY (theme_area_id) REFERENCES theme_area (id)
);
CREATE INDEX ix_initiative_theme_area_theme_area ON initiative_theme_area (theme_area_id);

-- Federführung: exactly one lead ministry per participating Land (the primary key), and
-- the composite foreign key makes sure that ministry belongs to that Land.
CREATE TABLE initiative_lead (
    initiative_id UUID NOT NULL,
    land_id       UUID NOT NULL,
    ministry_id   UUID NOT NULL,
    CONSTRAINT pk_initiative_lead PRIMARY KEY (initiative_id, land_id),
    CONSTRAINT fk_initiative_lead_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_lead_land FOREIGN KEY (land_id) REFERENCES land (id),
    CONSTRAINT fk_initiative_lead_ministry_of_land FOREIGN KEY (ministry_id, land_id)
        REFERENCES ministry (id, land_id)
);
CREATE INDEX ix_initiative_lead_ministry ON initiative_lead (ministry_id, land_id);

-- Beteiligte Ressorts (of any Land).
CREATE TABLE initiative_participant (
    initiative_id UUID NOT NULL,
    ministry_id   UUID NOT NULL,
    CONSTRAINT pk_initiative_participant PRIMARY KEY (initiative_id, ministry_id),
    CONSTRAINT fk_initiative_participant_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_participant_ministry FOREIGN KEY (ministry_id) REFERENCES ministry (id)
);
CREATE INDEX ix_initiative_participant_ministry ON initiative_participant (ministry_id);

-- Further Länder (or the Bund) brought in case by case.
CREATE TABLE initiative_further_land (
    initiative_id UUID NOT NULL,
    land_id       UUID NOT NULL,
    CONSTRAINT pk_initiative_further_land PRIMARY KEY (initiative_id, land_id),
    CONSTRAINT fk_initiative_further_land_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_further_land_land FOREIGN KEY (land_id) REFERENCES land (id)
);
CREATE INDEX ix_initiative_further_land_land ON initiative_further_land (land_id);

CREATE TABLE initiative_contact (
    initiative_id UUID NOT NULL,
    person_id     UUID NOT NULL,
    CONSTRAINT pk_initiative_contact PRIMARY KEY (initiative_id, person_id),
    CONSTRAINT fk_initiative_contact_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_contact_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_initiative_contact_person ON initiative_contact (person_id);

-- Milestones take their classification from the initiative (no column of their own).
CREATE TABLE milestone (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    initiative_id       UUID                     NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    due_date            DATE,
    done                BOOLEAN DEFAULT FALSE    NOT NULL,
    done_on             DATE,
    -- display order; deliberately not unique, so that reordering needs no temporary values
    position            INTEGER                  NOT NULL,
    CONSTRAINT pk_milestone PRIMARY KEY (id),
    CONSTRAINT fk_milestone_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_milestone_version CHECK (version >= 0),
    CONSTRAINT ck_milestone_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                          OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_milestone_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT ck_milestone_title CHECK (TRIM(title) <> ''),
    -- a completion date only makes sense for a milestone that is done
    CONSTRAINT ck_milestone_done_on CHECK (done OR done_on IS NULL)
);
CREATE INDEX ix_milestone_initiative ON milestone (initiative_id);

-- Shared practices of one Land (Best Practice).
CREATE TABLE best_practice (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    -- BP-<installation code>-<counter> (counter kind 'BP')
    number              VARCHAR(20)              NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    theme_area_id       UUID                     NOT NULL,
    land_id             UUID                     NOT NULL,
    ministry_id         UUID                     NOT NULL,
    description         VARCHAR(20000),
    contact_person_id   UUID,
    link                VARCHAR(2000),
    transferability     VARCHAR(10),
    classification      VARCHAR(10) DEFAULT 'OFFEN' NOT NULL,
    CONSTRAINT pk_best_practice PRIMARY KEY (id),
    CONSTRAINT fk_best_practice_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_best_practice_version CHECK (version >= 0),
    CONSTRAINT ck_best_practice_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                              OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT uq_best_practice_number UNIQUE (number),
    CONSTRAINT ck_best_practice_number CHECK (number LIKE 'BP-%'),
    CONSTRAINT ck_best_practice_title CHECK (TRIM(title) <> ''),
    CONSTRAINT fk_best_practice_theme_area FOREIGN KEY (theme_area_id) REFERENCES theme_area (id),
    CONSTRAINT fk_best_practice_land FOREIGN KEY (land_id) REFERENCES land (id),
    -- the owning ministry must belong to the Land that shares the practice
    CONSTRAINT fk_best_practice_ministry_of_land FOREIGN KEY (ministry_id, land_id)
        REFERENCES ministry (id, land_id),
    CONSTRAINT fk_best_practice_contact FOREIGN KEY (contact_person_id) REFERENCES person (id),
    CONSTRAINT ck_best_practice_transferability CHECK (transferability IN ('HOCH', 'MITTEL', 'GERING')),
    CONSTRAINT ck_best_practice_classification CHECK (classification IN ('OFFEN', 'VS_NFD'))
);
CREATE INDEX ix_best_practice_theme_area ON best_practice (theme_area_id);
CREATE INDEX ix_best_practice_land ON best_practice (land_id);
CREATE INDEX ix_best_practice_ministry ON best_practice (ministry_id, land_id);
CREATE INDEX ix_best_practice_contact ON best_practice (contact_person_id);


-- -------------------------------------------------------------------------------------
-- Meetings
-- -------------------------------------------------------------------------------------

-- starts_at/ends_at are local date-times in time_zone (Europe/Berlin): a meeting at 10:00
-- stays at 10:00 whatever the clock of the viewing machine says.
CREATE TABLE meeting (
    id                    UUID                     NOT NULL,
    origin_installation   UUID                     NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(200)             NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(200)             NOT NULL,
    version               INTEGER DEFAULT 0        NOT NULL,
    deleted_at            TIMESTAMP WITH TIME ZONE,
    deleted_by            VARCHAR(200),
    number                VARCHAR(20)              NOT NULL,
    format_id             UUID                     NOT NULL,
    title                 VARCHAR(300)             NOT NULL,
    mode                  VARCHAR(10) DEFAULT 'PRAESENZ'      NOT NULL,
    starts_at             TIMESTAMP                NOT NULL,
    ends_at               TIMESTAMP                NOT NULL,
    time_zone             VARCHAR(40) DEFAULT 'Europe/Berlin' NOT NULL,
    place                 VARCHAR(500),
    video_link            VARCHAR(2000),
    host_land_id          UUID,
    status                VARCHAR(20) DEFAULT 'GEPLANT'       NOT NULL,
    cancel_reason         VARCHAR(2000),
    classification        VARCHAR(10) DEFAULT 'OFFEN'         NOT NULL,
    file_reference        VARCHAR(100),
    notes                 VARCHAR(20000),
    -- iCalendar SEQUENCE; the UID is the meeting's id
    ical_sequence         INTEGER DEFAULT 0        NOT NULL,
    -- row version last exported: a re-export raises the sequence only if the row changed since
    ical_exported_version INTEGER,
    is_template           BOOLEAN DEFAULT FALSE    NOT NULL,
    -- Folgesitzung: the meeting this one follows up
    predecessor_id        UUID,
    -- groups the meetings of a series (no table of its own: the id is generated in Java)
    series_id             UUID,
    CONSTRAINT pk_meeting PRIMARY KEY (id),
    CONSTRAINT fk_meeting_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_meeting_version CHECK (version >= 0),
    CONSTRAINT ck_meeting_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                        OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    -- SIT-<installation code>-<counter>: unique across installations by construction
    CONSTRAINT uq_meeting_number UNIQUE (number),
    CONSTRAINT ck_meeting_number CHECK (number LIKE 'SIT-%'),
    CONSTRAINT fk_meeting_format FOREIGN KEY (format_id) REFERENCES meeting_format (id),
    CONSTRAINT ck_meeting_title CHECK (TRIM(title) <> ''),
    CONSTRAINT ck_meeting_mode CHECK (mode IN ('PRAESENZ', 'VIDEO', 'HYBRID')),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at),
    CONSTRAINT fk_meeting_host_land FOREIGN KEY (host_land_id) REFERENCES land (id),
    CONSTRAINT ck_meeting_status CHECK (status IN ('GEPLANT', 'EINGELADEN', 'DURCHGEFUEHRT', 'ABGESAGT')),
    -- a cancellation must be explained, and only a cancelled meeting carries a reason
    CONSTRAINT ck_meeting_cancel_reason CHECK (
        (status = 'ABGESAGT' AND cancel_reason IS NOT NULL AND TRIM(cancel_reason) <> '')
        OR (status <> 'ABGESAGT' AND cancel_reason IS NULL)),
    CONSTRAINT ck_meeting_classification CHECK (classification IN ('OFFEN', 'VS_NFD')),
    CONSTRAINT ck_meeting_ical_sequence CHECK (ical_sequence >= 0),
    CONSTRAINT ck_meeting_ical_exported_version CHECK (ical_exported_version >= 0),
    CONSTRAINT fk_meeting_predecessor FOREIGN KEY (predecessor_id) REFERENCES meeting (id),
    CONSTRAINT ck_meeting_predecessor_not_self CHECK (predecessor_id <> id)
);
CREATE INDEX ix_meeting_starts_at ON meeting (starts_at);
CREATE INDEX ix_meeting_format ON meeting (format_id);
CREATE INDEX ix_meeting_host_land ON meeting (host_land_id);
CREATE INDEX ix_meeting_predecessor ON meeting (predecessor_id);
CREATE INDEX ix_meeting_series ON meeting (series_id);

-- One or more chairs (e.g. both Ministerpräsidenten), in the order named.
CREATE TABLE meeting_chair (
    meeting_id UUID    NOT NULL,
    person_id  UUID    NOT NULL,
    position   INTEGER NOT NULL,
    CONSTRAINT pk_meeting_chair PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_meeting_chair_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_chair_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_meeting_chair_person ON meeting_chair (person_id);

-- A participant is a person, a ministry (name not yet known), or a person for a ministry.
CREATE TABLE meeting_participant (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    meeting_id          UUID                     NOT NULL,
    person_id           UUID,
    ministry_id         UUID,
    role                VARCHAR(10) DEFAULT 'TEILNAHME' NOT NULL,
    CONSTRAINT pk_meeting_participant PRIMARY KEY (id),
    CONSTRAINT fk_meeting_participant_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_meeting_participant_version CHECK (version >= 0),
    CONSTRAINT ck_meeting_participant_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                                    OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_meeting_participant_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_participant_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_meeting_participant_ministry FOREIGN KEY (ministry_id) REFERENCES ministry (id),
    CONSTRAINT ck_meeting_participant_who CHECK (person_id IS NOT NULL OR ministry_id IS NOT NULL),
    CONSTRAINT ck_meeting_participant_role CHECK (role IN ('TEILNAHME', 'VERTRETUNG', 'GAST'))
);
CREATE INDEX ix_meeting_participant_meeting ON meeting_participant (meeting_id);
CREATE INDEX ix_meeting_participant_person ON meeting_participant (person_id);
CREATE INDEX ix_meeting_participant_ministry ON meeting_participant (ministry_id);

CREATE TABLE meeting_invited_land (
    meeting_id UUID NOT NULL,
    land_id    UUID NOT NULL,
    CONSTRAINT pk_meeting_invited_land PRIMARY KEY (meeting_id, land_id),
    CONSTRAINT fk_meeting_invited_land_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_invited_land_land FOREIGN KEY (land_id) REFERENCES land (id)
);
CREATE INDEX ix_meeting_invited_land_land ON meeting_invited_land (land_id);

-- Tagesordnungspunkt (TOP).
CREATE TABLE agenda_item (
    id                      UUID                     NOT NULL,
    origin_installation     UUID                     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(200)             NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(200)             NOT NULL,
    version                 INTEGER DEFAULT 0        NOT NULL,
    deleted_at              TIMESTAMP WITH TIME ZONE,
    deleted_by              VARCHAR(200),
    meeting_id              UUID                     NOT NULL,
    -- printed TOP number ('1', '2.1', '3a'); position is the sort order
    number                  VARCHAR(10)              NOT NULL,
    position                INTEGER                  NOT NULL,
    title                   VARCHAR(300)             NOT NULL,
    theme_area_id           UUID,
    presenter_ministry_id   UUID,
    presenter_person_id     UUID,
    planned_minutes         INTEGER,
    background              VARCHAR(20000),
    proposed_decision       VARCHAR(20000),
    talking_points          VARCHAR(20000),
    -- Zulieferfrist: which ministry owes the input, by when, and when it arrived
    input_deadline          DATE,
    input_owner_ministry_id UUID,
    input_received_at       TIMESTAMP WITH TIME ZONE,
    outcome                 VARCHAR(25),
    classification          VARCHAR(10) DEFAULT 'OFFEN' NOT NULL,
    CONSTRAINT pk_agenda_item PRIMARY KEY (id),
    CONSTRAINT fk_agenda_item_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_agenda_item_version CHECK (version >= 0),
    CONSTRAINT ck_agenda_item_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                            OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    -- a TOP number is printed on invitations and cited in minutes, so it must not repeat
    -- within a meeting; tombstoned TOPs keep theirs (after EINGELADEN numbers are frozen).
    -- Swapping numbers therefore goes through a temporary number in the same transaction.
    CONSTRAINT uq_agenda_item_meeting_number UNIQUE (meeting_id, number),
    CONSTRAINT ck_agenda_item_number CHECK (TRIM(number) <> ''),
    CONSTRAINT ck_agenda_item_title CHECK (TRIM(title) <> ''),
    CONSTRAINT fk_agenda_item_theme_area FOREIGN KEY (theme_area_id) REFERENCES theme_area (id),
    CONSTRAINT fk_agenda_item_presenter_ministry FOREIGN KEY (presenter_ministry_id) REFERENCES ministry (id),
    CONSTRAINT fk_agenda_item_presenter_person FOREIGN KEY (presenter_person_id) REFERENCES person (id),
    CONSTRAINT ck_agenda_item_planned_minutes CHECK (planned_minutes >= 0),
    CONSTRAINT fk_agenda_item_input_owner FOREIGN KEY (input_owner_ministry_id) REFERENCES ministry (id),
    -- NULL until the item has been dealt with
    CONSTRAINT ck_agenda_item_outcome CHECK (outcome IN ('BESCHLOSSEN', 'GEAENDERT_BESCHLOSSEN',
                                                         'ZUR_KENNTNIS', 'VERTAGT', 'ABGELEHNT')),
    CONSTRAINT ck_agenda_item_classification CHECK (classification IN ('OFFEN', 'VS_NFD'))
);
-- meeting_id lookups are served by uq_agenda_item_meeting_number (leading column)
CREATE INDEX ix_agenda_item_theme_area ON agenda_item (theme_area_id);
CREATE INDEX ix_agenda_item_presenter_ministry ON agenda_item (presenter_ministry_id);
CREATE INDEX ix_agenda_item_presenter_person ON agenda_item (presenter_person_id);
CREATE INDEX ix_agenda_item_input_owner ON agenda_item (input_owner_ministry_id);

CREATE TABLE agenda_item_initiative (
    agenda_item_id UUID NOT NULL,
    initiative_id  UUID NOT NULL,
    CONSTRAINT pk_agenda_item_initiative PRIMARY KEY (agenda_item_id, initiative_id),
    CONSTRAINT fk_agenda_item_initiative_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_agenda_item_initiative_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_agenda_item_initiative_initiative ON agenda_item_initiative (initiative_id);

-- Beschluss / gemeinsame Position: 0..n per TOP.
CREATE TABLE decision (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    agenda_item_id      UUID                     NOT NULL,
    position            INTEGER DEFAULT 0        NOT NULL,
    text                VARCHAR(20000)           NOT NULL,
    initiative_id       UUID,
    classification      VARCHAR(10) DEFAULT 'OFFEN' NOT NULL,
    CONSTRAINT pk_decision PRIMARY KEY (id),
    CONSTRAINT fk_decision_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_decision_version CHECK (version >= 0),
    CONSTRAINT ck_decision_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                         OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_decision_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT ck_decision_text CHECK (TRIM(text) <> ''),
    CONSTRAINT fk_decision_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT ck_decision_classification CHECK (classification IN ('OFFEN', 'VS_NFD'))
);
CREATE INDEX ix_decision_agenda_item ON decision (agenda_item_id);
CREATE INDEX ix_decision_initiative ON decision (initiative_id);

-- Statusverlauf of an initiative: append-only history of status and arena changes.
-- (Defined after decision so that it can point to the decision that moved the status.)
CREATE TABLE status_change (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    initiative_id       UUID                     NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by          VARCHAR(200)             NOT NULL,
    -- the ministry's name as it was then, as text: people move and ministries are renamed
    changed_by_ministry VARCHAR(300),
    kind                VARCHAR(10)              NOT NULL,
    -- NULL only in the entry written when the initiative was created
    from_value          VARCHAR(20),
    to_value            VARCHAR(20)              NOT NULL,
    reason              VARCHAR(2000)            NOT NULL,
    -- set when a decision (Beschluss) moved the status
    decision_id         UUID,
    CONSTRAINT pk_status_change PRIMARY KEY (id),
    CONSTRAINT fk_status_change_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_status_change_version CHECK (version >= 0),
    CONSTRAINT ck_status_change_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                              OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_status_change_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT ck_status_change_kind CHECK (kind IN ('STATUS', 'ARENA')),
    -- the values must be codes of the value set the entry is about
    CONSTRAINT ck_status_change_values CHECK (
        (kind = 'STATUS'
            AND to_value IN ('IDEE', 'IN_ABSTIMMUNG', 'BESCHLOSSEN', 'IN_UMSETZUNG',
                             'ABGESCHLOSSEN', 'ZURUECKGESTELLT', 'VERWORFEN')
            AND (from_value IS NULL
                 OR from_value IN ('IDEE', 'IN_ABSTIMMUNG', 'BESCHLOSSEN', 'IN_UMSETZUNG',
                                   'ABGESCHLOSSEN', 'ZURUECKGESTELLT', 'VERWORFEN')))
        OR (kind = 'ARENA'
            AND to_value IN ('BILATERAL', 'LAENDERKREIS', 'BUNDESRAT', 'BUNDESREGIERUNG')
            AND (from_value IS NULL
                 OR from_value IN ('BILATERAL', 'LAENDERKREIS', 'BUNDESRAT', 'BUNDESREGIERUNG')))),
    -- an entry records a change, not a confirmation of the same value
    CONSTRAINT ck_status_change_differs CHECK (from_value <> to_value),
    -- every change needs a reason (ARCHITECTURE: status transitions)
    CONSTRAINT ck_status_change_reason CHECK (TRIM(reason) <> ''),
    CONSTRAINT fk_status_change_decision FOREIGN KEY (decision_id) REFERENCES decision (id)
);
CREATE INDEX ix_status_change_initiative ON status_change (initiative_id, changed_at);
CREATE INDEX ix_status_change_decision ON status_change (decision_id);

-- Auftrag: follow-up from a TOP.
CREATE TABLE action_item (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    agenda_item_id      UUID                     NOT NULL,
    description         VARCHAR(2000)            NOT NULL,
    owner_ministry_id   UUID,
    owner_person_id     UUID,
    due_date            DATE,
    status              VARCHAR(10) DEFAULT 'OFFEN' NOT NULL,
    -- why a due date slipped (shown on follow-up lists)
    delay_reason        VARCHAR(2000),
    -- when it was completed; optional, for "erledigt am" on reports
    done_on             DATE,
    initiative_id       UUID,
    CONSTRAINT pk_action_item PRIMARY KEY (id),
    CONSTRAINT fk_action_item_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_action_item_version CHECK (version >= 0),
    CONSTRAINT ck_action_item_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                            OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_action_item_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT ck_action_item_description CHECK (TRIM(description) <> ''),
    CONSTRAINT fk_action_item_owner_ministry FOREIGN KEY (owner_ministry_id) REFERENCES ministry (id),
    CONSTRAINT fk_action_item_owner_person FOREIGN KEY (owner_person_id) REFERENCES person (id),
    -- an order nobody owns is never followed up
    CONSTRAINT ck_action_item_owner CHECK (owner_ministry_id IS NOT NULL OR owner_person_id IS NOT NULL),
    CONSTRAINT ck_action_item_status CHECK (status IN ('OFFEN', 'IN_ARBEIT', 'ERLEDIGT')),
    CONSTRAINT ck_action_item_done_on CHECK (status = 'ERLEDIGT' OR done_on IS NULL),
    CONSTRAINT fk_action_item_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_action_item_agenda_item ON action_item (agenda_item_id);
CREATE INDEX ix_action_item_owner_ministry ON action_item (owner_ministry_id);
CREATE INDEX ix_action_item_owner_person ON action_item (owner_person_id);
CREATE INDEX ix_action_item_initiative ON action_item (initiative_id);
CREATE INDEX ix_action_item_due_date ON action_item (due_date);

-- Anlage: a file kept in the database so that it travels with backups and exchange files.
-- Its effective classification is the higher of its own and its parent's.
CREATE TABLE attachment (
    id                  UUID                     NOT NULL,
    origin_installation UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)             NOT NULL,
    version             INTEGER DEFAULT 0        NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(200),
    meeting_id          UUID,
    agenda_item_id      UUID,
    initiative_id       UUID,
    file_name           VARCHAR(255)             NOT NULL,
    media_type          VARCHAR(255)             NOT NULL,
    size_bytes          BIGINT                   NOT NULL,
    -- lower-case hex, as java.util.HexFormat writes it; lets exchange detect identical files
    sha256              VARCHAR(64)              NOT NULL,
    classification      VARCHAR(10) DEFAULT 'OFFEN' NOT NULL,
    -- BYTEA: PostgreSQL's binary type; H2 2.4 reads it as VARBINARY (up to 1,000,000,000
    -- bytes, held in memory when read - select it only when the file itself is needed)
    content             BYTEA                    NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_origin FOREIGN KEY (origin_installation) REFERENCES installation (id),
    CONSTRAINT ck_attachment_version CHECK (version >= 0),
    CONSTRAINT ck_attachment_tombstone CHECK ((deleted_at IS NULL AND deleted_by IS NULL)
                                           OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL)),
    CONSTRAINT fk_attachment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attachment_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_attachment_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    -- an attachment hangs on exactly one owner, so it has exactly one classification parent
    CONSTRAINT ck_attachment_one_owner CHECK (
        (CASE WHEN meeting_id     IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN agenda_item_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN initiative_id  IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT ck_attachment_file_name CHECK (TRIM(file_name) <> ''),
    CONSTRAINT ck_attachment_media_type CHECK (media_type LIKE '%_/_%'),
    CONSTRAINT ck_attachment_size CHECK (size_bytes >= 0),
    -- the stored size must be the real one: it is shown and checked after exchange
    CONSTRAINT ck_attachment_size_matches CHECK (size_bytes = OCTET_LENGTH(content)),
    CONSTRAINT ck_attachment_sha256 CHECK (
        LENGTH(sha256) = 64
        AND TRANSLATE(sha256, '0123456789abcdef', 'XXXXXXXXXXXXXXXX') = REPEAT('X', 64)),
    CONSTRAINT ck_attachment_classification CHECK (classification IN ('OFFEN', 'VS_NFD'))
);
CREATE INDEX ix_attachment_meeting ON attachment (meeting_id);
CREATE INDEX ix_attachment_agenda_item ON attachment (agenda_item_id);
CREATE INDEX ix_attachment_initiative ON attachment (initiative_id);
