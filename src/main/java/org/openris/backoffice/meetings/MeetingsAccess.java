package org.openris.backoffice.meetings;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.openris.backoffice.BackofficePages;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingPlanQueries;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
import org.openris.organization.OrganizationQueries;
import org.openris.shared.PathIds;
import org.springframework.stereotype.Component;

/**
 * Who may plan which meetings: administrators all, clerks (Sitzungsdienst) those of the
 * organizations assigned to them. A meeting or organization outside the assignments answers 404,
 * like a hidden object.
 */
@Component
class MeetingsAccess {

    private static final Set<String> MEETING_KINDS = Set.of("COUNCIL", "COMMITTEE", "DISTRICT_COUNCIL", "ADVISORY_BOARD", "SPECIAL_BODY", "OTHER");

    private final BackofficePages pages;
    private final MeetingPlanQueries plans;
    private final OrganizationQueries organizations;

    MeetingsAccess(BackofficePages pages, MeetingPlanQueries plans, OrganizationQueries organizations) {
        this.pages = pages;
        this.plans = plans;
        this.organizations = organizations;
    }


    StaffUser staff(SignedInUser user) {
        return pages.require(user, a -> a.administrator() || a.anyClerk());
    }

    /** The organizations whose meetings the user plans, by name. */
    List<PlanningOrganization> organizations(StaffUser staff) {
        if (staff.roles().administrator()) {
            return organizations.all(staff.viewer()).stream().filter(o -> MEETING_KINDS.contains(o.kind()) && o.active())
                    .map(o -> new PlanningOrganization(o.id(), o.name())).sorted(Comparator.comparing(PlanningOrganization::name)).toList();
        }
        return staff.roles().clerkOf().stream().map(id -> organizations.findById(staff.viewer(), id))
                .flatMap(java.util.Optional::stream).map(o -> new PlanningOrganization(o.id(), o.name()))
                .sorted(Comparator.comparing(PlanningOrganization::name)).toList();
    }

    boolean plans(StaffUser staff, long organizationId) {
        return staff.roles().administrator() || staff.roles().clerkOf(organizationId);
    }

    PlannedMeeting meeting(StaffUser staff, String id) {
        long meetingId = PathIds.required(id);
        return plans.meeting(staff.viewer(), meetingId).filter(m -> plans(staff, m.organizationId()))
                .orElseThrow(PathIds::notFound);
    }

    BackofficePages pages() {
        return pages;
    }
}
