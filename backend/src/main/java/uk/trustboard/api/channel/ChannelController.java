package uk.trustboard.api.channel;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.PersonRepository;
import uk.trustboard.api.security.Callers;

@Controller
class ChannelController {

	private final PersonRepository people;

	ChannelController(PersonRepository people) {
		this.people = people;
	}

	@BatchMapping
	Map<Channel, List<Person>> managers(List<Channel> channels) {
		var ids = channels.stream().flatMap(channel -> channel.managerPersonIds().stream()).distinct().toList();
		return Batches.referencedAll(channels, Channel::managerPersonIds, this.people.findAllById(ids, Callers.scope()),
				Person::id);
	}

	/** Read from the channel document itself: no query. */
	@SchemaMapping
	List<ChannelManagerPeriod> managerHistory(Channel channel) {
		return ManagerHistory.newestFirst(channel);
	}

	/** Null for a person the caller may no longer see, e.g. one who moved to a school outside their scope. */
	@BatchMapping(typeName = "ChannelManagerPeriod", field = "person")
	Map<ChannelManagerPeriod, Person> managerPeriodPerson(List<ChannelManagerPeriod> periods) {
		var found = this.people.findAllById(Batches.keys(periods, ChannelManagerPeriod::personId), Callers.scope());
		return Batches.referenced(periods, ChannelManagerPeriod::personId, found, Person::id);
	}

}
