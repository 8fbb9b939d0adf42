package no.ks.kulturskole.notification.mail.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.PublicPages;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.mail.model.TemplateRef;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * E-mail templates under {@code src/main/resources/templates/mail/}, three files per
 * e-mail and language, written so that a non-developer can edit them (see the README
 * there): {@code <name>.<language>.subject.txt}, {@code <name>.<language>.txt} and
 * {@code <name>.<language>.html}. Those files hold only what the e-mail says: the page
 * around it is one {@code layout.html} for every e-mail and language, and the sign-off
 * with the link to the privacy notice (issue 14) is one {@code closing.<language>.txt}
 * and {@code .html} per language. Written once, so that no e-mail can be without them and
 * a change of the look is one edit, not 66.
 * <p>
 * Uses its own template engine rather than Boot's web one: e-mails need a text mode
 * beside HTML, and must not depend on how web views are configured.
 */
@Component
public class ThymeleafMailTemplates implements MailTemplates {

	static final String DIRECTORY = "templates/mail/";

	static final String FALLBACK_LANGUAGE = "nb";

	static final String CLOSING = "closing";

	static final String LAYOUT = "layout.html";

	private static final String DEFAULT_GATEWAY_URL = "http://localhost:8080";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final ClassLoader classLoader = ThymeleafMailTemplates.class.getClassLoader();

	private final Map<String, String> versions = new ConcurrentHashMap<>();

	private final String privacyNotice;

	/** With the privacy notice of the local platform, for tests of the templates. */
	public ThymeleafMailTemplates() {
		this(DEFAULT_GATEWAY_URL);
	}

	/**
	 * @param gatewayUrl where the public pages are, as for the manage link
	 */
	@Autowired
	public ThymeleafMailTemplates(@Value("${platform.gateway-url:" + DEFAULT_GATEWAY_URL + "}") String gatewayUrl) {
		this.privacyNotice = PublicPages.link(gatewayUrl, "/personvern");
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	@Override
	public RenderedMail render(String templateName, String language, Map<String, Object> variables) {
		String chosen = exists(fileName(templateName, language, "html")) ? language : FALLBACK_LANGUAGE;
		Context context = new Context(Locale.forLanguageTag(chosen), variables);
		String subject = this.engine.process(fileName(templateName, chosen, "subject.txt"), context);
		String text = this.engine.process(fileName(templateName, chosen, "txt"), context);
		String content = this.engine.process(fileName(templateName, chosen, "html"), context);
		Context closingContext = new Context(Locale.forLanguageTag(chosen), Map.of("privacyLink", privacyLink(chosen)));
		String textClosing = this.engine.process(fileName(CLOSING, chosen, "txt"), closingContext).strip();
		String htmlClosing = this.engine.process(fileName(CLOSING, chosen, "html"), closingContext).strip();
		// the layout gets the rendered parts only, never the template's variables: each
		// part has escaped what it filled in already
		String html = this.engine.process(LAYOUT,
				new Context(Locale.forLanguageTag(chosen), Map.of("mailLanguage", chosen, "mailSubject",
						oneLine(subject), "mailContent", content.stripTrailing(), "mailClosing", htmlClosing)));
		TemplateRef template = new TemplateRef(templateName, chosen, version(templateName, chosen));
		return new RenderedMail(oneLine(subject), text.strip() + "\n\n" + textClosing + "\n", html, template);
	}

	/** The notice in the mail's language: the page's own switch, bokmål without one. */
	private String privacyLink(String language) {
		return FALLBACK_LANGUAGE.equals(language) ? this.privacyNotice : this.privacyNotice + "?sprak=" + language;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(DIRECTORY);
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	private static String fileName(String templateName, String language, String extension) {
		return templateName + "." + language + "." + extension;
	}

	private boolean exists(String fileName) {
		return this.classLoader.getResource(DIRECTORY + fileName) != null;
	}

	/** A fingerprint of the three files, as they are in this build. */
	private String version(String templateName, String language) {
		return this.versions.computeIfAbsent(templateName + "." + language, (key) -> {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				for (String extension : List.of("subject.txt", "txt", "html")) {
					digest.update(read(fileName(templateName, language, extension)));
				}
				// the shared page and closing are part of every e-mail
				digest.update(read(LAYOUT));
				for (String extension : List.of("txt", "html")) {
					digest.update(read(fileName(CLOSING, language, extension)));
				}
				return HexFormat.of().formatHex(digest.digest(), 0, 4);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every JVM has SHA-256", ex);
			}
		});
	}

	private byte[] read(String fileName) {
		try (InputStream in = this.classLoader.getResourceAsStream(DIRECTORY + fileName)) {
			if (in == null) {
				throw new IllegalStateException("Missing e-mail template " + DIRECTORY + fileName);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A subject is one header line: whatever the template's line breaks, it gets none.
	 */
	private static String oneLine(String subject) {
		return subject.replaceAll("\\s+", " ").strip();
	}

}
