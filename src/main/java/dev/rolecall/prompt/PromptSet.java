package dev.rolecall.prompt;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PromptsRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of prompt templates: {@code caller.md} and {@code callee.md} (required), and
 * {@code judge.md} (optional, for the LLM judge). Read from disk at run time, so users edit
 * prompts without rebuilding; {@code --prompts DIR} selects another set.
 */
public final class PromptSet {

    public static final String CALLER = "caller.md";
    public static final String CALLEE = "callee.md";
    public static final String JUDGE = "judge.md";
    public static final String FIRST_TURN = "first-turn.md";
    /** What the caller's model is shown before it opens, when the folder has no first-turn.md. */
    public static final String DEFAULT_FIRST_TURN = "（电话已接通，对方拿起了电话。请说你的开场白。）";

    private final Path dir;
    private final Map<String, Template> templates;

    private PromptSet(Path dir, Map<String, Template> templates) {
        this.dir = dir;
        this.templates = templates;
    }

    public static PromptSet load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PromptException(dir + ": prompt folder not found; pass --prompts DIR with "
                    + CALLER + " and " + CALLEE + " in it");
        }
        Map<String, Template> t = new LinkedHashMap<>();
        for (String name : new String[] {CALLER, CALLEE, JUDGE, FIRST_TURN}) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                t.put(name, read(file));
            } else if (name.equals(CALLER) || name.equals(CALLEE)) {
                throw new PromptException(file + ": template missing; copy it from the bundled prompts/ folder");
            }
        }
        return new PromptSet(dir, t);
    }

    public Path dir() {
        return dir;
    }

    /** The user message an LLM caller sees before its opening line. */
    public String firstTurn() {
        Template t = templates.get(FIRST_TURN);
        return t == null || t.text().isBlank() ? DEFAULT_FIRST_TURN : t.text().strip();
    }

    public Optional<Template> judge() {
        return Optional.ofNullable(templates.get(JUDGE));
    }

    /** The system prompt for one side of this card, with no persona variant. */
    public String systemPrompt(Card card, Role role) {
        return systemPrompt(card, role, java.util.Map.of());
    }

    /** The system prompt for one side; the callee's {@code {{persona}}} carries this call's persona variant. */
    public String systemPrompt(Card card, Role role, java.util.Map<String, Object> persona) {
        if (role == Role.CALLEE && (persona == null || !persona.isEmpty())) {
            return render(card, role, persona);
        }
        // the caller's prompt has no persona, nor has the callee's without one: the same two texts for every call of a
        // batch, each rendered once (the calls that start together wait for it rather than render it again)
        Rendered r = rendered.compute(role, (k, old) -> old != null && old.card() == card ? old
                : new Rendered(card, render(card, role, java.util.Map.of())));
        return r.text();
    }

    /**
     * The persona-free prompts, per side, of the card last rendered (by identity: a card is immutable). Rendering one
     * took 1-2.5 ms on a warm-ish JVM and more on a cold one, at the start of every call and again for the inputs
     * recorded with it; the calls a batch starts together all rendered both before their first request (issue 13).
     */
    private final java.util.concurrent.ConcurrentHashMap<Role, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    private record Rendered(Card card, String text) {}

    private String render(Card card, Role role, java.util.Map<String, Object> persona) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>(CardValues.of(card, role));
        boolean chinese = card.callee().raw().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        values.put("persona", role == Role.CALLEE ? PersonaVariant.from(persona).describe(chinese) : "");
        return templates.get(role == Role.CALLER ? CALLER : CALLEE).render(values);
    }

    public PromptsRef ref() {
        Map<String, String> sums = new LinkedHashMap<>();
        templates.forEach((name, t) -> sums.put(name, t.sha256()));
        return new PromptsRef(dir.toString(), sums);
    }

    private static Template read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // a BOM or UTF-16 would otherwise reach the model as U+FEFF or as NUL-riddled text
            return new Template(file, dev.rolecall.text.TextFiles.decode(bytes), sha256(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PromptException(file + ": the template is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new PromptException(file + ": cannot read template (" + e.getMessage() + ")");
        }
    }

    /** SHA-256 of {@code bytes}, lower-case hex ({@link Sha256}: the JDK's digest, without its cold-start cost). */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest(bytes));
    }
}
