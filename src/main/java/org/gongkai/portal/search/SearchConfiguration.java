package org.gongkai.portal.search;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Lucene index, unless another {@link CatalogueIndex} bean (an OpenSearch
 * client) is configured. {@code gongkai.portal.search.directory} names a folder to keep
 * it in; empty keeps it in memory. Either way each instance builds it from the database
 * when it starts.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(CatalogueIndex.class)
	LuceneCatalogueIndex catalogueIndex(@Value("${gongkai.portal.search.directory:}") String directory) {
		return new LuceneCatalogueIndex(directory.isBlank() ? null : Path.of(directory));
	}

}
