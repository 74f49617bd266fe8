package org.openris.memberarea;

/**
 * What a member typed into an annotation form, as sent: {@code kind} NOTE or HIGHLIGHT, the quoted
 * passage of a highlight, the note, and the faction id to share with ("" or null: only for me).
 * Shown again in the form when it is rejected.
 */
public record AnnotationDraft(String kind, String quote, String note, String faction) {

    static AnnotationDraft empty() {
        return blank();
    }

    /** An empty form for a new note. */
    public static AnnotationDraft blank() {
        return new AnnotationDraft("NOTE", "", "", "");
    }

    public boolean highlight() {
        return "HIGHLIGHT".equals(kind);
    }

    public boolean sharedWith(long factionId) {
        return String.valueOf(factionId).equals(faction);
    }
}
