package org.newsdesk.story.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockLayoutTest {

    @Test
    void anyListOfIdsRoundTrips() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            List<Long> ids = new ArrayList<>();
            int size = random.nextInt(300);
            for (int i = 0; i < size; i++) {
                ids.add(random.nextInt(4) == 0 ? random.nextLong() & Long.MAX_VALUE : 1000L + random.nextInt(5000));
            }
            assertEquals(ids, BlockLayout.decode(BlockLayout.encode(ids)));
        }
        assertEquals(List.of(), BlockLayout.decode(BlockLayout.encode(List.of())));
    }

    @Test
    void ascendingIdsTakeAboutOneByteEach() {
        List<Long> ids = new ArrayList<>();
        for (long id = 9_000_000L; id < 9_000_100L; id++) {
            ids.add(id);
        }
        ids.set(40, 9_999_999L);
        assertTrue(BlockLayout.encode(ids).length < 120, "100 ids in " + BlockLayout.encode(ids).length + " bytes");
    }

    @Test
    void aTruncatedLayoutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BlockLayout.decode(new byte[] {(byte) 0x80}));
    }
}
