package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.trackingintegration.http.NamedTransformer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A VTEX that takes a request and does not answer it until the test lets it: only an interrupt on the client's side
 * can end such a call. Held answers are let go at the end of each test, so WireMock's threads are free for the next.
 */
final class UnansweredGetOrder extends NamedTransformer {

    static final String NAME = "unanswered";
    private static volatile CountDownLatch answer = new CountDownLatch(1);

    UnansweredGetOrder() {
        super(NAME);
    }

    static void holdAnswers() {
        answer = new CountDownLatch(1);
    }

    static void answerAll() {
        answer.countDown();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            answer.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return event.getResponseDefinition();
    }
}
