package org.openris.paper;

import java.util.Map;

/**
 * The result of a paper command: the id (and reference after a release) when it succeeded, or the
 * rejections as German message keys per form field ({@code "form"} for the whole form).
 */
public record PaperOutcome(Long id, String reference, Map<String, String> errors) {

    public static PaperOutcome ok(long id) {
        return new PaperOutcome(id, null, Map.of());
    }

    public static PaperOutcome released(long id, String reference) {
        return new PaperOutcome(id, reference, Map.of());
    }

    public static PaperOutcome rejected(Map<String, String> errors) {
        return new PaperOutcome(null, null, Map.copyOf(errors));
    }

    public static PaperOutcome rejected(String field, String messageKey) {
        return rejected(Map.of(field, messageKey));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
