package uk.trustboard.api.reliability;

import java.nio.charset.StandardCharsets;

/** One bad request: what it sends, and the status and the text (an error code or message) it must get back. */
record BadInput(String name, String contentType, byte[] body, int status, String expected) {

	@Override
	public String toString() {
		String shown = new String(this.body, StandardCharsets.UTF_8);
		return this.name + ": " + ((shown.length() > 120) ? shown.substring(0, 120) + "..." : shown);
	}

}
