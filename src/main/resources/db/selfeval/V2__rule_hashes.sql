-- Each rule's own fingerprint (RuleHashes, as JSON: {"FUND-RATE": "ab12…", …}), so that a later run with
-- --baseline run:N names the rules added, changed or removed since, as a report's rules.each lets it do.
ALTER TABLE runs ADD COLUMN rule_hashes TEXT;
