package dev.selfeval.engine;

import dev.selfeval.model.Finding;
import dev.selfeval.model.SweepGroup;

/** A finding of a sweep rule on a group of forms. */
public record CrossFormFinding(Finding finding, SweepGroup group) {
}
