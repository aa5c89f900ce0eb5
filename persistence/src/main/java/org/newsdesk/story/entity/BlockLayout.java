package org.newsdesk.story.entity;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered list of block ids that makes up one revision, stored compactly: each id as the zig-zag varint of its
 * difference to the previous id. A story's blocks get ascending ids, so most entries take one byte and a
 * 100-paragraph revision costs about 100 bytes instead of 800 (or 6,400 as hex hashes).
 */
public final class BlockLayout {

    private BlockLayout() {
    }

    public static byte[] encode(List<Long> ids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ids.size() + 8);
        long previous = 0;
        for (long id : ids) {
            long delta = id - previous;
            long zigzag = (delta << 1) ^ (delta >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                out.write((int) ((zigzag & 0x7F) | 0x80));
                zigzag >>>= 7;
            }
            out.write((int) zigzag);
            previous = id;
        }
        return out.toByteArray();
    }

    public static List<Long> decode(byte[] bytes) {
        List<Long> ids = new ArrayList<>();
        long previous = 0;
        int i = 0;
        while (i < bytes.length) {
            long zigzag = 0;
            int shift = 0;
            byte b;
            do {
                if (i >= bytes.length || shift > 63) {
                    throw new IllegalArgumentException("truncated block layout");
                }
                b = bytes[i++];
                zigzag |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            long delta = (zigzag >>> 1) ^ -(zigzag & 1);
            previous += delta;
            ids.add(previous);
        }
        return ids;
    }
}
