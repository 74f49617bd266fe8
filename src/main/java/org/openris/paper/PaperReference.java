package org.openris.paper;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference number of a paper (Drucksachennummer): a running serial and the two-digit year,
 * e.g. {@code 04411-23}; a supplement or statement (Ergänzung) carries a suffix, e.g. {@code 18828-20-E4}.
 *
 * <p>The written form keeps only two digits of the year: {@code YY <= 79} is read as 20YY, anything
 * else as 19YY. So only the years 1980 to 2079 survive a {@link #format()}/{@link #parse(String)} round trip.
 *
 * @param serial     running number (laufende Nummer), 1 to 9,999,999
 * @param year       four-digit calendar year, 1900 to 2999
 * @param supplement number of the supplement (Ergänzung, "-E4"), {@code null} for a main paper, else at least 1
 */
public record PaperReference(int serial, int year, Integer supplement) {

    public static final int MAX_SERIAL = 9_999_999;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /** Canonical form only: five digits (with leading zeros) or six to seven digits without a leading zero. */
    private static final Pattern FORMAT = Pattern.compile("(\\d{5}|[1-9]\\d{5,6})-(\\d{2})(?:-E([1-9]\\d{0,9}))?");
    /** Seven serial digits, "-YY", "-E" and the ten digits of the largest int. */
    private static final int LONGEST_VALID_TEXT = 7 + 3 + 2 + 10;
    private static final int SHOWN_INPUT_LENGTH = 40;

    public PaperReference {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException(
                    "Ungültige laufende Nummer einer Drucksache: " + serial + " (erlaubt: 1 bis " + MAX_SERIAL + ")");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "Ungültiges Jahr einer Drucksache: " + year + " (erlaubt: " + MIN_YEAR + " bis " + MAX_YEAR + ")");
        }
        if (supplement != null && supplement < 1) {
            throw new IllegalArgumentException(
                    "Ungültige Ergänzungsnummer einer Drucksache: " + supplement + " (erlaubt: ab 1)");
        }
    }

    /** A main paper (Hauptdrucksache) without supplement. */
    public static PaperReference of(int serial, int year) {
        return new PaperReference(serial, year, null);
    }

    /**
     * Reads a reference such as {@code 04411-23}, {@code 20070-21} or {@code 18828-20-E4}; surrounding
     * whitespace is ignored.
     *
     * @throws IllegalArgumentException "Ungültige Drucksachennummer: ..." for anything else
     */
    public static PaperReference parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "keine Angabe");
        }
        String trimmed = text.strip();
        if (trimmed.length() > LONGEST_VALID_TEXT) {
            throw invalid(text, "zu lang");
        }
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            throw invalid(text, "erwartet z. B. 04411-23 oder 18828-20-E4");
        }
        int serial = Integer.parseInt(matcher.group(1));
        int year = fourDigitYear(Integer.parseInt(matcher.group(2)));
        Integer supplement = null;
        if (matcher.group(3) != null) {
            long number = Long.parseLong(matcher.group(3));
            if (number > Integer.MAX_VALUE) {
                throw invalid(text, "Ergänzungsnummer zu groß");
            }
            supplement = (int) number;
        }
        try {
            return new PaperReference(serial, year, supplement);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
    }

    /** Like {@link #parse(String)}, but empty instead of an exception. */
    public static Optional<PaperReference> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Serial zero-padded to at least five digits, two-digit year, "-E&lt;n&gt;" for a supplement. */
    public String format() {
        String main = String.format("%05d-%02d", serial, year % 100);
        return supplement == null ? main : main + "-E" + supplement;
    }

    /** Whether this is a supplement or statement (Ergänzung) to another paper. */
    public boolean isSupplement() {
        return supplement != null;
    }

    /** The paper this one supplements (Ursprungsdrucksache); a main paper is its own origin. */
    public PaperReference origin() {
        return isSupplement() ? new PaperReference(serial, year, null) : this;
    }

    /** This reference with the given supplement number. */
    public PaperReference withSupplement(int supplementNumber) {
        return new PaperReference(serial, year, supplementNumber);
    }

    @Override
    public String toString() {
        return format();
    }

    private static int fourDigitYear(int twoDigitYear) {
        return twoDigitYear <= 79 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        String shown;
        if (text == null) {
            shown = "null";
        } else if (text.length() > SHOWN_INPUT_LENGTH) {
            shown = "'" + text.substring(0, SHOWN_INPUT_LENGTH) + "…' (" + text.length() + " Zeichen)";
        } else {
            shown = "'" + text + "'";
        }
        return new IllegalArgumentException("Ungültige Drucksachennummer: " + shown + " – " + reason);
    }
}
