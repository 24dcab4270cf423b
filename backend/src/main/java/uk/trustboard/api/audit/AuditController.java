package uk.trustboard.api.audit;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Paging;

@Controller
class AuditController {

	private final AuditReading reading;

	AuditController(AuditReading reading) {
		this.reading = reading;
	}

	@QueryMapping
	Window<AuditEntry> auditLog(ScrollSubrange subrange) {
		return this.reading.page(Paging.of(subrange));
	}

}
