package dev.rolecall.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code rolecall --version}: the release and the commit the jar was built from (dirty when it had local edits). */
final class VersionInfo implements CommandLine.IVersionProvider {
    static final String RELEASE = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"rolecall " + RELEASE + " (" + commit() + ")", "Java " + System.getProperty("java.version")};
    }

    static String commit() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/rolecall-git.properties")) {
            if (in == null) {
                return "commit unknown: built outside git";
            }
            p.load(in);
        } catch (IOException e) {
            return "commit unknown";
        }
        String id = p.getProperty("git.commit.id.abbrev", "unknown");
        return "commit " + id + ("true".equals(p.getProperty("git.dirty")) ? ", with uncommitted changes" : "")
                + (p.getProperty("git.commit.time") == null ? "" : ", " + p.getProperty("git.commit.time"));
    }
}
