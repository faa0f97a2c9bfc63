-- One-time setup of an external MariaDB (10.11+) or MariaDB Galera cluster for Triturate; run as an administrator
-- (on a cluster, on any one node: accounts and grants replicate). Two accounts: Liquibase migrates the schema as
-- triturate_migration (at every start, or once per release with `java -jar quarkus-run.jar migrate`), the service
-- runs as triturate. Neither needs SUPER.
CREATE DATABASE IF NOT EXISTS triturate CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- Replace each <...> placeholder (angle brackets included) with a generated password in quotes, e.g. the output of
-- `openssl rand -base64 24` as '...'; unedited, these statements are syntax errors, so no account with a known
-- password can be created by accident. The passwords go into TRITURATE_DB_MIGRATION_PASSWORD and TRITURATE_DB_PASSWORD.

-- Migration account: the schema's DDL (TRIGGER: on a single server, triggers also reject UPDATE and DELETE on the
-- audit trail; a Galera cluster does without them, see docs/operations.md), and the grant option, with which the
-- service gives the runtime account its rights per table after each migration.
CREATE USER IF NOT EXISTS 'triturate_migration'@'%' IDENTIFIED BY <migration-password>;
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER
    ON triturate.* TO 'triturate_migration'@'%' WITH GRANT OPTION;

-- Runtime account: no rights here. After each migration the service grants it SELECT, INSERT, UPDATE, DELETE on each
-- table, only SELECT, INSERT on the audit tables (audit*, access_log), only SELECT on Liquibase's history
-- (DATABASECHANGELOG). Give it nothing on triturate.* yourself: a schema-wide grant would make the audit trail
-- writable again.
CREATE USER IF NOT EXISTS 'triturate'@'%' IDENTIFIED BY <password>;

-- A single server with binary logging on refuses the migration's triggers to an account without SUPER unless:
--   SET GLOBAL log_bin_trust_function_creators = 1;
-- A Galera cluster needs neither: the migration records those changesets as superseded there.
