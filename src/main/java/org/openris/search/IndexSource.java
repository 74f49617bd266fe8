package org.openris.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What goes into the search index: every object exactly as the anonymous public sees it. Each
 * condition comes from the visibility gate ({@link VisibilityRules} with {@link Viewer#anonymous()});
 * there is no filter of our own. Linked texts (file texts, minutes, names) are read through the
 * same gate, so a hidden attachment of a public paper never reaches the index.
 *
 * <p>{@link #versions} returns, per visible object, a fingerprint of everything its entry is made
 * of (its own {@code modified}, and the ids and {@code modified} of the visible linked rows): when
 * anything visible changes, or a linked row becomes visible or hidden, the fingerprint changes.
 * This is a documented read-model query across module tables (ADR 0012).
 */
@Component
class IndexSource {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;
    private final UiText text;
    private final Viewer anonymous = Viewer.anonymous();

    IndexSource(JdbcClient jdbc, VisibilityRules rules, UiText text) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.text = text;
    }

    /** id → fingerprint of every object of the kind the public sees. */
    Map<Long, String> versions(IndexKind kind) {
        String sql = switch (kind) {
            case PAPER -> "SELECT p.id, md5(concat_ws('|', p.modified, t.name, " + paperFiles("f.id || ':' || f.modified")
                    + ", " + paperOrganizations("o.id || ':' || o.modified || ':' || o.name") + ", " + paperPersons("pe.id || ':' || pe.modified")
                    + ")) AS version FROM paper p JOIN paper_type t ON t.id = p.paper_type_id WHERE " + rules.paper("p", anonymous);
            case MEETING -> "SELECT m.id, md5(concat_ws('|', m.modified, o.name, l.description, l.room, "
                    + meetingMinutes("mi.id || ':' || mi.modified") + ", " + meetingFiles("f.id || ':' || f.modified")
                    + ")) AS version FROM meeting m JOIN organization o ON o.id = m.organization_id LEFT JOIN location l ON l.id = m.location_id WHERE "
                    + rules.meeting("m", anonymous);
            case AGENDA_ITEM -> "SELECT a.id, md5(concat_ws('|', a.modified, m.modified, o.name, " + itemMinutesPublished()
                    + ", " + itemFiles("f.id || ':' || f.modified") + ")) AS version FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id"
                    + " JOIN organization o ON o.id = m.organization_id WHERE " + rules.agendaItem("a", anonymous);
            case PERSON -> "SELECT pe.id, md5(concat_ws('|', pe.modified, " + personOrganizations("o.id || ':' || o.modified || ':' || o.name")
                    + ")) AS version FROM person pe WHERE " + rules.person("pe", anonymous);
            case ORGANIZATION -> "SELECT o.id, md5(o.modified::text) AS version FROM organization o WHERE " + rules.organization("o", anonymous);
        };
        Map<Long, String> versions = new LinkedHashMap<>();
        jdbc.sql(sql + " ORDER BY 1").query((rs, n) -> versions.put(rs.getLong(1), rs.getString(2))).list();
        return versions;
    }

    /** The index entries of the given visible objects (ids the public may not see are left out). */
    List<SearchDocument> documents(IndexKind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return switch (kind) {
            case PAPER -> papers(ids);
            case MEETING -> meetings(ids);
            case AGENDA_ITEM -> agendaItems(ids);
            case PERSON -> persons(ids);
            case ORGANIZATION -> organizations(ids);
        };
    }

    private List<SearchDocument> papers(List<Long> ids) {
        return jdbc.sql("SELECT p.id, p.reference, p.name, p.text, p.date, p.reference_year, p.created, t.name AS type_name, "
                        + paperFiles("f.text_content") + " AS file_text, "
                        + paperOrganizations("o.name") + " AS organizations, "
                        + "(SELECT string_agg(coalesce(o.name, concat_ws(' ', nullif(pe.title, ''), pe.given_name, nullif(pe.affix, ''), pe.family_name)), '"
                        + SEPARATOR + "' ORDER BY po.position) FROM paper_originator po"
                        + " LEFT JOIN organization o ON o.id = po.organization_id AND " + rules.organization("o", anonymous)
                        + " LEFT JOIN person pe ON pe.id = po.person_id AND " + rules.person("pe", anonymous)
                        + " WHERE po.paper_id = p.id AND po.deleted_at IS NULL AND (o.id IS NOT NULL OR pe.id IS NOT NULL)) AS originators"
                        + " FROM paper p JOIN paper_type t ON t.id = p.paper_type_id WHERE p.id IN (:ids) AND " + rules.paper("p", anonymous))
                .param("ids", ids)
                .query((rs, n) -> {
                    SearchDocument d = base(IndexKind.PAPER, rs.getLong("id"), rs.getString("name"), rs.getObject("created", OffsetDateTime.class));
                    d.reference = rs.getString("reference");
                    d.title = d.reference == null ? d.title : d.reference + " " + d.title;
                    d.text = PlainText.of(rs.getString("text"));
                    d.fileText = PlainText.clean(rs.getString("file_text"));
                    d.typeLabel = rs.getString("type_name");
                    d.date = rs.getObject("date", LocalDate.class);
                    Integer referenceYear = (Integer) rs.getObject("reference_year", Integer.class);
                    d.year = d.date != null ? Integer.valueOf(d.date.getYear()) : referenceYear;
                    d.organizations = split(rs.getString("organizations"));
                    d.originators = split(rs.getString("originators"));
                    d.names = String.join(" ", concat(d.organizations, d.originators));
                    d.link = d.reference == null ? null : org.openris.portal.PortalUrls.paper(d.objectId, d.reference);
                    d.subtitle = d.typeLabel;
                    return d;
                }).list().stream().filter(d -> d.link != null).toList();
    }

    private List<SearchDocument> meetings(List<Long> ids) {
        return jdbc.sql("SELECT m.id, m.name, m.start_planned, m.created, o.name AS organization_name, l.description AS location, l.room, "
                        + meetingMinutes("mi.content") + " AS minutes, " + meetingFiles("f.text_content") + " AS file_text"
                        + " FROM meeting m JOIN organization o ON o.id = m.organization_id LEFT JOIN location l ON l.id = m.location_id"
                        + " WHERE m.id IN (:ids) AND " + rules.meeting("m", anonymous))
                .param("ids", ids)
                .query((rs, n) -> {
                    SearchDocument d = base(IndexKind.MEETING, rs.getLong("id"), rs.getString("name"), rs.getObject("created", OffsetDateTime.class));
                    OffsetDateTime start = rs.getObject("start_planned", OffsetDateTime.class);
                    d.date = start.atZoneSameInstant(BERLIN).toLocalDate();
                    d.year = d.date.getYear();
                    String organization = rs.getString("organization_name");
                    d.organizations = List.of(organization);
                    d.names = String.join(" ", organization, nz(rs.getString("location")), nz(rs.getString("room")));
                    d.text = PlainText.clean(rs.getString("minutes"));
                    d.fileText = PlainText.clean(rs.getString("file_text"));
                    d.typeLabel = text.get("search.kind.MEETING");
                    d.link = "/sitzungen/" + d.objectId;
                    d.subtitle = organization;
                    return d;
                }).list();
    }

    private List<SearchDocument> agendaItems(List<Long> ids) {
        return jdbc.sql("SELECT a.id, a.meeting_id, a.number, a.name, a.result, a.resolution_text, a.created, m.start_planned,"
                        + " m.name AS meeting_name, o.name AS organization_name,"
                        + " CASE WHEN " + itemMinutesPublished() + " THEN a.minutes_text END AS minutes_text, "
                        + itemFiles("f.text_content") + " AS file_text"
                        + " FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id JOIN organization o ON o.id = m.organization_id"
                        + " WHERE a.id IN (:ids) AND " + rules.agendaItem("a", anonymous))
                .param("ids", ids)
                .query((rs, n) -> {
                    SearchDocument d = base(IndexKind.AGENDA_ITEM, rs.getLong("id"), text.get("search.item.title", rs.getString("number"),
                            rs.getString("name")), rs.getObject("created", OffsetDateTime.class));
                    OffsetDateTime start = rs.getObject("start_planned", OffsetDateTime.class);
                    d.date = start.atZoneSameInstant(BERLIN).toLocalDate();
                    d.year = d.date.getYear();
                    String organization = rs.getString("organization_name");
                    d.organizations = List.of(organization);
                    d.names = organization;
                    d.text = PlainText.clean(String.join("\n\n", nz(rs.getString("result")), PlainText.of(rs.getString("resolution_text")),
                            PlainText.of(rs.getString("minutes_text"))));
                    d.fileText = PlainText.clean(rs.getString("file_text"));
                    d.typeLabel = text.get("search.kind.AGENDA_ITEM");
                    d.link = "/sitzungen/" + rs.getLong("meeting_id");
                    d.subtitle = rs.getString("meeting_name");
                    return d;
                }).list();
    }

    private List<SearchDocument> persons(List<Long> ids) {
        return jdbc.sql("SELECT pe.id, concat_ws(' ', nullif(pe.title, ''), pe.given_name, nullif(pe.affix, ''), pe.family_name) AS name,"
                        + " pe.status, pe.created, " + personOrganizations("o.name") + " AS organizations"
                        + " FROM person pe WHERE pe.id IN (:ids) AND " + rules.person("pe", anonymous))
                .param("ids", ids)
                .query((rs, n) -> {
                    SearchDocument d = base(IndexKind.PERSON, rs.getLong("id"), rs.getString("name"), rs.getObject("created", OffsetDateTime.class));
                    d.text = PlainText.clean(rs.getString("status"));
                    d.organizations = split(rs.getString("organizations"));
                    d.names = String.join(" ", d.organizations);
                    d.typeLabel = text.get("search.kind.PERSON");
                    d.link = "/personen/" + d.objectId;
                    d.subtitle = d.text;
                    return d;
                }).list();
    }

    private List<SearchDocument> organizations(List<Long> ids) {
        return jdbc.sql("SELECT o.id, o.name, o.short_name, o.classification, o.kind, o.created FROM organization o"
                        + " WHERE o.id IN (:ids) AND " + rules.organization("o", anonymous))
                .param("ids", ids)
                .query((rs, n) -> {
                    SearchDocument d = base(IndexKind.ORGANIZATION, rs.getLong("id"), rs.getString("name"), rs.getObject("created", OffsetDateTime.class));
                    d.text = PlainText.clean(String.join(" ", nz(rs.getString("short_name")), nz(rs.getString("classification"))));
                    d.names = rs.getString("short_name");
                    d.organizations = List.of(d.title);
                    d.typeLabel = text.get("FACTION".equals(rs.getString("kind")) ? "search.kind.FACTION" : "search.kind.ORGANIZATION");
                    d.link = "/gremien/" + d.objectId;
                    d.subtitle = rs.getString("classification");
                    return d;
                }).list();
    }

    // ------------------------------------------------------------------ linked rows, through the gate

    private String paperFiles(String expr) {
        return "(SELECT string_agg(" + expr + ", E'\\n\\n' ORDER BY f.id) FROM paper_file pf JOIN stored_file f ON f.id = pf.file_id"
                + " WHERE pf.paper_id = p.id AND pf.deleted_at IS NULL AND " + rules.file("f", anonymous) + ")";
    }

    /** Consulting organizations, the one in charge, and originating organizations (facet "Gremium"). */
    private String paperOrganizations(String expr) {
        return "(SELECT string_agg(" + expr + ", '" + SEPARATOR + "' ORDER BY o.name, o.id) FROM organization o WHERE (o.id = p.under_direction_of_id"
                + " OR EXISTS (SELECT 1 FROM consultation c WHERE c.paper_id = p.id AND c.organization_id = o.id AND " + rules.consultation("c", anonymous) + ")"
                + " OR EXISTS (SELECT 1 FROM paper_originator po WHERE po.paper_id = p.id AND po.organization_id = o.id AND po.deleted_at IS NULL))"
                + " AND " + rules.organization("o", anonymous) + ")";
    }

    private String paperPersons(String expr) {
        return "(SELECT string_agg(" + expr + ", ',' ORDER BY pe.id) FROM paper_originator po JOIN person pe ON pe.id = po.person_id"
                + " WHERE po.paper_id = p.id AND po.deleted_at IS NULL AND " + rules.person("pe", anonymous) + ")";
    }

    private String meetingMinutes(String expr) {
        return "(SELECT string_agg(" + expr + ", E'\\n\\n' ORDER BY mi.version DESC, mi.id) FROM minutes mi WHERE mi.meeting_id = m.id AND "
                + rules.minutes("mi", anonymous) + ")";
    }

    private String meetingFiles(String expr) {
        return "(SELECT string_agg(" + expr + ", E'\\n\\n' ORDER BY f.id) FROM meeting_file mf JOIN stored_file f ON f.id = mf.file_id"
                + " WHERE mf.meeting_id = m.id AND mf.deleted_at IS NULL AND " + rules.file("f", anonymous) + ")";
    }

    /** The discussion text of an item is public once the public minutes of its meeting are. */
    private String itemMinutesPublished() {
        return "EXISTS (SELECT 1 FROM minutes mi WHERE mi.meeting_id = a.meeting_id AND mi.public_part AND " + rules.minutes("mi", anonymous) + ")";
    }

    private String itemFiles(String expr) {
        return "(SELECT string_agg(" + expr + ", E'\\n\\n' ORDER BY f.id) FROM agenda_item_file af JOIN stored_file f ON f.id = af.file_id"
                + " WHERE af.agenda_item_id = a.id AND af.deleted_at IS NULL AND " + rules.file("f", anonymous) + ")";
    }

    /** Organizations of the person's current memberships. */
    private String personOrganizations(String expr) {
        return "(SELECT string_agg(DISTINCT " + expr + ", '" + SEPARATOR + "') FROM membership ms JOIN organization o ON o.id = ms.organization_id"
                + " WHERE ms.person_id = pe.id AND (ms.end_date IS NULL OR ms.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date) AND "
                + rules.membership("ms", anonymous) + ")";
    }

    // ------------------------------------------------------------------ helpers

    private static SearchDocument base(IndexKind kind, long id, String title, OffsetDateTime created) {
        SearchDocument d = new SearchDocument();
        d.key = SearchDocument.key(kind.name(), id);
        d.kind = kind.name();
        d.objectId = id;
        d.title = PlainText.clean(title);
        d.created = created == null ? null : created.toInstant();
        d.organizations = List.of();
        d.originators = List.of();
        return d;
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
