package dev.rolecall.text;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text files as users hand them in: UTF-8 with or without a byte order mark, and UTF-16 (what
 * Windows editors and PowerShell's {@code >} write) with a BOM, or without one when the NUL bytes
 * make it plain. Anything else that is not valid UTF-8 is refused ({@link CharacterCodingException}),
 * never decoded into replacement characters.
 */
public final class TextFiles {
    private TextFiles() {}

    /** The text of these bytes, BOM removed. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        Charset cs = charset(bytes, bytes.length);
        int skip = bomLength(bytes, bytes.length);
        return strict(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    /** One line of a file: its text (null when its bytes are not valid text), 1-based number, and whether a newline ended it. */
    public record Line(String text, int number, boolean terminated) {}

    /** Lines of a text file, one at a time, each decoded on its own (so a bad byte is blamed on its own line). */
    public interface Lines extends java.io.Closeable {
        /** The next line, or null at the end of the file. */
        Line next() throws IOException;
    }

    /**
     * The file's lines in its detected charset, BOM skipped. A line whose bytes are not valid text
     * comes back with null text rather than failing the whole file, so a caller can tell a torn
     * last line (a crash mid-write, possibly mid-character) from a bad line in the middle.
     */
    public static Lines lines(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            Charset cs = charset(head, head.length);
            long skipped = in.skip(bomLength(head, head.length));
            assert skipped >= 0;
            return cs.equals(StandardCharsets.UTF_8) ? new Utf8Lines(in) : new DecodedLines(in, cs);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** UTF-8 (and ASCII): split on the newline byte, which never occurs inside a multi-byte character. */
    private static final class Utf8Lines implements Lines {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private int number;
        private boolean eof;

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            java.io.ByteArrayOutputStream line = null;
            while (true) {
                if (pos == limit) {
                    if (eof) {
                        break;
                    }
                    limit = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        eof = true;
                        break;
                    }
                }
                int nl = -1;
                for (int i = pos; i < limit; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                if (nl >= 0) {
                    byte[] bytes;
                    if (line == null) {
                        bytes = java.util.Arrays.copyOfRange(buf, pos, nl);
                    } else {
                        line.write(buf, pos, nl - pos);
                        bytes = line.toByteArray();
                    }
                    pos = nl + 1;
                    return line(bytes, true);
                }
                if (line == null) {
                    line = new java.io.ByteArrayOutputStream();
                }
                line.write(buf, pos, limit - pos);
                pos = limit;
            }
            return line == null || line.size() == 0 ? null : line(line.toByteArray(), false);
        }

        private Line line(byte[] bytes, boolean terminated) {
            number++;
            int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            String text;
            try {
                text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
            } catch (CharacterCodingException e) {
                text = null;
            }
            return new Line(text, number, terminated);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Other charsets (UTF-16): decoded as a stream; a decoding error fails at the line being read. */
    private static final class DecodedLines implements Lines {
        private final BufferedReader reader;
        private String pending;
        private int number;

        DecodedLines(InputStream in, Charset cs) {
            this.reader = new BufferedReader(new InputStreamReader(in, strict(cs)), 1 << 16);
        }

        @Override
        public Line next() throws IOException {
            String line;
            try {
                line = pending != null ? pending : reader.readLine();
                pending = line == null ? null : reader.readLine();
            } catch (CharacterCodingException e) {
                return new Line(null, number + 1, true);
            }
            if (line == null) {
                return null;
            }
            number++;
            // a decoded stream cannot tell whether the last line had its newline; a torn UTF-16 line still fails to parse
            return new Line(line, number, pending != null);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** A short name of the encoding, for messages ("UTF-16LE"). */
    public static String encodingOf(byte[] bytes) {
        return charset(bytes, bytes.length).name();
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static Charset charset(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        // no BOM: UTF-16 of mostly ASCII/Latin text has a NUL in every other byte; UTF-8 text has none
        int evenNul = 0;
        int oddNul = 0;
        int pairs = Math.min(n, 4096) / 2;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        if (pairs >= 2 && oddNul > pairs * 0.3 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs >= 2 && evenNul > pairs * 0.3 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    static int bomLength(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (n >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF))) {
            return 2;
        }
        return 0;
    }
}
