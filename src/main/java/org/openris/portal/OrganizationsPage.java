package org.openris.portal;

import java.util.List;
import org.openris.organization.OrganizationQueries.OrganizationEntry;

/** The organizations overview, grouped: council, committees, district councils, factions, further bodies, administration. */
public record OrganizationsPage(List<Group> groups) {

    /** {@code key}: message key suffix and anchor of the group. */
    public record Group(String key, List<OrganizationEntry> organizations) {
    }
}
