package dev.rolecall.prompt;

/** A prompt template set that cannot be used; one line naming the file (and line) and the fix. */
public class PromptException extends RuntimeException {
    public PromptException(String message) {
        super(message);
    }
}
