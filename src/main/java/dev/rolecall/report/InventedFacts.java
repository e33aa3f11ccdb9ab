package dev.rolecall.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invented facts grouped by what was said against what the card says, most frequent first: over
 * thousands of calls the same wrong price recurs, and its count matters more than each instance.
 */
final class InventedFacts {
    private InventedFacts() {}

    static final int MAX_ROWS = 30;
    static final int MAX_SEEDS = 6;

    private record Key(String said, String card) {}

    private static final class Group {
        int count;
        final List<String> where = new ArrayList<>();
    }

    static String html(List<Scored> calls) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        int total = 0;
        for (Scored s : calls) {
            for (ScoreView.Fact f : ScoreView.invented(s.call())) {
                Group g = groups.computeIfAbsent(new Key(f.said(), f.card()), k -> new Group());
                g.count++;
                total++;
                if (g.where.size() < MAX_SEEDS) {
                    g.where.add(s.call().seed() + "/" + f.turn());
                }
            }
        }
        StringBuilder sb = new StringBuilder("<h3>Invented facts (").append(total).append(" in ")
                .append(calls.stream().filter(s -> !ScoreView.invented(s.call()).isEmpty()).count()).append(" calls)</h3>");
        if (total == 0) {
            return sb.toString();
        }
        List<Map.Entry<Key, Group>> rows = new ArrayList<>(groups.entrySet());
        rows.sort(Comparator.comparingInt((Map.Entry<Key, Group> e) -> -e.getValue().count));
        sb.append("<table><tr><th>times</th><th>caller said</th><th>card says</th><th>seed/turn</th></tr>");
        for (Map.Entry<Key, Group> e : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            Group g = e.getValue();
            sb.append("<tr><td>").append(g.count).append("</td><td>").append(Html.esc(e.getKey().said()))
                    .append("</td><td>").append(Html.esc(e.getKey().card())).append("</td><td>")
                    .append(Html.esc(String.join(", ", g.where))).append(g.count > g.where.size() ? ", …" : "")
                    .append("</td></tr>");
        }
        sb.append("</table>");
        if (rows.size() > MAX_ROWS) {
            sb.append("<p class=\"note\">").append(rows.size() - MAX_ROWS).append(" rarer kinds not listed</p>");
        }
        return sb.toString();
    }
}
