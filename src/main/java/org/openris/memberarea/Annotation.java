package org.openris.memberarea;

import java.time.OffsetDateTime;

/**
 * An annotation as its reader sees it; {@code own} when the reader wrote it (only then may they
 * change it). {@code quote} and {@code note} are plain text: templates escape them.
 */
public record Annotation(long id, Long paperId, Long fileId, String kind, String quote, String note, Long sharedWithFactionId,
                         String factionName, boolean own, String authorName, OffsetDateTime created, OffsetDateTime modified) {

    public boolean highlight() {
        return "HIGHLIGHT".equals(kind);
    }

    AnnotationTarget target() {
        return paperId != null ? AnnotationTarget.paper(paperId) : AnnotationTarget.file(fileId);
    }
}
