package org.openris.oparl;

import java.time.LocalDate;
import org.openris.demo.DemoOptions;
import org.openris.demo.DemoScale;
import org.openris.demo.MusterstadtDemo;
import org.openris.testsupport.Seeds;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One TINY demo city with every non-public text marked {@code NOEFF}, generated once per test JVM
 * and shared by the OParl tests that only read it (tests that change data build their own body).
 * Its "today" lies in the past, so none of its meetings is upcoming on the portal's home page,
 * which other tests of the shared database look at.
 */
public final class OparlDemoCity {

    static final LocalDate REFERENCE = LocalDate.of(2024, 6, 1);
    private static Long body;

    private OparlDemoCity() {
    }

    public static synchronized long body(MusterstadtDemo demo, JdbcClient jdbc) {
        if (body != null && jdbc.sql("SELECT count(*) FROM body WHERE id = ?").param(body).query(Long.class).single() == 1) {
            return body;
        }
        long seed = Seeds.seed("OparlDemoCity");
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM body").query(Long.class).single();
        demo.generate(new DemoOptions(DemoScale.TINY, seed, REFERENCE, true), System.out);
        body = jdbc.sql("SELECT min(id) FROM body WHERE id > ?").param(before).query(Long.class).single();
        return body;
    }
}
