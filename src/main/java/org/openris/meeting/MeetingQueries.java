package org.openris.meeting;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read side of meetings and their agendas. Reads only what the viewer may see; the joins to
 * organization and location are read-model joins (documented cross-module reads).
 */
@Service
public class MeetingQueries {

    private static final String SELECT_MEETING = """
            SELECT m.id, m.name, m.number_in_term, m.state, m.cancelled, m.start_planned, m.end_planned,
                   m.start_actual, m.end_actual, m.organization_id, o.name AS organization_name,
                   l.description AS location_description, l.street_address, l.room, l.postal_code, l.locality,
                   m.stream_url, m.recording_url, m.modified
            FROM meeting m
            JOIN organization o ON o.id = m.organization_id
            LEFT JOIN location l ON l.id = m.location_id""";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    MeetingQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The next meetings from {@code from} on, earliest first. */
    public List<MeetingSummary> upcoming(Viewer viewer, OffsetDateTime from, int limit) {
        return jdbc.sql(SELECT_MEETING + " WHERE m.start_planned >= :from AND NOT m.cancelled AND "
                        + rules.meeting("m", viewer) + " ORDER BY m.start_planned, m.id LIMIT :limit")
                .param("from", from).param("limit", Math.max(0, Math.min(limit, 500)))
                .query(MeetingSummary.class).list();
    }

    /**
     * The next meetings from {@code from} on of the organizations the viewer currently belongs to
     * (lead or joint organization, deputy memberships included), earliest first, cancelled ones left
     * out; empty for anonymous viewers. What a member is notified about (notification module).
     */
    public List<MeetingSummary> upcomingOfOwnOrganizations(Viewer viewer, OffsetDateTime from, int limit) {
        if (!(viewer instanceof Viewer.Member member)) {
            return List.of();
        }
        return jdbc.sql(SELECT_MEETING + " WHERE m.start_planned >= :from AND NOT m.cancelled AND " + rules.meeting("m", viewer)
                        + " AND EXISTS (SELECT 1 FROM membership ms WHERE ms.person_id = :person AND ms.deleted_at IS NULL"
                        + " AND ms.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date"
                        + " AND (ms.end_date IS NULL OR ms.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date)"
                        + " AND (ms.organization_id = m.organization_id OR EXISTS (SELECT 1 FROM meeting_organization jo"
                        + " WHERE jo.meeting_id = m.id AND jo.organization_id = ms.organization_id AND jo.deleted_at IS NULL)))"
                        + " ORDER BY m.start_planned, m.id LIMIT :limit")
                .param("from", from).param("person", member.personId()).param("limit", Math.max(0, Math.min(limit, 500)))
                .query(MeetingSummary.class).list();
    }

    public Optional<MeetingSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(SELECT_MEETING + " WHERE m.id = :id AND " + rules.meeting("m", viewer))
                .param("id", id).query(MeetingSummary.class).optional();
    }

    /**
     * Those of {@code ids} the viewer may see, in no particular order: one query for many meetings, e.g. the
     * hits of a search page re-checked through the gate (search.PortalSearch).
     */
    public List<MeetingSummary> findByIds(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_MEETING + " WHERE m.id IN (:ids) AND " + rules.meeting("m", viewer))
                .param("ids", ids).query(MeetingSummary.class).list();
    }

    /**
     * Those of {@code ids} the viewer may see, in no particular order: one query for many agenda items, e.g. the
     * hits of a search page re-checked through the gate (search.PortalSearch).
     */
    public List<AgendaItemSummary> agendaItems(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_ITEM + " WHERE a.id IN (:ids) AND " + rules.agendaItem("a", viewer))
                .param("ids", ids).query(AgendaItemSummary.class).list();
    }

    /** Link attachments ("Anlage 2: Video …") of the visible items of a meeting, in order of the items and links. */
    public List<ItemLink> linksOfMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("""
                        SELECT al.id, al.agenda_item_id, al.label, al.title, al.url FROM agenda_item_link al
                        JOIN agenda_item a ON a.id = al.agenda_item_id
                        WHERE a.meeting_id = :meeting AND al.deleted_at IS NULL AND""" + " " + rules.agendaItem("a", viewer)
                        + " ORDER BY a.position, al.position, al.id")
                .param("meeting", meetingId).query(ItemLink.class).list();
    }

    /** The agenda as published, in order; non-public items are absent for viewers not entitled to them. */
    public List<AgendaItemSummary> agenda(Viewer viewer, long meetingId) {
        return jdbc.sql(SELECT_ITEM + " WHERE a.meeting_id = :meeting AND " + rules.agendaItem("a", viewer)
                        + " ORDER BY a.position, a.id")
                .param("meeting", meetingId).query(AgendaItemSummary.class).list();
    }

    public Optional<AgendaItemSummary> agendaItem(Viewer viewer, long id) {
        return jdbc.sql(SELECT_ITEM + " WHERE a.id = :id AND " + rules.agendaItem("a", viewer))
                .param("id", id).query(AgendaItemSummary.class).optional();
    }

    /**
     * The next meetings of the organizations {@code personId} currently belongs to (lead or joint
     * organization, any role, deputies included) or attends as substitute, as far as the viewer sees
     * them; non-public meetings and parts included for a member entitled to them.
     */
    public List<OwnMeeting> upcomingFor(Viewer viewer, long personId, OffsetDateTime from, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.name, m.number_in_term, m.cancelled, m.start_planned, m.organization_id,
                               o.name AS organization_name, l.description AS location_description, l.street_address, l.room,
                               """ + rules.meeting("m", Viewer.anonymous()) + " AS public_meeting,"
                        + " (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id AND " + rules.agendaItem("a", viewer)
                        + " AND NOT " + rules.agendaItem("a", Viewer.anonymous()) + ") AS non_public_items"
                        + " FROM meeting m JOIN organization o ON o.id = m.organization_id LEFT JOIN location l ON l.id = m.location_id"
                        + " WHERE m.start_planned >= :from AND (" + OWN_ORGANIZATION + " OR EXISTS (SELECT 1 FROM meeting_organization jo"
                        + " WHERE jo.meeting_id = m.id AND jo.deleted_at IS NULL AND " + OWN_ORGANIZATION.replace("m.organization_id", "jo.organization_id")
                        + ") OR EXISTS (SELECT 1 FROM attendance su WHERE su.meeting_id = m.id AND su.person_id = :person"
                        + " AND su.substitute_for_person_id IS NOT NULL AND su.deleted_at IS NULL)) AND " + rules.meeting("m", viewer)
                        + " ORDER BY m.start_planned, m.id LIMIT :limit")
                .param("from", from).param("person", personId).param("limit", Math.max(0, Math.min(limit, 100)))
                .query(OwnMeeting.class).list();
    }

    /** Meetings the viewer sees that were created or changed (also through their agenda or files) since {@code since}, newest first. */
    public List<MeetingChange> changedSince(Viewer viewer, OffsetDateTime since, int limit) {
        return jdbc.sql("SELECT m.id, m.name, m.start_planned, o.name AS organization_name, m.created, m.modified"
                        + " FROM meeting m JOIN organization o ON o.id = m.organization_id WHERE m.modified > :since AND "
                        + rules.meeting("m", viewer) + " ORDER BY m.modified DESC, m.id DESC LIMIT :limit")
                .param("since", since).param("limit", Math.max(0, Math.min(limit, 100)))
                .query(MeetingChange.class).list();
    }

    // ------------------------------------------------------------------ calendar feeds (module feed)

    /**
     * Every meeting the viewer sees that starts at or after {@code from}, cancelled ones included (a
     * calendar must learn of the cancellation), earliest first; at most {@code limit} (≤ 5,000).
     */
    public List<CalendarMeeting> calendar(Viewer viewer, OffsetDateTime from, int limit) {
        return jdbc.sql(SELECT_CALENDAR + " WHERE m.start_planned >= :from AND " + rules.meeting("m", viewer)
                        + " ORDER BY m.start_planned, m.id LIMIT :limit")
                .param("from", from).param("limit", calendarLimit(limit))
                .query(CalendarMeeting.class).list();
    }

    /**
     * The meetings of one organization (as lead or joint organization) that the viewer sees, from
     * {@code from} on, cancelled ones included; empty when the organization is not visible.
     */
    public List<CalendarMeeting> calendarOfOrganization(Viewer viewer, long organizationId, OffsetDateTime from, int limit) {
        return jdbc.sql(SELECT_CALENDAR + " WHERE m.start_planned >= :from AND (m.organization_id = :organization"
                        + " OR EXISTS (SELECT 1 FROM meeting_organization jo JOIN organization jorg ON jorg.id = jo.organization_id"
                        + " WHERE jo.meeting_id = m.id AND jo.organization_id = :organization AND jo.deleted_at IS NULL AND "
                        + rules.organization("jorg", viewer) + ")) AND " + rules.meeting("m", viewer)
                        + " ORDER BY m.start_planned, m.id LIMIT :limit")
                .param("from", from).param("organization", organizationId).param("limit", calendarLimit(limit))
                .query(CalendarMeeting.class).list();
    }

    /**
     * The meetings of the organizations a person is or was a member of (lead or joint organization,
     * any role), held while the membership ran (Europe/Berlin dates), as far as the viewer sees the
     * membership and the meeting; from {@code from} on, cancelled ones included.
     */
    public List<CalendarMeeting> calendarOfPerson(Viewer viewer, long personId, OffsetDateTime from, int limit) {
        return jdbc.sql(SELECT_CALENDAR + " WHERE m.start_planned >= :from AND EXISTS (SELECT 1 FROM membership ms"
                        + " WHERE ms.person_id = :person AND " + rules.membership("ms", viewer)
                        + " AND ms.start_date <= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date"
                        + " AND (ms.end_date IS NULL OR ms.end_date >= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date)"
                        + " AND (ms.organization_id = m.organization_id OR EXISTS (SELECT 1 FROM meeting_organization jo"
                        + " WHERE jo.meeting_id = m.id AND jo.organization_id = ms.organization_id AND jo.deleted_at IS NULL)))"
                        + " AND " + rules.meeting("m", viewer) + " ORDER BY m.start_planned, m.id LIMIT :limit")
                .param("from", from).param("person", personId).param("limit", calendarLimit(limit))
                .query(CalendarMeeting.class).list();
    }

    private static int calendarLimit(int limit) {
        return Math.max(0, Math.min(limit, 5000));
    }

    private static final String SELECT_CALENDAR = """
            SELECT m.id, m.name, m.number_in_term, m.state, m.cancelled, m.start_planned, m.end_planned,
                   m.organization_id, o.name AS organization_name,
                   l.description AS location_description, l.room, l.street_address, l.postal_code, l.locality,
                   m.created, m.modified
            FROM meeting m
            JOIN organization o ON o.id = m.organization_id
            LEFT JOIN location l ON l.id = m.location_id AND l.deleted_at IS NULL""";

    /**
     * When the invitation went out: the first invitation document attached to a meeting the viewer
     * sees. Documents attached later are supplements (nachgereicht).
     */
    public Optional<OffsetDateTime> invitedAt(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT min(l.created) FROM meeting_file l JOIN meeting m ON m.id = l.meeting_id"
                        + " WHERE l.meeting_id = :meeting AND l.role = 'INVITATION' AND l.deleted_at IS NULL AND " + rules.meeting("m", viewer))
                .param("meeting", meetingId).query(OffsetDateTime.class).optional();
    }

    /**
     * The calendar: meetings the viewer sees starting in [{@code from}, {@code to}), cancelled ones
     * included (the page marks them), earliest first; {@code organizationId} (lead or joint
     * organization) narrows it when not null. At most 1,000.
     */
    public List<MeetingSummary> calendar(Viewer viewer, OffsetDateTime from, OffsetDateTime to, Long organizationId) {
        String byOrganization = organizationId == null ? "" : " AND (m.organization_id = :organization OR EXISTS (SELECT 1"
                + " FROM meeting_organization jo WHERE jo.meeting_id = m.id AND jo.organization_id = :organization AND jo.deleted_at IS NULL))";
        var spec = jdbc.sql(SELECT_MEETING + " WHERE m.start_planned >= :from AND m.start_planned < :to" + byOrganization + " AND "
                        + rules.meeting("m", viewer) + " ORDER BY m.start_planned, m.id LIMIT 1000")
                .param("from", from).param("to", to);
        if (organizationId != null) {
            spec = spec.param("organization", organizationId);
        }
        return spec.query(MeetingSummary.class).list();
    }

    /** Every meeting of an organization (lead or joint) the viewer sees, newest first, at most 500. */
    public List<MeetingSummary> ofOrganization(Viewer viewer, long organizationId) {
        return jdbc.sql(SELECT_MEETING + " WHERE (m.organization_id = :organization OR EXISTS (SELECT 1 FROM meeting_organization jo"
                        + " WHERE jo.meeting_id = m.id AND jo.organization_id = :organization AND jo.deleted_at IS NULL)) AND "
                        + rules.meeting("m", viewer) + " ORDER BY m.start_planned DESC, m.id DESC LIMIT 500")
                .param("organization", organizationId).query(MeetingSummary.class).list();
    }

    /** Id and last change of every meeting the viewer sees (sitemap), at most 50,000, newest first. */
    public List<MeetingStamp> stamps(Viewer viewer) {
        return jdbc.sql("SELECT m.id, m.modified FROM meeting m WHERE " + rules.meeting("m", viewer)
                        + " ORDER BY m.start_planned DESC, m.id DESC LIMIT 50000")
                .query(MeetingStamp.class).list();
    }

    public record MeetingStamp(long id, OffsetDateTime modified) {
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM meeting m WHERE " + rules.meeting("m", viewer)).query(Long.class).single();
    }

    public long countAgendaItems(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM agenda_item a WHERE " + rules.agendaItem("a", viewer)).query(Long.class).single();
    }

    private static final String SELECT_ITEM = """
            SELECT a.id, a.meeting_id, a.parent_id, a.number, a.position, a.treatment_position, a.name, a.heading,
                   a.empty_marker, a.public AS public_item, a.treatment, a.treatment_label, a.status, a.urgent, a.result,
                   a.resolution_text, a.minutes_text, a.modified
            FROM agenda_item a""";

    /** Current membership of the person (any role) in the meeting's organization. */
    private static final String OWN_ORGANIZATION = "EXISTS (SELECT 1 FROM membership own WHERE own.person_id = :person"
            + " AND own.organization_id = m.organization_id AND own.deleted_at IS NULL"
            + " AND own.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date"
            + " AND (own.end_date IS NULL OR own.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date))";

    /** A meeting as a calendar entry: when, where, whose, and whether it was cancelled. */
    public record CalendarMeeting(long id, String name, Integer numberInTerm, String state, boolean cancelled,
                                  OffsetDateTime startPlanned, OffsetDateTime endPlanned, long organizationId,
                                  String organizationName, String locationDescription, String room, String streetAddress,
                                  String postalCode, String locality, OffsetDateTime created, OffsetDateTime modified) {
    }

    public record OwnMeeting(long id, String name, Integer numberInTerm, boolean cancelled, OffsetDateTime startPlanned,
                             long organizationId, String organizationName, String locationDescription, String streetAddress,
                             String room, boolean publicMeeting, long nonPublicItems) {
    }

    public record MeetingChange(long id, String name, OffsetDateTime startPlanned, String organizationName,
                                OffsetDateTime created, OffsetDateTime modified) {
    }

    public record MeetingSummary(long id, String name, Integer numberInTerm, String state, boolean cancelled,
                                 OffsetDateTime startPlanned, OffsetDateTime endPlanned,
                                 OffsetDateTime startActual, OffsetDateTime endActual,
                                 long organizationId, String organizationName,
                                 String locationDescription, String streetAddress, String room, String postalCode,
                                 String locality, String streamUrl, String recordingUrl, OffsetDateTime modified) {
    }

    public record AgendaItemSummary(long id, long meetingId, Long parentId, String number, int position,
                                    Integer treatmentPosition, String name, boolean heading, String emptyMarker,
                                    boolean publicItem, String treatment, String treatmentLabel, String status,
                                    boolean urgent, String result, String resolutionText, String minutesText,
                                    OffsetDateTime modified) {
    }

    /** A link attached to an agenda item (label "Anlage N", title, http(s) address). */
    public record ItemLink(long id, long agendaItemId, String label, String title, String url) {
    }
}
