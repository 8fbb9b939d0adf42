package no.ks.kulturskole.registration.certificate.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import no.ks.kulturskole.registration.certificate.application.CertificateRenderer;
import no.ks.kulturskole.registration.certificate.model.Certificate;
import no.ks.kulturskole.registration.certificate.model.DurationText;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * The confirmation as XHTML from a Thymeleaf template (texts in nb, nn and en beside it,
 * {@code templates/certificate/deltakerbevis*.properties}), printed to PDF by
 * openhtmltopdf. The PDF fonts are the standard Helvetica (WinAnsi covers æ, ø and å), so
 * nothing is embedded and a confirmation stays a few kilobytes; the title comes from the
 * page's {@code <title>}, the document language from the confirmation's.
 */
@Component
class PdfCertificateRenderer implements CertificateRenderer {

	/** Workshops are held in Norwegian time. */
	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	PdfCertificateRenderer() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/certificate/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.templates.setTemplateResolver(resolver);
	}

	@Override
	public byte[] pdf(Certificate certificate) {
		String html = html(certificate);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
			// what PDF/UA asks of every document, which openhtmltopdf sets only in its
			// PDF/UA
			// mode (that one needs embedded fonts): the language, and the title shown
			// instead of the file name
			document.getDocumentCatalog().setLanguage(certificate.language());
			PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
			preferences.setDisplayDocTitle(true);
			document.getDocumentCatalog().setViewerPreferences(preferences);
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not print confirmation " + certificate.code(), ex);
		}
	}

	String html(Certificate certificate) {
		boolean english = "en".equals(certificate.language());
		Locale locale = english ? Locale.UK : Locale.forLanguageTag(certificate.language() + "-NO");
		DateTimeFormatter day = DateTimeFormatter.ofPattern(english ? "d MMMM yyyy" : "d. MMMM yyyy", locale)
			.withZone(OSLO);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH.mm").withZone(OSLO);
		List<SessionLine> sessions = certificate.sessions()
			.stream()
			.map(session -> new SessionLine(day.format(session.startsAt()),
					time.format(session.startsAt()) + "–" + time.format(session.endsAt()),
					DurationText.of(session.length(), certificate.language())))
			.toList();
		Context context = new Context(locale);
		context.setVariable("certificate", certificate);
		context.setVariable("sessions", sessions);
		context.setVariable("duration", DurationText.of(certificate.duration(), certificate.language()));
		return this.templates.process("deltakerbevis", context);
	}

	/** One attended session as printed. */
	record SessionLine(String date, String time, String duration) {
	}

}
