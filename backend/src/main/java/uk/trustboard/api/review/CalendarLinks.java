package uk.trustboard.api.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.school.SchoolDirectory;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * Calendar subscription links. Outlook, Google Calendar and Apple Calendar subscribe to a URL and
 * cannot send a sign-in token, so a link carries a 256-bit random secret instead. The secret is
 * shown once, when the link is made, and only its hash is kept. A link shows what its maker could
 * see when it was made, for a year or until revoked: that is the authorization the feed applies,
 * in place of a token.
 */
@Service
class CalendarLinks {

	/** A year and a day: long enough that a subscription made at a yearly review outlives the next one. */
	static final Duration LIFETIME = Duration.ofDays(366);

	/** 32 random bytes in URL-safe Base64 without padding. */
	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final CalendarLinkRepository links;

	private final ReviewScheduleRepository schedules;

	private final SchoolDirectory schools;

	private final Clock clock;

	CalendarLinks(CalendarLinkRepository links, ReviewScheduleRepository schedules, SchoolDirectory schools,
			Clock clock) {
		this.links = links;
		this.schedules = schedules;
		this.schools = schools;
		this.clock = clock;
	}

	/** A new link to one school's calendar, or (schoolId null) to every review the caller sees. */
	@PreAuthorize("hasAuthority('SUBSCRIBE_REVIEW_CALENDAR')")
	Made make(String schoolId) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		if (schoolId != null) {
			this.schools.school(schoolId);
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		var link = new CalendarLink(UUID.randomUUID().toString(), hash(secret), scope.trustId(),
				scope.wholeTrust() ? null : List.copyOf(scope.schoolIds()), schoolId, caller.subject(), now,
				now.plus(LIFETIME), null);
		this.links.insert(link);
		return new Made(link, "/reviews/calendar/" + secret + ".ics");
	}

	/** The links the caller made, newest first. */
	@PreAuthorize("hasAuthority('SUBSCRIBE_REVIEW_CALENDAR')")
	List<CalendarLink> mine() {
		Caller caller = Callers.current();
		return this.links.findByMaker(caller.trustId(), caller.subject());
	}

	/** Revokes one of the caller's links (again: no change); empty when the caller made none of this id. */
	@PreAuthorize("hasAuthority('SUBSCRIBE_REVIEW_CALENDAR')")
	Optional<CalendarLink> revoke(String id) {
		Caller caller = Callers.current();
		return this.links.revoke(id, caller.trustId(), caller.subject(), this.clock.instant());
	}

	/**
	 * The link this secret opens and the reviews it shows, if it works now. No token is involved:
	 * the secret is the authorization, and the link's own scope bounds what is read.
	 */
	Optional<Opened> open(String secret) {
		if (secret == null || !SECRET.matcher(secret).matches()) {
			return Optional.empty();
		}
		return this.links.findBySecretHash(hash(secret))
			.filter(link -> link.worksAt(this.clock.instant()))
			.map(link -> new Opened(link, this.schedules.scheduled(link.schoolId(), link.scope())));
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** @param path the address to subscribe to, relative to the API's base address; shown only now */
	record Made(CalendarLink link, String path) {
	}

	record Opened(CalendarLink link, List<ReviewSchedule> scheduled) {
	}

}
