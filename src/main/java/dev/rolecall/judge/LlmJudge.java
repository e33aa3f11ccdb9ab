package dev.rolecall.judge;

import dev.rolecall.scoring.SecondOpinion;
import dev.rolecall.scoring.Weights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.openai.OpenAiChat;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.CardValues;
import dev.rolecall.prompt.Template;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An optional second opinion: an LLM reads the card and the call (template {@code prompts/judge.md})
 * and returns a 0..1 score and a reason per scorecard item as JSON, and the caller's words it finds
 * against the card, each quoted (checked and counted by {@link dev.rolecall.scoring.JudgedErrors}). Output that does not parse is
 * asked for once more; after that the failure is recorded, never thrown. The judge's scores sit
 * beside the rule-based ones with their agreement (1 − |rule − judge| per item).
 */
public final class LlmJudge implements SecondOpinion {
    static final String RETRY = "That was not valid JSON. Answer with the JSON object only, nothing else.";

    private final OpenAiChat chat;
    private final Template template;

    public LlmJudge(OpenAiChat chat, Template template) {
        this.chat = chat;
        this.template = template;
    }

    /** The judge's verdict on a scored transcript, to store under {@code score.judge}. */
    @Override
    public JsonNode judge(Card card, Transcript t) {
        ObjectNode out = TranscriptJson.MAPPER.createObjectNode();
        out.put("model", chat.model());
        Map<String, String> values = new java.util.LinkedHashMap<>(CardValues.of(card, Role.CALLER));
        values.put("transcript", t.turns().stream().map(Turn::name).count() == 0 ? "" : t.turns().stream()
                .map(x -> "[" + x.index() + "] " + x.name() + "（" + x.speaker().id() + "）：" + x.text()).collect(Collectors.joining("\n")));
        values.put("items", String.join(", ", Weights.DEFAULTS.keySet()));
        String system = template.render(values);
        List<String> dialogue = new ArrayList<>(List.of("请按要求评分，只输出 JSON。"));
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                String answer = chat.ask(system, dialogue);
                JsonNode items = parse(answer);
                if (items != null) {
                    out.set("items", items);
                    JsonNode errors = errors(answer);
                    if (errors != null) {
                        out.set("errors", errors);
                    }
                    out.set("agreement", agreement(t.score(), items));
                    return out;
                }
                dialogue.add(answer.isBlank() ? "（空）" : answer);
                dialogue.add(RETRY);
            }
            out.put("error", "judge output was not the expected JSON after a retry");
        } catch (AgentException e) {
            out.put("error", e.getMessage());
        }
        return out;
    }

    /** {"items": {"steps": {"score": 0.8, "reason": "…"}, …}} → the items object, or null. */
    static JsonNode parse(String answer) {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return null;
        }
        try {
            JsonNode root = TranscriptJson.MAPPER.readTree(answer.substring(start, end + 1));
            JsonNode items = root.has("items") ? root.get("items") : root;
            if (!items.isObject() || items.isEmpty()) {
                return null;
            }
            for (var it = items.fields(); it.hasNext(); ) {
                JsonNode score = it.next().getValue().path("score");
                if (!score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1) {
                    return null;
                }
            }
            return items;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The "errors" array beside the items: the caller's words the judge finds against the card, each quoted. */
    static JsonNode errors(String answer) {
        try {
            JsonNode root = TranscriptJson.MAPPER.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
            JsonNode errors = root.path("errors");
            return errors.isArray() ? errors : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode agreement(JsonNode rule, JsonNode judge) {
        ObjectNode a = TranscriptJson.MAPPER.createObjectNode();
        double sum = 0;
        int n = 0;
        for (var it = judge.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode r = rule == null ? null : rule.path("items").path(e.getKey()).path("score");
            if (r != null && r.isNumber()) {
                double agree = 1 - Math.abs(r.asDouble() - e.getValue().path("score").asDouble());
                a.put(e.getKey(), Math.round(agree * 1000) / 1000.0);
                sum += agree;
                n++;
            }
        }
        a.put("mean", n == 0 ? 0 : Math.round(sum / n * 1000) / 1000.0);
        return a;
    }
}
