package org.openris.memberarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.notification.NotificationPreferences;
import org.openris.notification.NotificationSettings;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notification settings page over real HTTP: defaults, saving with CSRF token, confirmation, the dashboard's link. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationSettingsPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    FileStore store;
    @Autowired
    NotificationSettings settings;

    MemberScenario city;

    @BeforeAll
    void city() {
        city = new MemberScenario(jdbc, accounts, store);
    }

    private long userId(String name) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(city.user(name)).query(Long.class).single();
    }

    @Test
    void shows_the_defaults_saves_every_combination_and_confirms_in_german() {
        WebSession dora = MemberLogin.signIn(port, jdbc, city.user("dora"));
        long id = userId("dora");

        HttpResponse<String> page = dora.get("/mitglieder/benachrichtigungen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<h1>Benachrichtigungen per E-Mail</h1>")
                .contains("action=\"/mitglieder/benachrichtigungen\"").contains("name=\"_csrf\"")
                .containsPattern("id=\"invitation\" name=\"invitation\" value=\"ja\" checked")
                .containsPattern("id=\"supplement\" name=\"supplement\" value=\"ja\" checked")
                .doesNotContainPattern("id=\"newDocuments\" name=\"newDocuments\" value=\"ja\" checked")
                .doesNotContain("Ihre Einstellungen sind gespeichert.");

        // every combination of the three boxes is stored as sent (an unchecked box is missing from the form)
        for (int mask = 0; mask < 8; mask++) {
            Map<String, String> form = new java.util.LinkedHashMap<>();
            if ((mask & 1) != 0) {
                form.put("invitation", "ja");
            }
            if ((mask & 2) != 0) {
                form.put("supplement", "ja");
            }
            if ((mask & 4) != 0) {
                form.put("newDocuments", "ja");
            }
            HttpResponse<String> saved = dora.post("/mitglieder/benachrichtigungen", form);
            assertThat(saved.statusCode()).as("mask %d", mask).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/mitglieder/benachrichtigungen?gespeichert"));
            assertThat(settings.of(id)).as("mask %d", mask)
                    .isEqualTo(new NotificationPreferences((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0));
            String confirmed = dora.followRedirect().body();
            assertThat(confirmed).contains("Ihre Einstellungen sind gespeichert.");
            assertThat(confirmed.contains("value=\"ja\" checked")).as("mask %d shows a checked box", mask).isEqualTo(mask != 0);
        }

        dora.post("/mitglieder/benachrichtigungen", Map.of("newDocuments", "ja"));
        String dashboard = dora.get("/mitglieder").body();
        assertThat(dashboard).contains("href=\"/mitglieder/benachrichtigungen\"").contains("Eingeschaltet: neue Dokumente");
        dora.post("/mitglieder/benachrichtigungen", Map.of());
        assertThat(dora.get("/mitglieder").body()).contains("Alle Benachrichtigungen sind ausgeschaltet.");
    }

    @Test
    void without_csrf_token_or_login_nothing_changes() {
        WebSession bert = MemberLogin.signIn(port, jdbc, city.user("bert"));
        long id = userId("bert");
        NotificationPreferences before = settings.of(id);

        HttpResponse<String> forged = bert.post("/mitglieder/benachrichtigungen",
                Map.of("_csrf", "gefaelscht", "newDocuments", "ja"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(settings.of(id)).isEqualTo(before);

        WebSession anonymous = new WebSession(port);
        HttpResponse<String> page = anonymous.get("/mitglieder/benachrichtigungen");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden"));
        anonymous.get("/anmelden");
        assertThat(anonymous.post("/mitglieder/benachrichtigungen", Map.of("newDocuments", "ja")).statusCode()).isEqualTo(302);
        assertThat(settings.of(id)).isEqualTo(before);
    }
}
