package com.trackingintegration.adapters.oms;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An invoice host WireMock cannot be: one that streams a body generated as it goes (50 MB, never held in memory
 * here) and counts what it managed to write before the client hung up, and one that sends a few bytes and then
 * nothing, until the test lets it go.
 */
final class StreamingHost implements AutoCloseable {

    static final long FIFTY_MB = 50L * 1000 * 1000;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    /** How many bytes of the 50 MB body were written before the client stopped reading. */
    final CompletableFuture<Long> bigBodyWritten = new CompletableFuture<>();

    StreamingHost() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/big.xml", exchange -> {
            long written = 0;
            try {
                exchange.sendResponseHeaders(200, FIFTY_MB);
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                try (OutputStream body = exchange.getResponseBody()) {
                    while (written < FIFTY_MB) {
                        int size = (int) Math.min(chunk.length, FIFTY_MB - written);
                        body.write(chunk, 0, size);
                        written += size;
                    }
                }
            } catch (IOException clientHungUp) {
                // What the test wants: the client stopped reading.
            } finally {
                bigBodyWritten.complete(written);
                exchange.close();
            }
        });
        server.createContext("/trickle.xml", exchange -> {
            try {
                exchange.sendResponseHeaders(200, 0);
                OutputStream body = exchange.getResponseBody();
                body.write("<?xml version=\"1.0\"?><nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\">".getBytes());
                body.flush();
                release.await(2, TimeUnit.MINUTES);
            } catch (IOException | InterruptedException ignored) {
                // The client gave up, or the test is over.
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
