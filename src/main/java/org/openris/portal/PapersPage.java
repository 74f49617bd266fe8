package org.openris.portal;

import java.util.List;
import org.openris.paper.PaperQueries.PaperSummary;

/** One page of the newest papers ({@code page} from 1). */
public record PapersPage(List<PaperSummary> papers, int page, boolean hasNext) {
}
