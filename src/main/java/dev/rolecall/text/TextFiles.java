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

    /** A reader over the file in its detected charset, BOM skipped; malformed input is an error when read. */
    public static BufferedReader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            Charset cs = charset(head, head.length);
            long skipped = in.skip(bomLength(head, head.length));
            assert skipped >= 0;
            return new BufferedReader(new InputStreamReader(in, strict(cs)), 1 << 16);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The 1-based number of the first line of a UTF-8 file that is not valid UTF-8 (for the error
     * message after a reader failed: a reader decodes ahead, so it cannot say where); 1 when unknown.
     */
    public static int firstMalformedLine(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int number = 1;
            int c;
            while (true) {
                c = in.read();
                if (c == '\n' || c < 0) {
                    try {
                        strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (c < 0) {
                        return 1;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(c);
                }
            }
        } catch (IOException e) {
            return 1;
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
