package org.gongkai.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the footer of a government site carries, as settings: 主办单位
 * ({@code gongkai.portal.site.sponsor}), 网站标识码 ({@code site-code}) and ICP 备案号
 * ({@code icp}); an empty setting is left out. Templates read it as the bean
 * {@code @siteSettings}, so that error pages show it too.
 */
@Component("siteSettings")
public class SiteSettings {

	/** The footer's facts. */
	public record Site(String sponsor, String siteCode, String icp) {

		public boolean isEmpty() {
			return sponsor.isBlank() && siteCode.isBlank() && icp.isBlank();
		}

	}

	private final Site site;

	SiteSettings(@Value("${gongkai.portal.site.sponsor:}") String sponsor,
			@Value("${gongkai.portal.site.site-code:}") String siteCode,
			@Value("${gongkai.portal.site.icp:}") String icp) {
		this.site = new Site(sponsor.strip(), siteCode.strip(), icp.strip());
	}

	public Site site() {
		return site;
	}

}
