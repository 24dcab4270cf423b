package uk.trustboard.api.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.trustboard.api.trust.AcknowledgementRules;

/**
 * The compliance dashboard's figures straight from the driver, in-process: the same queries as
 * {@code ComplianceReporting} (same filters, same sorts, one per kind of document, the channels'
 * managers and appointment holders by id, and the aggregation of required people), decoded as plain BSON documents and summed in a loop. No
 * security, GraphQL, object mapping, ratings or JSON: what is left when every layer is taken away.
 */
final class RawDashboard {

	/** What {@code PolicyVariantRepository.findOutlinesBySchoolIds} leaves out. */
	private static final List<String> VARIANT_TEXT = java.util.stream.Stream.of("live", "draft")
		.flatMap(version -> java.util.stream.Stream.of(".details", ".summary", ".sections.heading", ".sections.body",
				".sections.rules").map(field -> version + field))
		.toList();

	private final MongoDatabase db;

	/** How many documents (rows, for the aggregation) each query of the last run returned. */
	final Map<String, Integer> returned = new java.util.LinkedHashMap<>();

	RawDashboard(MongoDatabase db) {
		this.db = db;
	}

	/** The dashboard's trust totals, to check against the API's answer. */
	record Totals(int schools, int overdueReviews, long required, long acknowledged, long overdueAcknowledgements,
			int withDsl, int withLeadGovernor, long unmanagedChannels, int staleBase, long driftedSections) {
	}

	Totals run(String trustId, LocalDate asOf) {
		Bson trust = Filters.eq("trustId", trustId);
		Document trustDocument = collection("trusts").find(Filters.and(Filters.eq("_id", trustId), Filters.eq("_id", trustId)))
			.limit(1)
			.first();
		Document rules = (trustDocument != null) ? trustDocument.get("acknowledgements", Document.class) : null;
		List<String> audiences = (rules != null) ? rules.getList("audiences", String.class)
				: AcknowledgementRules.DEFAULT.audiences().stream().map(Enum::name).toList();
		int dueWithinDays = (rules != null) ? rules.getInteger("dueWithinDays")
				: AcknowledgementRules.DEFAULT.dueWithinDays();

		List<Document> schools = collection("schools").find(Filters.and(trust, trust))
			.batchSize(Integer.MAX_VALUE)
			.sort(Sorts.ascending("name", "_id"))
			.into(new ArrayList<>());
		List<String> ids = schools.stream().map(school -> school.getString("_id")).toList();
		Bson inSchools = Filters.and(trust, Filters.in("schoolId", ids));
		List<Document> appointments = collection("appointments").find(inSchools).batchSize(Integer.MAX_VALUE).into(new ArrayList<>());
		Map<String, List<Document>> held = group(
				appointments.stream().filter(appointment -> appointment.get("until") == null).toList());
		List<Document> allChannels = collection("channels").find(inSchools)
			.batchSize(Integer.MAX_VALUE)
			.sort(Sorts.ascending("platform", "_id"))
			.into(new ArrayList<>());
		List<Document> activeChannels = allChannels.stream()
			.filter(channel -> "ACTIVE".equals(channel.getString("status")))
			.toList();
		Map<String, List<Document>> channels = group(activeChannels);
		List<String> managerIds = java.util.stream.Stream
			.concat(activeChannels.stream()
				.flatMap(channel -> channel.getList("managerPersonIds", String.class, List.of()).stream()),
					held.values().stream().flatMap(List::stream).map(appointment -> appointment.getString("personId")))
			.distinct()
			.toList();
		Map<String, Document> managers = new HashMap<>();
		if (!managerIds.isEmpty()) {
			collection("people").find(Filters.in("_id", managerIds)).batchSize(Integer.MAX_VALUE).forEach(person -> {
				if (trustId.equals(person.getString("trustId"))) {
					managers.put(person.getString("_id"), person);
				}
			});
		}
		List<Document> variants = collection("variants").find(inSchools)
			.projection(Projections.exclude(VARIANT_TEXT))
			.batchSize(Integer.MAX_VALUE)
			.sort(Sorts.ascending("_id"))
			.into(new ArrayList<>());
		Map<String, Integer> currentBase = new HashMap<>();
		collection("policies").find(Filters.and(trust, Filters.in("trustId", List.of(trustId))))
			.sort(Sorts.ascending("title", "_id"))
			.batchSize(Integer.MAX_VALUE)
			.forEach(policy -> currentBase.put(policy.getString("_id"), policy.getInteger("currentNumber")));
		Map<String, Document> schedules = new HashMap<>();
		collection("review_schedules")
			.find(Filters.and(trust, Filters.in("_id", variants.stream().map(variant -> variant.getString("_id")).toList())))
			.batchSize(Integer.MAX_VALUE)
			.forEach(schedule -> schedules.put(schedule.getString("_id"), schedule));
		List<Document> published = variants.stream().filter(variant -> variant.get("live") != null).toList();
		Map<String, Date> lineStarts = lineStarts(trust, published);
		Map<String, Document> counters = new HashMap<>();
		collection("acknowledgement_counters")
			.find(Filters.in("_id", published.stream().map(RawDashboard::counterId).toList()))
			.batchSize(Integer.MAX_VALUE)
			.forEach(counter -> {
				if (trustId.equals(counter.getString("trustId"))) {
					counters.put(counter.getString("variantId"), counter);
				}
			});
		LocalDate dueCutoff = asOf.minusDays(dueWithinDays);
		Map<String, long[]> required = requiredBySchool(trustId, ids, audiences, dueCutoff);
		Map<String, List<Document>> bySchool = group(variants);
		this.returned.put("schools", schools.size());
		this.returned.put("appointments", appointments.size());
		this.returned.put("channels", allChannels.size());
		this.returned.put("channel managers and role holders", managers.size());
		this.returned.put("variants", variants.size());
		this.returned.put("review_schedules", schedules.size());
		this.returned.put("acknowledgement_counters", counters.size());
		this.returned.put("people aggregation rows", required.size());

		int overdueReviews = 0;
		long requiredTotal = 0;
		long acknowledgedTotal = 0;
		long overdueTotal = 0;
		int withDsl = 0;
		int withGovernor = 0;
		long unmanagedTotal = 0;
		int stale = 0;
		long drifted = 0;
		for (String school : ids) {
			List<Document> schoolVariants = bySchool.getOrDefault(school, List.of());
			long[] need = required.getOrDefault(school, new long[2]);
			long live = 0;
			long acknowledged = 0;
			long overdue = 0;
			int worst = Integer.MAX_VALUE;
			boolean staleBase = false;
			for (Document variant : schoolVariants) {
				Document schedule = schedules.get(variant.getString("_id"));
				if (schedule != null) {
					worst = Math.min(worst, severity(schedule, asOf));
				}
				Document content = (variant.get("live") != null) ? variant.get("live", Document.class)
						: variant.get("draft", Document.class);
				int base = (content != null) ? content.getInteger("baseVersion") : Integer.MAX_VALUE;
				staleBase |= base < currentBase.getOrDefault(variant.getString("policyId"), 0);
				if (variant.get("live") == null) {
					continue;
				}
				live++;
				drifted += content.getList("sections", Document.class)
					.stream()
					.filter(section -> !"INHERITED".equals(section.getString("disposition")))
					.count() + content.getList("removedBaseKeys", String.class, List.of()).size();
				Document counter = counters.get(variant.getString("_id"));
				acknowledged += (counter != null) ? ((Number) counter.get("acknowledged")).longValue() : 0;
				Date lineStart = lineStarts.get(variant.getString("_id"));
				if (lineStart != null && lineStart.toInstant().atZone(SyntheticTrust.UK).toLocalDate().isBefore(dueCutoff)) {
					overdue += Math.max(0, need[1] - startedBefore(counter, dueCutoff));
				}
			}
			List<Document> roles = held.getOrDefault(school, List.of())
				.stream()
				.filter(appointment -> activeAt(managers.get(appointment.getString("personId")), school))
				.toList();
			withDsl += roles.stream().anyMatch(a -> "DSL".equals(a.getString("role"))) ? 1 : 0;
			withGovernor += roles.stream().anyMatch(a -> "LEAD_GOVERNOR".equals(a.getString("role"))) ? 1 : 0;
			unmanagedTotal += channels.getOrDefault(school, List.of())
				.stream()
				.filter(channel -> channel.getList("managerPersonIds", String.class, List.of())
					.stream()
					.map(managers::get)
					.noneMatch(person -> activeAt(person, school)))
				.count();
			overdueReviews += (worst == 0) ? 1 : 0;
			stale += staleBase ? 1 : 0;
			requiredTotal += need[0] * live;
			acknowledgedTotal += acknowledged;
			overdueTotal += overdue;
		}
		return new Totals(ids.size(), overdueReviews, requiredTotal, acknowledgedTotal, overdueTotal, withDsl, withGovernor,
				unmanagedTotal, stale, drifted);
	}

	private static boolean activeAt(Document person, String school) {
		return person != null && "ACTIVE".equals(person.getString("status"))
				&& person.getList("schoolIds", String.class, List.of()).contains(school);
	}

	private Map<String, Date> lineStarts(Bson trust, List<Document> published) {
		Map<String, Date> starts = new HashMap<>();
		List<String> older = new ArrayList<>();
		for (Document variant : published) {
			Document live = variant.get("live", Document.class);
			if (live.getInteger("acknowledgementLine").equals(live.getInteger("number"))) {
				starts.put(variant.getString("_id"), live.getDate("publishedAt"));
			}
			else {
				older.add(variant.getString("_id") + "-v" + live.getInteger("acknowledgementLine"));
			}
		}
		if (!older.isEmpty()) {
			collection("variant_versions").find(Filters.and(trust, Filters.in("_id", older)))
				.batchSize(Integer.MAX_VALUE)
				.forEach(version -> starts.put(version.getString("variantId"), version.getDate("publishedAt")));
		}
		return starts;
	}

	/** The same pipeline as {@code AcknowledgementPeople.requiredBySchool}: [required, started before]. */
	private Map<String, long[]> requiredBySchool(String trustId, List<String> ids, List<String> audiences,
			LocalDate startedBefore) {
		Document match = new Document("$and", List.of(new Document("trustId", trustId), new Document("trustId", trustId)
			.append("status", "ACTIVE")
			.append("staffType", new Document("$in", audiences))));
		Date before = Date.from(startedBefore.atStartOfDay(ZoneOffset.UTC).toInstant());
		var early = new Document("$cond", List.of(
				new Document("$lt", List.of(new Document("$ifNull", List.of("$startDate", new Date(0))), before)), 1, 0));
		List<Document> pipeline = List.of(new Document("$match", match), new Document("$unwind", "$schoolIds"),
				new Document("$match", new Document("schoolIds", new Document("$in", ids))),
				new Document("$group", new Document("_id", "$schoolIds").append("required", new Document("$sum", 1))
					.append("early", new Document("$sum", early))));
		Map<String, long[]> counts = new HashMap<>();
		collection("people").aggregate(pipeline)
			.batchSize(Integer.MAX_VALUE)
			.forEach(row -> counts.put(row.getString("_id"), new long[] { ((Number) row.get("required")).longValue(),
					((Number) row.get("early")).longValue() }));
		return counts;
	}

	private static long startedBefore(Document counter, LocalDate date) {
		Document byStart = (counter != null) ? counter.get("byStart", Document.class) : null;
		if (byStart == null) {
			return 0;
		}
		long sum = 0;
		for (Map.Entry<String, Object> entry : byStart.entrySet()) {
			if (entry.getKey().equals("none") || LocalDate.parse(entry.getKey()).isBefore(date)) {
				sum += ((Number) entry.getValue()).longValue();
			}
		}
		return sum;
	}

	/** 0 overdue, 1 due soon, 2 unscheduled, 3 OK: the order the service takes the worst by. */
	private static int severity(Document schedule, LocalDate asOf) {
		Date due = schedule.getDate("nextDue");
		if (due == null) {
			return 2;
		}
		LocalDate dueOn = due.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		if (asOf.isAfter(dueOn)) {
			return 0;
		}
		return !asOf.isBefore(dueOn.minusDays(schedule.getInteger("warningDays"))) ? 1 : 3;
	}

	private static String counterId(Document variant) {
		return variant.getString("_id") + ":" + variant.get("live", Document.class).getInteger("acknowledgementLine");
	}

	private static Map<String, List<Document>> group(List<Document> documents) {
		return documents.stream().collect(Collectors.groupingBy(document -> document.getString("schoolId")));
	}

	private MongoCollection<Document> collection(String name) {
		return this.db.getCollection(name);
	}

}
