package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;

/** A trust executive's working copy of the next version of a trust policy. */
public record TrustPolicyDraft(String title, List<PolicySection> sections, String editedBy, Instant editedAt) {
}
