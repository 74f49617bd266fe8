package org.openris.memberarea;

import java.util.Locale;

/** Small formats the member pages need beyond {@link org.openris.shared.GermanFormats}. */
public final class MemberFormats {

    private MemberFormats() {
    }

    /** "850 Byte", "12 KB", "1,4 MB" (German decimal comma, powers of 1024). */
    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " Byte";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** "Rathaus, Raum 1.101": the parts that are set, joined. */
    public static String place(String description, String room) {
        if (description == null || description.isBlank()) {
            return room == null ? "" : room;
        }
        return room == null || room.isBlank() ? description : description + ", " + room;
    }

    /** The nesting depth as a CSS class of the agenda ("depth-0" … "depth-3"). */
    public static String depthClass(int depth) {
        return "depth-" + Math.max(0, Math.min(depth, 3));
    }
}
