package org.openris.oparl;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A JSON response body as the pieces it is made of (envelope and stored documents), written to the
 * response one after the other. A page of 100 papers is 0.5–0.7 MB and a page of 1,000 several
 * megabytes: joined into one array, every page would be a "humongous" allocation for the G1 collector
 * (objects of half a heap region or more), which under load triggered a collection cycle every few
 * requests (docs/benchmarks.md). The pieces are each one object's document, a few kilobytes.
 */
record OparlBody(List<byte[]> parts, long length) {

    static OparlBody of(List<byte[]> parts) {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        return new OparlBody(List.copyOf(parts), length);
    }

    static OparlBody of(byte[] whole) {
        return new OparlBody(List.of(whole), whole.length);
    }

    /** The whole body in one array (tests and the benchmark; the server writes the parts). */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) length);
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
