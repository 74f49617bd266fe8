package org.openris.memberarea;


/** Small formats the member pages need beyond {@link org.openris.shared.GermanFormats}. */
public final class MemberFormats {

    private MemberFormats() {
    }

    /** "850 Byte", "12 KB", "1,4 MB" (German decimal comma, powers of 1024). */
    public static String fileSize(long bytes) {
        return org.openris.shared.GermanFormats.fileSize(bytes);
    }

    /** "Rathaus, Raum 1.101": the parts that are set, joined. */
    public static String place(String description, String room) {
        return org.openris.shared.GermanFormats.place(description, room);
    }

    /** The nesting depth as a CSS class of the agenda ("depth-0" … "depth-3"). */
    public static String depthClass(int depth) {
        return "depth-" + Math.max(0, Math.min(depth, 3));
    }
}
