package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The labelled calls in {@code src/test/resources/labelled/}: written apart from the scorer, in the
 * style of real chat models, over four cards, labelled by a reader (steps covered, invented facts,
 * forbidden promises, tier A/B/C). Scores them all and measures how far the scorecard agrees with
 * the reader. Part of the set is held out: thresholds are tuned on {@code calibration} only.
 */
public final class LabelledSet {
    public static final Path DIR = Path.of("src/test/resources/labelled");

    /** One labelled call and its scorecard. */
    public record Case(JsonNode label, Transcript transcript, Scorecard card) {
        String file() {
            return label.get("file").asText();
        }

        String tier() {
            return label.get("tier").asText();
        }

        String split() {
            return label.get("split").asText();
        }
    }

    /** Agreement figures over a set of cases. */
    public record Figures(int calls, double stepPrecision, double stepRecall, double inventedPrecision,
                          double inventedRecall, double spearman, double aAboveC, List<String> misses) {
        public String line() {
            return String.format(Locale.ROOT, "%d calls: steps P %.2f R %.2f; invented facts and promises P %.2f R %.2f;"
                    + " Spearman(overall, tier) %.2f; A above C in %.1f%% of pairs", calls, stepPrecision, stepRecall,
                    inventedPrecision, inventedRecall, spearman, 100 * aAboveC);
        }
    }

    private LabelledSet() {}

    /**
     * The first set, and held-out sets each written by someone who never saw the scorer, after its rules were
     * set (each in its own folder, with any card of its own in {@code cards/}).
     */
    static final List<Path> SETS = List.of(DIR, DIR.resolve("holdout2"), DIR.resolve("holdout3"), DIR.resolve("holdout4"), DIR.resolve("holdout5"), DIR.resolve("holdout6"),
            DIR.resolve("holdout7"), DIR.resolve("holdout8"), DIR.resolve("holdout9"), DIR.resolve("holdout10"),
            DIR.resolve("holdout11"), DIR.resolve("holdout12"), DIR.resolve("holdout13"), DIR.resolve("holdout14"), DIR.resolve("holdout15"), DIR.resolve("holdout16"), DIR.resolve("holdout17"), DIR.resolve("holdout18"), DIR.resolve("holdout19"), DIR.resolve("holdout20"), DIR.resolve("holdout21"), DIR.resolve("holdout22"), DIR.resolve("holdout23"), DIR.resolve("holdout24"), DIR.resolve("holdout25"), DIR.resolve("holdout26"), DIR.resolve("holdout27"), DIR.resolve("holdout28"), DIR.resolve("holdout29"), DIR.resolve("holdout30"), DIR.resolve("holdout31"), DIR.resolve("holdout32"), DIR.resolve("holdout33"), DIR.resolve("holdout34"), DIR.resolve("holdout35"), DIR.resolve("holdout36"), DIR.resolve("holdout37"), DIR.resolve("holdout38"), DIR.resolve("holdout39"), DIR.resolve("holdout40"), DIR.resolve("holdout41"), DIR.resolve("holdout42"), DIR.resolve("holdout43"), DIR.resolve("holdout44"), DIR.resolve("holdout45"), DIR.resolve("holdout46"), DIR.resolve("holdout47"), DIR.resolve("holdout48"), DIR.resolve("holdout49"), DIR.resolve("holdout50"), DIR.resolve("holdout51"), DIR.resolve("holdout52"), DIR.resolve("holdout53"), DIR.resolve("holdout54"), DIR.resolve("holdout55"), DIR.resolve("holdout56"), DIR.resolve("holdout57"), DIR.resolve("holdout58"), DIR.resolve("holdout59"), DIR.resolve("holdout60"), DIR.resolve("holdout61"), DIR.resolve("holdout62"), DIR.resolve("holdout63"), DIR.resolve("holdout64"), DIR.resolve("holdout65"), DIR.resolve("holdout66"), DIR.resolve("holdout67"), DIR.resolve("holdout68"), DIR.resolve("holdout69"), DIR.resolve("holdout70"), DIR.resolve("holdout71"), DIR.resolve("holdout72"), DIR.resolve("holdout73"), DIR.resolve("holdout74"), DIR.resolve("holdout75"), DIR.resolve("holdout76"), DIR.resolve("holdout77"), DIR.resolve("holdout78"), DIR.resolve("holdout79"));

    public static List<Case> scoreAll() throws IOException {
        return scoreAll(null, SETS);
    }

    /**
     * Every labelled call scored, and with a judge its verified errors added as flags and critical
     * lines (the overall capped), as {@code score --judge} does: what the judge adds is measured
     * against the same labels.
     */
    public static List<Case> scoreAll(SecondOpinion judge, List<Path> sets) throws IOException {
        Map<String, Scorer> scorers = new HashMap<>();
        Weights weights = Weights.load(Path.of("prompts/weights.json"));
        List<Case> out = new ArrayList<>();
        for (Path set : sets) {
            JsonNode labels = TranscriptJson.MAPPER.readTree(set.resolve("labels.json").toFile());
            for (JsonNode label : labels) {
                String cardName = label.get("card").asText();
                Path own = set.resolve("cards").resolve(cardName);
                Scorer scorer = scorers.computeIfAbsent(own.toString(), c -> {
                    Card card = CardParser.parse(Files.exists(own) ? own : Path.of("prompts/cards", cardName));
                    return new Scorer(card, weights);
                });
                Map<String, Role> speakers = new LinkedHashMap<>();
                label.get("speakers").fields().forEachRemaining(e -> speakers.put(e.getKey(), Role.of(e.getValue().asText())));
                Transcript t = PlainTextTranscripts.read(set.resolve("calls").resolve(label.get("file").asText()), speakers);
                Scorecard card;
                if (judge == null) {
                    card = scorer.score(t);
                } else {
                    Transcript scored = scorer.scoreInto(t);
                    card = withJudge(Scorecard.of(scored).orElseThrow(), judge.judge(CardParser.parse(Files.exists(own) ? own
                            : Path.of("prompts/cards", cardName)), scored), t, weights);
                }
                out.add(new Case(label, t, card));
            }
        }
        return out;
    }

    private static Scorecard withJudge(Scorecard s, JsonNode opinion, Transcript t, Weights weights) {
        List<FactFlag> extra = JudgedErrors.verified(opinion, t);
        if (extra.isEmpty()) {
            return s;
        }
        List<FactFlag> invented = new ArrayList<>(s.invented());
        invented.addAll(extra);
        List<String> critical = new ArrayList<>(s.critical());
        extra.forEach(f -> critical.add(JudgedErrors.line(f)));
        return new Scorecard(Math.min(s.overall(), weights.capFor(critical.size())), critical, s.items(), s.steps(), invented,
                s.factsRight(), s.monologues(), s.embedder());
    }

    public static Figures figures(List<Case> cases, Predicate<Case> which) {
        List<Case> cs = cases.stream().filter(which).toList();
        int stepTp = 0;
        int stepFp = 0;
        int stepFn = 0;
        int invTp = 0;
        int invFp = 0;
        int invFn = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cs) {
            Set<Integer> truth = new TreeSet<>();
            c.label().get("steps_covered").forEach(n -> truth.add(n.asInt()));
            Set<Integer> said = new TreeSet<>();
            c.card().steps().stream().filter(s -> s.status().equals(StepResult.COVERED)).forEach(s -> said.add(s.number()));
            for (int n : said) {
                if (truth.contains(n)) {
                    stepTp++;
                } else {
                    stepFp++;
                    misses.add(c.file() + ": step " + n + " credited, not said");
                }
            }
            for (int n : truth) {
                if (!said.contains(n)) {
                    stepFn++;
                    misses.add(c.file() + ": step " + n + " said, not credited");
                }
            }
            List<String> wrong = new ArrayList<>();
            c.label().get("invented_facts").forEach(f -> wrong.add(f.get("text").asText()));
            c.label().get("forbidden_promises").forEach(f -> wrong.add(f.asText()));
            boolean[] found = new boolean[wrong.size()];
            for (FactFlag flag : c.card().invented()) {
                boolean hit = false;
                for (int i = 0; i < wrong.size(); i++) {
                    if ((inTurn(c.transcript(), flag, wrong.get(i)) ? overlaps(flag.said(), wrong.get(i)) : contains(flag.said(), wrong.get(i)))
                            || sameFact(c.transcript(), flag, wrong.get(i))) {
                        found[i] = true;
                        hit = true;
                    }
                }
                if (hit) {
                    invTp++;
                } else {
                    invFp++;
                    misses.add(c.file() + ": flagged '" + flag.said() + "' (card " + flag.card() + "), not invented");
                }
            }
            for (int i = 0; i < wrong.size(); i++) {
                if (!found[i]) {
                    invFn++;
                    misses.add(c.file() + ": '" + wrong.get(i) + "' invented, not flagged");
                }
            }
        }
        double[] overall = cs.stream().mapToDouble(c -> c.card().overall()).toArray();
        double[] tier = cs.stream().mapToDouble(c -> switch (c.tier()) {
            case "A" -> 3;
            case "B" -> 2;
            default -> 1;
        }).toArray();
        int pairs = 0;
        int above = 0;
        for (Case a : cs) {
            for (Case x : cs) {
                if (a.tier().equals("A") && x.tier().equals("C")) {
                    pairs++;
                    if (a.card().overall() > x.card().overall()) {
                        above++;
                    } else {
                        misses.add("A " + a.file() + " " + a.card().overall() + " <= C " + x.file() + " " + x.card().overall());
                    }
                }
            }
        }
        return new Figures(cs.size(), ratio(stepTp, stepTp + stepFp), ratio(stepTp, stepTp + stepFn),
                ratio(invTp, invTp + invFp), ratio(invTp, invTp + invFn), spearman(overall, tier),
                pairs == 0 ? 1 : above / (double) pairs, misses);
    }

    /**
     * The flag names the labelled fact in other digits: "4.2元" for "每平米每个月四块二", "2280" for "两千二百八". Same turn,
     * and a fact of the same type and value in both; a flag elsewhere in the turn is not taken for it.
     */
    static boolean sameFact(Transcript t, FactFlag flag, String labelled) {
        if (flag.turn() < 0 || flag.turn() >= t.turns().size() || !t.turns().get(flag.turn()).text().contains(labelled)) {
            return false;
        }
        List<Fact> inLabel = FactExtractor.extract(labelled);
        return FactExtractor.extract(flag.said()).stream().anyMatch(f -> inLabel.stream()
                .anyMatch(l -> l.type() == f.type() && l.value().equals(f.value())));
    }

    /**
     * Whether the flag is on the turn that says the labelled words: four letters in common ("I'll") had matched "I'll have the
     * driver there at 7 sharp" to "I'll knock fifty off" two turns away (session 46). In another turn a flag names the labelled
     * fact only by containing it or being contained in it (the same wrong number said again).
     */
    static boolean inTurn(Transcript t, FactFlag flag, String labelled) {
        return flag.turn() >= 0 && flag.turn() < t.turns().size() && t.turns().get(flag.turn()).text().contains(labelled);
    }

    /** Numbers as digits, without spaces, dashes, stops, commas and brackets, in lower case: how flags and labels are compared. */
    private static String plain(String text) {
        return ChineseNumbers.normalize(text).replaceAll("[\\s\\-–—·.,，()（）]", "").toLowerCase(Locale.ROOT);
    }

    /** The same wrong fact said again in another turn: one contains the other, ignoring spaces, dashes and case. */
    static boolean contains(String flagged, String labelled) {
        String a = plain(flagged);
        String b = plain(labelled);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** Four characters in common, ignoring spaces, dashes and case. */
    static boolean overlaps(String flagged, String labelled) {
        String a = plain(flagged);
        String b = plain(labelled);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int need = Math.min(4, Math.min(a.length(), b.length()));
        for (int i = 0; i + need <= b.length(); i++) {
            if (a.contains(b.substring(i, i + need))) {
                return true;
            }
        }
        return false;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : a / (double) b;
    }

    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = java.util.Arrays.stream(rx).average().orElse(0);
        double my = java.util.Arrays.stream(ry).average().orElse(0);
        double num = 0;
        double dx = 0;
        double dy = 0;
        for (int i = 0; i < rx.length; i++) {
            num += (rx[i] - mx) * (ry[i] - my);
            dx += (rx[i] - mx) * (rx[i] - mx);
            dy += (ry[i] - my) * (ry[i] - my);
        }
        return dx == 0 || dy == 0 ? 0 : num / Math.sqrt(dx * dy);
    }

    /** Ranks with ties averaged. */
    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[idx[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return r;
    }

    static SecondOpinion judge(String baseUrl, String model) {
        var endpoint = dev.rolecall.agent.openai.EndpointConfig.fromEnv(baseUrl, "OPENAI_API_KEY", System.getenv(),
                java.time.Duration.ofSeconds(120), 2);
        var template = dev.rolecall.prompt.PromptSet.load(Path.of("prompts")).judge().orElseThrow();
        return new dev.rolecall.judge.LlmJudge(new dev.rolecall.agent.openai.OpenAiChat(endpoint,
                new dev.rolecall.agent.openai.LlmSettings(model, 0.0, null, null), dev.rolecall.agent.RateLimiter.UNLIMITED), template);
    }

    /** Prints the figures per split and every disagreement: {@code bench/run} and calibration use this. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        // --judge URL MODEL: the LLM judge too (key from $OPENAI_API_KEY), one request per labelled call
        SecondOpinion judge = args.length >= 3 && args[0].equals("--judge") ? judge(args[1], args[2]) : null;
        if (judge != null) {
            args = java.util.Arrays.copyOfRange(args, 3, args.length);
        }
        List<Case> cases = scoreAll(judge, SETS);
        for (String split : cases.stream().map(Case::split).distinct().toList()) {
            Figures f = figures(cases, c -> c.split().equals(split));
            out.println("labelled " + split + ": " + f.line());
            if (args.length > 0 && args[0].equals("-v")) {
                f.misses().forEach(m -> out.println("  " + m));
            }
        }
        out.println("labelled all: " + figures(cases, c -> true).line());
        if (args.length > 0 && args[0].equals("-v")) {
            for (Case c : cases) {
                out.printf(Locale.ROOT, "  %-26s %s %-11s %5.1f  %s%n", c.file(), c.tier(), c.split(), c.card().overall(),
                        c.card().items().entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue().score() == null ? "-"
                                : String.format(Locale.ROOT, "%.2f", e.getValue().score()))).toList());
                c.card().critical().forEach(x -> out.println("      critical: " + x));
                c.card().items().forEach((k, it) -> {
                    if (it.score() != null && it.score() < 0.995 && !k.equals("brevity") && !k.equals("callee")) {
                        out.println("      " + k + ": " + it.reason());
                    }
                });
            }
        }
    }
}
