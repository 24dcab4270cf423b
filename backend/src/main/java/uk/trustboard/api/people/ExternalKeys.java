package uk.trustboard.api.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Before the service takes traffic, gives the people stored before {@link Person#externalKey}
 * existed (a local database loaded from older seed data) their key: the import matches people by
 * it, and would otherwise create them a second time. Finds nothing on a database written since.
 */
@Component
class ExternalKeys implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ExternalKeys.class);

	private final PersonRepository people;

	ExternalKeys(PersonRepository people) {
		this.people = people;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int keyed = 0;
		for (Person person : this.people.findWithoutExternalKey()) {
			try {
				this.people.storeExternalKey(person);
				keyed++;
			}
			catch (DuplicateKeyException ex) {
				// two people of a trust with one external id: the data needs a person to merge them, not a start-up
				logger.error("Person {} has external id {}, which another person of trust {} already has; "
						+ "importing it will update the other person", person.id(), person.externalId(), person.trustId());
			}
		}
		if (keyed > 0) {
			logger.info("Stored the external key of {} people", keyed);
		}
	}

}
