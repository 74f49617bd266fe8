package org.openris.oparl;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of an external list: keyset cursor ({@code after} = last id of the previous page),
 * page size and the OParl filters. All links carry the same filters, sorted by name.
 */
public record ListRequest(long after, int limit, OffsetDateTime createdSince, OffsetDateTime createdUntil,
                          OffsetDateTime modifiedSince, OffsetDateTime modifiedUntil, boolean omitInternal,
                          Map<String, String> filterParameters) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    public static ListRequest first(int limit) {
        return new ListRequest(0, limit, null, null, null, null, false, Map.of());
    }

    /** The changes since a point in time, tombstones included (OParl's incremental update). */
    public static ListRequest changedSince(OffsetDateTime since, int limit) {
        return new ListRequest(0, limit, null, null, since, null, false, Map.of("modified_since", since.toString()));
    }

    static ListRequest parse(Map<String, String> query) {
        Map<String, String> kept = new TreeMap<>();
        long after = 0;
        if (query.containsKey("after")) {
            after = number("after", query.get("after"), 0, Long.MAX_VALUE);
        }
        int limit = DEFAULT_LIMIT;
        if (query.containsKey("limit")) {
            limit = (int) number("limit", query.get("limit"), 1, Integer.MAX_VALUE);
            limit = Math.min(limit, MAX_LIMIT);
            kept.put("limit", String.valueOf(limit));
        }
        OffsetDateTime[] window = new OffsetDateTime[4];
        String[] names = {"created_since", "created_until", "modified_since", "modified_until"};
        for (int i = 0; i < names.length; i++) {
            window[i] = OparlFormat.filter(names[i], query.get(names[i]));
            if (window[i] != null) {
                kept.put(names[i], query.get(names[i]));
            }
        }
        boolean omit = false;
        if (query.containsKey("omit_internal")) {
            String value = query.get("omit_internal");
            if (!"true".equals(value) && !"false".equals(value)) {
                throw new OparlException(400, "Ungültiger Wert für omit_internal: erlaubt sind true und false.");
            }
            omit = "true".equals(value);
            kept.put("omit_internal", value);
        }
        return new ListRequest(after, limit, window[0], window[1], window[2], window[3], omit, kept);
    }

    private static long number(String name, String value, long min, long max) {
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new OparlException(400, "Ungültiger Wert für " + name + ": erwartet wird eine ganze Zahl ab " + min + ".");
        }
    }

    /** Tombstones are listed only when the client asks for changes since a point in time. */
    boolean includesTombstones() {
        return modifiedSince != null;
    }

    ListRequest next(long lastId) {
        return new ListRequest(lastId, limit, createdSince, createdUntil, modifiedSince, modifiedUntil, omitInternal, filterParameters);
    }
}
