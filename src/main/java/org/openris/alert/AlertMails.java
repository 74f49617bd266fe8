package org.openris.alert;

import java.util.List;
import java.util.Map;
import org.openris.notification.Mailer;
import org.openris.search.SearchResult;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.springframework.stereotype.Component;

/**
 * The alert mails (plain German text): confirmation, limit reached, daily digest. Every one carries
 * an unsubscribe link in the text (a page asking for confirmation) and the one-click address in
 * {@code List-Unsubscribe} with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 2369,
 * RFC 8058), so mail programs can offer "Abbestellen" themselves. The links use RIS_BASE_URL, which
 * must be https in production (RFC 8058 requires an https address).
 */
@Component
class AlertMails {

    /** One saved search of a digest with its new hits. */
    record Section(SavedSearch search, List<SearchResult.Hit> hits) {
    }

    private final Mailer mailer;
    private final UiText text;
    private final AlertLinks links;

    AlertMails(Mailer mailer, UiText text, AlertLinks links) {
        this.mailer = mailer;
        this.text = text;
        this.links = links;
    }

    void confirmation(String to, SavedSearch search, String confirmToken, String unsubscribeToken, long lifetimeHours) {
        String body = text.get("mail.greeting") + "\n\n"
                + text.get("alert.mail.confirm.intro") + "\n\n"
                + "  " + search.describe(text) + "\n\n"
                + text.get("alert.mail.confirm.link", lifetimeHours) + "\n\n"
                + links.confirm(confirmToken) + "\n\n"
                + text.get("alert.mail.confirm.ignore", lifetimeHours) + "\n";
        send(to, text.get("alert.mail.confirm.subject"), body, unsubscribeToken);
    }

    void limitReached(String to, SavedSearch search, int limit, String unsubscribeToken) {
        String body = text.get("mail.greeting") + "\n\n"
                + text.get("alert.mail.limit.intro", limit) + "\n\n"
                + "  " + search.describe(text) + "\n";
        send(to, text.get("alert.mail.limit.subject"), body, unsubscribeToken);
    }

    void digest(String to, List<Section> sections, String unsubscribeToken) {
        int count = sections.stream().mapToInt(s -> s.hits().size()).sum();
        StringBuilder body = new StringBuilder(text.get("mail.greeting")).append("\n\n")
                .append(text.get("alert.mail.digest.intro")).append("\n");
        for (Section section : sections) {
            body.append("\n").append(text.get("alert.mail.digest.search", section.search().describe(text), section.hits().size())).append("\n\n");
            for (SearchResult.Hit hit : section.hits()) {
                body.append("- ").append(hit.typeLabel() == null ? "" : hit.typeLabel() + ": ").append(hit.title());
                if (hit.date() != null) {
                    body.append(" (").append(GermanFormats.date(hit.date())).append(")");
                }
                body.append("\n  ").append(links.absolute(hit.link())).append("\n");
            }
            body.append("\n").append(text.get("alert.mail.digest.all")).append("\n  ").append(links.absolute(section.search().searchPath())).append("\n");
        }
        send(to, text.get("alert.mail.digest.subject", count), body.toString(), unsubscribeToken);
    }

    private void send(String to, String subject, String body, String unsubscribeToken) {
        String unsubscribe = links.unsubscribe(unsubscribeToken);
        String text = body + "\n" + this.text.get("alert.mail.unsubscribe") + "\n" + unsubscribe + "\n\n" + this.text.get("alert.mail.signature") + "\n";
        mailer.send(to, subject, text, Map.of("List-Unsubscribe", "<" + links.oneClick(unsubscribeToken) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
