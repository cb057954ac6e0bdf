package io.onewindow.console.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: the desks the signed-in member's roles open. */
@Controller
class HomeController {

    @GetMapping({"/console", "/console/"})
    String home() {
        return "home";
    }
}
