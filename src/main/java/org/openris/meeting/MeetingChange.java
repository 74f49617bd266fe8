package org.openris.meeting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a command of {@link MeetingManagement} changed, for the back office's change log: object,
 * action, a German one-line summary, and the changed fields before and after.
 */
public record MeetingChange(String objectType, long objectId, String action, String summary,
                            Map<String, Object> before, Map<String, Object> after) {

    public static MeetingChange of(String objectType, long objectId, String action, String summary) {
        return new MeetingChange(objectType, objectId, action, summary, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    public MeetingChange field(String name, Object before, Object after) {
        this.before.put(name, before);
        this.after.put(name, after);
        return this;
    }
}
