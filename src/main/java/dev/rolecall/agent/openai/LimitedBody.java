package dev.rolecall.agent.openai;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body as UTF-8 text, refused once it grows beyond a limit (memory stays bounded whatever the server sends). */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final long limit;
    private long received;
    private Flow.Subscription subscription;
    private boolean failed;

    private LimitedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<String> handler(long limit) {
        return info -> new LimitedBody(limit);
    }

    @Override
    public CompletionStage<String> getBody() {
        return bytes.getBody().thenApply(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        bytes.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (failed) {
            return;
        }
        for (ByteBuffer b : items) {
            received += b.remaining();
        }
        if (received > limit) {
            failed = true;
            subscription.cancel();
            bytes.onError(new BadResponseException("the response body is over " + (limit >> 20)
                    + " MB; no chat completion is that large, is --base-url an API endpoint?"));
            return;
        }
        bytes.onNext(items);
    }

    @Override
    public void onError(Throwable t) {
        if (!failed) {
            bytes.onError(t);
        }
    }

    @Override
    public void onComplete() {
        if (!failed) {
            bytes.onComplete();
        }
    }
}
