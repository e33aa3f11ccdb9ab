package dev.rolecall.scoring;

/**
 * A checkable fact in an utterance: its type, its normalised value (what is compared) and the
 * words as said (what is shown). Values are canonical: durations in minutes (一个月 = 30天 = 43200),
 * discounts as the percent of the price paid (95折 = 5% off = 95), phone numbers as digits without
 * the country code, counts with their unit ({@code 3 次}), temperatures in degrees Celsius, lengths in centimetres, clock times as {@code h:mm} and
 * windows of them as {@code 13:00-17:00} ({@link ClockTimes}), identifiers as what they name and the number
 * ({@code tail:phone=3306}, {@link Identifiers}).
 */
public record Fact(Type type, String value, String said) {

    public enum Type { DISCOUNT, PERCENT, DURATION, DATE, TIME, TIME_RANGE, PHONE, EMAIL, MONEY, COUNT, TEMPERATURE, LENGTH, WEIGHT, IDENTIFIER, NAME_IN_QUOTES }

    /** Durations compare within a family: minutes and hours, or days and longer (never 1小时 against 3天). */
    public static boolean longDuration(String minutes) {
        return Double.parseDouble(minutes) >= 1440;
    }
}
