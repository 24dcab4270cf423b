package uk.trustboard.api.acknowledgement;

/** personId left out: the signed-in person acknowledges for themselves. */
record AcknowledgePolicyInput(String variantId, String personId, String evidence) {
}
