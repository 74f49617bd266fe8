package org.openris.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.openris.shared.FormRejections;

/**
 * Rules for memberships (history is kept: a change is a new row, an end is an end date):
 * end not before start; a deputy member names the member they substitute, who belongs to the same
 * organization for the whole period and is not a deputy themselves; only deputies substitute; an
 * appointed citizen member (sB) names the faction that nominated them; appointed residents (sE) sit
 * without vote, advisory members on an advisory seat; nobody holds the same role in the same
 * organization twice at the same time.
 */
public final class MembershipRules {

    public static final List<String> MANDATES = List.of("COUNCIL_MEMBER", "CITIZEN_MEMBER", "RESIDENT_MEMBER", "ADVISORY_MEMBER",
            "DISTRICT_MEMBER", "MAYOR", "DISTRICT_MAYOR", "FACTION_MEMBER", "STAFF_REPRESENTATIVE", "STAFF");
    public static final List<String> SEATS = List.of("VOTING_MEMBER", "MEMBER_WITHOUT_VOTE", "ADVISORY_MEMBER", "STAFF_REPRESENTATIVE");

    private MembershipRules() {
    }

    /**
     * @param candidate        the membership to enter
     * @param ofOrganization   the organization's other memberships (the one being replaced left out)
     * @param onBehalfOfKind   kind of the named nominating organization, null when none is named or it is unknown
     */
    public static FormRejections check(MembershipData candidate, Collection<MembershipPeriod> ofOrganization, String onBehalfOfKind) {
        FormRejections rejections = new FormRejections();
        if (candidate.role() == null) {
            rejections.reject("role", "masterdata.error.choose");
        }
        if (candidate.mandate() == null || !MANDATES.contains(candidate.mandate())) {
            rejections.reject("mandate", "masterdata.error.choose");
        }
        if (candidate.seatCategory() == null || !SEATS.contains(candidate.seatCategory())) {
            rejections.reject("seatCategory", "masterdata.error.choose");
        }
        if (candidate.start() == null) {
            rejections.reject("start", "masterdata.error.required");
        }
        if (candidate.start() != null && candidate.end() != null && candidate.end().isBefore(candidate.start())) {
            rejections.reject("end", "masterdata.error.endBeforeStart");
        }
        if (candidate.roleLabel() != null && candidate.roleLabel().trim().length() > 200) {
            rejections.reject("roleLabel", "masterdata.error.tooLong", 200);
        }
        if ("RESIDENT_MEMBER".equals(candidate.mandate()) && "VOTING_MEMBER".equals(candidate.seatCategory())) {
            rejections.reject("seatCategory", "masterdata.membership.error.residentWithoutVote");
        }
        if ("ADVISORY_MEMBER".equals(candidate.mandate()) && candidate.seatCategory() != null
                && !"ADVISORY_MEMBER".equals(candidate.seatCategory())) {
            rejections.reject("seatCategory", "masterdata.membership.error.advisorySeat");
        }
        if ("CITIZEN_MEMBER".equals(candidate.mandate())) {
            if (candidate.onBehalfOfId() == null) {
                rejections.reject("onBehalfOfId", "masterdata.membership.error.citizenNeedsFaction");
            } else if (!"FACTION".equals(onBehalfOfKind) && !"GROUP".equals(onBehalfOfKind)) {
                rejections.reject("onBehalfOfId", "masterdata.membership.error.notAFaction");
            }
        } else if (candidate.onBehalfOfId() != null && onBehalfOfKind == null) {
            rejections.reject("onBehalfOfId", "masterdata.error.choose");
        }
        if (candidate.onBehalfOfId() != null && candidate.onBehalfOfId() == candidate.organizationId()) {
            rejections.reject("onBehalfOfId", "masterdata.membership.error.onBehalfOfItself");
        }
        if (!rejections.isEmpty()) {
            return rejections;
        }
        checkSubstitution(candidate, ofOrganization, rejections);
        for (MembershipPeriod other : ofOrganization) {
            if (other.personId() == candidate.personId() && other.role() == candidate.role()
                    && overlap(candidate.start(), candidate.end(), other.start(), other.end())) {
                rejections.reject("start", "masterdata.membership.error.duplicate", other.start(), other.end());
                break;
            }
        }
        return rejections;
    }

    private static void checkSubstitution(MembershipData candidate, Collection<MembershipPeriod> ofOrganization, FormRejections rejections) {
        boolean deputy = candidate.role() == MembershipRole.DEPUTY_MEMBER;
        if (!deputy) {
            if (candidate.substituteForId() != null) {
                rejections.reject("substituteForId", "masterdata.membership.error.onlyDeputies");
            }
            return;
        }
        if (candidate.substituteForId() == null) {
            rejections.reject("substituteForId", "masterdata.membership.error.deputyNeedsPrincipal");
            return;
        }
        MembershipPeriod principal = ofOrganization.stream()
                .filter(m -> m.membershipId() == candidate.substituteForId()).findFirst().orElse(null);
        if (principal == null || principal.isDeputy()) {
            rejections.reject("substituteForId", "masterdata.membership.error.principalNotMember");
        } else if (principal.personId() == candidate.personId()) {
            rejections.reject("substituteForId", "masterdata.membership.error.selfSubstitute");
        } else if (!covers(principal.start(), principal.end(), candidate.start(), candidate.end())) {
            rejections.reject("substituteForId", "masterdata.membership.error.principalPeriod", principal.start(), principal.end());
        }
    }

    /** A change of role on {@code from}: the old row ends the day before, so {@code from} must lie after its start. */
    public static FormRejections checkChange(MembershipPeriod current, LocalDate from) {
        FormRejections rejections = new FormRejections();
        if (from == null) {
            rejections.reject("start", "masterdata.error.required");
        } else if (!from.isAfter(current.start())) {
            rejections.reject("start", "masterdata.membership.error.changeAfterStart", current.start());
        } else if (current.end() != null && from.isAfter(current.end())) {
            rejections.reject("start", "masterdata.membership.error.changeBeforeEnd", current.end());
        }
        return rejections;
    }

    /** Ending on {@code end}: not before the start. */
    public static FormRejections checkEnd(MembershipPeriod current, LocalDate end) {
        FormRejections rejections = new FormRejections();
        if (end == null) {
            rejections.reject("end", "masterdata.error.required");
        } else if (end.isBefore(current.start())) {
            rejections.reject("end", "masterdata.error.endBeforeStart");
        }
        return rejections;
    }

    /** Whether two periods of days (ends inclusive, null = open) share at least one day. */
    public static boolean overlap(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        return !(end1 != null && end1.isBefore(start2)) && !(end2 != null && end2.isBefore(start1));
    }

    /** Whether the outer period contains every day of the inner one. */
    public static boolean covers(LocalDate outerStart, LocalDate outerEnd, LocalDate innerStart, LocalDate innerEnd) {
        if (innerStart.isBefore(outerStart)) {
            return false;
        }
        if (outerEnd == null) {
            return true;
        }
        return innerEnd != null && !innerEnd.isAfter(outerEnd);
    }
}
