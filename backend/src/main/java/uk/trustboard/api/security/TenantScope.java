package uk.trustboard.api.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The data a caller may see: one trust, and within it every school or only some. Every
 * repository query takes one and applies it, so another tenant's documents are never read.
 *
 * @param trustId the caller's trust
 * @param schoolIds the schools it may see, or empty with {@code wholeTrust}
 * @param wholeTrust whether every school of the trust is in scope
 */
public record TenantScope(String trustId, Set<String> schoolIds, boolean wholeTrust) {

	public static TenantScope trust(String trustId) {
		return new TenantScope(trustId, Set.of(), true);
	}

	public static TenantScope schools(String trustId, Collection<String> schoolIds) {
		return new TenantScope(trustId, Set.copyOf(schoolIds), false);
	}

	public boolean includesTrust(String trustId) {
		return this.trustId.equals(trustId);
	}

	public boolean includesSchool(String trustId, String schoolId) {
		return includesTrust(trustId) && (this.wholeTrust || this.schoolIds.contains(schoolId));
	}

	/** Whether a document of this trust that belongs to any of these schools (a person's, say) is in scope. */
	public boolean includesAnySchool(String trustId, Collection<String> schoolIds) {
		return includesTrust(trustId)
			&& (this.wholeTrust || (schoolIds != null && schoolIds.stream().anyMatch(this.schoolIds::contains)));
	}

	/** A query for documents matching {@code criteria} that belong to the caller's trust. */
	public Query trustQuery(String trustField, Criteria criteria) {
		return Query.query(new Criteria().andOperator(Criteria.where(trustField).is(this.trustId), criteria));
	}

	/**
	 * A query for documents matching {@code criteria} that belong to the caller's trust and to a
	 * school in scope, by the given school field (a single id or an array of ids).
	 */
	public Query schoolQuery(String schoolField, Criteria criteria) {
		Criteria trust = Criteria.where("trustId").is(this.trustId);
		Criteria scoped = this.wholeTrust ? trust
				: new Criteria().andOperator(trust, Criteria.where(schoolField).in(this.schoolIds));
		return Query.query(new Criteria().andOperator(scoped, criteria));
	}

}
