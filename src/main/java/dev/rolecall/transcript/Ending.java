package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rolecall.card.Role;

/**
 * How a call ended.
 *
 * @param by            the side that ended it (null when neither did, e.g. max turns)
 * @param condition     the card end-condition number the side signalled, or null
 * @param conditionText that condition's text from the card, or null
 * @param detail        a human sentence: the error, the repeated line, ...
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ending(Role by, Integer condition, String conditionText, EndReason reason, String detail) {}
