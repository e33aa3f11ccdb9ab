package dev.rolecall.agent.openai;

/**
 * The endpoint answered, but not with a usable chat completion: an HTML page with status 200,
 * a body that is not JSON, no choices, a body over the size limit. Not retried: the same URL
 * answers the same way again.
 */
final class BadResponseException extends RuntimeException {
    BadResponseException(String message) {
        super(message);
    }
}
