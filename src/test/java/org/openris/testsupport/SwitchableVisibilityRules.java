package org.openris.testsupport;

import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;

/**
 * The visibility rules of the test application, with a switch that turns one rule off (it then
 * lets every row through). Used only by the leak matrix to prove it would notice: with the switch
 * at rest the rules are exactly the production ones.
 */
public class SwitchableVisibilityRules extends VisibilityRules {

    private static volatile String switchedOff;

    /** Turns the named rule off until {@link #restore()}. */
    public static void switchOff(String rule) {
        switchedOff = rule;
    }

    public static void restore() {
        switchedOff = null;
    }

    private static String unless(String rule, String alias, String condition) {
        return rule.equals(switchedOff) ? "(" + alias + ".deleted_at IS NULL OR TRUE)" : condition;
    }

    @Override
    public String meeting(String m, Viewer v) {
        return unless("meeting", m, super.meeting(m, v));
    }

    @Override
    public String agendaItem(String a, Viewer v) {
        return unless("agendaItem", a, super.agendaItem(a, v));
    }

    @Override
    public String paper(String p, Viewer v) {
        return unless("paper", p, super.paper(p, v));
    }

    @Override
    public String consultation(String c, Viewer v) {
        return unless("consultation", c, super.consultation(c, v));
    }

    @Override
    public String decision(String d, Viewer v) {
        return unless("decision", d, super.decision(d, v));
    }

    @Override
    public String minutes(String mi, Viewer v) {
        return unless("minutes", mi, super.minutes(mi, v));
    }

    @Override
    public String file(String f, Viewer v) {
        return unless("file", f, super.file(f, v));
    }

    @Override
    public String organization(String o, Viewer v) {
        return unless("organization", o, super.organization(o, v));
    }

    @Override
    public String person(String pe, Viewer v) {
        return unless("person", pe, super.person(pe, v));
    }

    @Override
    public String location(String l, Viewer v) {
        return unless("location", l, super.location(l, v));
    }

    @Override
    public String membership(String ms, Viewer v) {
        return unless("membership", ms, super.membership(ms, v));
    }

    @Override
    public String personContact(String pe, Viewer v) {
        return "personContact".equals(switchedOff) ? "TRUE" : super.personContact(pe, v);
    }
}
