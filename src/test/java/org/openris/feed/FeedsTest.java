package org.openris.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The feeds over real HTTP: iCal4j parses our calendars back (time zone, UIDs, cancellations, the
 * person's membership window), Atom feeds are well-formed RFC 4287 with the paper number in every
 * title (checked with a namespace-aware XML parser and with Rome), nothing non-public appears in any
 * feed, hidden organizations and persons answer exactly like missing ones, and ETags give 304.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private FeedWorld world;

    @BeforeAll
    void world() {
        world = new FeedWorld(new Fixtures(jdbc), UUID.randomUUID().toString().substring(0, 8));
    }

    // ------------------------------------------------------------------ iCalendar

    @Test
    void the_organization_calendar_parses_with_berlin_time_stable_uids_and_cancellations() throws Exception {
        HttpResponse<String> response = get("/gremien/" + world.committee + "/kalender.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v.toLowerCase(Locale.ROOT).replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("public").contains("max-age"));
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();

        Calendar calendar = parse(response.body());
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty("TZID").map(Property::getValue)).contains("Europe/Berlin");

        VEvent next = event(calendar, world.nextMeeting).orElseThrow();
        assertThat(next.getProperty("SUMMARY").map(Property::getValue)).contains(world.committeeName + " – 12. Sitzung");
        assertThat(next.getProperty("UID").map(Property::getValue)).contains("sitzung-" + world.nextMeeting + "@localhost");
        assertThat(next.getProperty("STATUS").map(Property::getValue)).contains("CONFIRMED");
        assertThat(next.getProperty("LOCATION").map(Property::getValue)).contains("Rathaus Feedheim, Raum 101, Markt 1, Musterstadt");
        assertThat(next.getProperty("URL").map(Property::getValue)).hasValueSatisfying(url -> assertThat(url).endsWith("/sitzungen/" + world.nextMeeting));
        assertThat(next.getProperty("DTEND")).isPresent();
        assertThat(start(next).toInstant()).isEqualTo(world.nextMeetingStart.toInstant());
        assertThat(next.getProperty("DTSTART").orElseThrow().getParameter("TZID").map(p -> p.getValue())).contains("Europe/Berlin");
        assertThat(next.getProperty("SEQUENCE")).isPresent();
        assertThat(next.getProperty("LAST-MODIFIED")).isPresent();

        VEvent summer = event(calendar, world.summerMeeting).orElseThrow();
        ZonedDateTime summerStart = start(summer);
        assertThat(summerStart.toInstant()).isEqualTo(world.summerMeetingStart.toInstant());
        assertThat(summerStart.getOffset().getTotalSeconds()).as("summer time in Berlin").isEqualTo(2 * 3600);
        assertThat(summerStart.getHour()).isEqualTo(16);
        assertThat(response.body()).contains("DTSTART;TZID=Europe/Berlin:" + world.summerMeetingStart.toLocalDate().toString().replace("-", "") + "T163000");

        VEvent cancelled = event(calendar, world.cancelledMeeting).orElseThrow();
        assertThat(cancelled.getProperty("STATUS").map(Property::getValue)).contains("CANCELLED");
        assertThat(cancelled.getProperty("SUMMARY").map(Property::getValue)).hasValueSatisfying(s -> assertThat(s).startsWith("Abgesagt: "));

        assertThat(event(calendar, world.oldMeeting)).as("older than twelve months").isEmpty();
        assertThat(event(calendar, world.closedMeeting)).isEmpty();
        assertThat(event(calendar, world.draftMeeting)).isEmpty();
        assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("noeff");

        HttpResponse<String> again = get("/gremien/" + world.committee + "/kalender.ics");
        assertThat(again.body()).as("an unchanged calendar is byte-identical").isEqualTo(response.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(response.headers().firstValue("ETag"));
    }

    @Test
    void the_person_calendar_holds_the_meetings_of_their_organizations_while_they_were_members() throws Exception {
        HttpResponse<String> response = get("/personen/" + world.member + "/kalender.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        Calendar calendar = parse(response.body());
        assertThat(event(calendar, world.nextMeeting)).isPresent();
        assertThat(event(calendar, world.heldMeeting)).isPresent();
        assertThat(event(calendar, world.cancelledMeeting)).isPresent();
        assertThat(event(calendar, world.beforeMembership)).as("before the membership began").isEmpty();
        assertThat(event(calendar, world.afterMembership)).as("after the membership ends").isEmpty();
        assertThat(event(calendar, world.closedMeeting)).isEmpty();
        assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("noeff");
        assertThat(event(parse(get("/gremien/" + world.committee + "/kalender.ics").body()), world.afterMembership))
                .as("the organization's calendar has it").isPresent();
    }

    @Test
    void the_calendar_of_everything_has_public_meetings_only() throws Exception {
        HttpResponse<String> response = get("/kalender.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        Calendar calendar = parse(response.body());
        List<VEvent> events = calendar.getComponents("VEVENT");
        Set<String> uids = new HashSet<>();
        events.forEach(e -> assertThat(uids.add(e.getProperty("UID").orElseThrow().getValue())).as("UIDs are unique").isTrue());
        if (events.size() < CalendarFeedController.MAX_EVENTS) {
            assertThat(event(calendar, world.nextMeeting)).isPresent();
            assertThat(event(calendar, world.cancelledMeeting)).isPresent();
        }
        assertThat(event(calendar, world.hiddenOrganizationMeeting)).isEmpty();
        assertThat(event(calendar, world.closedMeeting)).isEmpty();
        assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("noeff");
    }

    // ------------------------------------------------------------------ Atom

    @Test
    void the_paper_feeds_are_valid_atom_with_paper_numbers_in_the_titles() throws Exception {
        HttpResponse<String> all = get("/feeds/vorlagen.atom");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v.toLowerCase(Locale.ROOT).replace(" ", "")).isEqualTo("application/atom+xml;charset=utf-8"));
        List<String> titles = validAtom(all.body());
        assertThat(titles).contains(world.cyclingReference + ": Radverkehrskonzept Innenstadt", world.motionReference + ": Mehr Bäume am Markt",
                world.closedOnlyReference + ": Nur nichtöffentlich beraten");
        assertThat(all.body()).contains("/vorlagen/" + world.cyclingReference).contains("tag:localhost,2026:vorlage/" + world.cyclingPaper);
        assertThat(all.body().toLowerCase(Locale.ROOT)).doesNotContain("noeff");

        List<String> committee = validAtom(get("/feeds/gremien/" + world.committee + "/vorlagen.atom").body());
        assertThat(committee).containsExactlyInAnyOrder(world.cyclingReference + ": Radverkehrskonzept Innenstadt",
                world.motionReference + ": Mehr Bäume am Markt");

        HttpResponse<String> faction = get("/feeds/einreicher/" + world.faction + "/vorlagen.atom");
        assertThat(validAtom(faction.body())).containsExactly(world.motionReference + ": Mehr Bäume am Markt");
        assertThat(faction.body()).contains("Eingereicht von: Fraktion Feedgrün " + world.suffix);
        HttpResponse<String> department = get("/feeds/einreicher/" + world.department + "/vorlagen.atom");
        assertThat(validAtom(department.body())).containsExactly(world.cyclingReference + ": Radverkehrskonzept Innenstadt");
        assertThat(department.body()).contains("Federführung: Amt für Verkehr Feedheim " + world.suffix);
        for (String body : List.of(faction.body(), department.body())) {
            assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain("noeff");
        }
    }

    @Test
    void the_decision_feed_names_paper_and_outcome_and_leaves_out_non_public_decisions() throws Exception {
        HttpResponse<String> response = get("/feeds/beschluesse.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> titles = validAtom(response.body());
        assertThat(titles).contains(world.cyclingReference + ": Radverkehrskonzept Innenstadt – beschlossen");
        assertThat(response.body()).contains("/sitzungen/" + world.heldMeeting).contains("Ja: 9, Nein: 2, Enthaltungen: 1");
        assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("noeff");
    }

    // ------------------------------------------------------------------ HTTP

    @Test
    void a_hidden_organization_or_person_answers_exactly_like_a_missing_one_and_bad_ids_are_not_found() throws Exception {
        for (String pattern : List.of("/gremien/%s/kalender.ics", "/feeds/gremien/%s/vorlagen.atom", "/feeds/einreicher/%s/vorlagen.atom")) {
            HttpResponse<String> missing = get(pattern.formatted("999999999"));
            HttpResponse<String> hidden = get(pattern.formatted(world.hiddenOrganization));
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(hidden.body()).isEqualTo(missing.body());
            for (String bad : List.of("abc", "0", "-1", "1.5", "99999999999999999999999")) {
                HttpResponse<String> malformed = get(pattern.formatted(bad));
                assertThat(malformed.statusCode()).as(bad).isEqualTo(404);
                assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at org.");
            }
        }
        HttpResponse<String> missingPerson = get("/personen/999999999/kalender.ics");
        HttpResponse<String> hiddenPerson = get("/personen/" + world.hiddenPerson + "/kalender.ics");
        assertThat(hiddenPerson.statusCode()).isEqualTo(missingPerson.statusCode()).isEqualTo(404);
        assertThat(hiddenPerson.body()).isEqualTo(missingPerson.body()).doesNotContain("noeff").doesNotContain("NOEFF");
    }

    @Test
    void an_unchanged_feed_answers_304_to_its_etag_and_a_change_gives_a_new_one() throws Exception {
        for (String path : List.of("/gremien/" + world.committee + "/kalender.ics", "/feeds/gremien/" + world.committee + "/vorlagen.atom")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> conditional = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(conditional.statusCode()).as(path).isEqualTo(304);
            assertThat(conditional.body()).isEmpty();
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", "\"anders\"").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(200);
        }
        String path = "/gremien/" + world.committee + "/kalender.ics";
        String before = get(path).headers().firstValue("ETag").orElseThrow();
        jdbc.sql("UPDATE meeting SET start_planned = start_planned + interval '30 minutes' WHERE id = ?").param(world.afterMembership).update();
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", before).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(before));
    }

    @Test
    void the_start_page_announces_the_feeds_in_its_head_and_each_answers_with_its_type() throws Exception {
        String home = get("/").body();
        String head = home.substring(0, home.indexOf("</head>"));
        java.util.regex.Matcher links = java.util.regex.Pattern
                .compile("<link rel=\"alternate\" type=\"([^\"]+)\" title=\"[^\"]+\" href=\"([^\"]+)\">").matcher(head);
        int found = 0;
        while (links.find()) {
            found++;
            HttpResponse<String> feed = get(links.group(2));
            assertThat(feed.statusCode()).as(links.group(2)).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(links.group(1)));
        }
        assertThat(found).as("autodiscovery links on the start page").isEqualTo(3);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Checks the RFC 4287 rules we can check and returns the entry titles: atom:feed root, exactly one
     * id, title and updated per feed and entry, an author for the feed, ids that are absolute IRIs,
     * unique entry ids, dates in RFC 3339, a rel="alternate" link per entry, a rel="self" link; then
     * Rome must read the same feed.
     */
    private List<String> validAtom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("de");
        requireOne(feed, "id");
        requireOne(feed, "title");
        OffsetDateTime.parse(requireOne(feed, "updated"));
        assertThat(children(feed, "author")).isNotEmpty();
        assertThat(children(children(feed, "author").get(0), "name")).hasSize(1);
        assertThat(children(feed, "link")).anySatisfy(l -> assertThat(l.getAttribute("rel")).isEqualTo("self"));
        List<String> titles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            String id = requireOne(entry, "id");
            assertThat(URI.create(id).isAbsolute()).as(id).isTrue();
            assertThat(ids.add(id)).as("entry ids are unique: " + id).isTrue();
            titles.add(requireOne(entry, "title"));
            OffsetDateTime.parse(requireOne(entry, "updated"));
            OffsetDateTime.parse(requireOne(entry, "published"));
            assertThat(children(entry, "link")).anySatisfy(l -> {
                assertThat(l.getAttribute("rel")).isEqualTo("alternate");
                assertThat(URI.create(l.getAttribute("href")).isAbsolute()).isTrue();
            });
            assertThat(children(entry, "summary")).hasSize(1);
        }
        Feed parsed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(parsed.getEntries().stream().map(Entry::getTitle).toList()).isEqualTo(titles);
        return titles;
    }

    private static String requireOne(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("exactly one atom:" + name + " in " + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Optional<VEvent> event(Calendar calendar, long meetingId) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().filter(e -> e.getProperty("UID").map(Property::getValue)
                .filter(uid -> uid.equals("sitzung-" + meetingId + "@localhost")).isPresent()).findFirst();
    }

    private static ZonedDateTime start(VEvent event) {
        DtStart<?> start = event.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
        return (ZonedDateTime) start.getDate();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
