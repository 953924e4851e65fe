-- The bundle's first migration. It runs in the bundle's own schema (${moduleId}), and names its tables with it as
-- the bundle's queries do. Plain SQL that Derby and PostgreSQL both accept (the test kit's PortableSql checks).
CREATE TABLE ${moduleId}.note (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    words    VARCHAR(280) NOT NULL,
    written  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
