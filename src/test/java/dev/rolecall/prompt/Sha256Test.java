package dev.rolecall.prompt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void knownVectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PromptSet.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                PromptSet.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                PromptSet.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void sameAsTheJdkAtEveryPaddingLength() throws Exception {
        Random random = new Random(13);
        byte[] data = new byte[70_000];
        random.nextBytes(data);
        // every length around the block and padding boundaries, then larger ones (a card, a rendered prompt)
        for (int len = 0; len <= 300; len++) {
            byte[] in = Arrays.copyOf(data, len);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(in), Sha256.digest(in), "length " + len);
        }
        for (int len : new int[] {1000, 4095, 4096, 4097, 65_535, 70_000}) {
            byte[] in = Arrays.copyOf(data, len);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(in), Sha256.digest(in), "length " + len);
        }
        byte[] card = "## 呼出方\n您好，我是客服小王。\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(card), Sha256.digest(card));
    }
}
