package uk.trustboard.api.audit;

import org.springframework.data.domain.Window;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.Callers;

@Service
class AuditReading {

	private final AuditLog log;

	AuditReading(AuditLog log) {
		this.log = log;
	}

	@PreAuthorize("hasAuthority('READ_AUDIT')")
	Window<AuditEntry> page(Paging paging) {
		return this.log.page(paging, Callers.scope());
	}

}
