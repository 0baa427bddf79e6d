-- Team mode (serve --team): the workbench's users, each with one role (viewer, auditor, rule_owner,
-- admin; each may do what the ones before it may), the password as an Argon2id hash; and the audit
-- log of logins and changes.
CREATE TABLE users (
    id ${run_id},
    name VARCHAR(80) NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role VARCHAR(20) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    disabled SMALLINT NOT NULL
);

CREATE TABLE audit_log (
    id ${run_id},
    at VARCHAR(40) NOT NULL,
    user_name VARCHAR(80),
    address VARCHAR(80),
    action VARCHAR(40) NOT NULL,
    detail TEXT
);
