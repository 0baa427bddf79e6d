package dev.selfeval.engine;

import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rules are compiled and run with: the tool's own, remembering the names it does
 * not have. Compiling DRL asks for many names that are no class (each identifier against each
 * imported package, each dotted name as a nested class), and the rule compiler forgets its answers
 * with each compile; without this, every such question searches the whole class path again.
 * The class path does not change while the tool runs, so a name missing once stays missing.
 */
public final class RuleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** The one loader of the tool's rules. */
    public static final RuleClassLoader INSTANCE = new RuleClassLoader(RuleClassLoader.class.getClassLoader());

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

    RuleClassLoader(ClassLoader parent) {
        super("selfeval-rules", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) {
            throw new Missing(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missingClasses.add(name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (missingResources.contains(name)) {
            return null;
        }
        URL url = super.getResource(name);
        if (url == null) {
            missingResources.add(name);
        }
        return url;
    }

    /** A name known to be missing: thrown often while compiling, so without a stack trace. */
    private static final class Missing extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        Missing(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
