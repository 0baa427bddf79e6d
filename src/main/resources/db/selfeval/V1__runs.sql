-- Runs kept by audit --save. The same SQL for SQLite and PostgreSQL: ${run_id} is the one thing
-- the two spell differently (an auto-numbered key). A run's rows are written in one transaction,
-- so a run that is here is whole.

CREATE TABLE runs (
    id ${run_id},
    started_at VARCHAR(40) NOT NULL,
    elapsed_ms BIGINT,
    inputs TEXT NOT NULL,
    rules_dir TEXT,
    rules_fingerprint VARCHAR(64),
    rule_count INTEGER,
    tool_version VARCHAR(40),
    files INTEGER,
    forms INTEGER,
    unreadable INTEGER,
    errors INTEGER,
    warnings INTEGER,
    infos INTEGER,
    waived INTEGER,
    baseline TEXT,
    new_findings INTEGER,
    unchanged_findings INTEGER,
    resolved_findings INTEGER,
    finished SMALLINT NOT NULL
);

-- One row a form, seq its place in the run (input order). worst: 0 error, 1 warning, 2 info,
-- 3 none (findings not waived); gap: |recomputed - stated| total.
CREATE TABLE forms (
    run_id BIGINT NOT NULL,
    seq INTEGER NOT NULL,
    form_id TEXT NOT NULL,
    form_key TEXT NOT NULL,
    year INTEGER,
    file TEXT,
    place TEXT,
    project TEXT,
    department TEXT,
    unit TEXT,
    template TEXT,
    stated_total NUMERIC,
    recomputed_total NUMERIC,
    gap NUMERIC,
    grade VARCHAR(20),
    stated_grade VARCHAR(20),
    worst SMALLINT NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    infos INTEGER NOT NULL,
    waived INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- runs show: a run's forms worst first, by department and severity; history: a project's forms
CREATE INDEX forms_by_worst ON forms (run_id, worst, seq);
CREATE INDEX forms_by_department ON forms (run_id, department, worst, seq);
CREATE INDEX forms_by_key ON forms (form_key, year);

-- One row a finding. form_seq: the form's seq, null for a finding on a group of forms (forms: their
-- ids, ';' between) or on the waivers file. baseline: new or unchanged, null without a baseline.
CREATE TABLE findings (
    run_id BIGINT NOT NULL,
    seq INTEGER NOT NULL,
    form_seq INTEGER,
    forms TEXT,
    rule_id VARCHAR(80) NOT NULL,
    severity VARCHAR(8) NOT NULL,
    section TEXT,
    level1 TEXT,
    level2 TEXT,
    indicator TEXT,
    field TEXT,
    line INTEGER,
    place TEXT,
    message TEXT,
    expected TEXT,
    actual TEXT,
    fingerprint VARCHAR(32),
    waived SMALLINT NOT NULL,
    baseline VARCHAR(10),
    PRIMARY KEY (run_id, seq)
);

CREATE INDEX findings_by_form ON findings (run_id, form_seq);
