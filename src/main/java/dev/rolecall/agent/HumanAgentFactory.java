package dev.rolecall.agent;

import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Side;
import dev.rolecall.transcript.ModelSettings;
import dev.rolecall.transcript.Turn;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person plays one side in the terminal (rep training, persona testing). They type one line per
 * turn; {@code /end N} (alone or after the last words) ends the call with their card's condition N,
 * and closing the input (Ctrl-D) hangs up. Empty lines and other {@code /} commands print help and
 * ask again; they are never spoken. The other side's lines reach them through the normal
 * live printing of {@code run}.
 */
public final class HumanAgentFactory implements AgentFactory {
    private static final Pattern END = Pattern.compile("/end\\s*(\\d+)?\\s*$");

    private final LineSource in;
    private final PrintWriter out;

    /** @param in the person's lines (JLine on a terminal: editing and history; plain otherwise) */
    public HumanAgentFactory(LineSource in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Agent create(CallContext context) {
        Side self = context.card().side(context.role());
        out.println("You are " + self.displayName() + " (" + context.role().id() + "). Type one line per turn;"
                + " end the call with /end N, where N is:");
        for (EndCondition c : self.endConditions()) {
            out.println("  " + c.number() + ". " + c.text());
        }
        out.flush();
        return new Agent() {

            @Override
            public Reply respond(List<Turn> history) throws AgentException {
                long t0 = System.nanoTime();
                while (true) {
                    String line;
                    try {
                        line = in.readLine(self.displayName() + "> ");
                    } catch (IOException e) {
                        throw new AgentException(AgentException.Kind.OTHER, "terminal input failed: " + e.getMessage(), 0, e);
                    }
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (line == null) {
                        return Reply.offline("[END]", ms); // input closed (Ctrl-D): the person hung up
                    }
                    Matcher m = END.matcher(line);
                    if (m.find()) {
                        line = line.substring(0, m.start()).strip() + " [END" + (m.group(1) == null ? "" : ":" + m.group(1)) + "]";
                        return Reply.offline(line.strip(), ms);
                    }
                    if (line.isBlank() || line.strip().startsWith("/")) {
                        // an empty line or an unknown command is never said to the other side
                        out.println("(type what " + self.displayName() + " says; /end N ends the call; Ctrl-D hangs up)");
                        continue;
                    }
                    return Reply.offline(line.strip(), ms);
                }
            }
        };
    }

    @Override
    public ModelSettings settings() {
        return new ModelSettings("human", null, null, null, null, null);
    }
}
