package org.openris.shared;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from the message bundles ({@code i18n/messages*.properties}); templates call
 * {@code text.get("key")} instead of holding literal text. German is the UI language.
 */
@Component
public class UiText {

    private final MessageSource messages;

    public UiText(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, GermanFormats.GERMAN);
    }
}
