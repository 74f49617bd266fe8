package org.openris.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openris.search.SearchRequest;
import org.openris.shared.UiText;

/**
 * The subscription form as entered (e-mail address and the parameters of /suche), checked: the
 * saved search, or German error messages. Only the search page's own parameters are taken.
 */
public record SubscriptionForm(String email, Map<String, String> params, SavedSearch search, List<String> errors) {

    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_FILTER_LENGTH = 200;
    static final List<String> PARAMS = List.of("q", "art", "gremium", "jahr", "eingereicht", "von", "bis");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    public String param(String name) {
        String value = params.get(name);
        return value == null ? "" : value;
    }

    boolean valid() {
        return errors.isEmpty() && search != null;
    }

    /** Only the search (no address yet): the form shown from /suche. */
    static SubscriptionForm prefilled(Map<String, String> raw) {
        return new SubscriptionForm("", clean(raw), null, List.of());
    }

    static SubscriptionForm check(String rawEmail, Map<String, String> raw, UiText text) {
        Map<String, String> params = clean(raw);
        String email = rawEmail == null ? "" : rawEmail.strip();
        List<String> errors = new ArrayList<>();
        if (email.isEmpty()) {
            errors.add(text.get("alert.error.emailMissing"));
        } else if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            errors.add(text.get("alert.error.email"));
        }
        String query = params.getOrDefault("q", "");
        if (query.isEmpty()) {
            errors.add(text.get("alert.error.queryMissing"));
        } else if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            errors.add(text.get("alert.error.queryTooLong", SearchRequest.MAX_QUERY_LENGTH));
        }
        for (String name : List.of("art", "gremium", "eingereicht")) {
            if (params.getOrDefault(name, "").length() > MAX_FILTER_LENGTH) {
                errors.add(text.get("alert.error.filter"));
            }
        }
        Integer year = null;
        if (params.containsKey("jahr")) {
            String value = params.get("jahr");
            if (value.matches("\\d{4}") && Integer.parseInt(value) >= 1900 && Integer.parseInt(value) <= 2999) {
                year = Integer.parseInt(value);
            } else {
                errors.add(text.get("alert.error.year", value));
            }
        }
        LocalDate from = date(params.get("von"), errors, text);
        LocalDate to = date(params.get("bis"), errors, text);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(text.get("alert.error.dateOrder"));
        }
        SavedSearch search = errors.isEmpty()
                ? new SavedSearch(query, params.get("art"), params.get("gremium"), year, params.get("eingereicht"), from, to) : null;
        return new SubscriptionForm(email, params, search, List.copyOf(errors));
    }

    private static Map<String, String> clean(Map<String, String> raw) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String name : PARAMS) {
            String value = raw.get(name);
            if (value != null && !value.isBlank()) {
                params.put(name, value.strip());
            }
        }
        return params;
    }

    private static LocalDate date(String value, List<String> errors, UiText text) {
        if (value == null) {
            return null;
        }
        try {
            return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : LocalDate.parse(value, GERMAN_DATE);
        } catch (DateTimeParseException e) {
            errors.add(text.get("alert.error.date", value));
            return null;
        }
    }

    static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
