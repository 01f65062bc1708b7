package com.trackingintegration.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Each kind of failed call leaves an adapter as the caller's own exception, the message word for word and the failure its cause. */
class FailureTranslationTest {

    static final class Refused extends RuntimeException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final class Denied extends RuntimeException {
        Denied(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final FailureTranslation PORT = new FailureTranslation(Refused::new, Denied::new, Unavailable::new);
    private static final HttpCall CALL = HttpCall.get("/api/oms/pvt/orders/1");

    private static Throwable failing(RuntimeException failure) {
        return catchThrowable(() -> PORT.get(() -> {
            throw failure;
        }));
    }

    @Test
    void a_client_error_is_a_refusal_of_the_request() {
        ClientErrorException refused = new ClientErrorException("VTEX OMS", CALL, new HttpReply(404, "{\"error\":{\"code\":\"OMS001\"}}", Map.of()));

        assertThat(failing(refused)).isInstanceOf(Refused.class).hasMessage(refused.getMessage()).hasCause(refused);
    }

    @Test
    void refused_credentials_are_access_denied() {
        AccessRefusedException denied = new AccessRefusedException("VTEX OMS", CALL, 401, "answered 401", null);

        assertThat(failing(denied)).isInstanceOf(Denied.class).hasMessage(denied.getMessage()).hasCause(denied);
    }

    @Test
    void a_system_down_or_an_answer_lost_is_unavailable() {
        RemoteUnavailableException down = new RemoteUnavailableException("VTEX OMS", CALL, 503, "answered 503 five times", null);
        OutcomeUnknownException lost = new OutcomeUnknownException("VTEX OMS", CALL, 0, "timed out", null);

        assertThat(failing(down)).isInstanceOf(Unavailable.class).hasCause(down);
        assertThat(failing(lost)).isInstanceOf(Unavailable.class).hasMessageContaining("may have been taken").hasCause(lost);
    }

    @Test
    void what_is_not_a_call_failure_passes_unchanged() {
        IllegalArgumentException unreadable = new IllegalArgumentException("VTEX OMS order 1: not JSON");

        assertThat(failing(unreadable)).isSameAs(unreadable);
    }

    @Test
    void a_page_that_fails_as_a_lazy_stream_is_consumed_fails_in_the_callers_words_and_closing_reaches_the_source() {
        RemoteUnavailableException secondPage = new RemoteUnavailableException("VTEX OMS", CALL, 503, "answered 503", null);
        AtomicBoolean closed = new AtomicBoolean();
        Stream<String> pages = Stream.of(List.of("a", "b"), List.<String>of()).flatMap(page -> {
            if (page.isEmpty()) {
                throw secondPage;
            }
            return page.stream();
        }).onClose(() -> closed.set(true));

        Stream<String> translated = PORT.stream(() -> pages);

        assertThat(catchThrowable(() -> translated.forEach(id -> { }))).isInstanceOf(Unavailable.class).hasCause(secondPage);
        translated.close();
        assertThat(closed).isTrue();
    }

    @Test
    void a_first_page_that_fails_while_the_stream_is_opened_fails_in_the_callers_words_too() {
        AccessRefusedException denied = new AccessRefusedException("VTEX OMS", CALL, 403, "answered 403", null);

        assertThat(catchThrowable(() -> PORT.stream(() -> {
            throw denied;
        }))).isInstanceOf(Denied.class);
    }
}
