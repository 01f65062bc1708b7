package com.trackingintegration.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * A response body read one buffer at a time, up to a cap and within a deadline. Past the cap the subscription is
 * cancelled, which drops the connection: the rest is never read, so a 50 MB answer costs the cap, not 50 MB. The
 * request timeout of the JDK client ends at the response headers; the deadline here bounds the body too, so a host
 * that trickles bytes forever is a timeout like any other.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Received> {

    /**
     * @param overCap whether the body went past the cap; its bytes are then only the start of it
     */
    record Received(byte[] bytes, boolean overCap) {
    }

    private final long cap;
    private final Duration deadline;
    private final CompletableFuture<Received> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long received;

    CappedBody(long cap, Duration deadline) {
        this.cap = cap;
        this.deadline = deadline;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        if (this.subscription != null || body.isDone()) {
            subscription.cancel();
            return;
        }
        this.subscription = subscription;
        CompletableFuture.delayedExecutor(deadline.toMillis(), TimeUnit.MILLISECONDS).execute(this::expire);
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > cap) {
                subscription.cancel();
                body.complete(new Received(bytes.toByteArray(), true));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public synchronized void onComplete() {
        body.complete(new Received(bytes.toByteArray(), false));
    }

    @Override
    public CompletionStage<Received> getBody() {
        return body;
    }

    private synchronized void expire() {
        if (!body.isDone()) {
            subscription.cancel();
            body.completeExceptionally(new HttpTimeoutException("the body did not arrive within " + deadline.toMillis() + " ms"));
        }
    }
}
