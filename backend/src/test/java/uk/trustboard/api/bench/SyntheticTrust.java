package uk.trustboard.api.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.bson.Document;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.Trustboard;
import uk.trustboard.api.acknowledgement.Acknowledgement;
import uk.trustboard.api.acknowledgement.AcknowledgementCounter;
import uk.trustboard.api.acknowledgement.AcknowledgementCounters;
import uk.trustboard.api.acknowledgement.AcknowledgementMethod;
import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.channel.ChannelPlatform;
import uk.trustboard.api.channel.ChannelStatus;
import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.people.StaffType;
import uk.trustboard.api.policy.PolicySection;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PublicationKind;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;
import uk.trustboard.api.policy.VariantDetails;
import uk.trustboard.api.policy.VariantDraft;
import uk.trustboard.api.policy.VariantSection;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.review.ReviewSchedules;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.trust.AcknowledgementRules;
import uk.trustboard.api.trust.Trust;

/**
 * A fictional trust of any size, written as the application's own documents in unordered bulk
 * inserts, for benchmarks. Everything follows from the shape and its seed: the same shape gives
 * the same documents, and school {@code n} is the same whatever the number of schools. Counters
 * are not written: {@link AcknowledgementCounters#repair()} builds them from the ledger, as it
 * would after any import.
 *
 * <p>Run on its own with {@code backend/dashboard-bench.sh generate schools=150 staff=100 ...}:
 * it loads into whatever MongoDB the application uses (the embedded file store in ./data by
 * default, a real server with {@code MONGODB_URI}).
 */
public final class SyntheticTrust {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final int BATCH = 2_000;

	private static final int BASE_SECTIONS = 8;

	private static final List<String> COLLECTIONS = List.of("schools", "people", "appointments", "channels", "policies",
			"policy_versions", "variants", "variant_versions", "review_schedules", "reviews", "acknowledgements",
			"acknowledgement_counters", "audit_log");

	private final MongoTemplate mongo;

	private final PrintStream out;

	public SyntheticTrust(MongoTemplate mongo, PrintStream out) {
		this.mongo = mongo;
		this.out = out;
	}

	/**
	 * What to generate.
	 *
	 * @param lines acknowledgement lines per published policy: its live version is the MAJOR
	 * version {@code lines}, and {@link #writeHistory} fills the earlier lines of the ledger
	 */
	public record Shape(String trustId, int schools, int staff, int policies, double ackRate, long seed, LocalDate asOf,
			int lines) {

		public static Shape of(String... args) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				int eq = arg.indexOf('=');
				if (eq < 1) {
					throw new IllegalArgumentException("Expected key=value, got '" + arg + "'");
				}
				given.put(arg.substring(0, eq), arg.substring(eq + 1));
			}
			var shape = new Shape(given.getOrDefault("trust", "bench-trust"),
					Integer.parseInt(given.getOrDefault("schools", "150")), Integer.parseInt(given.getOrDefault("staff", "100")),
					Integer.parseInt(given.getOrDefault("policies", "1")),
					Double.parseDouble(given.getOrDefault("ackRate", "0.8")), Long.parseLong(given.getOrDefault("seed", "42")),
					LocalDate.parse(given.getOrDefault("asOf", "2026-11-22")),
					Integer.parseInt(given.getOrDefault("lines", "1")));
			given.keySet().removeAll(List.of("trust", "schools", "staff", "policies", "ackRate", "seed", "asOf", "lines",
					"history", "replace"));
			if (!given.isEmpty()) {
				throw new IllegalArgumentException("Unknown parameters: " + given.keySet());
			}
			return shape;
		}

		public Shape withTrust(String trustId, int schools, int staff) {
			return new Shape(trustId, schools, staff, this.policies, this.ackRate, this.seed, this.asOf, this.lines);
		}

		public Shape withLines(int lines) {
			return new Shape(this.trustId, this.schools, this.staff, this.policies, this.ackRate, this.seed, this.asOf,
					lines);
		}

		String policyId(int policy) {
			return this.trustId + "-policy-" + (policy + 1);
		}

	}

	/** A published school policy and the people who must acknowledge it but have not. */
	public record LivePolicy(String schoolId, String variantId, List<String> outstanding) {
	}

	/** What was written. */
	public record Summary(Shape shape, Map<String, Long> documents, long acknowledgements, long required,
			List<LivePolicy> live, Duration took) {

		public long total() {
			return this.documents.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Writes the trust, its policies and every school; the ledger holds the current line only. */
	public Summary generate(Shape shape) {
		long started = System.nanoTime();
		var writer = new Writer(this.mongo, this.out, shape.trustId(), shape.schools());
		writer.add(new Trust(shape.trustId(), "Synthetic Trust " + shape.trustId() + " (fictional)"));
		for (int p = 0; p < shape.policies(); p++) {
			trustPolicy(shape, p, writer);
		}
		long acknowledgements = 0;
		long required = 0;
		List<LivePolicy> live = new ArrayList<>();
		for (int n = 0; n < shape.schools(); n++) {
			SchoolPlan plan = new SchoolPlan(shape, n);
			plan.documents.forEach(writer::add);
			acknowledgements += plan.acknowledgements;
			required += plan.required;
			live.addAll(plan.live);
			writer.schoolDone();
		}
		writer.flush();
		return new Summary(shape, writer.written, acknowledgements, required, live,
				Duration.ofNanos(System.nanoTime() - started));
	}

	/** How many acknowledgements one line of the ledger holds, worked out without writing anything. */
	public long acknowledgementsPerLine(Shape shape) {
		long count = 0;
		for (int n = 0; n < shape.schools(); n++) {
			count += new SchoolPlan(shape, n).acknowledgements;
		}
		return count;
	}

	/**
	 * Fills the ledger's earlier lines (1 to {@code lines - 1}) of every published policy: the
	 * same people acknowledging past MAJOR versions at the same rate, with the counters of those
	 * lines as {@link AcknowledgementCounters#repair()} would build them. The schools, people,
	 * live versions and current counters stay exactly as {@link #generate} wrote them.
	 */
	public long writeHistory(Shape shape) {
		return writeHistory(shape, 1, shape.lines() - 1);
	}

	/** Lines {@code from} to {@code to} (inclusive) of the history: any split writes the same documents. */
	public long writeHistory(Shape shape, int from, int to) {
		var writer = new Writer(this.mongo, this.out, shape.trustId() + " ledger lines " + from + "-" + to, shape.schools());
		long written = 0;
		for (int n = 0; n < shape.schools(); n++) {
			SchoolPlan plan = new SchoolPlan(shape, n);
			for (LivePolicy policy : plan.live) {
				Instant published = plan.publishedAt.get(policy.variantId());
				for (int line = from; line <= Math.min(to, shape.lines() - 1); line++) {
					var random = new SplittableRandom(mix(shape.seed(), policy.variantId(), line));
					Map<String, Long> byStart = new LinkedHashMap<>();
					Instant at = published.minus(Duration.ofDays(7L * (shape.lines() - line)));
					for (Person person : plan.requiredPeople) {
						if (random.nextDouble() < shape.ackRate()) {
							writer.add(new Acknowledgement(person.id() + ":" + policy.variantId() + ":" + line,
									shape.trustId(), plan.schoolId, policy.variantId(), person.id(), line, line, at,
									AcknowledgementMethod.SELF, person.id(), null));
							byStart.merge(person.startDate().toString(), 1L, Long::sum);
							written++;
						}
					}
					writer.add(new AcknowledgementCounter(policy.variantId() + ":" + line, shape.trustId(), plan.schoolId,
							policy.variantId(), line, byStart.values().stream().mapToLong(Long::longValue).sum(), byStart));
				}
			}
			writer.schoolDone();
		}
		writer.flush();
		return written;
	}

	/** Removes every document of a trust (each collection by trust id), leaving other trusts alone. */
	public void remove(String trustId) {
		for (String collection : COLLECTIONS) {
			this.mongo.getCollection(collection).deleteMany(new Document("trustId", trustId));
		}
		this.mongo.getCollection("trusts").deleteMany(new Document("_id", trustId));
	}

	public boolean exists(String trustId) {
		return this.mongo.getCollection("trusts").countDocuments(new Document("_id", trustId)) > 0;
	}

	private static void trustPolicy(Shape shape, int p, Writer writer) {
		String policyId = shape.policyId(p);
		String title = "Synthetic Policy " + (p + 1);
		LocalDate firstApproved = shape.asOf().minusYears(3);
		LocalDate approved = shape.asOf().minusDays(400);
		TrustPolicyVersion current = null;
		for (int number = 1; number <= 2; number++) {
			LocalDate on = (number == 1) ? firstApproved : approved;
			current = new TrustPolicyVersion(TrustPolicyVersion.idOf(policyId, number), shape.trustId(), policyId, number,
					"V" + number + ".0", title, "Policy", "Trust safeguarding lead", "Board of Trustees",
					new DocumentDate(on, DocumentDate.Precision.DAY), baseSections(number), PublicationKind.MAJOR,
					"Version " + number, "bench", on.atStartOfDay(UK).toInstant(), 0);
			writer.add(current);
		}
		var policy = new TrustPolicy(policyId, shape.trustId(), title, 12, 2, null, null, 2);
		writer.add(policy);
		writer.add(ReviewSchedules.forTrustPolicy(policy, current, approved));
	}

	private static List<PolicySection> baseSections(int version) {
		List<PolicySection> sections = new ArrayList<>();
		for (int s = 1; s <= BASE_SECTIONS; s++) {
			String body = "Trust text for section " + s + (version > 1 && s % 3 == 0 ? ", as revised in version 2. " : ". ")
					+ LOREM;
			sections.add(new PolicySection(String.valueOf(s), String.valueOf(s), "Section " + s, body, List.of()));
		}
		return sections;
	}

	private static final String LOREM = "Staff must keep personal and professional accounts apart, must not accept "
			+ "pupils or parents as friends or followers on personal accounts, and must report any concern about a "
			+ "child's safety online to the Designated Safeguarding Lead on the same day. ";

	private static long mix(long seed, String trustId, int school) {
		long h = seed * 0x9E3779B97F4A7C15L + trustId.hashCode();
		h ^= (h >>> 31);
		return h * 0xBF58476D1CE4E5B9L + school;
	}

	/** One school's documents, worked out from the shape alone. */
	private static final class SchoolPlan {

		final String schoolId;

		final List<Object> documents = new ArrayList<>();

		final List<Person> requiredPeople = new ArrayList<>();

		final List<LivePolicy> live = new ArrayList<>();

		final Map<String, Instant> publishedAt = new LinkedHashMap<>();

		long acknowledgements;

		long required;

		SchoolPlan(Shape shape, int n) {
			var random = new SplittableRandom(mix(shape.seed(), shape.trustId(), n));
			String trust = shape.trustId();
			LocalDate asOf = shape.asOf();
			this.schoolId = "%s-school-%05d".formatted(trust, n);
			double phase = random.nextDouble();
			this.documents.add(new School(this.schoolId, trust, "Synthetic School %05d (fictional)".formatted(n),
					String.valueOf(900_000 + n), phase < 0.7 ? SchoolPhase.PRIMARY
							: phase < 0.95 ? SchoolPhase.SECONDARY : SchoolPhase.SPECIAL,
					"Synthetic Borough " + (n % 40), null, null, null, null));

			List<Person> people = new ArrayList<>();
			for (int j = 0; j < shape.staff(); j++) {
				String id = "%s-p%04d".formatted(this.schoolId, j);
				var person = new Person(id, trust, List.of(this.schoolId), "Person %d of school %d (fictional)".formatted(j, n),
						null, null, staffType(random.nextDouble()),
						random.nextDouble() < 0.92 ? StaffStatus.ACTIVE : StaffStatus.LEFT,
						asOf.minusDays(random.nextInt(3_650)), "EMP-" + id, true);
				people.add(person);
				if (AcknowledgementRules.DEFAULT.requires(person, this.schoolId)) {
					this.requiredPeople.add(person);
				}
			}
			this.documents.addAll(people);
			List<Person> active = people.stream().filter(person -> person.status() == StaffStatus.ACTIVE).toList();
			if (active.isEmpty()) {
				active = people;
			}

			if (!active.isEmpty()) {
				Person head = pick(active, random, StaffType.LEADERSHIP);
				appoint(trust, AppointmentRole.HEADTEACHER, head, "Headteacher", asOf.minusDays(random.nextInt(3_000)), null);
				if (random.nextDouble() < 0.9) {
					Person dsl = pick(active, random, StaffType.TEACHER);
					LocalDate since = asOf.minusDays(30 + random.nextInt(2_000));
					appoint(trust, AppointmentRole.DSL, dsl, "DHT", since, null);
					if (random.nextDouble() < 0.3) {
						Person former = people.get(random.nextInt(people.size()));
						this.documents.add(new Appointment(this.schoolId + "-dsl-former", trust, this.schoolId,
								AppointmentRole.DSL, former.id(), "DHT", null,
								new DocumentDate(since.minusYears(3), DocumentDate.Precision.MONTH), since.minusDays(1),
								"synthetic"));
					}
				}
				if (random.nextDouble() < 0.85) {
					Person governor = pick(active, random, StaffType.GOVERNOR);
					appoint(trust, AppointmentRole.LEAD_GOVERNOR, governor, "Governor",
							asOf.minusDays(random.nextInt(2_000)), "safeguarding");
				}
			}

			List<ChannelPlatform> platforms = new ArrayList<>(List.of(ChannelPlatform.FACEBOOK, ChannelPlatform.X,
					ChannelPlatform.INSTAGRAM, ChannelPlatform.YOUTUBE, ChannelPlatform.CLASS_DOJO, ChannelPlatform.WEBSITE));
			int channels = 1 + random.nextInt(3);
			for (int c = 0; c < channels; c++) {
				ChannelPlatform platform = platforms.remove(random.nextInt(platforms.size()));
				List<String> managers = (random.nextDouble() < 0.8 && !active.isEmpty())
						? List.of(active.get(random.nextInt(active.size())).id()) : List.of();
				this.documents.add(new Channel(this.schoolId + "-" + platform.name().toLowerCase(), trust, this.schoolId,
						platform, platform.name() + " of school " + n, "@school" + n, null, managers,
						List.of("Celebrations of pupils' work", "Term dates"), List.of("Pupils' full names"),
						List.of("Comments are moderated within one school day"),
						random.nextDouble() < 0.9 ? ChannelStatus.ACTIVE : ChannelStatus.RETIRED));
			}

			for (int p = 0; p < shape.policies(); p++) {
				variant(shape, p, random);
			}
		}

		private void variant(Shape shape, int p, SplittableRandom random) {
			String trust = shape.trustId();
			LocalDate asOf = shape.asOf();
			double state = random.nextDouble();
			if (state >= 0.9) {
				return; // the school has not adopted the policy
			}
			String policyId = shape.policyId(p);
			String variantId = this.schoolId + "--policy-" + (p + 1);
			int base = random.nextDouble() < 0.85 ? 2 : 1;
			List<VariantSection> sections = new ArrayList<>();
			List<String> removed = new ArrayList<>();
			for (int s = 1; s <= BASE_SECTIONS; s++) {
				String key = String.valueOf(s);
				double disposition = random.nextDouble();
				if (disposition < 0.75) {
					sections.add(VariantSection.inherited(key));
				}
				else if (disposition < 0.93) {
					sections.add(VariantSection.replacing(key, new PolicySection(key, key, "Section " + s + " at this school",
							"The school's own text for section " + s + ". " + LOREM, List.of())));
				}
				else {
					removed.add(key);
				}
			}
			if (random.nextDouble() < 0.3) {
				sections.add(VariantSection.added(new PolicySection("local-1", "9", "Our own channels",
						"Rules for the school's own channels. " + LOREM, List.of())));
			}
			VariantDetails details = details(shape, random);
			// an undated document is dated by its publication, as the service does, except a few seed-like unscheduled ones
			boolean unscheduled = details.reviewedOn() == null && details.nextReviewDue() == null
					&& random.nextDouble() < 0.25;
			String head = this.schoolId + "-head-login";
			if (state >= 0.8) {
				var draft = new VariantDraft(policyId, base, details, sections, removed, List.of(), head,
						asOf.minusDays(random.nextInt(200)).atStartOfDay(UK).toInstant());
				this.documents.add(new PolicyVariant(variantId, trust, this.schoolId, policyId, null, draft, 1));
				return;
			}
			Instant published = asOf.minusDays(1 + random.nextInt(730)).atStartOfDay(UK).plusHours(9).toInstant();
			int number = shape.lines();
			var version = new VariantVersion(VariantVersion.idOf(variantId, number), trust, this.schoolId, variantId, policyId,
					number, PublicationKind.MAJOR, "Published for staff", head, published, base, details, sections, removed,
					number, number);
			var variant = new PolicyVariant(variantId, trust, this.schoolId, policyId, version, null, number);
			this.documents.add(version);
			this.documents.add(variant);
			LocalDate publishedOn = published.atZone(UK).toLocalDate();
			this.documents.add(ReviewSchedules.forVariant(variant, version, unscheduled ? null : publishedOn));
			this.publishedAt.put(variantId, published);

			List<String> outstanding = new ArrayList<>();
			for (Person person : this.requiredPeople) {
				this.required++;
				if (random.nextDouble() < shape.ackRate()) {
					Instant start = person.startDate().atStartOfDay(UK).toInstant();
					Instant from = start.isAfter(published) ? start : published;
					Instant to = asOf.atStartOfDay(UK).toInstant();
					long span = Math.max(1, Duration.between(from, to).toMinutes());
					Instant at = from.plus(Duration.ofMinutes(random.nextLong(span)));
					boolean self = random.nextDouble() < 0.9;
					this.documents.add(new Acknowledgement(person.id() + ":" + variantId + ":" + number, trust, this.schoolId,
							variantId, person.id(), number, number, at,
							self ? AcknowledgementMethod.SELF : AcknowledgementMethod.ON_BEHALF, self ? person.id() : head,
							self ? null : "Signed paper form (synthetic)"));
					this.acknowledgements++;
				}
				else {
					outstanding.add(person.id());
				}
			}
			this.live.add(new LivePolicy(this.schoolId, variantId, outstanding));
		}

		/** Review dates as schools write them: a review date, a stated next review, or nothing. */
		private static VariantDetails details(Shape shape, SplittableRandom random) {
			LocalDate asOf = shape.asOf();
			double kind = random.nextDouble();
			DocumentDate reviewedOn = null;
			DocumentDate nextReview = null;
			String reviewedBy = random.nextBoolean() ? "Governing Body" : "Headteacher";
			if (kind < 0.6) {
				reviewedOn = new DocumentDate(asOf.minusDays(random.nextInt(730)), DocumentDate.Precision.DAY);
			}
			else if (kind < 0.8) {
				YearMonth month = YearMonth.from(asOf).plusMonths(random.nextInt(-6, 13));
				nextReview = new DocumentDate(month.atDay(1), DocumentDate.Precision.MONTH);
			}
			Integer cycle = random.nextDouble() < 0.1 ? 24 : null;
			return new VariantDetails("Synthetic Policy (school)", "Headteacher", null, reviewedBy, reviewedOn,
					"Governing Body", null, nextReview, cycle, null, null);
		}

		private void appoint(String trust, AppointmentRole role, Person person, String title, LocalDate since,
				String responsibility) {
			this.documents.add(new Appointment(this.schoolId + "-" + role.name().toLowerCase(), trust, this.schoolId, role,
					person.id(), title, responsibility, new DocumentDate(since, DocumentDate.Precision.DAY), null, "synthetic",
					Appointment.slotOf(this.schoolId, role, person.id())));
		}

		private static Person pick(List<Person> people, SplittableRandom random, StaffType preferred) {
			List<Person> of = people.stream().filter(person -> person.staffType() == preferred).toList();
			List<Person> from = of.isEmpty() ? people : of;
			return from.get(random.nextInt(from.size()));
		}

		private static StaffType staffType(double r) {
			return r < 0.50 ? StaffType.TEACHER : r < 0.85 ? StaffType.SUPPORT : r < 0.90 ? StaffType.LEADERSHIP
					: r < 0.95 ? StaffType.GOVERNOR : r < 0.98 ? StaffType.VOLUNTEER : StaffType.CONTRACTOR;
		}

	}

	/** Buffers documents per type and writes them in unordered bulk inserts, reporting progress. */
	private static final class Writer {

		private final MongoTemplate mongo;

		private final PrintStream out;

		private final String what;

		private final int schools;

		private final Map<Class<?>, List<Object>> buffers = new LinkedHashMap<>();

		final Map<String, Long> written = new LinkedHashMap<>();

		private final long started = System.nanoTime();

		private long added;

		private long total;

		private long reportedAt;

		private int schoolsDone;

		private int lastDecile;

		Writer(MongoTemplate mongo, PrintStream out, String what, int schools) {
			this.mongo = mongo;
			this.out = out;
			this.what = what;
			this.schools = schools;
		}

		void add(Object document) {
			this.added++;
			List<Object> buffer = this.buffers.computeIfAbsent(document.getClass(), type -> new ArrayList<>());
			buffer.add(document);
			if (buffer.size() >= BATCH) {
				write(document.getClass(), buffer);
			}
		}

		void schoolDone() {
			this.schoolsDone++;
			int decile = (int) (10L * this.schoolsDone / Math.max(1, this.schools));
			if (decile > this.lastDecile && this.schools >= 20) {
				this.lastDecile = decile;
				report();
			}
		}

		void flush() {
			this.buffers.forEach((type, buffer) -> {
				if (!buffer.isEmpty()) {
					write(type, buffer);
				}
			});
		}

		private void write(Class<?> type, List<Object> buffer) {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(buffer).execute();
			this.written.merge(this.mongo.getCollectionName(type), (long) buffer.size(), Long::sum);
			this.total += buffer.size();
			buffer.clear();
			if (this.total - this.reportedAt >= 50_000) {
				report();
			}
		}

		private void report() {
			this.reportedAt = this.total;
			double seconds = (System.nanoTime() - this.started) / 1e9;
			this.out.printf("  %s: %,d/%,d schools, %,d documents (%,d written), %.1f s (%,.0f documents/s)%n", this.what,
					this.schoolsDone, this.schools, this.added, this.total, seconds, this.added / Math.max(seconds, 1e-3));
		}

	}

	/**
	 * Generates one trust into the database the application is configured for, then builds the
	 * counters from the ledger. Parameters as key=value: trust, schools, staff, policies, ackRate,
	 * seed, asOf, lines, history (write the earlier lines too), replace (remove the trust first); arguments
	 * starting with {@code --} are Spring properties, e.g. {@code --trustboard.mongo.embedded.data-dir=/tmp/bench}.
	 */
	public static void main(String[] args) {
		List<String> spring = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--trustboard.seed.on-start=never"));
		List<String> params = new ArrayList<>();
		for (String arg : args) {
			(arg.startsWith("--") ? spring : params).add(arg);
		}
		Shape shape = Shape.of(params.toArray(String[]::new));
		boolean history = params.contains("history=true");
		boolean replace = params.contains("replace=true");
		var app = new SpringApplication(Trustboard.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run(spring.toArray(String[]::new))) {
			var generator = new SyntheticTrust(context.getBean(MongoTemplate.class), System.out);
			if (generator.exists(shape.trustId())) {
				if (!replace) {
					System.err.println("Trust " + shape.trustId() + " already exists: pass replace=true or another trust=");
					System.exit(2);
				}
				generator.remove(shape.trustId());
			}
			System.out.println("Generating " + shape);
			Summary summary = generator.generate(shape);
			long past = history ? generator.writeHistory(shape) : 0;
			System.out.printf("Wrote %,d documents in %.1f s: %s%n", summary.total(), summary.took().toMillis() / 1e3,
					summary.documents());
			System.out.printf("Acknowledgements: %,d of %,d required at published policies (current line), %,d on earlier lines%n",
					summary.acknowledgements(), summary.required(), past);
			long repairing = System.nanoTime();
			try {
				int differences = context.getBean(AcknowledgementCounters.class).repair().size();
				System.out.printf("Counters rebuilt from the ledger in %.1f s (%d set)%n",
						(System.nanoTime() - repairing) / 1e9, differences);
			}
			catch (RuntimeException ex) {
				System.out.println("Counter repair failed (" + ex.getMessage() + "): the current line's counters are missing");
				System.exit(1);
			}
		}
	}

}
