package org.openris.importer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Meeting and AgendaItem (with their files) onto our tables. */
final class MeetingMapper {

    private final RunContext ctx;
    private final FileMapper files;

    MeetingMapper(RunContext ctx, FileMapper files) {
        this.ctx = ctx;
        this.files = files;
    }

    Long meeting(Values v) {
        if (ctx.bodyId == null) {
            ctx.report.unmapped("Meeting", v.url(), "keine Körperschaft");
            return null;
        }
        List<String> organizations = v.texts("organization");
        Long lead = organizations.isEmpty() ? null : ctx.ref(organizations.get(0), "Organization", "organization", v);
        if (lead == null) {
            ctx.report.unmapped("Meeting", v.url(), "Sitzung ohne (auflösbares) Gremium");
            return null;
        }
        OffsetDateTime start = v.dateTime("start");
        if (start == null) {
            ctx.report.unmapped("Meeting", v.url(), "Sitzung ohne Beginn (start)");
            return null;
        }
        OffsetDateTime end = v.dateTime("end");
        if (end != null && end.isBefore(start)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "end vor start (verworfen)");
            end = null;
        }
        String state = v.text("meetingState");
        boolean held = state != null && (state.toLowerCase(java.util.Locale.GERMAN).startsWith("durchgef") || state.equalsIgnoreCase("abgeschlossen"));
        String name = v.text("name");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body_id", ctx.bodyId);
        c.put("organization_id", lead);
        c.put("legislative_term_id", term(start.atZoneSameInstant(Values.BERLIN).toLocalDate()));
        c.put("name", name != null ? name : "Sitzung");
        c.put("state", held ? "HELD" : state != null && state.equalsIgnoreCase("eingeladen") ? "INVITED" : "PLANNED");
        c.put("cancelled", Boolean.TRUE.equals(v.bool("cancelled")));
        c.put("released", true);
        c.put("public", true);
        c.put("start_planned", start);
        c.put("end_planned", end);
        c.put("start_actual", held ? start : null);
        c.put("end_actual", held ? end : null);
        c.put("location_id", new CoreMapper(ctx).location(v.object("location"), v));
        c.putAll(ctx.stamps(v));
        long id = ctx.upsert("Meeting", "meeting", v, c, RunContext.STANDALONE);
        OffsetDateTime stamp = (OffsetDateTime) c.get("modified");
        // joint organizations after the lead
        List<Long> joint = new ArrayList<>();
        for (int i = 1; i < organizations.size(); i++) {
            Long org = ctx.ref(organizations.get(i), "Organization", "organization", v);
            if (org != null && org != lead && !joint.contains(org)) {
                joint.add(org);
            }
        }
        syncJoint(id, joint, stamp);
        List<FileMapper.Link> links = new ArrayList<>();
        files.collect(links, v.object("invitation"), "INVITATION", v);
        files.collect(links, v.object("resultsProtocol"), "RESULTS_PROTOCOL", v);
        files.collect(links, v.object("verbatimProtocol"), "VERBATIM_PROTOCOL", v);
        for (JsonNode f : v.array("auxiliaryFile")) {
            files.collect(links, f, "AUXILIARY", v);
        }
        files.sync("meeting_file", "meeting_id", id, links, stamp);
        participants(id, v, stamp);
        List<JsonNode> items = v.array("agendaItem");
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isObject()) {
                agendaItem(new Values(items.get(i), ctx.report), id, i, RunContext.EMBEDDED, numbers);
            }
        }
        return id;
    }

    private void syncJoint(long meeting, List<Long> joint, OffsetDateTime stamp) {
        if (joint.isEmpty() && ctx.store.createdInPage("meeting", meeting)) {
            return; // a new meeting without joint organizations: nothing to do
        }
        // one statement: the others soft-deleted, these inserted or updated (disjoint rows)
        ctx.store.jdbc().sql("WITH gone AS (UPDATE meeting_organization SET deleted_at = :t, modified = :t WHERE meeting_id = :m"
                        + " AND deleted_at IS NULL AND NOT (organization_id = ANY(:o)) RETURNING 1)"
                        + " INSERT INTO meeting_organization (meeting_id, organization_id, position, created, modified)"
                        + " SELECT :m, j.org, j.pos, :t, :t FROM unnest(CAST(:o AS bigint[])) WITH ORDINALITY AS j(org, pos) ORDER BY j.pos"
                        + " ON CONFLICT (meeting_id, organization_id) DO UPDATE SET position = EXCLUDED.position, deleted_at = NULL,"
                        + " modified = EXCLUDED.modified"
                        + " WHERE meeting_organization.position IS DISTINCT FROM EXCLUDED.position OR meeting_organization.deleted_at IS NOT NULL")
                .param("m", meeting).param("t", stamp).param("o", joint.toArray(Long[]::new)).update();
    }

    /** Participants (present persons) as attendance of a held meeting. */
    private void participants(long meeting, Values v, OffsetDateTime stamp) {
        List<String> urls = v.texts("participant");
        if (urls.isEmpty()) {
            return;
        }
        List<Long> persons = new ArrayList<>();
        for (String url : urls) {
            Long person = ctx.ref(url, "Person", "person", v);
            if (person != null) {
                persons.add(person);
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        // one statement, rows in order (position = index; a person listed twice is kept once, as row by row)
        ctx.store.jdbc().sql("INSERT INTO attendance (meeting_id, person_id, category, status, position, created, modified)"
                        + " SELECT :m, p.person, 'VOTING_MEMBER', 'PRESENT', p.pos - 1, :t, :t"
                        + " FROM unnest(CAST(:p AS bigint[])) WITH ORDINALITY AS p(person, pos) ORDER BY p.pos"
                        + " ON CONFLICT (meeting_id, person_id) WHERE person_id IS NOT NULL AND deleted_at IS NULL DO NOTHING")
                .param("m", meeting).param("p", persons.toArray(Long[]::new)).param("t", stamp).update();
    }

    /** The term of the body that contains the date (else the nearest); a body without terms gets one marked as imported. */
    private long term(LocalDate date) {
        var jdbc = ctx.store.jdbc();
        Long id = jdbc.sql("SELECT id FROM legislative_term WHERE body_id = :b AND deleted_at IS NULL AND start_date <= :d"
                        + " AND (end_date IS NULL OR end_date >= :d) ORDER BY start_date DESC LIMIT 1")
                .param("b", ctx.bodyId).param("d", date).query(Long.class).optional()
                .or(() -> jdbc.sql("SELECT id FROM legislative_term WHERE body_id = :b AND deleted_at IS NULL"
                                + " ORDER BY abs(start_date - CAST(:d AS date)) LIMIT 1")
                        .param("b", ctx.bodyId).param("d", date).query(Long.class).optional())
                .orElse(null);
        if (id != null) {
            return id;
        }
        ctx.report.warn(Warning.VALUE_ADJUSTED, "Körperschaft " + ctx.bodyId, "keine Wahlperiode: eine Wahlperiode \"importiert\" angelegt");
        return jdbc.sql("INSERT INTO legislative_term (body_id, name, start_date) VALUES (:b, 'Wahlperiode (importiert)', DATE '1900-01-01')"
                + " RETURNING id").param("b", ctx.bodyId).query(Long.class).single();
    }

    Long agendaItem(Values v, Long meetingId, Integer index, String origin, Set<String> numbersOfMeeting) {
        Long meeting = meetingId != null ? meetingId : ctx.ref(v.text("meeting"), "Meeting", "meeting", v);
        if (meeting == null) {
            ctx.report.unmapped("AgendaItem", v.url(), "Sitzung nicht auflösbar");
            return null;
        }
        Long order = v.number("order");
        int position = order != null && order >= 0 ? order.intValue() : index != null ? index : 0;
        String number = number(v, position);
        Set<String> taken = numbersOfMeeting != null ? numbersOfMeeting : new HashSet<>();
        if (numbersOfMeeting == null) {
            Long own = ctx.store.source(v.url()).map(ImportStore.Source::localId).orElse(-1L);
            taken.addAll(ctx.store.jdbc().sql("SELECT number FROM agenda_item WHERE meeting_id = :m AND id <> :id AND deleted_at IS NULL")
                    .param("m", meeting).param("id", own).query(String.class).list());
        }
        if (taken.contains(number)) {
            String unique = number + "x" + position;
            ctx.warn(Warning.VALUE_ADJUSTED, v, "TOP-Nummer \"" + number + "\" doppelt: " + unique);
            number = unique;
        }
        taken.add(number);
        String name = v.text("name");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("meeting_id", meeting);
        c.put("number", number);
        c.put("position", position);
        c.put("name", name != null ? name : "(ohne Bezeichnung)");
        Boolean isPublic = v.bool("public");
        c.put("public", isPublic == null || isPublic);
        c.put("result", v.text("result"));
        c.put("resolution_text", v.text("resolutionText"));
        c.put("start_time", v.dateTime("start"));
        c.put("end_time", v.dateTime("end"));
        c.putAll(ctx.stamps(v));
        long id = ctx.upsert("AgendaItem", "agenda_item", v, c, origin);
        OffsetDateTime stamp = (OffsetDateTime) c.get("modified");
        List<FileMapper.Link> links = new ArrayList<>();
        files.collect(links, v.object("resolutionFile"), "RESOLUTION", v);
        for (JsonNode f : v.array("auxiliaryFile")) {
            files.collect(links, f, "AUXILIARY", v);
        }
        files.sync("agenda_item_file", "agenda_item_id", id, links, stamp);
        return id;
    }

    /** Our item numbers are dotted alphanumerics ('3', '3.1', '10a'); others are cleaned, empty ones follow the order. */
    private String number(Values v, int position) {
        String raw = v.text("number");
        if (raw != null && raw.matches("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*")) {
            return raw;
        }
        String cleaned = raw == null ? "" : raw.replaceAll("[^0-9A-Za-z.]+", "").replaceAll("\\.{2,}", ".").replaceAll("^\\.|\\.$", "");
        if (cleaned.isEmpty()) {
            cleaned = String.valueOf(position + 1);
        }
        if (raw != null) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "TOP-Nummer \"" + raw + "\" als \"" + cleaned + "\"");
        }
        return cleaned;
    }
}
