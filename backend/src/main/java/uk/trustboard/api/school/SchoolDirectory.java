package uk.trustboard.api.school;

import org.springframework.data.domain.Window;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * Who may read which school: executives and integrations every school of their trust, heads and
 * staff the schools their token names. Anything else is not found.
 */
@Service
public class SchoolDirectory {

	private final SchoolRepository schools;

	SchoolDirectory(SchoolRepository schools) {
		this.schools = schools;
	}

	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	public School school(String id) {
		return this.schools.findById(id, Callers.scope()).orElseThrow(() -> new NotFoundException("school", id));
	}

	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	public Window<School> schools(String trustId, Paging paging) {
		TenantScope scope = Callers.scope();
		if (!scope.includesTrust(trustId)) {
			throw new NotFoundException("trust", trustId);
		}
		return this.schools.page(trustId, paging, scope);
	}

}
