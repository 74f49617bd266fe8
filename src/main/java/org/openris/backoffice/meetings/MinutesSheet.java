package org.openris.backoffice.meetings;

import java.util.List;
import org.openris.minutes.MinutesWorkQueries.Signature;
import org.openris.minutes.MinutesWorkQueries.Version;
import org.openris.minutes.SignerChoices.Choices;

/**
 * The minutes page of a meeting: per part (public, non-public) the current version and the earlier
 * ones, the people who may sign, and the signed-in user (who may have to sign as secretary).
 */
public record MinutesSheet(List<Part> parts, Choices choices, long userId) {

    /** {@code current}: the newest version, null while there is no draft. */
    public record Part(boolean publicPart, Version current, List<Version> earlier) {

        public String key() {
            return publicPart ? "oeffentlich" : "nichtoeffentlich";
        }
    }

    /** The unsigned secretary signature of this user in the version, if any. */
    public boolean mustSign(Version v) {
        return v != null && "IN_SIGNATURE".equals(v.state()) && v.signatures().stream()
                .anyMatch(s -> s.signedAt() == null && s.userId() != null && s.userId() == userId);
    }

    public static long signedCount(Version v) {
        return v.signatures().stream().filter(s -> s.signedAt() != null).count();
    }

    public static List<Signature> signatures(Version v) {
        return v.signatures();
    }
}
