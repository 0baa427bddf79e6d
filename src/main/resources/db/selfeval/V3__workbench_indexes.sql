-- The workbench: a run's forms filtered by rule, and two runs compared finding by finding.
CREATE INDEX findings_by_rule ON findings (run_id, rule_id, form_seq);
CREATE INDEX findings_by_fingerprint ON findings (run_id, fingerprint);
