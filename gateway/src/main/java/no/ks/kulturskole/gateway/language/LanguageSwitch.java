package no.ks.kulturskole.gateway.language;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The path of the page being shown, for the language switch: its links lead to the same
 * page in another language ({@code ?sprak=nn}). The path only, never the query, which may
 * carry a secret.
 */
@ControllerAdvice
class LanguageSwitch {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
