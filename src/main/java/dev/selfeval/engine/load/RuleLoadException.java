package dev.selfeval.engine.load;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder could not be loaded; every error is listed, not only the first. */
public class RuleLoadException extends Exception {
    private final List<LoadError> errors;

    public RuleLoadException(List<LoadError> errors) {
        super(errors.stream().map(LoadError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public RuleLoadException(LoadError error) {
        this(List.of(error));
    }

    public List<LoadError> errors() {
        return errors;
    }
}
