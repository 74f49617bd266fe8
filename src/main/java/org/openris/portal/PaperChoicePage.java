package org.openris.portal;

import java.util.List;

/** Several bodies use the same reference: the papers to choose from, each with its body and address. */
public record PaperChoicePage(String reference, List<Choice> choices) {

    public record Choice(String bodyName, String name, String url) {
    }
}
