package org.openris.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a throw-away embedded PostgreSQL (one per test JVM:
 * every test class uses these same properties, so Spring's context cache shares one database).
 * Tests create their own body (or demo city) and query within it. Mail goes to a local GreenMail
 * ({@link TestSmtpServer}); the notification scheduler is off, tests run it themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestRules.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ris.db.embedded-ephemeral=true", "ris.data-dir=target/test-data", "ris.notification.enabled=false",
                // saved-search alerts: no scheduled digest (tests run it), feedback of the accessibility statement to a test address
                "ris.alerts.digest=false", "ris.accessibility.feedback-to=barrierefreiheit@musterstadt.example",
                // search: no background runs; tests sync the index themselves (search.SearchTestSupport)
                "ris.search.background=false",
                // OParl withdrawals: no background runs; OparlWithdrawalTest runs them itself
                "ris.oparl.withdrawals.enabled=false",
                // tests pose as different client addresses through X-Forwarded-For (login throttling)
                "server.forward-headers-strategy=native"})
@ContextConfiguration(initializers = TestSmtpServer.class)
public @interface RisIntegrationTest {
}
