package uk.trustboard.api.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.people.SchoolMembers;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * A head adds, changes and retires their own school's channels. Every field is checked before the
 * one write that stores it, so a refused input leaves nothing behind. A change of managers ends
 * the periods of those who leave and begins those of newcomers in that same write.
 */
@Service
class ChannelManagement {

	private static final int ATTEMPTS = 3;

	private final ChannelRepository channels;

	private final SchoolRepository schools;

	private final SchoolMembers members;

	private final Clock clock;

	ChannelManagement(ChannelRepository channels, SchoolRepository schools, SchoolMembers members, Clock clock) {
		this.channels = channels;
		this.schools = schools;
		this.members = members;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	ChannelPayload add(AddChannelInput input) {
		TenantScope scope = Callers.scope();
		School school = this.schools.findById(input.schoolId(), scope)
			.orElseThrow(() -> new NotFoundException("school", input.schoolId()));
		ChannelFields fields = new ChannelFields();
		ChannelPlatform platform = fields.required("platform", input.platform());
		String name = fields.name(input.name());
		String handle = fields.handle(input.handle());
		String url = fields.url(input.url());
		List<String> managers = fields.personIds("managerPersonIds", input.managerPersonIds());
		List<String> willPost = fields.items("willPost", input.willPost());
		List<String> willNotPost = fields.items("willNotPost", input.willNotPost());
		List<String> moderationRules = fields.items("moderationRules", input.moderationRules());
		List<UserError> errors = new ArrayList<>(fields.errors());
		errors.addAll(this.members.checkAll(school.id(), managers, "managerPersonIds", scope));
		if (!errors.isEmpty()) {
			return ChannelPayload.rejected(errors);
		}
		String id = school.id() + "-" + platform.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID();
		List<String> distinct = ChannelFields.distinct(managers);
		Instant now = this.clock.instant();
		List<ChannelManagerPeriod> history = distinct.stream()
			.map(personId -> new ChannelManagerPeriod(personId, now, null))
			.toList();
		return ChannelPayload.of(this.channels.insert(new Channel(id, school.trustId(), school.id(), platform, name, handle,
				url, distinct, willPost, willNotPost, moderationRules, ChannelStatus.ACTIVE, history, 0), scope));
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	ChannelPayload update(UpdateChannelInput input) {
		TenantScope scope = Callers.scope();
		Channel channel = this.channels.findById(input.channelId(), scope)
			.orElseThrow(() -> new NotFoundException("channel", input.channelId()));
		if (channel.status() == ChannelStatus.RETIRED) {
			return ChannelPayload.rejected(List.of(retired()));
		}
		ChannelFields fields = new ChannelFields();
		Map<String, Object> changes = new LinkedHashMap<>();
		present(input.platform(), platform -> changes.put("platform", fields.required("platform", platform)));
		present(input.name(), name -> changes.put("name", fields.name(name)));
		present(input.handle(), handle -> changes.put("handle", fields.handle(handle)));
		present(input.url(), url -> changes.put("url", fields.url(url)));
		present(input.willPost(), items -> changes.put("willPost", fields.items("willPost", items)));
		present(input.willNotPost(), items -> changes.put("willNotPost", fields.items("willNotPost", items)));
		present(input.moderationRules(),
				items -> changes.put("moderationRules", fields.items("moderationRules", items)));
		List<String> managers = input.managerPersonIds().isOmitted() ? null
				: fields.personIds("managerPersonIds", input.managerPersonIds().value());
		List<UserError> errors = new ArrayList<>(fields.errors());
		if (managers != null) {
			errors.addAll(this.members.checkAll(channel.schoolId(), managers, "managerPersonIds", scope));
		}
		if (!errors.isEmpty()) {
			return ChannelPayload.rejected(errors);
		}
		if (managers != null) {
			return updateWithManagers(channel, changes, ChannelFields.distinct(managers), scope);
		}
		if (changes.isEmpty()) {
			return ChannelPayload.of(channel);
		}
		return this.channels.updateActive(channel.id(), changes, scope)
			.map(ChannelPayload::of)
			// retired (or gone from scope) between the read and the write
			.orElseGet(() -> ChannelPayload.rejected(List.of(retired())));
	}

	/**
	 * The history is computed from the managers as read, so it is written only if they are
	 * unchanged since; otherwise read again and recompute. A call that keeps losing to other
	 * changes of the same channel's managers answers CONCURRENT_CHANGE and changes nothing.
	 */
	private ChannelPayload updateWithManagers(Channel read, Map<String, Object> changes, List<String> managers,
			TenantScope scope) {
		Channel channel = read;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			var history = ManagerHistory.after(channel, managers, this.clock.instant());
			var updated = this.channels.updateActiveManagers(channel, changes, managers, history, scope);
			if (updated.isPresent()) {
				return ChannelPayload.of(updated.get());
			}
			channel = this.channels.findById(read.id(), scope).orElse(null);
			if (channel == null || channel.status() == ChannelStatus.RETIRED) {
				return ChannelPayload.rejected(List.of(retired()));
			}
		}
		return ChannelPayload.rejected(List.of(UserError.of("managerPersonIds", UserErrorCode.CONCURRENT_CHANGE,
				"Someone else is changing this channel's managers at the same moment; read the channel again and retry")));
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	ChannelPayload retire(String channelId) {
		return this.channels.retire(channelId, Callers.scope())
			.map(ChannelPayload::of)
			.orElseThrow(() -> new NotFoundException("channel", channelId));
	}

	private static UserError retired() {
		return UserError.of("channelId", UserErrorCode.ALREADY_RETIRED,
				"The channel is retired and kept for the record; add a new channel instead");
	}

	/** Runs {@code action} when the field was given, even as null (which clears it). */
	private static <T> void present(ArgumentValue<T> value, Consumer<T> action) {
		if (!value.isOmitted()) {
			action.accept(value.value());
		}
	}

}
