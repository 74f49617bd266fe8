package org.openris.portal;

import java.util.List;
import org.openris.paper.PaperQueries.MotionStatus;

/** Motions and requests with their status; {@code status} the filter ("open", "answered", "decided") or null for all. */
public record MotionsPage(List<MotionStatus> motions, String status, long open, long answered, long decided, int total) {
}
