package dev.selfeval.engine.run;

import dev.selfeval.model.SweepGroup;
import dev.selfeval.model.SweepMember;
import dev.selfeval.model.YearForm;
import dev.selfeval.model.YearPair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The forms of one project in a run, paired year by year: each year's first form with the first form
 * of the year after it (a year with no form breaks the chain: 2021 is not held against 2023).
 */
final class YearPairs {
    private YearPairs() {
    }

    /** @param members the project's forms in sweep order, {@code years} their digests in the same order */
    static List<YearPair> of(List<SweepMember> members, List<YearForm> years) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> years.get(i).year())); // stable: a year's first form first
        List<YearPair> out = new ArrayList<>();
        Integer earlier = null;
        for (int i : order) {
            if (earlier != null && years.get(i).year() == years.get(earlier).year() + 1) { // the year before, not any earlier one
                out.add(new YearPair(new SweepGroup(SweepGroup.Kind.YEARS, List.of(members.get(earlier), members.get(i))),
                        members.get(i).key(), years.get(earlier), years.get(i)));
            }
            if (earlier == null || years.get(i).year() > years.get(earlier).year()) {
                earlier = i;
            }
        }
        return out;
    }
}
