package org.openris.backoffice.meetings;

/** An organization whose meetings the signed-in clerk plans (calendar and series form). */
public record PlanningOrganization(long id, String name) {
}
