package dev.rolecall.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Ending;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scored calls made in memory, many and cheap, with scores drawn from a seeded random source: a
 * batch of 10,000 for the report without running 10,000 calls. Tests compute what they expect from
 * the calls made here, never from numbers copied out of a report.
 */
final class SyntheticCalls {
    private SyntheticCalls() {}

    static final List<String> ITEMS = List.of("opening", "steps", "order", "knowledge", "questions", "closing");
    static final String[] CALLER = {"您好张强，这里是长江平台云服务续费专员李明。", "您的账户将于2025-01-01到期，目前套餐为CRM+项目管理组合。",
        "您目前支持年度、季度、月度续费，请确认本次周期选择。", "请您确认续费周期与发票类型。"};
    static final String[] CALLEE = {"我现在要效率。", "价格有没有变动？", "季度就行。", "就微信。"};
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** n calls, seeds from {@code seedStart}; item scores drawn around {@code itemMean} (questions lower). */
    static List<Transcript> batch(int n, long seedStart, double itemMean) {
        SplittableRandom r = new SplittableRandom(seedStart * 31 + n);
        List<Transcript> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] items = new double[ITEMS.size()];
            for (int k = 0; k < items.length; k++) {
                double mean = ITEMS.get(k).equals("questions") ? itemMean - 0.4 : itemMean;
                items[k] = Math.max(0, Math.min(1, Math.round((mean + r.nextGaussian() * 0.2) * 20) / 20.0));
            }
            int[] steps = {r.nextInt(10) < 8 ? 2 : 0, 2, r.nextInt(3)};
            out.add(call(seedStart + i, items, steps, r.nextInt(12) + 4, null));
        }
        return out;
    }

    /** One call; overall is the items' mean × 100; steps 2 covered, 1 skipped, 0 missed. */
    static Transcript call(long seed, double[] items, int[] steps, int turns, String extraText) {
        ObjectNode score = JSON.objectNode();
        double sum = 0;
        for (double v : items) {
            sum += v;
        }
        score.put("overall", Math.round(1000 * sum / items.length) / 10.0);
        score.putArray("critical");
        ObjectNode it = score.putObject("items");
        for (int k = 0; k < items.length; k++) {
            ObjectNode item = it.putObject(ITEMS.get(k)).put("score", items[k]).put("reason", "synthetic reason " + k);
            item.putArray("evidence").add(1);
        }
        var st = score.putArray("steps");
        for (int s = 0; s < steps.length; s++) {
            st.addObject().put("number", s + 1).put("title", "步骤" + (s + 1))
                    .put("status", steps[s] == 2 ? "covered" : steps[s] == 1 ? "skipped: 客户已说明" : "missed");
        }
        score.putArray("invented");
        score.putArray("monologues");
        List<Turn> list = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            boolean caller = i % 2 == 0;
            String text = (caller ? CALLER : CALLEE)[(i / 2) % 4] + (extraText != null && i == 1 ? extraText : "");
            list.add(new Turn(i, caller ? Role.CALLER : Role.CALLEE, caller ? "李明" : "张强", text, 0, null, null, null, null,
                    i == turns - 1 ? 2 : null, List.of()));
        }
        Ending end = new Ending(Role.CALLEE, 2, "张强明示需微信补发明细", EndReason.END_CONDITION, null);
        return new Transcript("call-" + seed, Transcript.FORMAT_VERSION, null, null, null, null, null, seed, null, null,
                list, end, null, null, null, score);
    }
}
