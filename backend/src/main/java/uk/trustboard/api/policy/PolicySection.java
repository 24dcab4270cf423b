package uk.trustboard.api.policy;

import java.util.List;

/** A section as written: its full text, plus the rules in it for filtering by audience. */
public record PolicySection(String key, String number, String heading, String body, List<PolicyRule> rules) {
}
