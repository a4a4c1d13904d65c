package org.gongkai.disclosure;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rich-text body against the vectors of the OWASP XSS Filter Evasion Cheat Sheet: no
 * Spring.
 */
class RichTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
			"javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
			"<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=javascript:alert('XSS')>",
			"<IMG SRC=JaVaScRiPt:alert('XSS')>", "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
			"<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
			"<a onmouseover=alert(document.cookie)>xxs link</a>", "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
			"<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>", "<IMG SRC=# onmouseover=\"alert('xxs')\">",
			"<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
			"<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
			"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
			"<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
			"<IMG SRC=\"jav\tascript:alert('XSS');\">", "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
			"<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">", "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
			"<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
			"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
			"<SCRIPT SRC=http://xss.rocks/xss.js?< B >", "<iframe src=http://xss.rocks/scriptlet.html <",
			"</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>", "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
			"<BODY BACKGROUND=\"javascript:alert('XSS')\">", "<IMG DYNSRC=\"javascript:alert('XSS')\">",
			"<IMG LOWSRC=\"javascript:alert('XSS')\">", "<SVG/onload=alert('XSS')>",
			"<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
			"<svg/onload=alert('XSS')>", "<BODY ONLOAD=alert('XSS')>", "<BGSOUND SRC=\"javascript:alert('XSS');\">",
			"<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
			"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
			"<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
			"<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
			"<TABLE BACKGROUND=\"javascript:alert('XSS')\">", "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
			"<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
			"<DIV STYLE=\"width: expression(alert('XSS'));\">", "<BASE HREF=\"javascript:alert('XSS');//\">",
			"<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
			"<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
			"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
			"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
			"<form action=\"javascript:alert(1)\"><button>x</button></form>", "<details open ontoggle=alert(1)>" })
	void strips(String vector) {
		assertHarmless(RichText.sanitise("<p>正文</p>" + vector));
	}

	@Test
	void keepsTheFormattingOfADocument() {
		String body = "<h2>一、总体要求</h2><p><strong>各乡镇</strong>：现将<a href=\"https://www.gov.cn/zhengce\">有关文件</a>印发。</p>"
				+ "<ol><li>第一条</li></ol><table><tbody><tr><td colspan=\"2\">合计</td></tr></tbody></table>";
		Document cleaned = Jsoup.parseBodyFragment(RichText.sanitise(body));
		assertThat(cleaned.select("h2").text()).isEqualTo("一、总体要求");
		assertThat(cleaned.select("a").attr("href")).isEqualTo("https://www.gov.cn/zhengce");
		assertThat(cleaned.select("a").attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(cleaned.select("td").attr("colspan")).isEqualTo("2");
		assertThat(cleaned.select("li")).hasSize(1);
	}

	private static void assertHarmless(String cleaned) {
		Document document = Jsoup.parseBodyFragment(cleaned);
		assertThat(document.body()
			.select("script, style, iframe, frame, frameset, object, embed, svg, math, meta, link, base, input, form, "
					+ "button, bgsound, body body, details"))
			.as(cleaned)
			.isEmpty();
		for (Element element : document.body().getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
				assertThat(name).as(cleaned).doesNotStartWith("on").isNotIn("style", "background", "dynsrc", "lowsrc");
				assertThat(value).as(cleaned).doesNotContain("javascript:").doesNotStartWith("data:");
			}
		}
		assertThat(document.body().select("p").first().text()).isEqualTo("正文");
	}

}
