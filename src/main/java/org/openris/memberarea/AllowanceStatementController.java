package org.openris.memberarea;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openris.allowance.AllowanceStatements;
import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /mitglieder/sitzungsgeld}: the member's own attendance allowance of a year (default: this year). */
@Controller
class AllowanceStatementController {

    private final AllowanceStatements statements;
    private final UiText text;
    private final Clock clock;

    AllowanceStatementController(AllowanceStatements statements, UiText text, Clock clock) {
        this.statements = statements;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/mitglieder/sitzungsgeld")
    String statement(SignedInUser user, CsrfToken csrf, @RequestParam(name = "jahr", required = false) String yearText, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        int year = yearText != null && yearText.matches("(19|20|21)[0-9]{2}") ? Integer.parseInt(yearText) : today.getYear();
        AllowanceStatements.Statement statement = user.personId() == null ? null
                : statements.of(Viewer.user(user.userId(), user.personId()), user.personId(), user.displayName(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return MemberView.render(model, text, user, csrf, "memberarea/allowance", new AllowancePage(year, statement));
    }
}
