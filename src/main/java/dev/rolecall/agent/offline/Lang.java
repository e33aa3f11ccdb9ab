package dev.rolecall.agent.offline;

/** The card's language decides the offline engine's few stock phrases (everything else comes from the card). */
enum Lang {
    ZH, EN;

    static Lang of(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
        return han * 2 >= latin ? ZH : EN;
    }
}
