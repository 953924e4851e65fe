-- The schemas moved here from an embedded Derby database (bin/hearth move-to-postgresql), each once: a schema
-- listed here is never copied again, so a second start with the same instruction cannot double the records.
CREATE TABLE platform.moved_schema (
    schema_name VARCHAR(30) NOT NULL PRIMARY KEY,
    moved_at    TIMESTAMP   NOT NULL,
    row_count   INTEGER     NOT NULL
);
