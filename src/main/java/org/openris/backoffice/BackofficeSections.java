package org.openris.backoffice;

import java.util.Comparator;
import java.util.List;
import org.openris.identity.StaffRoles;
import org.springframework.stereotype.Component;

/** All declared back-office sections, in navigation order. */
@Component
public class BackofficeSections {

    private final List<BackofficeSection> all;

    BackofficeSections(List<BackofficeSection> sections) {
        this.all = sections.stream().sorted(Comparator.comparingInt(BackofficeSection::order)).toList();
    }

    /** The sections this user may open. */
    public List<BackofficeSection> openTo(StaffRoles.Assignments roles) {
        return all.stream().filter(s -> s.visible().test(roles)).toList();
    }
}
