package dev.rolecall.orchestrator;

import dev.rolecall.transcript.Turn;

/** Sees each turn as soon as it is recorded (live printing, human mode, progress). */
@FunctionalInterface
public interface TurnListener {
    TurnListener NONE = turn -> {};

    void onTurn(Turn turn);
}
