package com.trackingintegration.batch.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP sockets this JVM listens on, as the kernel lists them ({@code /proc/net/tcp} and {@code tcp6}, kept to the
 * socket inodes among this process's file descriptors): "127.0.0.1:8081", whatever the code believes it opened.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static Set<String> ofThisProcess() {
        Set<String> inodes = socketInodes();
        Set<String> listening = new TreeSet<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            for (String line : lines(table).stream().skip(1).toList()) {
                String[] column = line.trim().split("\\s+");
                if (column[3].equals(LISTEN) && inodes.contains(column[9])) {
                    listening.add(address(column[1]));
                }
            }
        }
        return listening;
    }

    /** {@code 0100007F:1F91} or its IPv6 form: 32-bit words in the kernel's byte order (little-endian here). */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        byte[] bytes = HexFormat.of().parseHex(parts[0]);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte b = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = b;
            }
        }
        try {
            // An IPv4-mapped IPv6 address (a dual-stack socket bound to 127.0.0.1) comes back as the IPv4 address.
            return InetAddress.getByAddress(bytes).getHostAddress() + ":" + Integer.parseInt(parts[1], 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> socketInodes() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            Set<String> inodes = new TreeSet<>();
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed (the directory's own, for one) is no socket of interest
                }
            });
            return inodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
