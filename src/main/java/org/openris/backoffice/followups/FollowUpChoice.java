package org.openris.backoffice.followups;

/** An organization or unit offered as filter of the follow-up list. */
public record FollowUpChoice(long id, String name) {
}
