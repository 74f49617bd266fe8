package org.openris.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organization's master data as the back office edits it.
 *
 * @param noticePeriodDays Ladungsfrist in days (NULL: the default of 7 days, column default of V1_87)
 */
public record OrganizationData(String name, String shortName, String kind, String classification, Long parentId,
                               String unitCode, LocalDate startDate, LocalDate endDate, boolean isPublic,
                               Integer noticePeriodDays) {

    /** The fields as the change log records them. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortName", shortName);
        fields.put("kind", kind);
        fields.put("classification", classification);
        fields.put("parentId", parentId);
        fields.put("unitCode", unitCode);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("public", isPublic);
        fields.put("noticePeriodDays", noticePeriodDays);
        return fields;
    }
}
