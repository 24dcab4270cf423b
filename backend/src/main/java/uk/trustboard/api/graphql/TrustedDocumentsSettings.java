package uk.trustboard.api.graphql;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.trustboard.api.security.Role;

/**
 * Which GraphQL documents callers may run ({@code trustboard.graphql}).
 *
 * @param persistedDocuments manifests of registered operations (Apollo's persisted query manifest
 * format), e.g. {@code classpath:persisted/manifest.json} (the guide's operations) and the front
 * end's own, e.g. {@code file:/etc/trustboard/front-end-manifest.json}
 * @param adHocRoles roles that may also send documents of their own; a caller with none of them
 * may run registered operations only. Left out, every role.
 */
@ConfigurationProperties("trustboard.graphql")
record TrustedDocumentsSettings(List<String> persistedDocuments, Set<Role> adHocRoles) {

	TrustedDocumentsSettings {
		persistedDocuments = (persistedDocuments != null) ? List.copyOf(persistedDocuments) : List.of();
		adHocRoles = (adHocRoles != null) ? Set.copyOf(adHocRoles) : EnumSet.allOf(Role.class);
	}

}
