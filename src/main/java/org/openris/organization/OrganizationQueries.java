package org.openris.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of organizations (Gremien, Fraktionen, Verwaltungseinheiten). */
@Service
public class OrganizationQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    OrganizationQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The body an organization belongs to (the default body of persons a clerk of it creates). */
    public Optional<Long> bodyOf(long organizationId) {
        return jdbc.sql("SELECT body_id FROM organization WHERE id = ? AND deleted_at IS NULL").param(organizationId).query(Long.class).optional();
    }

    public Optional<OrganizationSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id AND " + rules.organization("o", viewer))
                .param("id", id).query(OrganizationSummary.class).optional();
    }

    /**
     * Those of {@code ids} the viewer may see, in no particular order: one query for many organizations, e.g. the
     * hits of a search page re-checked through the gate (search.PortalSearch).
     */
    public List<OrganizationSummary> findByIds(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE o.id IN (:ids) AND " + rules.organization("o", viewer))
                .param("ids", ids).query(OrganizationSummary.class).list();
    }

    public List<OrganizationSummary> byKind(Viewer viewer, String kind) {
        return jdbc.sql(SELECT + " WHERE o.kind = :kind AND " + rules.organization("o", viewer) + " ORDER BY o.name, o.id")
                .param("kind", kind).query(OrganizationSummary.class).list();
    }

    /**
     * The current memberships of a person (any role, deputies and appointed citizens included) as far
     * as the viewer sees them: committees and councils first, then factions and other bodies.
     */
    public List<CurrentMembership> currentMembershipsOf(Viewer viewer, long personId) {
        return jdbc.sql("SELECT ms.id, ms.organization_id, o.name AS organization_name, o.kind, ms.role, ms.mandate, ms.role_label,"
                        + " ms.voting_right, ob.name AS on_behalf_of_name,"
                        + " (SELECT concat_ws(' ', nullif(trim(pp.title), ''), nullif(trim(pp.given_name), ''), nullif(trim(pp.affix), ''),"
                        + " nullif(trim(pp.family_name), '')) FROM membership pm JOIN person pp ON pp.id = pm.person_id"
                        + " WHERE pm.id = ms.substitute_for_id AND " + rules.membership("pm", viewer) + ") AS principal_name,"
                        + " ms.start_date, ms.end_date"
                        + " FROM membership ms JOIN organization o ON o.id = ms.organization_id"
                        + " LEFT JOIN organization ob ON ob.id = ms.on_behalf_of_id AND " + rules.organization("ob", viewer)
                        + " WHERE ms.person_id = :person AND ms.start_date <= " + TODAY + " AND (ms.end_date IS NULL OR ms.end_date >= " + TODAY + ")"
                        + " AND " + rules.membership("ms", viewer)
                        + " ORDER BY CASE o.kind WHEN 'COUNCIL' THEN 0 WHEN 'DISTRICT_COUNCIL' THEN 1 WHEN 'COMMITTEE' THEN 2"
                        + " WHEN 'FACTION' THEN 4 WHEN 'GROUP' THEN 4 ELSE 3 END, o.name, ms.id")
                .param("person", personId).query(CurrentMembership.class).list();
    }

    /** Every organization the viewer sees, with its period, in name order (the portal groups them by kind). */
    public List<OrganizationEntry> all(Viewer viewer) {
        return jdbc.sql("SELECT o.id, o.name, o.short_name, o.kind, o.classification, o.start_date, o.end_date,"
                        + " (o.end_date IS NULL OR o.end_date >= " + TODAY + ") AS active FROM organization o WHERE "
                        + rules.organization("o", viewer) + " ORDER BY o.name, o.id")
                .query(OrganizationEntry.class).list();
    }

    /**
     * The current members of an organization as far as the viewer sees them, with role, mandate and
     * faction: the nominating faction of an appointed citizen (sB), otherwise the member's current
     * faction (none for a faction's own page). Ordered by role, then name.
     */
    public List<Member> membersOf(Viewer viewer, long organizationId) {
        return jdbc.sql("SELECT ms.id AS membership_id, pe.id AS person_id, pe.title, pe.given_name, pe.affix, pe.family_name,"
                        + " ms.role, ms.mandate, ms.seat_category, ms.role_label, ms.voting_right, ms.start_date, f.id AS faction_id,"
                        + " f.name AS faction_name, f.short_name AS faction_short_name"
                        + " FROM membership ms JOIN person pe ON pe.id = ms.person_id JOIN organization org ON org.id = ms.organization_id"
                        + " LEFT JOIN LATERAL (SELECT fo.id, fo.name, fo.short_name FROM organization fo WHERE fo.kind IN ('FACTION', 'GROUP')"
                        + " AND org.kind NOT IN ('FACTION', 'GROUP') AND " + rules.organization("fo", viewer)
                        + " AND (fo.id = ms.on_behalf_of_id OR (ms.on_behalf_of_id IS NULL AND EXISTS (SELECT 1 FROM membership fm"
                        + " WHERE fm.person_id = ms.person_id AND fm.organization_id = fo.id AND " + rules.membership("fm", viewer)
                        + " AND fm.start_date <= " + TODAY + " AND (fm.end_date IS NULL OR fm.end_date >= " + TODAY + "))))"
                        + " ORDER BY (fo.id = ms.on_behalf_of_id) DESC, fo.name LIMIT 1) f ON true"
                        + " WHERE ms.organization_id = :organization AND ms.start_date <= " + TODAY
                        + " AND (ms.end_date IS NULL OR ms.end_date >= " + TODAY + ") AND " + rules.membership("ms", viewer)
                        + " ORDER BY CASE ms.role WHEN 'CHAIR' THEN 0 WHEN 'DEPUTY_CHAIR' THEN 1 WHEN 'MEMBER' THEN 2 ELSE 3 END,"
                        + " pe.family_name, pe.given_name, ms.id")
                .param("organization", organizationId).query(Member.class).list();
    }

    /** Every membership of a person (current and past) the viewer sees, current ones first, newest first. */
    public List<PersonMembership> membershipsOf(Viewer viewer, long personId) {
        return jdbc.sql("SELECT ms.id, ms.organization_id, o.name AS organization_name, o.kind, ms.role, ms.mandate, ms.role_label,"
                        + " ms.voting_right, ob.id AS on_behalf_of_id, ob.name AS on_behalf_of_name, ms.start_date, ms.end_date,"
                        + " (ms.start_date <= " + TODAY + " AND (ms.end_date IS NULL OR ms.end_date >= " + TODAY + ")) AS current"
                        + " FROM membership ms JOIN organization o ON o.id = ms.organization_id"
                        + " LEFT JOIN organization ob ON ob.id = ms.on_behalf_of_id AND " + rules.organization("ob", viewer)
                        + " WHERE ms.person_id = :person AND " + rules.membership("ms", viewer)
                        + " ORDER BY current DESC, CASE o.kind WHEN 'COUNCIL' THEN 0 WHEN 'DISTRICT_COUNCIL' THEN 1 WHEN 'COMMITTEE' THEN 2"
                        + " WHEN 'FACTION' THEN 4 WHEN 'GROUP' THEN 4 ELSE 3 END, ms.end_date DESC NULLS FIRST, ms.start_date DESC, o.name, ms.id")
                .param("person", personId).query(PersonMembership.class).list();
    }

    /** The organizations of one body the viewer sees, in name order (choices in back-office forms). */
    public List<OrganizationEntry> ofBody(Viewer viewer, long bodyId) {
        return jdbc.sql("SELECT o.id, o.name, o.short_name, o.kind, o.classification, o.start_date, o.end_date,"
                        + " (o.end_date IS NULL OR o.end_date >= " + TODAY + ") AS active FROM organization o WHERE o.body_id = :body AND "
                        + rules.organization("o", viewer) + " ORDER BY o.name, o.id")
                .param("body", bodyId).query(OrganizationEntry.class).list();
    }

    /**
     * Every membership of an organization the viewer sees, past, current and future (the history is
     * kept): current ones first by role and name, then the others newest first.
     */
    public List<HistoricMember> membershipHistory(Viewer viewer, long organizationId) {
        return jdbc.sql("SELECT ms.id AS membership_id, pe.id AS person_id, pe.title, pe.given_name, pe.affix, pe.family_name,"
                        + " ms.role, ms.mandate, ms.seat_category, ms.role_label, ms.voting_right, ob.name AS on_behalf_of_name,"
                        + " (SELECT concat_ws(' ', nullif(trim(pp.title), ''), nullif(trim(pp.given_name), ''), nullif(trim(pp.affix), ''),"
                        + " nullif(trim(pp.family_name), '')) FROM membership pm JOIN person pp ON pp.id = pm.person_id"
                        + " WHERE pm.id = ms.substitute_for_id AND " + rules.membership("pm", viewer) + ") AS principal_name,"
                        + " ms.start_date, ms.end_date,"
                        + " (ms.start_date <= " + TODAY + " AND (ms.end_date IS NULL OR ms.end_date >= " + TODAY + ")) AS current"
                        + " FROM membership ms JOIN person pe ON pe.id = ms.person_id"
                        + " LEFT JOIN organization ob ON ob.id = ms.on_behalf_of_id AND " + rules.organization("ob", viewer)
                        + " WHERE ms.organization_id = :organization AND " + rules.membership("ms", viewer)
                        + " ORDER BY current DESC, CASE WHEN ms.start_date <= " + TODAY + " AND (ms.end_date IS NULL OR ms.end_date >= "
                        + TODAY + ") THEN CASE ms.role WHEN 'CHAIR' THEN 0 WHEN 'DEPUTY_CHAIR' THEN 1 WHEN 'MEMBER' THEN 2 ELSE 3 END"
                        + " ELSE 9 END, CASE WHEN ms.start_date <= " + TODAY + " AND (ms.end_date IS NULL OR ms.end_date >= " + TODAY
                        + ") THEN NULL ELSE ms.start_date END DESC NULLS FIRST, pe.family_name, pe.given_name, ms.id")
                .param("organization", organizationId).query(HistoricMember.class).list();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM organization o WHERE " + rules.organization("o", viewer))
                .query(Long.class).single();
    }

    private static final String SELECT =
            "SELECT o.id, o.name, o.short_name, o.kind, o.classification, o.unit_code FROM organization o";

    private static final String TODAY = "(now() AT TIME ZONE 'Europe/Berlin')::date";

    /**
     * A current membership; {@code onBehalfOfName} is the nominating faction of an appointed citizen
     * (sB), {@code principalName} the member a deputy stands in for.
     */
    public record CurrentMembership(long id, long organizationId, String organizationName, String kind, String role, String mandate,
                                    String roleLabel, boolean votingRight, String onBehalfOfName, String principalName,
                                    java.time.LocalDate startDate, java.time.LocalDate endDate) {

        public boolean faction() {
            return "FACTION".equals(kind);
        }
    }

    public record OrganizationEntry(long id, String name, String shortName, String kind, String classification,
                                    java.time.LocalDate startDate, java.time.LocalDate endDate, boolean active) {
    }

    /** A current member of an organization; {@code factionId} null when none applies or is visible. */
    public record Member(long membershipId, long personId, String title, String givenName, String affix, String familyName,
                         String role, String mandate, String seatCategory, String roleLabel, boolean votingRight,
                         java.time.LocalDate startDate, Long factionId, String factionName, String factionShortName) {
    }

    public record PersonMembership(long id, long organizationId, String organizationName, String kind, String role, String mandate,
                                   String roleLabel, boolean votingRight, Long onBehalfOfId, String onBehalfOfName,
                                   java.time.LocalDate startDate, java.time.LocalDate endDate, boolean current) {
    }

    public record OrganizationSummary(long id, String name, String shortName, String kind, String classification, String unitCode) {
    }

    /** A membership of an organization in any period; {@code current}: runs today. */
    public record HistoricMember(long membershipId, long personId, String title, String givenName, String affix, String familyName,
                                 String role, String mandate, String seatCategory, String roleLabel, boolean votingRight,
                                 String onBehalfOfName, String principalName, java.time.LocalDate startDate,
                                 java.time.LocalDate endDate, boolean current) {
    }
}
