package org.gongkai.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a JSON body is read, every string value that holds a character no field
 * accepts ({@link TextInput}): JSON escapes such as {@code \u0000} or a lone
 * {@code \ud800} would otherwise reach the database. Jackson reports the property's path,
 * and {@link ApiProblems} answers 400 naming it.
 */
final class JsonTextCheck extends StringDeserializer {

	/** Thrown by the check; Jackson wraps it with the path of the property. */
	static final class Refused extends RuntimeException {

		Refused() {
			super("text with a forbidden character");
		}

	}

	/** The module that puts the check in place of Jackson's own reading of strings. */
	static SimpleModule module() {
		SimpleModule module = new SimpleModule("gongkai-text-input");
		module.addDeserializer(String.class, new JsonTextCheck());
		return module;
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (TextInput.hasForbiddenCharacter(value)) {
			throw new Refused();
		}
		return value;
	}

}
