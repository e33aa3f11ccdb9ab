package dev.rolecall.transcript;

import dev.rolecall.card.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a real call log: one utterance a line as {@code speaker: text} (full-width colon too); a
 * line without a speaker (a list item, a wrapped sentence) continues the turn before it.
 * Speakers map to sides with {@code --speakers 坐席=caller,客户=callee}; without a map the first
 * speaker is the caller and the second the callee. A comment {@code # card FILE} (or {@code # card: FILE}) names the
 * log's card, as the readable copy {@code run} writes does: FILE is read beside the log when it is there, else as
 * written (from the folder the call was made in). Inside a block of notes (a turn ending on a colon, or
 * starting with a label and a colon) a line with an unknown label ("服装：…") continues the turn. Lines starting with {@code #} are comments; a
 * trailing {@code [END:n]} is kept as that turn's end marker. How the call ended is unknown, so
 * {@code end} is null unless the last turn carries an {@code [END:n]} marker.
 */
public final class PlainTextTranscripts {
    private static final Pattern LINE = Pattern.compile("^\\s*([^:：]{1,40}?)\\s*[:：]\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•·>]|\\d+[.)、．]|[（(]?\\d+[）)]|\\*\\*)");
    private static final Pattern MARKER = Pattern.compile("\\s*\\[END:(\\d+)]\\s*$", Pattern.CASE_INSENSITIVE);
    /** "# card prompts/cards/clinic.md  engines caller=offline, …" (TextRenderer) or "# card: clinic.md". */
    private static final Pattern CARD_LINE = Pattern.compile("^\\s*#\\s*card\\s*[:：]?\\s+(\\S(?:.*?\\S)?)(?:\\s{2,}.*)?$");

    /**
     * A turn that ends on a colon, or starts with a short label and a colon ("雨天：…", "Total: …"): notes, whose
     * next lines may carry labels of their own. An unknown label there is part of the turn, not a third speaker;
     * anywhere else it stays an error, since it is more likely a misspelt name.
     */
    private static final Pattern FIELD = Pattern.compile("[:：]\\s*$|^\\s*[^:：，。,.!?！？\\s]{1,8}\\s*[:：]");

    private PlainTextTranscripts() {}

    /** Parses {@code 坐席=caller,客户=callee}. */
    public static Map<String, Role> parseSpeakers(String spec) {
        Map<String, Role> map = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return map;
        }
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("--speakers must look like 坐席=caller,客户=callee, got '" + spec + "'");
            }
            try {
                map.put(kv[0].trim(), Role.of(kv[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--speakers: '" + kv[1].trim() + "' is not caller or callee");
            }
        }
        return map;
    }

    private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}[\\p{IsLatin}'&-]*(?:\\s+(?:of|the|and|&|\\p{Lu}[\\p{IsLatin}'&-]*))*");

    private static final Pattern TITLE_STOP = Pattern.compile("\\b(Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|\\p{Lu})\\.(?=\\s*\\p{Lu}|$)");

    /** A speaker label is a short name, not a list item or a clause ("- 操作指引", "1. 专属折扣", "注意"). */
    private static boolean looksLikeSpeaker(String label) {
        // a company as the speaker: "Kettle Valley Public Radio:" (26 characters, holdout46) had failed the whole file
        // in title case, unlike a line of a turn that a colon splits ("Two things to note: …")
        int most = TITLE_CASE.matcher(label).matches() && label.split("\\s+").length <= 4 ? 30 : 16;
        // "Ms. Kowalski:", "M. Bell:" (holdout68): a title's or an initial's stop is part of a name, not the end of a clause
        String bare = TITLE_STOP.matcher(label).replaceAll("$1");
        return label.length() <= most && !LIST_ITEM.matcher(label).find() && !bare.matches(".*[，。,.!?！？、；;].*");
    }

    private static boolean isContinuation(String line) {
        return LIST_ITEM.matcher(line.trim()).find();
    }

    private static String joined(String before, String more) {
        return before.isEmpty() ? more : before + "\n" + more;
    }

    private static Turn withText(Turn t, String text) {
        return new Turn(t.index(), t.speaker(), t.name(), text, t.latencyMs(), t.promptTokens(), t.completionTokens(),
                t.cachedTokens(), t.retries(), t.endMarker(), t.flags());
    }

    /**
     * The card a log's header names, beside the log when it is there (a folder of logs and their cards), else as written.
     * No hash: the log does not record which version of the card it was made with.
     */
    private static CardRef cardNamed(Path file, String named) {
        Path beside = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().resolve(named);
        return new CardRef(beside != null && !Path.of(named).isAbsolute() && Files.isRegularFile(beside) ? beside.toString() : named, null);
    }

    public static Transcript read(Path file, Map<String, Role> speakers) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        Map<String, Role> roles = new LinkedHashMap<>(speakers);
        Map<String, String> names = new LinkedHashMap<>();
        List<Turn> turns = new ArrayList<>();
        boolean inBlock = false;
        CardRef card = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher cardLine = CARD_LINE.matcher(line);
            if (cardLine.matches() && card == null && turns.isEmpty()) {
                card = cardNamed(file, cardLine.group(1));
                continue;
            }
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            // "4/18（周六）07:30到店化妆 → …": the first colon is a clock time's, so the line goes on a turn
            String speaker = m.matches() && !(m.group(1).matches(".*\\d") && m.group(2).matches("\\d{2}.*")) ? m.group(1).trim() : null;
            boolean known = speaker != null && roles.containsKey(speaker);
            if (!known && (speaker == null || !looksLikeSpeaker(speaker) || inBlock && !turns.isEmpty() || roles.size() >= 2
                    && speakers.isEmpty() && !turns.isEmpty() && isContinuation(line))) {
                // a turn spread over several lines (a list, a wrapped sentence) belongs to its speaker
                if (turns.isEmpty()) {
                    throw new TranscriptReader.BadTranscriptException(file + ":" + (i + 1)
                            + ": expected 'speaker: text' (e.g. 坐席：您好); check the line");
                }
                Turn prev = turns.remove(turns.size() - 1);
                turns.add(withText(prev, joined(prev.text(), line.trim())));
                inBlock = true;
                continue;
            }
            Role role = roles.get(speaker);
            if (role == null) {
                if (!speakers.isEmpty()) {
                    throw new TranscriptReader.BadTranscriptException(file + ":" + (i + 1) + ": speaker '" + speaker
                            + "' is not in --speakers " + speakers.keySet());
                }
                if (roles.size() >= 2) {
                    throw new TranscriptReader.BadTranscriptException(file + ":" + (i + 1) + ": a third speaker '" + speaker
                            + "'; map speakers with --speakers A=caller,B=callee");
                }
                role = roles.isEmpty() ? Role.CALLER : Role.CALLEE;
                roles.put(speaker, role);
            }
            // a turn that opens a block of notes ("当天安排：", "雨天：…") may go on with labelled lines ("服装：…")
            inBlock = FIELD.matcher(m.group(2)).find();
            names.putIfAbsent(role.id(), speaker);
            turns.add(new Turn(turns.size(), role, speaker, m.group(2).trim(), 0, null, null, null, null, null, List.of()));
        }
        // the end marker is read once a turn is complete: it may follow the last continuation line
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            Matcher marker = MARKER.matcher(turn.text());
            if (marker.find()) {
                turns.set(t, new Turn(turn.index(), turn.speaker(), turn.name(), turn.text().substring(0, marker.start()).trim(),
                        0, null, null, null, null, Integer.valueOf(marker.group(1)), List.of()));
            }
        }
        if (turns.isEmpty()) {
            throw new TranscriptReader.BadTranscriptException(file + ":1: no 'speaker: text' lines found");
        }
        String id = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
        // a log whose last turn carries [END:n] records how it ended: by that side's condition n
        Turn last = turns.get(turns.size() - 1);
        Ending end = last.endMarker() == null ? null
                : new Ending(last.speaker(), last.endMarker(), null, EndReason.END_CONDITION, "marked in the log");
        return new Transcript(id, Transcript.FORMAT_VERSION, card, null, Map.of("caller", "human", "callee", "human"),
                Map.of(), names, 0, null, null, turns, end, null, null, null, null);
    }
}
