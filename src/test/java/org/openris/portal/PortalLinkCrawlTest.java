package org.openris.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openris.demo.MusterstadtDemo;
import org.openris.oparl.OparlDemoCity;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follows the links of the public portal from the start page through a marked demo city: every link
 * a citizen can click answers (no 404, no 500, no dead download), and no page shows hidden content.
 * The frontier is shuffled with a printed seed and kept per kind of page (visited in turn, so every
 * kind gets its share), and the walk is capped so the test stays quick.
 */
@RisIntegrationTest
class PortalLinkCrawlTest {

    private static final int MAX_PAGES = 400;
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_link_from_the_start_page_answers_and_no_page_shows_hidden_content() throws Exception {
        OparlDemoCity.body(demo, jdbc);
        long seed = Seeds.seed("PortalLinkCrawlTest");
        Random random = new Random(seed);
        // one frontier per kind of page, visited in turn: a page listing thousands of persons must not
        // use up the whole budget before papers, meetings and files are reached
        Map<String, Deque<String>> frontiers = new LinkedHashMap<>();
        frontiers.put("start", new ArrayDeque<>(List.of("/")));
        Set<String> seen = new HashSet<>(List.of("/"));
        Map<String, String> broken = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        int fetched = 0;
        java.util.Iterator<String> turn = java.util.Collections.emptyIterator();
        while (frontiers.values().stream().anyMatch(f -> !f.isEmpty()) && fetched < MAX_PAGES) {
            if (!turn.hasNext()) {
                turn = new ArrayList<>(frontiers.keySet()).iterator();
            }
            Deque<String> frontier = frontiers.get(turn.next());
            if (frontier.isEmpty()) {
                continue;
            }
            String path = frontier.poll();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            fetched++;
            byKind.merge(kind(path), 1, Integer::sum);
            int status = response.statusCode();
            if (status >= 400) {
                broken.put(path, status + " (linked from a portal page)");
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue; // PDF, ICS, Atom, sitemap: reached and answered
            }
            String body = response.body();
            if (body.toLowerCase(Locale.ROOT).contains("noeff")) {
                leaks.add(path);
            }
            List<String> links = new ArrayList<>();
            Matcher m = HREF.matcher(body);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (followed(link) && seen.add(link)) {
                    links.add(link);
                }
            }
            java.util.Collections.shuffle(links, random);
            links.forEach(link -> frontiers.computeIfAbsent(kind(link), k -> new ArrayDeque<>()).add(link));
        }
        System.out.printf("portal link crawl: %d pages fetched, %d links known, %s, seed %d%n", fetched, seen.size(), byKind, seed);
        assertThat(broken).as("broken links (seed %d)", seed).isEmpty();
        assertThat(leaks).as("pages with hidden content (seed %d)", seed).isEmpty();
        assertThat(byKind.keySet()).as("page kinds reached").contains("sitzungen", "vorlagen", "gremien", "personen", "kalender", "dateien");
    }

    /** Pages and downloads of the portal; not the API, the login or the member area. */
    private static boolean followed(String link) {
        return !(link.startsWith("/oparl/") || link.startsWith("/anmelden") || link.startsWith("/mitglieder") || link.startsWith("/konto")
                || link.startsWith("/passwort") || link.startsWith("/css/") || link.startsWith("/js/") || link.startsWith("/icons/")
                || link.startsWith("/manifest") || link.startsWith("/sw.js"));
    }

    private static String kind(String path) {
        String first = path.length() <= 1 ? "start" : path.substring(1).split("[/?]")[0];
        return first.isEmpty() ? "start" : first;
    }
}
