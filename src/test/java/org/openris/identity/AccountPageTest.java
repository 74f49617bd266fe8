package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Mein Konto": password change and renewal of recovery codes, with German answers to bad input. */
@RisIntegrationTest
class AccountPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void the_password_changes_only_with_the_current_one_and_a_good_new_one() {
        String name = "konto-" + UUID.randomUUID().toString().substring(0, 8);
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession web = MemberLogin.signIn(port, jdbc, name);
        assertThat(web.get("/konto").body()).contains("Mein Konto").contains("0 unbenutzte Wiederherstellungscodes");

        HttpResponse<String> wrongCurrent = web.post("/konto/passwort",
                Map.of("current", "falsch", "password", "Ein-ganz-neues-Passwort-2026", "repeated", "Ein-ganz-neues-Passwort-2026"));
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("Das bisherige Passwort ist nicht richtig.");
        assertThat(web.post("/konto/passwort", Map.of("current", MemberLogin.PASSWORD, "password", "Ein-ganz-neues-Passwort-2026",
                "repeated", "Ein-anderes-Passwort-2026")).body()).contains("stimmen nicht überein");
        assertThat(web.post("/konto/passwort", Map.of("current", MemberLogin.PASSWORD, "password", "kurz", "repeated", "kurz")).body())
                .contains("mindestens 12 Zeichen");
        assertThat(web.post("/konto/passwort", Map.of("current", MemberLogin.PASSWORD, "password", name + "-und-mehr",
                "repeated", name + "-und-mehr")).body()).contains("darf den Benutzernamen nicht enthalten");

        HttpResponse<String> done = web.post("/konto/passwort", Map.of("current", MemberLogin.PASSWORD,
                "password", "Ein-ganz-neues-Passwort-2026", "repeated", "Ein-ganz-neues-Passwort-2026"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(web.followRedirect().body()).contains("Ihr Passwort wurde geändert.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE user_id = ? AND action = 'PASSWORD_CHANGED'").param(id)
                .query(Long.class).single()).isEqualTo(1);

        WebSession old = new WebSession(port).from("192.0.2.150");
        old.get("/anmelden");
        assertThat(old.post("/anmelden", Map.of("username", name, "password", MemberLogin.PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(MemberLogin.signIn(port, jdbc, name, "Ein-ganz-neues-Passwort-2026", MemberLogin.SECRET).get("/mitglieder").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_current_password_is_checked_in_full_and_a_new_one_beyond_72_bytes_is_refused_with_a_message() {
        String name = "voll-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Ein-sehr-langer-Passsatz-".repeat(3).substring(0, PasswordPolicy.MAX_BYTES);
        long id = accounts.create(name, "Test " + name, null, null, password);
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_confirmed_at = now() WHERE id = ?").params(MemberLogin.SECRET, id).update();
        WebSession web = MemberLogin.signIn(port, jdbc, name, password, MemberLogin.SECRET);
        web.get("/konto");
        HttpResponse<String> truncated = web.post("/konto/passwort",
                Map.of("current", password + "x", "password", "Ein-ganz-neues-Passwort-2026", "repeated", "Ein-ganz-neues-Passwort-2026"));
        assertThat(truncated.statusCode()).isEqualTo(422);
        assertThat(truncated.body()).contains("Das bisherige Passwort ist nicht richtig.");

        String umlauts = "Änderungsübersicht-für-Ausschüsse-".repeat(2);
        HttpResponse<String> tooLong = web.post("/konto/passwort", Map.of("current", password, "password", umlauts, "repeated", umlauts));
        assertThat(tooLong.statusCode()).as("68 characters, but more than 72 bytes: a message, not an error page").isEqualTo(422);
        assertThat(tooLong.body()).contains("höchstens 72 Zeichen");
    }

    @Test
    void recovery_codes_are_renewed_with_a_current_code_and_the_old_ones_stop_working() {
        String name = "codes-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession web = MemberLogin.signIn(port, jdbc, name);
        web.get("/konto");
        HttpResponse<String> wrong = web.post("/konto/wiederherstellungscodes", Map.of("code", "abc"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Der Code ist nicht gültig.");

        HttpResponse<String> renewed = web.post("/konto/wiederherstellungscodes",
                Map.of("code", MemberLogin.code(MemberLogin.SECRET, Instant.now().plusSeconds(30))));
        assertThat(renewed.statusCode()).isEqualTo(200);
        assertThat(renewed.body()).contains("Neue Wiederherstellungscodes wurden erzeugt").contains("10 unbenutzte");
        assertThat(renewed.body()).containsPattern("<code>[a-z2-9]{4}(-[a-z2-9]{4}){5}</code>");
    }

    @Test
    void the_account_page_needs_a_login() {
        HttpResponse<String> anonymous = new WebSession(port).get("/konto");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden"));
    }
}
