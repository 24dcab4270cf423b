package uk.trustboard.api.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One mutation call: who, what, on which target, when, and how it ended. Written once, never changed. */
@Document("audit_log")
public record AuditEntry(@Id String id, String trustId, Instant at, String subject, String clientId, List<String> roles,
		String operation, List<String> targetIds, AuditOutcome outcome, List<String> details) {
}
