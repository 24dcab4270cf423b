package uk.trustboard.api.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

	/** Replaces Boot's JSON keyset cursors; see {@link KeysetCursorStrategy}. */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CursorStrategy.withEncoder(new KeysetCursorStrategy(), new Base64UrlCursorEncoder());
	}

}
