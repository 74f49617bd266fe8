package org.openris.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Any reference (imported papers keep their source's numbers: "V/2024/001", "DS 12;3", "Ä-%7") gives
 * a working portal address: the readable one where the reference can be a path segment, the id
 * address otherwise; the id address of a readable reference redirects to it. Random references from
 * an alphabet of the characters that break paths, seeded.
 */
@RisIntegrationTest
class PaperAddressTest {

    private static final String[] PIECES = {"/", "\\", "%", ";", ".", "..", " ", "+", "&", "?", "#", "ä", "É", "ß", "€", "😀", "-", "_",
            "(", ")", "'", "\"", "<", ">", "=", "~", "*", ",", ":", "@", "!", "$", "[", "]", "{", "}", "|", "^", "`", "id", "V", "2024", "7"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_reference_has_an_address_that_answers_with_its_paper() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        Random random = new Random(Seeds.seed("PaperAddressTest"));
        long body = fixtures.body("Adressstadt " + random.nextInt(1_000_000));
        long type = fixtures.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        Map<String, Long> papers = new LinkedHashMap<>();
        for (String fixed : new String[] {"id", ".", "..", "X/2024/001", "a%2Fb", "x;y"}) {
            papers.put(fixed, null);
        }
        while (papers.size() < 40) {
            StringBuilder reference = new StringBuilder();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                reference.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String r = reference.toString().strip();
            if (!r.isEmpty()) {
                papers.put(r, null);
            }
        }
        int n = 0;
        for (String reference : papers.keySet()) {
            long id = fixtures.paper(body, type, "Adresse Nummer " + (++n)).released("00001-24", LocalDate.of(2024, 1, 1)).create();
            jdbc.sql("UPDATE paper SET reference = ?, serial = NULL, reference_year = NULL, supplement_number = NULL WHERE id = ?")
                    .param(reference).param(id).update();
            papers.put(reference, id);
        }
        HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpClient stay = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        n = 0;
        for (Map.Entry<String, Long> e : papers.entrySet()) {
            n++;
            String address = PortalUrls.paper(e.getValue(), e.getKey());
            assertThat(PortalUrls.readable(e.getKey()) ? !address.startsWith("/vorlagen/id/") : address.equals(PortalUrls.paperById(e.getValue())))
                    .as("address of " + e.getKey() + ": " + address).isTrue();
            HttpResponse<String> page = follow.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as("GET " + address + " for reference " + e.getKey()).isEqualTo(200);
            assertThat(page.body()).as("page of reference " + e.getKey()).contains("<h1>Adresse Nummer " + n + "</h1>");
            if (PortalUrls.readable(e.getKey())) {
                HttpResponse<String> byId = stay.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + PortalUrls.paperById(e.getValue()))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(byId.statusCode()).isEqualTo(301);
                assertThat(byId.headers().firstValue("Location").orElseThrow()).as("redirect for " + e.getKey()).endsWith(address);
            }
        }
        assertThat(papers.keySet().stream().filter(PortalUrls::readable).count()).as("both kinds among the references").isBetween(1L, 39L);
        // leave no 40 extra papers in the shared database for the crawls of other tests
        jdbc.sql("UPDATE paper SET deleted_at = now() WHERE body_id = ?").param(body).update();
    }
}
