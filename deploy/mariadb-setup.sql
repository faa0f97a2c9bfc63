-- One-time setup of an external MariaDB (10.11+) for Triturate; run as an administrator.
-- Liquibase creates and migrates the schema at every start, so the account needs DDL rights on its database.
CREATE DATABASE IF NOT EXISTS triturate CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- Replace <password> (angle brackets included) with a generated password in quotes, e.g. the output of
-- `openssl rand -base64 24` as '...'; unedited, this statement is a syntax error, so no account with a known
-- password can be created by accident. The same password goes into TRITURATE_DB_PASSWORD.
CREATE USER IF NOT EXISTS 'triturate'@'%' IDENTIFIED BY <password>;
-- TRIGGER: the audit trail is protected by triggers that reject UPDATE and DELETE.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER
    ON triturate.* TO 'triturate'@'%';
-- With binary logging on, creating triggers without SUPER also needs:
--   SET GLOBAL log_bin_trust_function_creators = 1;
FLUSH PRIVILEGES;
