package org.gongkai.appeals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the appeals module ({@code gongkai.appeals.*}); defaults documented in
 * docs/appeals.md.
 *
 * @param maxDocumentSize the largest document accepted (decisions and judgments are often
 * scanned)
 */
@ConfigurationProperties("gongkai.appeals")
public record AppealsProperties(@DefaultValue("20MB") DataSize maxDocumentSize) {
}
