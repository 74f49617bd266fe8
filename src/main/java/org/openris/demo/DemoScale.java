package org.openris.demo;

import java.util.Locale;

/**
 * How big the generated city is. {@link #SMALL} is the default demo (two years, browsable after a
 * minute); {@link #LARGE} is twenty years of a large city for benchmarks; {@link #TINY} feeds tests.
 *
 * @param attachmentsPerPaper average number of attachments (Anlagen) per paper besides the main file
 * @param pdfPool how many distinct PDF documents are rendered; {@code 0} renders every file on its
 *                own, a positive number lets file rows share content from a pool of that many
 *                rendered documents (content-addressed storage keeps one copy of each)
 */
public record DemoScale(String name, int years, int committees, int districtCouncils, int otherBodies,
                        int councilSeats, int districtSeats, int councilMeetingsPerYear,
                        int committeeMeetingsPerYear, int districtMeetingsPerYear, int otherMeetingsPerYear,
                        int newPapersPerMeeting, double attachmentsPerPaper, int pdfPool) {

    public static final DemoScale TINY = new DemoScale("tiny", 1, 3, 1, 0, 20, 9, 6, 6, 5, 0, 3, 0.6, 0);
    public static final DemoScale SMALL = new DemoScale("small", 2, 12, 4, 0, 60, 15, 10, 8, 8, 0, 4, 0.8, 0);
    public static final DemoScale LARGE = new DemoScale("large", 20, 24, 12, 46, 90, 19, 11, 15, 11, 13, 3, 4.0, 3000);

    public static DemoScale named(String name) {
        return switch (name == null ? "small" : name.trim().toLowerCase(Locale.ROOT)) {
            case "tiny" -> TINY;
            case "small", "" -> SMALL;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException(
                    "Unbekannte Demo-Größe '" + name + "' (erlaubt: tiny, small, large)");
        };
    }
}
