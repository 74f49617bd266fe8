package org.openris.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-line entry of the demo city:
 * {@code --demo} fills an empty instance with Musterstadt (small scale),
 * {@code --demo-scale=tiny|small|large}, {@code --demo-seed=N}, {@code --demo-date=yyyy-MM-dd}
 * choose size, seed and reference date; {@code --demo-exit} stops after generating.
 * An instance that already holds a body is left as it is.
 */
@Component
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);
    static final long DEFAULT_SEED = 20260101L;

    private final MusterstadtDemo demo;
    private final DemoAccounts demoAccounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    DemoRunner(MusterstadtDemo demo, DemoAccounts demoAccounts, JdbcClient jdbc, Clock clock, ConfigurableApplicationContext context) {
        this.demo = demo;
        this.demoAccounts = demoAccounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || args.containsOption("demo-scale");
        if (wanted) {
            long bodies = jdbc.sql("SELECT count(*) FROM body").query(Long.class).single();
            if (bodies > 0) {
                log.info("Demo-Daten: Es sind bereits Daten vorhanden ({} Körperschaft(en)); es wird nichts erzeugt.", bodies);
            } else {
                DemoOptions options = new DemoOptions(DemoScale.named(first(args, "demo-scale", "small")),
                        Long.parseLong(first(args, "demo-seed", String.valueOf(DEFAULT_SEED))),
                        LocalDate.parse(first(args, "demo-date", LocalDate.now(clock).toString())), false);
                demo.generate(options, System.out);
                demoAccounts.create(System.out);
            }
        }
        if (args.containsOption("demo-exit")) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private static String first(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0);
    }
}
