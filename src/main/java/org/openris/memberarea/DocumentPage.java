package org.openris.memberarea;

import java.util.List;
import org.openris.file.FileQueries.FileSummary;

/** A document (file) as the member may see it: its data, download link, extracted text and annotations. */
public record DocumentPage(FileSummary file, boolean nonPublic, List<List<TextSegment>> text, AnnotationPanel annotations) {
}
