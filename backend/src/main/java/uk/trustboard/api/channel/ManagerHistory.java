package uk.trustboard.api.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who managed a channel when. The open periods are always exactly the current managers: the
 * periods change in the same single-document write as {@code managerPersonIds}.
 */
final class ManagerHistory {

	private static final Comparator<ChannelManagerPeriod> NEWEST_FIRST = Comparator
		.comparing(ChannelManagerPeriod::since, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.reversed();

	private ManagerHistory() {
	}

	/**
	 * The periods in the order they began. A current manager without an open period (a channel
	 * written before the history was kept) has one that began at an unknown time.
	 */
	static List<ChannelManagerPeriod> of(Channel channel) {
		List<ChannelManagerPeriod> periods = new ArrayList<>();
		Set<String> open = channel.managerHistory().stream()
			.filter(ChannelManagerPeriod::current)
			.map(ChannelManagerPeriod::personId)
			.collect(Collectors.toSet());
		channel.managerPersonIds().stream()
			.filter(personId -> !open.contains(personId))
			.forEach(personId -> periods.add(new ChannelManagerPeriod(personId, null, null)));
		periods.addAll(channel.managerHistory());
		return periods;
	}

	/** The periods once {@code managers} manage the channel from {@code now}: those who left end, newcomers begin. */
	static List<ChannelManagerPeriod> after(Channel channel, List<String> managers, Instant now) {
		List<ChannelManagerPeriod> periods = new ArrayList<>();
		for (ChannelManagerPeriod period : of(channel)) {
			boolean leaves = period.current() && !managers.contains(period.personId());
			periods.add(leaves ? new ChannelManagerPeriod(period.personId(), period.since(), now) : period);
		}
		Set<String> staying = periods.stream()
			.filter(ChannelManagerPeriod::current)
			.map(ChannelManagerPeriod::personId)
			.collect(Collectors.toSet());
		managers.stream()
			.filter(personId -> !staying.contains(personId))
			.forEach(personId -> periods.add(new ChannelManagerPeriod(personId, now, null)));
		return List.copyOf(periods);
	}

	/** For readers: the latest first, periods of unknown start last. */
	static List<ChannelManagerPeriod> newestFirst(Channel channel) {
		return of(channel).stream().sorted(NEWEST_FIRST).toList();
	}

}
