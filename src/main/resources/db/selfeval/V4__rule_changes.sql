-- Changes to the rules folder made in the workbench: who, when, why, the file before and after (the
-- diff is made from the two when shown), the rules' fingerprint before and after, the rule-test cases'
-- results and the impact preview's figures (JSON) when one was looked at. reverts: the change this one
-- takes back, when it is a revert.
CREATE TABLE rule_changes (
    id ${run_id},
    changed_at VARCHAR(40) NOT NULL,
    author TEXT NOT NULL,
    reason TEXT NOT NULL,
    file TEXT NOT NULL,
    content_before TEXT,
    content_after TEXT NOT NULL,
    fingerprint_before VARCHAR(64),
    fingerprint_after VARCHAR(64),
    cases_passed INTEGER,
    cases_failed INTEGER,
    preview TEXT,
    reverts BIGINT,
    committed TEXT
);
