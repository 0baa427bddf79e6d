package dev.selfeval.engine.run;

/** Told how far a sweep has come: files done, forms done. Called on the writing thread. */
@FunctionalInterface
public interface SweepProgress {
    void update(int files, long forms);
}
