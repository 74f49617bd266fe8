package org.openris.memberarea;

import java.util.List;
import java.util.Map;
import org.openris.minutes.MinutesWorkQueries;

/** The member's signature pages: the list of minutes awaiting their signature, or one version to sign. */
public record SignaturePage(List<MinutesWorkQueries.Awaiting> awaiting, MinutesWorkQueries.Version version, String meetingName,
                            boolean mine, Map<String, String> errors, String notice) {
}
