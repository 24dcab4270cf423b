package uk.trustboard.api.channel;

import java.time.Instant;

/**
 * One person's time as a manager of a channel, kept on the channel document.
 *
 * @param since null when they were a manager before the channel's history was kept (seed data,
 * channels written before it existed)
 * @param until null while they still manage the channel
 */
public record ChannelManagerPeriod(String personId, Instant since, Instant until) {

	public boolean current() {
		return this.until == null;
	}

}
