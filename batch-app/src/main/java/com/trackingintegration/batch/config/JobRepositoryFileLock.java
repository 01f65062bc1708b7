package com.trackingintegration.batch.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An operating-system lock beside an HSQLDB file database, held while this process has it open. HSQLDB's own lock is
 * a heartbeat written every 10 seconds: a second process can only tell a live holder from a dead one by waiting on
 * it (about 10 seconds), then fails with a long stack trace. The operating system releases this lock the moment its
 * process ends, even on SIGKILL, so a second process knows at once, and a process killed a second ago does not count.
 */
public final class JobRepositoryFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private JobRepositoryFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @param database the database's files without extension; the lock is {@code <database>.in-use} */
    public static JobRepositoryFileLock take(Path database) {
        Path file = database.resolveSibling(database.getFileName() + ".in-use");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException alreadyHere) {
                // Another application context of this same process has it open (tests): HSQLDB shares it in one process.
                channel.close();
                return new JobRepositoryFileLock(null, null);
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new JobRepositoryInUseException("the job repository " + database + " is in use by another process"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + ": wait for it to end, or stop its run with SIGTERM");
            }
            channel.truncate(0);
            String runtime = ManagementFactory.getRuntimeMXBean().getName();
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + runtime.substring(runtime.indexOf('@') + 1)
                    + " since " + Instant.now()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new JobRepositoryFileLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the job repository " + database + " (" + file + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
