package org.openris.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installable app's public resources (ADR 0010): manifest, service worker, page script, icons
 * and offline page are the same for everyone – byte for byte for the anonymous and for a signed-in
 * member – and name nobody.
 */
@RisIntegrationTest
class PwaResourcesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void manifest_names_the_member_area_in_german_with_icons_and_the_theme_colour() throws Exception {
        HttpResponse<String> response = new WebSession(port).get("/manifest.webmanifest");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/manifest+json"));
        JsonNode manifest = JsonMapper.builder().build().readTree(response.body());
        assertThat(manifest.get("name").asString()).isEqualTo("Ratsinformationssystem – Mitgliederbereich");
        assertThat(manifest.get("short_name").asString()).isEqualTo("Ratsinfo");
        assertThat(manifest.get("lang").asString()).isEqualTo("de");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/mitglieder");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        String css = new String(getClass().getResourceAsStream("/static/css/ris.css").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(css).as("theme colour is the primary colour of the style sheet")
                .contains("--c-primary: " + manifest.get("theme_color").asString() + ";");
        List<String> sizes = new java.util.ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            HttpResponse<byte[]> image = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + icon.get("src").asString())).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(icon.get("type").asString()));
            if (icon.get("type").asString().equals("image/png")) {
                byte[] png = image.body();
                int width = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
                int height = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
                assertThat(width + "x" + height).as(icon.toString()).isEqualTo(icon.get("sizes").asString());
            }
            sizes.add(icon.get("sizes").asString());
        }
        assertThat(sizes).contains("192x192", "512x512", "any");
    }

    @Test
    void public_resources_are_the_same_for_everyone_and_name_nobody() {
        String name = "pwa-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession member = MemberLogin.signIn(port, jdbc, name);
        WebSession anonymous = new WebSession(port);
        for (String path : List.of("/manifest.webmanifest", "/sw.js", "/js/ris.js", "/offline")) {
            HttpResponse<String> forMember = member.get(path);
            HttpResponse<String> forAnonymous = anonymous.get(path);
            assertThat(forMember.statusCode()).as(path).isEqualTo(200);
            assertThat(forAnonymous.statusCode()).as(path).isEqualTo(200);
            String memberBody = forMember.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
            assertThat(memberBody).as(path).isEqualTo(forAnonymous.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                    .doesNotContain(name).doesNotContain("Abmelden");
            assertThat(forMember.headers().firstValue("X-RIS-Offline-Cache")).as(path).isEmpty();
        }
        HttpResponse<String> worker = anonymous.get("/sw.js");
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(anonymous.get("/js/ris.js").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(anonymous.get("/offline").body()).contains("<h1>Keine Verbindung</h1>").contains("href=\"/mitglieder\"");
    }
}
