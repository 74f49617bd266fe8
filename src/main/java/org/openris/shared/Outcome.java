package org.openris.shared;

/**
 * What a command of a {@code …Management} facade answers: the id of the created or changed object,
 * or the rejections to show next to the form fields (nothing was written then).
 */
public record Outcome(Long id, FormRejections rejections) {

    public static Outcome accepted(long id) {
        return new Outcome(id, new FormRejections());
    }

    public static Outcome rejected(FormRejections rejections) {
        if (rejections.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one message");
        }
        return new Outcome(null, rejections);
    }

    public boolean accepted() {
        return rejections.isEmpty();
    }
}
