package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openris.portal.PortalUrls;
import org.openris.search.SearchJobs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imported papers with other systems' references ("V/2024/001", "Antrag Nr. 7 (Grüne)+&amp;?#") in the
 * portal: a crawl from the pages that list papers follows every paper link and finds each one
 * answering (never the bare "/vorlagen/"), the pages show the reference, the combined PDF carries it,
 * and OParl {@code web}, search and sitemap lead to the same addresses.
 */
final class ForeignReferenceLinks {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final HttpClient FOLLOW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final HttpClient STAY = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ForeignReferenceLinks() {
    }

    static void check(int port, JdbcClient jdbc, long meeting, long slashPaper, long readablePaper, String oparlWeb, SearchJobs search)
            throws Exception {
        String base = "http://localhost:" + port;
        String slashAddress = PortalUrls.paperById(slashPaper);
        String readableAddress = PortalUrls.paper(readablePaper, QuirkyVendor.FOREIGN_READABLE);
        assertThat(readableAddress).as("a readable foreign reference, percent-encoded in one segment")
                .isEqualTo("/vorlagen/Antrag%20Nr.%207%20%28Gr%C3%BCne%29%2B%26%3F%23");

        // crawl: every paper link on the listing pages, and on the pages of the imported papers
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/", "/vorlagen", "/antraege", PortalUrls.meeting(meeting)));
        Set<String> pages = new LinkedHashSet<>(todo);
        while (!todo.isEmpty()) {
            String page = todo.poll();
            HttpResponse<String> r = get(FOLLOW, base + page);
            assertThat(r.statusCode()).as("GET " + page).isEqualTo(200);
            Matcher m = HREF.matcher(r.body());
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
                if (!href.startsWith("/vorlagen")) {
                    continue;
                }
                assertThat(href).as("paper link on " + page).isNotEqualTo("/vorlagen/").doesNotEndWith("/vorlagen/null");
                boolean imported = href.equals(slashAddress) || href.startsWith(readableAddress);
                if (seen.add(href) && imported && pages.add(href)) {
                    todo.add(href);
                }
            }
        }
        assertThat(seen).as("links found by the crawl").contains(slashAddress, readableAddress, slashAddress + "/gesamt.pdf");
        for (String href : seen) {
            HttpResponse<String> r = get(FOLLOW, base + href);
            assertThat(r.statusCode()).as("GET " + href).isEqualTo(200);
        }

        // the pages show the reference as the source city wrote it
        assertThat(get(FOLLOW, base + slashAddress).body()).contains("<dd>V/2024/001</dd>");
        assertThat(get(FOLLOW, base + readableAddress).body()).contains("Antrag Nr. 7 (Grüne)+&amp;?#").contains("Antrag Tempo 30 vor der Grundschule");
        HttpResponse<String> byId = get(STAY, base + PortalUrls.paperById(readablePaper));
        assertThat(byId.statusCode()).as("the id address of a readable reference redirects").isEqualTo(301);
        assertThat(byId.headers().firstValue("Location").orElseThrow()).endsWith(readableAddress);

        // the combined PDF at the id address, titled with the reference
        HttpResponse<byte[]> pdf = FOLLOW.send(HttpRequest.newBuilder(URI.create(base + slashAddress + "/gesamt.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("V/2024/001 Neubau Kita Sonnenschein");
        }

        // OParl web, search and sitemap point to the same addresses
        assertThat(URI.create(oparlWeb).getRawPath()).isEqualTo(slashAddress);
        search.runNow();
        HttpResponse<String> direct = get(STAY, base + "/suche?q=" + java.net.URLEncoder.encode("v/2024/001", StandardCharsets.UTF_8));
        assertThat(direct.statusCode()).as("a foreign reference typed into the search opens the paper").isEqualTo(302);
        assertThat(direct.headers().firstValue("Location").orElseThrow()).endsWith(slashAddress);
        assertThat(get(FOLLOW, base + "/suche?q=Grundschule").body()).contains("href=\"" + readableAddress + "\"");
        assertThat(get(FOLLOW, base + "/sitemap.xml").body()).contains(slashAddress).contains(readableAddress);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
