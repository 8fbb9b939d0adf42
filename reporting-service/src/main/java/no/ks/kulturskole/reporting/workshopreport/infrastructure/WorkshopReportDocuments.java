package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import no.ks.kulturskole.reporting.workshopreport.model.DelegationMails;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceRecord;
import no.ks.kulturskole.reporting.workshopreport.model.SentMessage;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.ReportBookkeeping;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import org.bson.Document;

import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.dateOf;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.enumOf;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.instantOf;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.intOf;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.list;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.listOf;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.nameOf;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.put;
import static no.ks.kulturskole.reporting.workshopreport.infrastructure.BsonValues.strings;

/**
 * A workshop report and its bookkeeping as a stored document, mapped by hand: Spring
 * Data's reflective {@code MappingMongoConverter} cost more than folding the events when
 * a rebuild writes thousands of reports, and every live batch reads and writes whole
 * reports too.
 * <p>
 * The shape is exactly the one the converter writes and reads (the queries of
 * {@link MongoWorkshopReportStore} still read reports through it): a field per record
 * component, named as the component, absent when {@code null}; instants as dates
 * (milliseconds, as MongoDB keeps them), enums by name, nested records as embedded
 * documents; the derived components of {@link WorkshopReport} are not stored.
 * {@code WorkshopReportDocumentsTests} holds both mappings to the same documents.
 */
final class WorkshopReportDocuments {

	static final String ID = "_id";

	static final String VERSION = "version";

	static final String BOOKKEEPING = "bookkeeping";

	private WorkshopReportDocuments() {
	}

	/** The document of a report at the given version, ready to insert or replace. */
	static Document documentOf(WorkshopReportDraft draft, long version) {
		WorkshopReport report = draft.report();
		Document document = new Document();
		document.put(ID, draft.workshopId());
		put(document, "workshopId", report.workshopId());
		put(document, "title", report.title());
		put(document, "programme", report.programme());
		put(document, "status", nameOf(report.status()));
		put(document, "registrationOpenedAt", dateOf(report.registrationOpenedAt()));
		put(document, "registrationDeadline", dateOf(report.registrationDeadline()));
		document.put("sessions", list(report.sessions(), WorkshopReportDocuments::sessionDocument));
		document.put("delegations", list(report.delegations(), WorkshopReportDocuments::delegationDocument));
		document.put("participants", list(report.participants(), WorkshopReportDocuments::participantDocument));
		document.put("municipalities", list(report.municipalities(), WorkshopReportDocuments::municipalityDocument));
		document.put("totals", totalsDocument(report.totals()));
		document.put("mails", list(report.mails(), WorkshopReportDocuments::mailsDocument));
		document.put("messages", list(report.messages(), WorkshopReportDocuments::messageDocument));
		document.put("attendance", list(report.attendance(), WorkshopReportDocuments::attendanceDocument));
		document.put(FormDocuments.QUESTIONS, FormDocuments.questionDocuments(report.questions()));
		document.put(FormDocuments.ANSWERS, FormDocuments.answerDocuments(report.answers()));
		document.put(VERSION, version);
		document.put(BOOKKEEPING, BookkeepingDocuments.documentOf(draft.bookkeeping()));
		return document;
	}

	/** The report as stored, ready for more events. */
	static WorkshopReportDraft draftOf(Document document) {
		WorkshopReport report = WorkshopReport.of(document.getString("workshopId"), document.getString("title"),
				document.getString("programme"), enumOf(WorkshopStatus.class, document.getString("status")),
				instantOf(document.get("registrationOpenedAt")), instantOf(document.get("registrationDeadline")),
				listOf(document, "sessions", WorkshopReportDocuments::sessionOf),
				listOf(document, "delegations", WorkshopReportDocuments::delegationOf),
				listOf(document, "participants", WorkshopReportDocuments::participantOf),
				listOf(document, "municipalities", WorkshopReportDocuments::municipalityOf),
				totalsOf(document.get("totals", Document.class)),
				listOf(document, "mails", WorkshopReportDocuments::mailsOf),
				listOf(document, "messages", WorkshopReportDocuments::messageOf),
				listOf(document, "attendance", WorkshopReportDocuments::attendanceOf),
				FormDocuments.questionsOf(document), FormDocuments.answersOf(document));
		Document bookkeeping = document.get(BOOKKEEPING, Document.class);
		return WorkshopReportDraft.of(report,
				(bookkeeping != null) ? BookkeepingDocuments.bookkeepingOf(bookkeeping) : ReportBookkeeping.NONE);
	}

	private static Document sessionDocument(SessionReport session) {
		Document document = new Document();
		put(document, "sessionId", session.sessionId());
		put(document, "startsAt", dateOf(session.startsAt()));
		put(document, "endsAt", dateOf(session.endsAt()));
		document.put("capacity", session.capacity());
		document.put("confirmedPersons", session.confirmedPersons());
		document.put("waitlistedPersons", session.waitlistedPersons());
		document.put("seatsLeft", session.seatsLeft());
		document.put("confirmedDelegations", session.confirmedDelegations());
		document.put("waitlistedDelegations", session.waitlistedDelegations());
		return document;
	}

	private static SessionReport sessionOf(Document document) {
		return new SessionReport(document.getString("sessionId"), instantOf(document.get("startsAt")),
				instantOf(document.get("endsAt")), intOf(document, "capacity"), intOf(document, "confirmedPersons"),
				intOf(document, "waitlistedPersons"), intOf(document, "seatsLeft"),
				intOf(document, "confirmedDelegations"), intOf(document, "waitlistedDelegations"));
	}

	private static Document delegationDocument(DelegationReport delegation) {
		Document document = new Document();
		put(document, "delegationId", delegation.delegationId());
		put(document, "municipalityNumber", delegation.municipalityNumber());
		put(document, "municipalityName", delegation.municipalityName());
		put(document, "countyNumber", delegation.countyNumber());
		put(document, "countyName", delegation.countyName());
		put(document, "ksRegion", delegation.ksRegion());
		put(document, "kulturskoleradBranch", delegation.kulturskoleradBranch());
		put(document, "sessionId", delegation.sessionId());
		put(document, "status", nameOf(delegation.status()));
		document.put("participantCount", delegation.participantCount());
		put(document, "registeredAt", dateOf(delegation.registeredAt()));
		document.put("reflectionSubmitted", delegation.reflectionSubmitted());
		return document;
	}

	private static DelegationReport delegationOf(Document document) {
		return new DelegationReport(document.getString("delegationId"), document.getString("municipalityNumber"),
				document.getString("municipalityName"), document.getString("countyNumber"),
				document.getString("countyName"), document.getString("ksRegion"),
				document.getString("kulturskoleradBranch"), document.getString("sessionId"),
				enumOf(DelegationStatus.class, document.getString("status")), intOf(document, "participantCount"),
				instantOf(document.get("registeredAt")), Boolean.TRUE.equals(document.get("reflectionSubmitted")));
	}

	private static Document participantDocument(ParticipantReport participant) {
		Document document = new Document();
		put(document, "delegationId", participant.delegationId());
		put(document, "participantId", participant.participantId());
		put(document, "name", participant.name());
		put(document, "roleTitle", participant.roleTitle());
		put(document, "roleCategory", participant.roleCategory());
		put(document, "municipalityNumber", participant.municipalityNumber());
		return document;
	}

	private static ParticipantReport participantOf(Document document) {
		return new ParticipantReport(document.getString("delegationId"), document.getString("participantId"),
				document.getString("name"), document.getString("roleTitle"), document.getString("roleCategory"),
				document.getString("municipalityNumber"));
	}

	private static Document municipalityDocument(MunicipalityRef municipality) {
		Document document = new Document();
		put(document, "number", municipality.number());
		put(document, "name", municipality.name());
		return document;
	}

	private static MunicipalityRef municipalityOf(Document document) {
		return new MunicipalityRef(document.getString("number"), document.getString("name"));
	}

	private static Document totalsDocument(Totals totals) {
		return new Document("delegations", totals.delegations()).append("participants", totals.participants())
			.append("municipalities", totals.municipalities())
			.append("confirmedPersons", totals.confirmedPersons())
			.append("waitlistedPersons", totals.waitlistedPersons())
			.append("mailsSent", totals.mailsSent())
			.append("mailsFailed", totals.mailsFailed())
			.append("reflectionsSubmitted", totals.reflectionsSubmitted());
	}

	private static Totals totalsOf(Document document) {
		if (document == null) {
			return null;
		}
		return new Totals(intOf(document, "delegations"), intOf(document, "participants"),
				intOf(document, "municipalities"), intOf(document, "confirmedPersons"),
				intOf(document, "waitlistedPersons"), intOf(document, "mailsSent"), intOf(document, "mailsFailed"),
				intOf(document, "reflectionsSubmitted"));
	}

	private static Document mailsDocument(DelegationMails mails) {
		Document document = new Document();
		put(document, "delegationId", mails.delegationId());
		document.put("sent", mails.sent());
		document.put("failed", mails.failed());
		return document;
	}

	private static DelegationMails mailsOf(Document document) {
		return new DelegationMails(document.getString("delegationId"), intOf(document, "sent"),
				intOf(document, "failed"));
	}

	private static Document messageDocument(SentMessage message) {
		Document document = new Document();
		put(document, "messageId", message.messageId());
		put(document, "subject", message.subject());
		put(document, "sentAt", dateOf(message.sentAt()));
		put(document, "sessionId", message.sessionId());
		document.put("statuses", message.statuses());
		document.put("roles", message.roles());
		document.put("recipients", message.recipients());
		return document;
	}

	private static SentMessage messageOf(Document document) {
		return new SentMessage(document.getString("messageId"), document.getString("subject"),
				instantOf(document.get("sentAt")), document.getString("sessionId"),
				document.getList("statuses", String.class), document.getList("roles", String.class),
				intOf(document, "recipients"));
	}

	private static Document attendanceDocument(AttendanceRecord entry) {
		Document document = new Document();
		put(document, "sessionId", entry.sessionId());
		put(document, "delegationId", entry.delegationId());
		document.put("present", entry.present());
		document.put("sequence", entry.sequence());
		return document;
	}

	private static AttendanceRecord attendanceOf(Document document) {
		Number sequence = document.get("sequence", Number.class);
		return new AttendanceRecord(document.getString("sessionId"), document.getString("delegationId"),
				document.getList("present", String.class), (sequence != null) ? sequence.longValue() : 0);
	}

}
