package org.gongkai.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.CatalogueSearch;
import org.gongkai.shared.RecordNotFound;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API of the catalogue, without sign-in: only what the last level of the
 * review chain approved, in its approved version; drafts, entries in review, scheduled
 * and withdrawn entries do not exist here.
 */
@RestController
@RequestMapping(path = "/api/v1/public/disclosure", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "主动公开（公开）", description = "已发布的政府信息公开目录条目")
class PublicDisclosureApiController {

	private final CatalogueSearch search;

	PublicDisclosureApiController(CatalogueSearch search) {
		this.search = search;
	}

	@GetMapping("/entries")
	@Operation(summary = "已发布条目列表", description = "某机关（某年发布）的已发布条目，按发布日期倒序分页，附总数。")
	DisclosureJson.PublicPageJson entries(@RequestParam long agencyId, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		if (year != null && (year < 2008 || year > 2100)) {
			throw new IllegalArgumentException("年份无效：" + year);
		}
		CatalogueSearch.PublicPage found = search.published(agencyId, year, page, size);
		return new DisclosureJson.PublicPageJson(found.entries()
			.stream()
			.map(row -> new DisclosureJson.PublicEntryJson(row.indexNumber(), row.title(), row.publishedOn(),
					row.documentNumber(), row.article20Item(), "/api/v1/public/disclosure/entries/" + row.id()))
			.toList(), found.total(), found.page(), found.size());
	}

	@GetMapping("/entries/{id}")
	@Operation(summary = "已发布条目", description = "条目当前公开的版本；未发布或已撤回的条目为 404。")
	CatalogueSearch.PublicEntry entry(@PathVariable long id) {
		return search.publicEntry(id).orElseThrow(() -> new RecordNotFound("目录条目", id));
	}

}
