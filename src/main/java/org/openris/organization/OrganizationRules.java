package org.openris.organization;

import java.util.List;
import java.util.Set;
import org.openris.shared.FormRejections;

/**
 * Rules for an organization's master data: a name, a known kind, a unit code for administrative
 * units (unique within the body), end not before start, a parent that is not the organization
 * itself or one of its descendants, a notice period of 0–60 days.
 */
public final class OrganizationRules {

    /** The kinds of the schema, in the order of the back-office list's groups. */
    public static final List<String> KINDS = List.of("COUNCIL", "COMMITTEE", "DISTRICT_COUNCIL", "FACTION", "GROUP",
            "ADMINISTRATIVE_UNIT", "PARTY", "ADVISORY_BOARD", "SPECIAL_BODY", "EXTERNAL_BODY", "OTHER");

    public static final int MAX_NOTICE_DAYS = 60;

    private OrganizationRules() {
    }

    /**
     * @param selfAndDescendants the organization's own id and those of everything below it (empty for a new one)
     * @param unitCodeTaken      another organization of the body already carries the unit code
     * @param parentKnown        the parent (if any) exists in the same body
     */
    public static FormRejections check(OrganizationData data, Set<Long> selfAndDescendants, boolean unitCodeTaken, boolean parentKnown) {
        FormRejections rejections = new FormRejections();
        if (data.name() == null || data.name().isBlank()) {
            rejections.reject("name", "masterdata.error.required");
        } else if (data.name().trim().length() > 300) {
            rejections.reject("name", "masterdata.error.tooLong", 300);
        }
        if (data.kind() == null || !KINDS.contains(data.kind())) {
            rejections.reject("kind", "masterdata.error.choose");
        }
        boolean unit = "ADMINISTRATIVE_UNIT".equals(data.kind());
        if (unit && (data.unitCode() == null || data.unitCode().isBlank())) {
            rejections.reject("unitCode", "masterdata.organization.error.unitCodeRequired");
        } else if (data.unitCode() != null && !data.unitCode().isBlank() && unitCodeTaken) {
            rejections.reject("unitCode", "masterdata.organization.error.unitCodeTaken", data.unitCode().trim());
        }
        if (data.startDate() != null && data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            rejections.reject("endDate", "masterdata.error.endBeforeStart");
        }
        if (data.parentId() != null) {
            if (selfAndDescendants.contains(data.parentId())) {
                rejections.reject("parentId", "masterdata.organization.error.parentCycle");
            } else if (!parentKnown) {
                rejections.reject("parentId", "masterdata.error.choose");
            }
        }
        if (data.noticePeriodDays() != null && (data.noticePeriodDays() < 0 || data.noticePeriodDays() > MAX_NOTICE_DAYS)) {
            rejections.reject("noticePeriodDays", "masterdata.organization.error.noticePeriod", MAX_NOTICE_DAYS);
        }
        return rejections;
    }
}
