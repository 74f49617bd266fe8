package org.openris.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/** State shared by the generator's builders: options, the seeded random source, ids and the loader. */
final class DemoContext {

    final DemoOptions options;
    final Random random;
    final Ids ids;
    final BulkLoader loader;
    final DemoFiles files;
    final OffsetDateTime created;
    long bodyId;

    DemoContext(DemoOptions options, Ids ids, BulkLoader loader, DemoFiles files) {
        this.options = options;
        this.random = new Random(options.seed());
        this.ids = ids;
        this.loader = loader;
        this.files = files;
        this.created = options.referenceDate().minusYears(options.scale().years() + 1L)
                .atStartOfDay(org.openris.shared.GermanFormats.BERLIN).toOffsetDateTime();
    }

    LocalDate today() {
        return options.referenceDate();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    /** Prefixes hidden content with a unique marker when generating for leak tests. */
    String hidden(String text, String kind, long id) {
        return options.markHidden() ? "NOEFF-" + kind + id + " " + text : text;
    }

    /** The timestamp a row was created and last modified: its own date, never in the future. */
    OffsetDateTime stamp(LocalDate day) {
        if (!day.isBefore(today())) {
            // the reference day (usually today) at its start: 09:00 would lie in the future when the city is generated
            // in the morning, and the first update of such a row (e.g. the background text extraction) would then set
            // modified (now) before created, which the tables refuse
            return today().atStartOfDay(org.openris.shared.GermanFormats.BERLIN).toOffsetDateTime();
        }
        return day.atTime(9, 0).atZone(org.openris.shared.GermanFormats.BERLIN).toOffsetDateTime();
    }
}
