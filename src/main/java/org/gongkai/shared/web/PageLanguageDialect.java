package org.gongkai.shared.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The Thymeleaf dialect that sets the {@code lang} of every page's {@code html} element
 * to the language the page is rendered in ({@code en}, or {@code zh-CN} by default), so
 * that an English page never declares itself Chinese: the templates write
 * {@code lang="zh-CN"} for the designer's static view, and screen readers and browsers
 * read the attribute to choose voice, hyphenation and fonts.
 */
@Component
class PageLanguageDialect extends AbstractProcessorDialect {

	PageLanguageDialect() {
		super("Page language", "gk", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new HtmlLang(dialectPrefix));
	}

	/** The language tag of {@code locale} as pages declare it. */
	static String tag(Locale locale) {
		if (locale == null || locale.getLanguage().isEmpty() || locale.getLanguage().equals("zh")) {
			return "zh-CN";
		}
		return locale.getLanguage();
	}

	/** Sets {@code lang} on {@code html}, after any {@code th:lang} of the template. */
	static final class HtmlLang extends AbstractElementTagProcessor {

		HtmlLang(String prefix) {
			super(TemplateMode.HTML, prefix, "html", false, null, false, 2000);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structureHandler) {
			structureHandler.setAttribute("lang", tag(context.getLocale()));
		}

	}

}
