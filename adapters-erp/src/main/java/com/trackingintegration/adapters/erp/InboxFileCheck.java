package com.trackingintegration.adapters.erp;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a whole file can be imported, checked before any of its lines is: not empty, not cut off in the middle of
 * a line (the last byte is a line end), and UTF-8 from start to end. A file that fails is refused whole, so it is
 * never half-imported.
 */
final class InboxFileCheck {

    private static final int BUFFER = 64 * 1024;

    private InboxFileCheck() {
    }

    static void check(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw refused(file, "it is empty");
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(size - 1);
                if (raf.read() != '\n') {
                    throw refused(file, "its last line has no line end: the file looks cut off while being written");
                }
            }
            checkUtf8(file);
        } catch (IOException e) {
            throw new UncheckedIOException("ERP file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int read;
            while ((read = in.read(chunk, 0, Math.min(chunk.length, bytes.remaining()))) >= 0) {
                bytes.put(chunk, 0, read);
                bytes.flip();
                int before = bytes.position();
                var result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    throw refused(file, "it is not UTF-8 (bad byte near offset " + (offset + bytes.position()) + ")");
                }
                offset += bytes.position() - before;
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                throw refused(file, "it is not UTF-8 (it ends inside a character)");
            }
        } catch (CharacterCodingException e) {
            throw refused(file, "it is not UTF-8");
        }
    }

    private static IllegalStateException refused(Path file, String why) {
        return new IllegalStateException("ERP file " + file.getFileName() + " cannot be imported: " + why);
    }
}
