package org.openris.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openris.shared.FormRejections;
import org.openris.shared.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on organizations and memberships (back office). Writes need the caller's transaction,
 * which also records the change. History is never overwritten: ending a membership sets its end
 * date, a change of role ends the row and starts a new one (deputies follow their principal).
 */
@Service
public class OrganizationManagement {

    private final JdbcClient jdbc;

    OrganizationManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ organizations

    public Optional<StoredOrganization> find(long id) {
        return jdbc.sql("SELECT id, body_id, name, short_name, kind, classification, sub_organization_of AS parent_id, unit_code,"
                        + " start_date, end_date, public AS is_public, notice_period_days FROM organization WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(StoredOrganization.class).optional();
    }

    /** The ids of the body's councils (their council office also keeps the legislative terms). */
    public List<Long> councilsOf(long bodyId) {
        return jdbc.sql("SELECT id FROM organization WHERE body_id = ? AND kind = 'COUNCIL' AND deleted_at IS NULL ORDER BY id")
                .param(bodyId).query(Long.class).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome create(long bodyId, OrganizationData data) {
        FormRejections rejections = OrganizationRules.check(data, Set.of(), unitCodeTaken(bodyId, data.unitCode(), null),
                parentKnown(bodyId, data.parentId()));
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        long id = jdbc.sql("INSERT INTO organization (body_id, name, short_name, kind, classification, sub_organization_of, unit_code,"
                        + " start_date, end_date, public, notice_period_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(bodyId, data.name().trim(), trim(data.shortName()), data.kind(), trim(data.classification()), data.parentId(),
                        trim(data.unitCode()), data.startDate(), data.endDate(), data.isPublic(), data.noticePeriodDays() == null ? 7 : data.noticePeriodDays())
                .query(Long.class).single();
        return Outcome.accepted(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome update(long id, OrganizationData data) {
        StoredOrganization stored = find(id).orElseThrow();
        FormRejections rejections = OrganizationRules.check(data, selfAndDescendants(id),
                unitCodeTaken(stored.bodyId(), data.unitCode(), id), parentKnown(stored.bodyId(), data.parentId()));
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        jdbc.sql("UPDATE organization SET name = ?, short_name = ?, kind = ?, classification = ?, sub_organization_of = ?, unit_code = ?,"
                        + " start_date = ?, end_date = ?, public = ?, notice_period_days = ? WHERE id = ?")
                .params(data.name().trim(), trim(data.shortName()), data.kind(), trim(data.classification()), data.parentId(),
                        trim(data.unitCode()), data.startDate(), data.endDate(), data.isPublic(), data.noticePeriodDays() == null ? 7 : data.noticePeriodDays(), id)
                .update();
        return Outcome.accepted(id);
    }

    private boolean unitCodeTaken(long bodyId, String unitCode, Long except) {
        if (unitCode == null || unitCode.isBlank()) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE body_id = ? AND unit_code = ? AND deleted_at IS NULL AND id <> ?)")
                .params(bodyId, unitCode.trim(), except == null ? -1L : except).query(Boolean.class).single();
    }

    private boolean parentKnown(long bodyId, Long parentId) {
        return parentId == null || jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE id = ? AND body_id = ? AND deleted_at IS NULL)")
                .params(parentId, bodyId).query(Boolean.class).single();
    }

    private Set<Long> selfAndDescendants(long id) {
        return new HashSet<>(jdbc.sql("WITH RECURSIVE below(id) AS (SELECT ?::bigint UNION SELECT o.id FROM organization o"
                + " JOIN below b ON o.sub_organization_of = b.id) SELECT id FROM below").param(id).query(Long.class).list());
    }

    // ------------------------------------------------------------------ memberships

    public Optional<StoredMembership> membership(long id) {
        return jdbc.sql("SELECT id, person_id, organization_id, role, mandate, seat_category, on_behalf_of_id, substitute_for_id,"
                        + " role_label, start_date, end_date FROM membership WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(StoredMembership.class).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome addMembership(MembershipData data) {
        lockOrganization(data.organizationId());
        FormRejections rejections = MembershipRules.check(data, periodsOf(data.organizationId(), null), kindOf(data.onBehalfOfId()));
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        return Outcome.accepted(insert(data));
    }

    /** Ends the membership on {@code end} (inclusive); deputies substituting for it end then too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome endMembership(long id, LocalDate end, List<Long> endedDeputies) {
        StoredMembership stored = membership(id).orElseThrow();
        lockOrganization(stored.organizationId());
        FormRejections rejections = MembershipRules.checkEnd(stored.period(), end);
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        jdbc.sql("UPDATE membership SET end_date = ? WHERE id = ?").params(end, id).update();
        endedDeputies.addAll(jdbc.sql("UPDATE membership SET end_date = GREATEST(start_date, ?) WHERE substitute_for_id = ? AND deleted_at IS NULL"
                        + " AND (end_date IS NULL OR end_date > ?) RETURNING id")
                .params(end, id, end).query(Long.class).list());
        return Outcome.accepted(id);
    }

    /**
     * A change of role (or mandate, seat, nominating faction) from {@code changed.start()}: the
     * current row ends the day before, a new row starts. Deputies substituting for the old row are
     * split the same way and point to the new row from then on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome changeMembership(long id, MembershipData changed) {
        StoredMembership stored = membership(id).orElseThrow();
        lockOrganization(stored.organizationId());
        FormRejections rejections = MembershipRules.checkChange(stored.period(), changed.start());
        if (rejections.isEmpty()) {
            MembershipData next = new MembershipData(stored.personId(), stored.organizationId(), changed.role(), changed.mandate(),
                    changed.seatCategory(), changed.onBehalfOfId(), changed.substituteForId(), changed.roleLabel(), changed.start(),
                    stored.endDate());
            List<MembershipPeriod> others = new ArrayList<>(periodsOf(stored.organizationId(), id));
            others.add(new MembershipPeriod(id, stored.personId(), stored.organizationId(), stored.role(), stored.votingRight(),
                    stored.substituteForId(), stored.startDate(), changed.start().minusDays(1)));
            rejections.addAll(MembershipRules.check(next, others, kindOf(next.onBehalfOfId())));
            if (rejections.isEmpty()) {
                jdbc.sql("UPDATE membership SET end_date = ? WHERE id = ?").params(changed.start().minusDays(1), id).update();
                long newId = insert(next);
                moveDeputies(id, newId, changed.start());
                return Outcome.accepted(newId);
            }
        }
        return Outcome.rejected(rejections);
    }

    private void moveDeputies(long oldPrincipal, long newPrincipal, LocalDate from) {
        List<StoredMembership> deputies = jdbc.sql("SELECT id, person_id, organization_id, role, mandate, seat_category, on_behalf_of_id,"
                        + " substitute_for_id, role_label, start_date, end_date FROM membership WHERE substitute_for_id = ? AND deleted_at IS NULL"
                        + " AND (end_date IS NULL OR end_date >= ?)")
                .params(oldPrincipal, from).query(StoredMembership.class).list();
        for (StoredMembership deputy : deputies) {
            if (deputy.startDate().isBefore(from)) {
                jdbc.sql("UPDATE membership SET end_date = ? WHERE id = ?").params(from.minusDays(1), deputy.id()).update();
                MembershipData d = deputy.data();
                insert(new MembershipData(d.personId(), d.organizationId(), d.role(), d.mandate(), d.seatCategory(), d.onBehalfOfId(),
                        newPrincipal, d.roleLabel(), from, d.end()));
            } else {
                jdbc.sql("UPDATE membership SET substitute_for_id = ? WHERE id = ?").params(newPrincipal, deputy.id()).update();
            }
        }
    }

    private long insert(MembershipData data) {
        return jdbc.sql("INSERT INTO membership (person_id, organization_id, role, mandate, seat_category, voting_right, on_behalf_of_id,"
                        + " substitute_for_id, role_label, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(data.personId(), data.organizationId(), data.role().name(), data.mandate(), data.seatCategory(), data.votingRight(),
                        data.onBehalfOfId(), data.substituteForId(), trim(data.roleLabel()), data.start(), data.end())
                .query(Long.class).single();
    }

    /** Serialises membership writes per organization, so two parallel entries cannot both pass the overlap check. */
    private void lockOrganization(long organizationId) {
        jdbc.sql("SELECT id FROM organization WHERE id = ? FOR UPDATE").param(organizationId).query(Long.class).list();
    }

    private List<MembershipPeriod> periodsOf(long organizationId, Long except) {
        return jdbc.sql("SELECT id, person_id, organization_id, role, voting_right, substitute_for_id, start_date, end_date FROM membership"
                        + " WHERE organization_id = ? AND deleted_at IS NULL AND id <> ?")
                .params(organizationId, except == null ? -1L : except)
                .query((rs, n) -> new MembershipPeriod(rs.getLong(1), rs.getLong(2), rs.getLong(3), MembershipRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5), (Long) rs.getObject(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                .list();
    }

    private String kindOf(Long organizationId) {
        if (organizationId == null) {
            return null;
        }
        return jdbc.sql("SELECT kind FROM organization WHERE id = ? AND deleted_at IS NULL").param(organizationId)
                .query(String.class).optional().orElse(null);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public record StoredOrganization(long id, long bodyId, String name, String shortName, String kind, String classification,
                                     Long parentId, String unitCode, LocalDate startDate, LocalDate endDate, boolean isPublic,
                                     Integer noticePeriodDays) {

        public OrganizationData data() {
            return new OrganizationData(name, shortName, kind, classification, parentId, unitCode, startDate, endDate, isPublic,
                    noticePeriodDays);
        }
    }

    public record StoredMembership(long id, long personId, long organizationId, MembershipRole role, String mandate, String seatCategory,
                                   Long onBehalfOfId, Long substituteForId, String roleLabel, LocalDate startDate, LocalDate endDate) {

        public boolean votingRight() {
            return "VOTING_MEMBER".equals(seatCategory);
        }

        public MembershipData data() {
            return new MembershipData(personId, organizationId, role, mandate, seatCategory, onBehalfOfId, substituteForId, roleLabel,
                    startDate, endDate);
        }

        MembershipPeriod period() {
            return new MembershipPeriod(id, personId, organizationId, role, votingRight(), substituteForId, startDate, endDate);
        }
    }
}
