package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.TestSmtpServer;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Password reset by e-mail over a real SMTP server (GreenMail): same answer for everyone, one-time link, sessions ended. */
@RisIntegrationTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("/passwort-neu\\?token=([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void a_member_resets_the_password_with_the_mailed_link_once_and_old_sessions_end() throws Exception {
        String name = "vergessen-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession oldSession = MemberLogin.signIn(port, jdbc, name);

        WebSession web = new WebSession(port).from("192.0.2.201");
        web.get("/passwort-vergessen");
        HttpResponse<String> asked = web.post("/passwort-vergessen", Map.of("account", email.toUpperCase()));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("haben wir Ihnen soeben einen Link geschickt");
        String mail = awaitMailTo(email);
        assertThat(mail).doesNotContain(MemberLogin.PASSWORD);
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("the mail carries the link").isTrue();
        String token = link.group(1);
        assertThat(jdbc.sql("SELECT count(*) FROM password_reset_token WHERE token_hash = ?").param(token).query(Long.class).single())
                .as("only the hash is stored").isZero();

        HttpResponse<String> form = web.get("/passwort-neu?token=" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(web.post("/passwort-neu", Map.of("token", token, "password", "kurz", "repeated", "kurz")).statusCode()).isEqualTo(422);
        HttpResponse<String> done = web.post("/passwort-neu", Map.of("token", token, "password", "Neues-Passwort-nach-Reset-1",
                "repeated", "Neues-Passwort-nach-Reset-1"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(web.followRedirect().body()).contains("Ihr Passwort wurde geändert.");

        assertThat(oldSession.get("/mitglieder").statusCode()).as("sessions of the account end with the reset").isEqualTo(302);
        HttpResponse<String> again = new WebSession(port).get("/passwort-neu?token=" + token);
        assertThat(again.statusCode()).as("the link works once").isEqualTo(410);
        assertThat(again.body()).contains("ungültig, schon benutzt oder abgelaufen");
        WebSession next = MemberLogin.signIn(port, jdbc, name, "Neues-Passwort-nach-Reset-1", MemberLogin.SECRET);
        assertThat(next.get("/mitglieder").statusCode()).as("still with the second factor").isEqualTo(200);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE user_id = ? ORDER BY id").param(id).query(String.class).list())
                .contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
    }

    @Test
    void known_and_unknown_accounts_get_the_same_answer_and_requests_are_throttled() throws Exception {
        String name = "bekannt-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        HttpResponse<String> known = ask(name, "192.0.2.210");
        HttpResponse<String> unknown = ask("niemand-" + name, "192.0.2.211");
        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
        assertThat(strip(known.body())).isEqualTo(strip(unknown.body()));

        WebSession spammer = new WebSession(port).from("192.0.2.212");
        spammer.get("/passwort-vergessen");
        HttpResponse<String> last = null;
        for (int i = 0; i <= ThrottlePolicy.DEFAULT.failuresPerAccountAndAddress(); i++) {
            last = spammer.post("/passwort-vergessen", Map.of("account", name));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Zu viele Anfragen");
    }

    @Test
    void forged_expired_or_malformed_tokens_are_refused_without_an_error() {
        String name = "alt-" + UUID.randomUUID().toString().substring(0, 8);
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        jdbc.sql("INSERT INTO password_reset_token (user_id, token_hash, expires_at) VALUES (?, encode(sha256('abgelaufen'::bytea), 'hex'), now() - interval '1 minute')")
                .param(id).update();
        for (String token : List.of("", "x", "A".repeat(43), "../../etc/passwd", "%00", "a".repeat(5000))) {
            HttpResponse<String> page = new WebSession(port).get("/passwort-neu?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as(token).isEqualTo(410);
        }
        WebSession web = new WebSession(port).from("192.0.2.220");
        web.get("/passwort-vergessen");
        assertThat(web.post("/passwort-neu", Map.of("token", "B".repeat(43), "password", "Gutes-langes-Passwort-1",
                "repeated", "Gutes-langes-Passwort-1")).statusCode()).isEqualTo(410);
    }

    private HttpResponse<String> ask(String account, String address) {
        WebSession web = new WebSession(port).from(address);
        web.get("/passwort-vergessen");
        return web.post("/passwort-vergessen", Map.of("account", account));
    }

    private static String strip(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "CSRF");
    }

    private static String awaitMailTo(String address) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage message : TestSmtpServer.received()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    return String.valueOf(message.getContent());
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address);
    }
}
