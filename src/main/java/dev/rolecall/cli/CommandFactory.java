package dev.rolecall.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds commands and mixins for picocli: a class with a constructor taking {@link Environment}
 * gets the command line's environment; any other class is built by picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final Environment env;

    CommandFactory(Environment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withEnv;
        try {
            withEnv = cls.getDeclaredConstructor(Environment.class);
        } catch (NoSuchMethodException plain) {
            return CommandLine.defaultFactory().create(cls);
        }
        withEnv.setAccessible(true);
        return withEnv.newInstance(env);
    }
}
