package org.openris.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on a free local port for the whole test JVM; the application's
 * {@code ris.smtp.*} settings point at it. Tests can stop and start it again on the same port to
 * play an outage, and read what arrived.
 */
public final class TestSmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String FROM = "ris@musterstadt.example";

    private static GreenMail server;
    private static int port;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of("ris.smtp.host=127.0.0.1", "ris.smtp.port=" + port, "ris.smtp.from=" + FROM,
                "ris.smtp.timeout=5s", "ris.smtp.starttls=false").applyTo(context);
    }

    /** Starts the server (again), on the port it had before. */
    public static synchronized void start() {
        if (server != null && server.isRunning()) {
            return;
        }
        ServerSetup setup = port == 0 ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
                : new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup);
        server.start();
        port = server.getSmtp().getPort();
    }

    /** Stops the server; mails sent meanwhile fail as with an unreachable server. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    public static synchronized int port() {
        return port;
    }
}
