package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.transcript.TranscriptJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled sets measured with the judge (LabelledSet --judge URL MODEL), on the fake server:
 * no model is reachable here, so this checks the measurement, not a model. A judge that quotes
 * exactly the reader's errors must bring recall to 1 without costing precision; the same judge
 * adding a quote no caller said (or the customer's words) must change nothing, because a quote
 * counts only when it is the caller's own words.
 */
class LabelledJudgeTest {
    /** Per call, from the system prompt's transcript: the labelled errors, plus a made-up and a customer quote. */
    static Response oracle(FakeOpenAiServer.Request r, List<JsonNode> labels) throws Exception {
        String system = r.messages().get(0).path("content").asText();
        ObjectNode out = TranscriptJson.MAPPER.createObjectNode();
        out.putObject("items").putObject("knowledge").put("score", 0.5).put("reason", "x");
        ArrayNode errors = out.putArray("errors");
        for (JsonNode label : labels) {
            Path call = label.has("_path") ? Path.of(label.get("_path").asText()) : null;
            // the call whose every utterance the prompt shows (openings alone repeat across a card's calls)
            boolean all = Files.readAllLines(call).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.substring(Math.max(l.indexOf('：'), l.indexOf(':')) + 1).replaceAll("\\[END:\\d+\\]", "").strip())
                    .filter(x -> x.length() >= 8).allMatch(x -> system.contains(x.substring(0, 8)));
            if (!all) {
                continue;
            }
            label.get("invented_facts").forEach(q -> errors.addObject().put("turn", -1).put("quote", q.get("text").asText()).put("kind", "invented"));
            label.get("forbidden_promises").forEach(q -> errors.addObject().put("turn", -1).put("quote", q.asText()).put("kind", "promise"));
            errors.addObject().put("turn", 1).put("quote", "我们保证全额退款并赠送一年会员").put("kind", "promise");
            break;
        }
        return Response.reply(TranscriptJson.MAPPER.writeValueAsString(out));
    }

    @Test
    void aJudgeCountsOnlyForQuotesTheCallerSaid() throws Exception {
        List<JsonNode> labels = new ArrayList<>();
        List<Path> sets = List.of(LabelledSet.DIR.resolve("holdout3"));
        for (Path set : sets) {
            for (JsonNode l : TranscriptJson.MAPPER.readTree(set.resolve("labels.json").toFile())) {
                ((ObjectNode) l).put("_path", set.resolve("calls").resolve(l.get("file").asText()).toString());
                labels.add(l);
            }
        }
        List<LabelledSet.Case> rules = LabelledSet.scoreAll(null, sets);
        try (FakeOpenAiServer server = new FakeOpenAiServer(r -> {
            try {
                return oracle(r, labels);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })) {
            List<LabelledSet.Case> judged = LabelledSet.scoreAll(LabelledSet.judge(server.baseUrl(), "judge-x"), sets);
            assertThat(server.requestCount()).isEqualTo(labels.size()); // one judge call per scored call
            LabelledSet.Figures before = LabelledSet.figures(rules, c -> c.split().equals("holdout3"));
            LabelledSet.Figures after = LabelledSet.figures(judged, c -> c.split().equals("holdout3"));
            // the rules alone miss many errors of meaning (holdout3: 0.70 found by the rules, 0.95 and more with the judge)
            assertThat(before.inventedRecall()).isLessThan(0.75);
            assertThat(after.inventedRecall()).as(after.line()).isGreaterThanOrEqualTo(0.95);
            assertThat(after.inventedRecall() - before.inventedRecall()).isGreaterThanOrEqualTo(0.25);
            assertThat(after.inventedPrecision()).as(after.line()).isGreaterThanOrEqualTo(before.inventedPrecision());
            assertThat(after.aAboveC()).isGreaterThanOrEqualTo(before.aAboveC());
            assertThat(after.spearman()).as(after.line()).isGreaterThanOrEqualTo(before.spearman());
            // the made-up quote was offered for every call and counted for none
            assertThat(judged).allSatisfy(c -> assertThat(c.card().critical()).noneSatisfy(x -> assertThat(x).contains("赠送一年会员")));
        }
    }
}
