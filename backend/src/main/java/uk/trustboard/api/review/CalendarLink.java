package uk.trustboard.api.review;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.security.TenantScope;

/**
 * A private address for subscribing to a review calendar from a calendar app, which cannot send a
 * token. Only a hash of its secret is stored, so the addresses cannot be read back from the
 * database. What it shows is fixed when it is made: the maker's trust and, for a head, the schools
 * the head had then ({@code schoolIds} null means the whole trust).
 *
 * @param id the link's public id (for listing and revoking; not the secret)
 * @param secretHash SHA-256 of the secret in the address, hex
 * @param trustId the maker's trust
 * @param schoolIds the maker's schools when made, or null for a trust-wide maker
 * @param schoolId only this school's reviews, or null for all the link may see
 * @param createdBy the maker's token subject
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param revokedAt when its maker revoked it, or null
 */
@Document("calendar_links")
public record CalendarLink(@Id String id, String secretHash, String trustId, List<String> schoolIds, String schoolId,
		String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt) {

	/** The scope the link reads with: the maker's when it was made. */
	TenantScope scope() {
		return (this.schoolIds == null) ? TenantScope.trust(this.trustId) : TenantScope.schools(this.trustId, this.schoolIds);
	}

	boolean worksAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
