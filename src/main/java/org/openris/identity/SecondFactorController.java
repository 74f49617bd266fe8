package org.openris.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Second login step: the TOTP code (or a recovery code), and the enrolment at the first login. */
@Controller
class SecondFactorController {

    private final SecondFactor secondFactor;
    private final LoginSession loginSession;
    private final Accounts accounts;
    private final UiText text;

    SecondFactorController(SecondFactor secondFactor, LoginSession loginSession, Accounts accounts, UiText text) {
        this.secondFactor = secondFactor;
        this.loginSession = loginSession;
        this.accounts = accounts;
        this.text = text;
    }

    @GetMapping("/anmelden/code")
    String codeForm(HttpServletRequest request, CsrfToken csrf, Model model) {
        if (pendingAccount(request).isEmpty()) {
            return "redirect:/anmelden?abgelaufen";
        }
        return codePage(model, csrf, null);
    }

    @PostMapping("/anmelden/code")
    String submitCode(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
                      HttpServletResponse response, CsrfToken csrf, Model model) {
        Optional<Accounts.Account> pending = pendingAccount(request);
        if (pending.isEmpty()) {
            return "redirect:/anmelden?abgelaufen";
        }
        String address = ClientAddress.of(request);
        LoginOutcome outcome = secondFactor.verify(pending.get().id(), code, address);
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            return "redirect:" + loginSession.complete(request, response, accepted.account(), address);
        }
        boolean throttled = outcome instanceof LoginOutcome.Throttled;
        response.setStatus(throttled ? 429 : 200);
        return codePage(model, csrf, throttled ? "login.throttled" : "code.rejected");
    }

    @GetMapping("/anmelden/einrichten")
    String enrolForm(HttpServletRequest request, CsrfToken csrf, Model model) {
        Optional<Accounts.Account> pending = pendingAccount(request);
        if (pending.isEmpty()) {
            return "redirect:/anmelden?abgelaufen";
        }
        if (pending.get().secondFactorConfirmed()) {
            return "redirect:/anmelden/code";
        }
        return enrolPage(model, request, csrf, pending.get(), null);
    }

    @PostMapping("/anmelden/einrichten")
    String submitEnrolment(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
                           HttpServletResponse response, CsrfToken csrf, Model model) {
        Optional<Accounts.Account> pending = pendingAccount(request);
        if (pending.isEmpty()) {
            return "redirect:/anmelden?abgelaufen";
        }
        if (pending.get().secondFactorConfirmed()) {
            return "redirect:/anmelden/code";
        }
        String address = ClientAddress.of(request);
        List<String> codes = secondFactor.confirmEnrolment(pending.get().id(), loginSession.enrolmentSecret(request, secondFactor),
                code, address);
        if (codes.isEmpty()) {
            return enrolPage(model, request, csrf, pending.get(), "enrol.rejected");
        }
        Accounts.Account enrolled = accounts.findById(pending.get().id()).orElseThrow();
        loginSession.complete(request, response, enrolled, address);
        loginSession.showRecoveryCodesOnce(request, codes);
        return "redirect:/anmelden/wiederherstellungscodes";
    }

    @GetMapping("/anmelden/wiederherstellungscodes")
    String recoveryCodes(HttpServletRequest request, Model model) {
        List<String> codes = loginSession.takeRecoveryCodes(request);
        if (codes.isEmpty()) {
            return "redirect:/mitglieder";
        }
        model.addAttribute("text", text);
        model.addAttribute("codes", codes);
        return "identity/recovery-codes";
    }

    private Optional<Accounts.Account> pendingAccount(HttpServletRequest request) {
        return loginSession.pendingUser(request).flatMap(accounts::findById).filter(Accounts.Account::enabled);
    }

    private String codePage(Model model, CsrfToken csrf, String errorKey) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("errorKey", errorKey);
        return "identity/code";
    }

    private String enrolPage(Model model, HttpServletRequest request, CsrfToken csrf, Accounts.Account account, String errorKey) {
        String secret = loginSession.enrolmentSecret(request, secondFactor);
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("qrCode", secondFactor.enrolmentQrCode(account.username(), secret));
        model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
        model.addAttribute("errorKey", errorKey);
        return "identity/enrol";
    }
}
