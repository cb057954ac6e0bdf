package io.onewindow.console.web;

import io.onewindow.console.gateway.ServiceProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page has: the signed-in member and their desks (for the header and the
 * navigation), and how a service's refusal is shown — in a whole page with the service's status, or,
 * for a partial update (htmx), in the page's message area ({@code #problem}), which announces it to
 * screen readers.
 */
@ControllerAdvice(annotations = Controller.class)
public class ConsolePages {

    @ModelAttribute("me")
    StaffMember me(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : StaffMember.of(user);
    }

    @ModelAttribute("desks")
    java.util.List<Desks> desks(@AuthenticationPrincipal OidcUser user) {
        return user == null ? java.util.List.of() : Desks.of(StaffMember.of(user));
    }

    /** The page's path, for the navigation's {@code aria-current}. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(ServiceProblem.class)
    ModelAndView refused(ServiceProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (isHtmx(request)) {
            // htmx swaps 2xx answers only: the message goes to the page's message area instead
            response.setHeader("HX-Retarget", "#problem");
            response.setHeader("HX-Reswap", "innerHTML");
            ModelAndView fragment = new ModelAndView("fragments/problem :: problem");
            fragment.addObject("problem", problem);
            return fragment;
        }
        ModelAndView page = new ModelAndView("problem");
        page.addObject("problem", problem);
        page.setStatus(org.springframework.http.HttpStatus.valueOf(
                problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502));
        return page;
    }

    /** The user's refresh token is no longer accepted (their Keycloak session ended): log in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    ModelAndView loginAgain(HttpServletRequest request, HttpServletResponse response) {
        request.getSession().invalidate();
        if (isHtmx(request)) {
            response.setHeader("HX-Redirect", "/console/");
            return new ModelAndView("fragments/problem :: empty");
        }
        return new ModelAndView("redirect:/console/");
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
