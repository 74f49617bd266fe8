package org.openris.portal;

import java.util.List;
import org.openris.organization.OrganizationQueries.PersonMembership;
import org.openris.paper.PaperQueries.PaperSummary;
import org.openris.person.PersonQueries.PersonSummary;

/** A person: contact data only with consent, current and past memberships, papers they submitted. */
public record PersonPage(PersonSummary person, List<PersonMembership> current, List<PersonMembership> past, List<PaperSummary> papers) {
}
