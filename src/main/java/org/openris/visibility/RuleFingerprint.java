package org.openris.visibility;

import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * The rules as they apply to a viewer, in one text – not to build queries with, but to key what is
 * derived from what the viewer sees (a cached portal page): a changed rule (a new release, a rule
 * switched off in a test) never meets a result made under the old one.
 */
@Component
public class RuleFingerprint {

    private final VisibilityRules rules;

    RuleFingerprint(VisibilityRules rules) {
        this.rules = rules;
    }

    public String of(Viewer viewer) {
        return String.join("\n", rules.meeting("m", viewer), rules.agendaItem("a", viewer), rules.paper("p", viewer),
                rules.consultation("c", viewer), rules.decision("d", viewer), rules.minutes("mi", viewer), rules.file("f", viewer),
                rules.organization("o", viewer), rules.person("pe", viewer), rules.location("l", viewer), rules.membership("ms", viewer),
                rules.personContact("pe", viewer));
    }
}
