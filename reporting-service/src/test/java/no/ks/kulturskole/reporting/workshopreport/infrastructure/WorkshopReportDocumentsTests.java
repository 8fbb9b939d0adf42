package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceRecord;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityProfile;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.ReportBookkeeping;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The hand-written mapping of a report to its document: the same documents as Spring
 * Data's converter wrote before it (so stored reports stay readable both ways, and the
 * queries that still read through the converter see the same reports), and a report
 * written and read back is the report written. Real embedded MongoDB-compatible server.
 */
class WorkshopReportDocumentsTests {

	private static final Instant START = Instant.parse("2027-03-10T08:00:00.123Z");

	private static MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		mongo = new MongoTemplate(client, "reporting-documents-" + UUID.randomUUID());
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void aReportWrittenAndReadBackIsTheReportWritten() {
		WorkshopReportDraft draft = richDraft();

		mongo.getCollection("reports").insertOne(WorkshopReportDocuments.documentOf(draft, 7));
		Document stored = mongo.findOne(query(where("_id").is(draft.workshopId())), Document.class, "reports");
		WorkshopReportDraft read = WorkshopReportDocuments.draftOf(stored);

		assertThat(read.workshopId()).isEqualTo(draft.workshopId());
		assertThat(read.report()).isEqualTo(draft.report());
		assertThat(read.bookkeeping()).isEqualTo(draft.bookkeeping());
		assertThat(stored.get("version")).isEqualTo(7L);
		assertThat(WorkshopReportDocuments.documentOf(read, 7)).isEqualTo(stored);
		// the queries read through the converter: they see the same report
		assertThat(mongo.findOne(query(where("_id").is(draft.workshopId())), WorkshopReport.class, "reports"))
			.isEqualTo(draft.report());
	}

	@Test
	void aReportKnownOnlyFromRegistrationsWithoutItsScheduleRoundTripsToo() {
		WorkshopReportDraft draft = WorkshopReportDraft.empty(UUID.randomUUID().toString());
		draft.registerDelegation(
				DelegationReport.of("d-1", new MunicipalityProfile("0301", "Oslo", "03", "Oslo", null, "Oslo og Viken"),
						"s-1", DelegationStatus.WAITLISTED, 1, START));
		draft.registerParticipant(new ParticipantReport("d-1", "p-1", "Siri Lund", null, null, "0301"));
		draft.applied("registration_events-2", 5, "e-1");

		mongo.getCollection("reports").insertOne(WorkshopReportDocuments.documentOf(draft, 1));
		Document stored = mongo.findOne(query(where("_id").is(draft.workshopId())), Document.class, "reports");

		assertThat(stored).doesNotContainKeys("title", "status", "registrationOpenedAt", "registrationDeadline");
		assertThat(WorkshopReportDocuments.draftOf(stored).report()).isEqualTo(draft.report());
		assertThat(WorkshopReportDocuments.draftOf(stored).bookkeeping()).isEqualTo(draft.bookkeeping());
	}

	@Test
	void theDocumentIsTheOneSpringDatasConverterWrites() {
		WorkshopReportDraft draft = richDraft();
		// sub-millisecond instants: both keep milliseconds, as MongoDB does
		draft.registerDelegation(DelegationReport.of("d-late",
				new MunicipalityProfile("1103", "Stavanger", "11", "Rogaland", "KS Vest-Norge", "Rogaland"), "s-am",
				DelegationStatus.CONFIRMED, 1, START.plusNanos(456_789)));

		assertThat(WorkshopReportDocuments.documentOf(draft, 3)).isEqualTo(convertersDocument(draft, 3));
	}

	@Test
	void aDocumentTheConverterWroteIsReadAsTheSameReport() {
		WorkshopReportDraft draft = richDraft();

		WorkshopReportDraft read = WorkshopReportDocuments.draftOf(convertersDocument(draft, 2));

		assertThat(read.report()).isEqualTo(draft.report());
		assertThat(read.bookkeeping()).isEqualTo(draft.bookkeeping());
	}

	/** The document as {@code MongoWorkshopReportStore} wrote it with the converter. */
	private static Document convertersDocument(WorkshopReportDraft draft, long version) {
		Document document = new Document();
		mongo.getConverter().write(draft.report(), document);
		List.of("asOf", "roleCategoryMix", "delegationsMeetingOutsideRoleRule", "registrationsPerDay", "perSession",
				"attendanceSummary", "_class")
			.forEach(document::remove);
		Document bookkeeping = new Document();
		mongo.getConverter().write(draft.bookkeeping(), bookkeeping);
		bookkeeping.remove("_class");
		document.put("_id", draft.workshopId());
		document.put("version", version);
		document.put("bookkeeping", bookkeeping);
		return document;
	}

	/**
	 * Every part of a report: two sessions (one only named by a delegation), delegations
	 * confirmed, waitlisted, cancelled, moved and with a reflection, one without a KS
	 * region, participants with and without a role, a removed and a replaced participant,
	 * mails about delegations and about the workshop, sent and failed, attendance, and
	 * bookkeeping.
	 */
	static WorkshopReportDraft richDraft() {
		WorkshopReportDraft draft = WorkshopReportDraft.empty(UUID.randomUUID().toString());
		draft.schedule("Verksted 1", "Fremtidens kulturskole", START.minusSeconds(86400 * 30),
				START.minusSeconds(86400 * 9), List.of(new SessionPlan("s-am", START, START.plusSeconds(9000), 60)));
		draft.registerDelegation(DelegationReport.of("d-bergen",
				new MunicipalityProfile("4601", "Bergen", "46", "Vestland", "KS Vest-Norge", "Vestland"), "s-am",
				DelegationStatus.CONFIRMED, 2, START.minusSeconds(86400 * 20)));
		draft.registerDelegation(DelegationReport.of("d-oslo",
				new MunicipalityProfile("0301", "Oslo", "03", "Oslo", null, "Oslo og Viken"), "s-pm",
				DelegationStatus.WAITLISTED, 2, START.minusSeconds(86400 * 15)));
		draft.registerDelegation(DelegationReport.of("d-drammen",
				new MunicipalityProfile("3301", "Drammen", "33", "Buskerud", "KS Viken", "Oslo og Viken"), "s-am",
				DelegationStatus.CONFIRMED, 1, START.minusSeconds(86400 * 14)));
		draft.registerParticipant(
				new ParticipantReport("d-bergen", "p-1", "Ola Nordmann", "Kulturskoleleder", "KULTURSKOLE", "4601"));
		draft.registerParticipant(new ParticipantReport("d-bergen", "p-2", "Kari Nordmann", null, null, "4601"));
		draft.registerParticipant(new ParticipantReport("d-oslo", "p-3", "Siri Lund", "Rektor", "SCHOOL", "0301"));
		draft.registerParticipant(
				new ParticipantReport("d-oslo", "p-4", "Ali Khan", "Daglig leder", "BUSINESS", "0301"));
		draft.registerParticipant(new ParticipantReport("d-drammen", "p-5", "Per Hansen", "Rektor", "SCHOOL", "3301"));
		draft.replaceParticipant("p-4",
				new ParticipantReport("d-oslo", "p-6", "Nils Dahl", "Korleder", "VOLUNTARY_SECTOR", "0301"));
		draft.removeParticipant("d-bergen", "p-2");
		draft.seat("d-oslo", "s-am", DelegationStatus.CONFIRMED, 2);
		draft.reflection("d-bergen");
		draft.cancel("d-drammen");
		draft.mailSent("m-1", "d-bergen");
		draft.mailSent("m-2", null);
		draft.mailFailed("m-3", "d-oslo");
		draft.mailFailed("m-4", null);
		draft.attendanceRecorded(new AttendanceRecord("s-am", "d-bergen", List.of("p-1"), 2));
		draft.status(WorkshopStatus.REGISTRATION_CLOSED);
		draft.applied("workshop_events-0", 3, "e-1");
		draft.applied("registration_events-0", 41, "e-2");
		draft.applied("notification_events-1", 7, "e-3");
		return draft;
	}

	@Test
	void anEmptyBookkeepingIsReadAsNone() {
		Document document = WorkshopReportDocuments.documentOf(WorkshopReportDraft.empty("w-1"), 1);
		document.remove("bookkeeping");

		assertThat(WorkshopReportDocuments.draftOf(document).bookkeeping()).isEqualTo(ReportBookkeeping.NONE);
	}

}
