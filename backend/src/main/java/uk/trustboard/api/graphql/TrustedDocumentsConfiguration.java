package uk.trustboard.api.graphql;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Registered (persisted) operations, and who may send documents of their own. */
@Configuration(proxyBeanMethods = false)
class TrustedDocumentsConfiguration {

	@Bean
	PersistedDocuments persistedDocuments(TrustedDocumentsSettings settings, ResourceLoader resources, JsonMapper json) {
		List<Resource> manifests = settings.persistedDocuments().stream().map(resources::getResource).toList();
		return PersistedDocuments.load(manifests, json);
	}

	@Bean
	GraphQlSourceBuilderCustomizer trustedDocuments(PersistedDocuments documents) {
		return builder -> builder
			.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new TrustedDocumentSupport(documents)));
	}

	// after the cost report and the timeout, so that a refusal is reported like any other answer
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 2)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	AdHocDocumentInterceptor adHocDocumentInterceptor(PersistedDocuments documents, TrustedDocumentsSettings settings) {
		return new AdHocDocumentInterceptor(documents, settings.adHocRoles());
	}

}
