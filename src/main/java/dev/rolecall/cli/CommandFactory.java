package dev.rolecall.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds commands and mixins for picocli: a class whose constructor takes the command line's
 * {@link Environment} and/or {@link Project} gets them; any other class is built by picocli's
 * default factory.
 */
record CommandFactory(Environment env, Project project) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            Class<?>[] types = c.getParameterTypes();
            Object[] args = new Object[types.length];
            boolean fits = types.length > 0;
            for (int i = 0; i < types.length && fits; i++) {
                args[i] = types[i] == Environment.class ? env : types[i] == Project.class ? project : null;
                fits = args[i] != null;
            }
            if (fits) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(args));
            }
        }
        return CommandLine.defaultFactory().create(cls);
    }
}
