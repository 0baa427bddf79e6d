package dev.selfeval.engine;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleClassLoaderTest {

    /** The tool's class loader, counting what it is asked. */
    private static final class Counting extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Counting() {
            super(RuleClassLoaderTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            asked.add(name);
            return super.getResource(name);
        }
    }

    @Test
    void aMissingNameIsAskedOnceAndStaysMissing() {
        Counting parent = new Counting();
        RuleClassLoader loader = new RuleClassLoader(parent);
        for (int i = 0; i < 3; i++) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("dev.selfeval.model.weight"));
            assertNull(loader.getResource("dev/selfeval/model/weight.class"));
        }
        assertEquals(List.of("dev.selfeval.model.weight", "dev/selfeval/model/weight.class"), parent.asked);
    }

    @Test
    void aClassOfTheToolIsTheToolsOwn() throws ClassNotFoundException {
        Counting parent = new Counting();
        RuleClassLoader loader = new RuleClassLoader(parent);
        assertSame(Calc.class, loader.loadClass("dev.selfeval.engine.Calc"));
        assertSame(Calc.class, loader.loadClass("dev.selfeval.engine.Calc"));
        assertNotNull(loader.getResource("dev/selfeval/engine/Calc.class"));
        assertEquals(List.of("dev.selfeval.engine.Calc", "dev.selfeval.engine.Calc", "dev/selfeval/engine/Calc.class"), parent.asked);
    }
}
