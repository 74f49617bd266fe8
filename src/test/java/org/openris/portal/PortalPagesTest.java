package org.openris.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public portal pages over real HTTP: content, person links, hidden = missing, combined PDF, downloads, sitemap. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;

    private final HttpClient http = HttpClient.newHttpClient();
    private PortalScene scene;

    @BeforeAll
    void scene() throws Exception {
        scene = new PortalScene(new Fixtures(jdbc), store, Seeds.seed("PortalPagesTest"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void every_page_has_the_main_navigation_and_the_search_box() throws Exception {
        String body = get("/").body();
        assertThat(body).contains("aria-label=\"Hauptnavigation\"").contains("href=\"/kalender\"").contains("href=\"/gremien\"")
                .contains("href=\"/vorlagen\"").contains("href=\"/antraege\"").contains("href=\"/personen\"")
                .contains("action=\"/suche\"").contains("name=\"q\"").contains("Neueste Beschlüsse");
    }

    @Test
    void the_calendar_shows_the_month_as_a_table_and_as_a_list_filtered_by_organization() throws Exception {
        String month = YearMonth.from(scene.pastDay).toString();
        HttpResponse<String> grid = get("/kalender?monat=" + month + "&gremium=" + scene.committee);
        assertThat(grid.statusCode()).isEqualTo(200);
        assertThat(grid.body()).contains("<table class=\"month\">").contains("href=\"/sitzungen/" + scene.pastMeeting + "\"")
                .contains("href=\"/kalender.ics\"").contains("href=\"/gremien/" + scene.committee + "/kalender.ics\"")
                .contains("rel=\"prev\"").contains("rel=\"next\"");
        HttpResponse<String> list = get("/kalender?monat=" + month + "&ansicht=liste&gremium=" + scene.committee);
        assertThat(list.body()).contains("href=\"/sitzungen/" + scene.pastMeeting + "\"").doesNotContain("<table class=\"month\">");
        long other = new Fixtures(jdbc).organization(scene.body, "Leerer Ausschuss " + scene.tag, "COMMITTEE").create();
        assertThat(get("/kalender?monat=" + month + "&gremium=" + other).body()).doesNotContain("href=\"/sitzungen/" + scene.pastMeeting + "\"");
        assertThat(get("/kalender?monat=kaputt&gremium=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void the_calendar_answers_htmx_with_its_region_only_and_a_browser_with_the_whole_page() throws Exception {
        String path = "/kalender?monat=" + YearMonth.from(scene.pastDay) + "&gremium=" + scene.committee;
        HttpResponse<String> full = get(path);
        HttpResponse<String> fragment = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(full.body()).contains("<html lang=\"de\"", "<form class=\"filter\" method=\"get\" action=\"/kalender\"",
                "hx-get=\"/kalender\"", "id=\"calendar-region\"", "href=\"/sitzungen/" + scene.pastMeeting + "\"");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("HX-Request"));
        assertThat(fragment.body()).doesNotContain("<html", "<body", "site-header", "<form class=\"filter\"")
                .contains("href=\"/sitzungen/" + scene.pastMeeting + "\"", "<table class=\"month\">",
                        "href=\"/gremien/" + scene.committee + "/kalender.ics\"", "<title>Sitzungskalender ",
                        "id=\"calendar-lead\" hx-swap-oob=\"true\"", "id=\"calendar-state\" hx-swap-oob=\"true\"",
                        "<p id=\"calendar-status\" hx-swap-oob=\"innerHTML\">Sitzungen im ");
        // month links work as plain links and as htmx requests to the same address
        assertThat(fragment.body()).containsPattern("<a href=\"(/kalender\\?monat=[^\"]+)\" hx-get=\"\\1\" id=\"monat-vor\"");
    }

    @Test
    void the_organizations_overview_groups_and_the_organization_page_lists_members_by_faction_with_roles() throws Exception {
        String overview = get("/gremien").body();
        assertThat(overview).contains("Ausschüsse").contains("Fraktionen und Gruppen").contains("href=\"/gremien/" + scene.committee + "\"");
        String page = get("/gremien/" + scene.committee).body();
        assertThat(page).contains("Ausschuss für Radwege " + scene.tag)
                .contains("href=\"/gremien/" + scene.factionA + "\"").contains("href=\"/gremien/" + scene.factionB + "\"")
                .contains("href=\"/personen/" + scene.chair + "\"").contains("Dr. Anna Vorsitzmann" + scene.tag).contains("Vorsitz")
                .contains("href=\"/personen/" + scene.citizen + "\"").contains(">sB</abbr>")
                .doesNotContain("Ehemalig" + scene.tag)
                .contains("href=\"/sitzungen/" + scene.futureMeeting + "\"").contains("href=\"/sitzungen/" + scene.pastMeeting + "\"")
                .contains("href=\"/vorlagen/" + scene.reference + "\"").doesNotContain("geheimnis");
        // the chair first, then the members by faction; the citizen member under the faction that nominated him
        int chairs = page.indexOf("Vorsitz</h3>");
        int factionB = page.indexOf(">Fraktion Blaue Brücke " + scene.tag + "</a></h3>");
        assertThat(chairs).isPositive();
        assertThat(page.indexOf("Vorsitzmann" + scene.tag)).isGreaterThan(chairs).isLessThan(factionB);
        assertThat(page.indexOf("Bürgerlich" + scene.tag)).isGreaterThan(factionB);
        assertThat(page.indexOf("Mitgliedt" + scene.tag)).isGreaterThan(factionB);
    }

    @Test
    void the_meeting_page_shows_the_public_agenda_with_papers_votes_by_faction_resolution_and_files() throws Exception {
        HttpResponse<String> response = get("/sitzungen/" + scene.pastMeeting);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Radwegenetz Nord").contains("href=\"/vorlagen/" + scene.reference + "\"")
                .contains("Der Ausschuss beschließt das Radwegenetz Nord.").contains("(Ja 9, Nein 3, Enthaltung 1)")
                .contains("GW" + scene.tag + "</a>: dafür").contains("BB" + scene.tag + "</a>: dagegen")
                .contains("href=\"/dateien/" + scene.invitation + "\" class=\"document-open\">Einladung 3. Sitzung " + scene.tag + "</a>")
                .contains("href=\"https://stream.example.org/live\"").doesNotContain("javascript:")
                .contains("16:00 – 18:25 Uhr").contains("Rathaus Portalhausen")
                .doesNotContain("Grundstückssache").doesNotContain("geheimnis");
    }

    @Test
    void the_paper_page_has_a_readable_address_timeline_originators_documents_and_supplements() throws Exception {
        HttpResponse<String> response = get("/vorlagen/" + scene.reference);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Radwegenetz Nord " + scene.tag).contains("Beschlussvorlage")
                .contains("href=\"/gremien/" + scene.factionA + "\"").contains("href=\"/personen/" + scene.chair + "\"")
                .contains("href=\"/sitzungen/" + scene.pastMeeting + "\"").contains("beschlossen").contains("federführend")
                .contains("href=\"/dateien/" + scene.mainFile + "\"").contains("href=\"/dateien/" + scene.attachment + "\"")
                .doesNotContain("/dateien/" + scene.hiddenAttachment + "\"").doesNotContain("geheimnis")
                .contains("href=\"/vorlagen/" + scene.supplementReference + "\"")
                .contains("href=\"/vorlagen/" + scene.reference + "/gesamt.pdf\"");
        assertThat(get("/vorlagen/" + scene.supplementReference).body()).contains("Ergänzung zu")
                .contains("href=\"/vorlagen/" + scene.reference + "\"");

        HttpResponse<String> redirect = get("/vorlagen/id/" + scene.paper);
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/vorlagen/" + scene.reference));
    }

    @Test
    void a_hidden_paper_meeting_person_or_file_answers_exactly_like_a_missing_one() throws Exception {
        HttpResponse<String> missing = get("/vorlagen/99999-99");
        HttpResponse<String> hidden = get("/vorlagen/" + scene.hiddenReference);
        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(get("/vorlagen/id/" + scene.hiddenPaper).body()).isEqualTo(get("/vorlagen/id/999999999").body());
        assertThat(get("/vorlagen/id/" + scene.hiddenPaper).statusCode()).isEqualTo(404);
        assertThat(get("/vorlagen/" + scene.hiddenReference + "/gesamt.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/dateien/" + scene.hiddenAttachment).statusCode()).isEqualTo(404);
        assertThat(get("/dateien/" + scene.hiddenAttachment).body()).isEqualTo(get("/dateien/999999999").body());
        for (String path : new String[]{"/sitzungen/abc", "/gremien/-1", "/personen/0", "/vorlagen/kein-aktenzeichen", "/dateien/1e3"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_combined_pdf_holds_the_paper_and_its_public_attachments_only_under_a_meaningful_name() throws Exception {
        HttpResponse<byte[]> response = bytes("/vorlagen/" + scene.reference + "/gesamt.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("inline; filename=\"" + scene.reference + " Radwegenetz Nord " + scene.tag + ".pdf\""));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Hauptdokument").contains("Anlage").doesNotContain("Geheim");
            assertThat(text.indexOf("Hauptdokument")).isLessThan(text.indexOf("Anlage"));
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(2);
        }
        // a paper without any public PDF has no combined document
        assertThat(get("/vorlagen/" + scene.motionReference + "/gesamt.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void public_files_open_inline_with_their_meaningful_name() throws Exception {
        HttpResponse<byte[]> response = bytes("/dateien/" + scene.mainFile);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("inline; filename=\"" + scene.reference + " Radwegenetz Nord " + scene.tag + ".pdf\""));
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_person_page_lists_current_and_past_memberships_and_the_overview_links_every_person() throws Exception {
        String page = get("/personen/" + scene.chair).body();
        assertThat(page).contains("Dr. Anna Vorsitzmann" + scene.tag).contains("Aktuelle Mitgliedschaften")
                .contains("href=\"/gremien/" + scene.committee + "\"").contains("href=\"/personen/" + scene.chair + "/kalender.ics\"")
                .contains("href=\"/vorlagen/" + scene.reference + "\"");
        String former = get("/personen/" + scene.former).body();
        assertThat(former).contains("Frühere Mitgliedschaften").contains("01.11.2020 – 31.10.2025");
        assertThat(get("/personen").body()).contains("href=\"/personen/" + scene.chair + "\"").doesNotContain("href=\"/personen/" + scene.former + "\"");
        assertThat(get("/personen?ehemalige").body()).contains("href=\"/personen/" + scene.former + "\"");
    }

    @Test
    void the_motions_overview_shows_status_and_filters() throws Exception {
        String all = get("/antraege").body();
        assertThat(all).contains("href=\"/vorlagen/" + scene.motionReference + "\"");
        assertThat(get("/antraege?status=offen").body()).contains("href=\"/vorlagen/" + scene.motionReference + "\"");
        assertThat(get("/antraege?status=entschieden").body()).doesNotContain("href=\"/vorlagen/" + scene.motionReference + "\"");
        new Fixtures(jdbc).consultation(scene.motion, scene.committee, scene.pastMeeting, null, 0, "DECISION", true, "REJECTED");
        assertThat(get("/antraege?status=entschieden").body()).contains("href=\"/vorlagen/" + scene.motionReference + "\"");
    }

    @Test
    void the_sitemap_lists_public_pages_only() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(sitemap.body()).startsWith("<?xml").contains("/vorlagen/" + scene.reference + "</loc>")
                .contains("/sitzungen/" + scene.pastMeeting + "</loc>").contains("/personen/" + scene.chair + "</loc>")
                .doesNotContain("/vorlagen/" + scene.hiddenReference + "<").doesNotContain("geheimnis");
    }

    @Test
    void a_reference_shared_by_two_bodies_is_listed_and_each_paper_has_its_own_address() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        long otherBody = fx.body("Gemeinde Zweitort " + scene.tag);
        long type = fx.paperType(otherBody, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long committee = fx.organization(otherBody, "Hauptausschuss Zweitort " + scene.tag, "COMMITTEE").create();
        long twin = fx.paper(otherBody, type, "Zweitorter Vorlage " + scene.tag).released(scene.reference, scene.pastDay).create();
        fx.consultation(twin, committee, null, null, 0, "DECISION", true, null);
        String choice = get("/vorlagen/" + scene.reference).body();
        assertThat(choice).contains("mehreren Körperschaften").contains("?koerperschaft=" + scene.body).contains("?koerperschaft=" + otherBody);
        assertThat(get("/vorlagen/" + scene.reference + "?koerperschaft=" + otherBody).body()).contains("Zweitorter Vorlage " + scene.tag);
        assertThat(get("/vorlagen/id/" + twin).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/vorlagen/" + scene.reference + "?koerperschaft=" + otherBody));
        fx.execute("UPDATE paper SET deleted_at = now() WHERE id = ?", twin);
        assertThat(get("/vorlagen/" + scene.reference).body().toLowerCase(Locale.ROOT)).contains("radwegenetz nord");
    }
}
