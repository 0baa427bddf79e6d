-- Waivers proposed in the workbench from a form's page, and what a rule owner decided: an approved
-- one is written into the workbench's waiver file (and the change log) and takes effect from the next
-- run. scope: form, project or department; target: the form id, the project's key or the 主管部门.
CREATE TABLE waiver_proposals (
    id ${run_id},
    proposed_at VARCHAR(40) NOT NULL,
    proposer VARCHAR(80) NOT NULL,
    rule_id VARCHAR(80) NOT NULL,
    scope VARCHAR(20) NOT NULL,
    target TEXT NOT NULL,
    reason TEXT NOT NULL,
    expires VARCHAR(10) NOT NULL,
    run_id BIGINT,
    form_seq INTEGER,
    status VARCHAR(10) NOT NULL,
    decided_by VARCHAR(80),
    decided_at VARCHAR(40),
    note TEXT
);
