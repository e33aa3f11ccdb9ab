package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.card.Card;
import dev.rolecall.transcript.Transcript;

/**
 * A second opinion on a scored call, stored beside the rule-based scorecard (the LLM judge in
 * {@code dev.rolecall.judge} is one). Scoring depends on this contract, never on a judge's code.
 */
public interface SecondOpinion {
    JsonNode judge(Card card, Transcript scored);
}
