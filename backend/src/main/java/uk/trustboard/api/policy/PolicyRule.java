package uk.trustboard.api.policy;

public record PolicyRule(String key, String text, RuleAudience audience, RuleModality modality) {
}
