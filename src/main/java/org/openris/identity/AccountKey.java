package org.openris.identity;

import java.text.Normalizer;
import java.util.Locale;

/** The normalised form of a typed user name: used for look-up and for throttling alike. */
final class AccountKey {

    static final int MAX_LENGTH = 200;

    private AccountKey() {
    }

    static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String key = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }
}
