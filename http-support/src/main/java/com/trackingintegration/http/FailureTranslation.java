package com.trackingintegration.http;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where a call's failure leaves an adapter: turned, once, into the exception its caller declares (a port's), so no
 * type of this library reaches the code that uses the adapter. Three kinds, told apart here once for every adapter: the
 * credentials refused ({@link AccessRefusedException}), the system unavailable ({@link RemoteUnavailableException},
 * a lost answer included), and anything else the system answered: a refusal of this request. The message is kept
 * word for word and the failure stays the cause, so the log keeps the whole story.
 */
public final class FailureTranslation {

    /** Makes the caller's exception from the message and the cause. */
    public interface Maker extends BiFunction<String, Throwable, RuntimeException> {
    }

    private final Maker refused;
    private final Maker denied;
    private final Maker unavailable;

    public FailureTranslation(Maker refused, Maker denied, Maker unavailable) {
        this.refused = refused;
        this.denied = denied;
        this.unavailable = unavailable;
    }

    public RuntimeException translated(RemoteCallException failure) {
        Maker maker = failure instanceof AccessRefusedException ? denied
                : failure instanceof RemoteUnavailableException ? unavailable : refused;
        return maker.apply(failure.getMessage(), failure);
    }

    public <T> T get(Supplier<T> call) {
        try {
            return call.get();
        } catch (RemoteCallException failure) {
            throw translated(failure);
        }
    }

    public void run(Runnable call) {
        get(() -> {
            call.run();
            return null;
        });
    }

    /**
     * A lazy stream whose pages are read as it is consumed: a page that fails, the first one or a later one, fails in
     * the caller's words too.
     */
    public <T> Stream<T> stream(Supplier<Stream<T>> opening) {
        Stream<T> lazy = get(opening);
        Iterator<T> items = lazy.iterator();
        Iterator<T> translating = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return get(items::hasNext);
            }

            @Override
            public T next() {
                return get(items::next);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(translating, Spliterator.ORDERED), false).onClose(lazy::close);
    }
}
