package org.openris.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openris.meeting.MeetingQueries;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.PaperStamp;
import org.openris.person.PersonQueries;
import org.openris.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the public pages with their stable addresses — overview
 * pages, organizations, persons, meetings and papers the public may see, at most 50,000 entries.
 * Absolute addresses use {@code ris.base-url} (RIS_BASE_URL) or else the request's host.
 */
@Controller
class SitemapController {

    static final int MAX_ENTRIES = 50_000;
    private static final List<String> PAGES = List.of("/", "/kalender", "/gremien", "/vorlagen", "/antraege", "/beschlusskontrolle", "/personen");

    private final OrganizationQueries organizations;
    private final PersonQueries persons;
    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final String configuredBase;

    SitemapController(OrganizationQueries organizations, PersonQueries persons, MeetingQueries meetings, PaperQueries papers,
                      @Value("${ris.base-url:}") String baseUrl) {
        this.organizations = organizations;
        this.persons = persons;
        this.meetings = meetings;
        this.papers = papers;
        this.configuredBase = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    @GetMapping(value = "/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        Viewer viewer = Viewer.anonymous();
        String base = configuredBase != null ? configuredBase : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        StringBuilder xml = new StringBuilder(1 << 16);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int[] entries = {0};
        PAGES.forEach(path -> url(xml, entries, base + path, null));
        organizations.all(viewer).forEach(o -> url(xml, entries, base + PortalUrls.organization(o.id()), null));
        persons.all(viewer).forEach(p -> url(xml, entries, base + PortalUrls.person(p.id()), p.modified()));
        meetings.stamps(viewer).forEach(m -> url(xml, entries, base + PortalUrls.meeting(m.id()), m.modified()));
        List<PaperStamp> paperStamps = papers.stamps(viewer);
        Map<String, Long> perReference = paperStamps.stream().collect(Collectors.groupingBy(PaperStamp::reference, Collectors.counting()));
        Function<PaperStamp, String> address = p -> perReference.get(p.reference()) > 1
                ? PortalUrls.paper(p.id(), p.reference(), p.bodyId()) : PortalUrls.paper(p.id(), p.reference());
        paperStamps.forEach(p -> url(xml, entries, base + address.apply(p), p.modified()));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, int[] entries, String location, OffsetDateTime modified) {
        if (entries[0] >= MAX_ENTRIES) {
            return;
        }
        entries[0]++;
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(modified.withOffsetSameInstant(ZoneOffset.UTC)
                    .withNano(0))).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
