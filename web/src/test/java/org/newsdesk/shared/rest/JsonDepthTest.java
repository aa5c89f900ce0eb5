package org.newsdesk.shared.rest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonDepthTest {

    private static boolean accepted(String json, int limit) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonDepth depth = new JsonDepth(limit);
        // in pieces of 3 bytes, as a stream delivers them: the state carries over
        for (int i = 0; i < bytes.length; i += 3) {
            if (!depth.accept(bytes, i, Math.min(3, bytes.length - i))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void nestingUpToTheLimitPassesAndOneLevelMoreIsRefused() {
        assertTrue(accepted("[".repeat(4) + "]".repeat(4), 4));
        assertFalse(accepted("[".repeat(5) + "]".repeat(5), 4));
        assertTrue(accepted("{\"a\":{\"b\":[1,2,{\"c\":[]}]}}", 5));
        assertFalse(accepted("{\"a\":{\"b\":[1,2,{\"c\":[{}]}]}}", 5));
        assertTrue(accepted("[[1],[2],[3],[4],[5],[6]]", 2), "siblings do not add up");
    }

    @Test
    void bracketsInsideStringsAndEscapedQuotesDoNotCount() {
        assertTrue(accepted("{\"headline\":\"[[[[[{{{{{\",\"x\":\"\\\"[[[[[[\\\\\"}", 1));
        assertFalse(accepted("{\"a\":\"\\\\\",\"b\":[[]]}", 2), "an escaped backslash ends before the quote");
        assertTrue(accepted("{\"t\":\"„Zitat“ [ü] {ß}\"}", 1));
    }

    @Test
    void aMillionOpeningBracketsAreRefusedAfterTheLimitAndAreLinear() {
        byte[] bytes = "[".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
        assertFalse(new JsonDepth(64).accept(bytes, 0, bytes.length));
        byte[] flat = ("[" + "0,".repeat(500_000) + "0]").getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        assertTrue(new JsonDepth(64).accept(flat, 0, flat.length));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "one pass over a megabyte");
    }
}
