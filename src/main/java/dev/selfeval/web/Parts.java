package dev.selfeval.web;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.store.RunBrowse;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.Users;

import java.nio.file.Path;
import java.util.List;

/**
 * What the workbench's pages and API share: the rules in force, the run queue, the saved runs, the
 * readers of saved forms and reports, where uploads go and the roots a folder may be picked from, the
 * and the limits.
 */
record Parts(RuleSet rules, RunJobs jobs, RunQueries runs, RunBrowse browse, Downloads downloads, SavedInputs inputs,
             FormView forms, Path uploads, List<Path> roots, Limits limits, String version, String database,
             Users users) {

    /** A saved run by its number; refused (404) when there is none. */
    RunQueries.Run saved(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new Guard.Refused(404, "没有编号为「" + id + "」的运行或审核任务");
        }
        return runs.run(Long.parseLong(id))
                .orElseThrow(() -> new Guard.Refused(404, "数据库 " + database + " 中没有运行 " + id));
    }

    /** How much one upload may bring: bytes as sent, bytes and files once unpacked. */
    record Limits(long uploadBytes, long unpackedBytes, int files) {
    }
}
