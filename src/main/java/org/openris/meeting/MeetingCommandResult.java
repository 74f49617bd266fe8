package org.openris.meeting;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a planning command: either the changes made (and the id of the main object
 * created or changed), or the rejections as German message keys per form field; nothing is written
 * when there are rejections.
 */
public record MeetingCommandResult(long id, List<MeetingChange> changes, Map<String, String> errors) {

    public static MeetingCommandResult rejected(Map<String, String> errors) {
        return new MeetingCommandResult(0, List.of(), Map.copyOf(errors));
    }

    public static MeetingCommandResult done(long id, List<MeetingChange> changes) {
        return new MeetingCommandResult(id, List.copyOf(changes), Map.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
