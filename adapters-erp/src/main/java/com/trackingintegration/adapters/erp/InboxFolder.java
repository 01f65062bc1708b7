package com.trackingintegration.adapters.erp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The inbox folder: which files are complete and ready, and where they go afterwards ({@code processed/} or
 * {@code failed/}), so an inbox never imports the same file twice.
 */
final class InboxFolder {

    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    /** The longest file name of common file systems (ext4, XFS, NTFS, APFS), in UTF-8 bytes. */
    private static final int MAX_NAME_BYTES = 255;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final ErpInboxSettings settings;
    private final Clock clock;

    InboxFolder(ErpInboxSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Path resolve(String file) {
        Path path = settings.inbox().resolve(file).normalize();
        if (!path.getParent().equals(settings.inbox().normalize())) {
            throw new IllegalArgumentException("'" + file + "' is not a file of the inbox " + settings.inbox());
        }
        return path;
    }

    /** Complete files whose names pass the filter, oldest first (then by name). */
    List<String> ready(Predicate<String> names) {
        if (!Files.isDirectory(settings.inbox())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.inbox())) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> names.test(path.getFileName().toString()))
                    .filter(path -> !settings.doneMarkerRequired() || Files.exists(marker(path)))
                    .sorted(Comparator.comparing(InboxFolder::modified).thenComparing(Path::getFileName))
                    .map(path -> path.getFileName().toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ERP inbox " + settings.inbox() + ": " + e.getMessage(), e);
        }
    }

    /** Moves the file, its rejects and its marker into {@code processed/} or {@code failed/}; never overwrites. */
    Path moveTo(String folder, String file) {
        Path source = resolve(file);
        try {
            Path target = settings.inbox().resolve(folder);
            Files.createDirectories(target);
            Path destination = target.resolve(file);
            if (Files.exists(destination)) {
                destination = companion(destination, "." + STAMP.format(clock.instant()));
            }
            Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE);
            moveIfPresent(RejectsFile.of(source), RejectsFile.of(destination));
            moveIfPresent(marker(source), companion(destination, ".done"));
            return destination;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder + "/: " + e.getMessage(), e);
        }
    }

    void writeBeside(Path file, String suffix, String text) {
        try {
            Files.writeString(companion(file, suffix), text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write beside " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file kept beside {@code file} under its name and {@code suffix} (its rejects, its error, a dated copy). A
     * name too long for the file system keeps as much of the file's name as fits and a hash of the whole of it: a file
     * named near the limit still gets its rejects and its error, instead of failing the run at every restart.
     */
    static Path companion(Path file, String suffix) {
        String name = file.getFileName().toString();
        if ((name + suffix).getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return file.resolveSibling(name + suffix);
        }
        String tail = "~" + Integer.toHexString(name.hashCode()) + suffix;
        int keep = name.length();
        while ((name.substring(0, keep) + tail).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            keep--;
        }
        return file.resolveSibling(name.substring(0, keep) + tail);
    }

    private static void moveIfPresent(Path source, Path destination) throws IOException {
        if (Files.exists(source)) {
            Files.move(source, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + ".done");
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
